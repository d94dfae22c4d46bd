#include "query_builder.h"

#include "lectern/common/schema.h"

#include <memory>
#include <string>

#include "lectern/analysis/analysis.h"
#include "lectern/common/language.h"
#include "lectern/common/terms.h"
#include "period_range_processor.h"

namespace lectern::searcher {
namespace {

// A boolean filter whose value is folded exactly as the indexer folds it (terms::exact_term),
// so that `tag:Russia` finds the term "Krussia".
class ExactTermProcessor : public Xapian::FieldProcessor {
 public:
  explicit ExactTermProcessor(std::string_view prefix) : prefix_(prefix) {}
  Xapian::Query operator()(const std::string& value) override {
    return Xapian::Query(terms::exact_term(prefix_, value));
  }

 private:
  std::string prefix_;
};

// Not FLAG_BOOLEAN_ANY_CASE: with it, the words "and", "or" and "not" in ordinary queries
// ("war and peace") would become operators.
constexpr unsigned kParseFlags = Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN |
                                 Xapian::QueryParser::FLAG_LOVEHATE | Xapian::QueryParser::FLAG_WILDCARD |
                                 Xapian::QueryParser::FLAG_PURE_NOT;

bool is_space(char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v'; }

// True when a whitespace-delimited token is a `period:` term, allowing for the operators and
// brackets Xapian accepts in front of it.
bool is_period_token(std::string_view token) {
  while (!token.empty() && (token.front() == '(' || token.front() == '+' || token.front() == '-' ||
                            token.front() == '"')) {
    token.remove_prefix(1);
  }
  const std::string_view field = schema::kPeriodField;
  return token.size() > field.size() && token.substr(0, field.size()) == field && token[field.size()] == ':';
}

}  // namespace

Xapian::Stem query_stemmer(std::string_view language) { return analysis::make_stemmer(language); }

std::string neutralise_stray_ranges(std::string_view query) {
  std::string result(query);
  std::size_t start = 0;
  while (start < result.size()) {
    while (start < result.size() && is_space(result[start])) ++start;
    std::size_t end = start;
    while (end < result.size() && !is_space(result[end])) ++end;
    const std::string_view token(result.data() + start, end - start);
    if (token.find("..") != std::string_view::npos && !is_period_token(token)) {
      for (std::size_t i = start; i + 1 < end; ++i) {
        if (result[i] == '.' && result[i + 1] == '.') {
          while (i < end && result[i] == '.') result[i++] = ' ';
        }
      }
    }
    start = end;
  }
  return result;
}

Result<Xapian::Query> build_query(std::string_view query, const Xapian::Database& database,
                                  const Xapian::Stem& stemmer, std::string_view language) {
  PeriodFieldProcessor period_field;  // declared first: the parser refers to it until destroyed
  const std::unique_ptr<Xapian::Stopper> stopper = analysis::make_stopper(language.empty() ? kDefaultLanguage : language);
  Xapian::QueryParser parser;
  parser.set_database(database);
  parser.set_stemmer(stemmer);
  parser.set_stopper(stopper.get());
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  // OR, not AND: BM25 already ranks reviews with every word first, and a review that lacks one
  // word of a long query is still worth showing.
  parser.set_default_op(Xapian::Query::OP_OR);
  for (const auto& field : schema::kFreeTextFields) {
    parser.add_prefix(std::string(field.name), std::string(field.prefix));
  }
  for (const auto& field : schema::kFilterFields) {
    parser.add_boolean_prefix(std::string(field.name), (new ExactTermProcessor(field.prefix))->release());
  }
  parser.add_boolean_prefix(std::string(schema::kPeriodField), &period_field);
  parser.add_rangeprocessor((new PeriodRangeProcessor)->release());

  const auto invalid = [&](const std::string& reason) {
    return Error::invalid_argument("cannot parse query `" + std::string(query) + "`: " + reason);
  };
  try {
    Xapian::Query parsed = parser.parse_query(neutralise_stray_ranges(analysis::fold_diacritics(query)), kParseFlags);
    if (!period_field.error().empty()) return invalid(period_field.error());
    return parsed;
  } catch (const Xapian::QueryParserError& error) {
    return invalid(error.get_msg());
  } catch (const Xapian::WildcardError& error) {
    return invalid(error.get_msg());
  }
}

}  // namespace lectern::searcher
