#include "query_builder.h"

#include "lectern/common/schema.h"

#include <algorithm>
#include <array>
#include <memory>
#include <string>
#include <vector>

#include "filter_fields.h"
#include "lectern/analysis/analysis.h"
#include "lectern/common/language.h"
#include "lectern/common/text.h"
#include "period_filter.h"
#include "spelling.h"
#include "synonyms.h"
#include "value_filters.h"

namespace lectern::searcher {
namespace {

// Not FLAG_BOOLEAN_ANY_CASE: with it, the words "and", "or" and "not" in ordinary queries
// ("war and peace") would become operators. FLAG_AUTO_MULTIWORD_SYNONYMS (which implies
// FLAG_AUTO_SYNONYMS) applies the index's synonyms to single words and to runs of words.
constexpr unsigned kParseFlags = Xapian::QueryParser::FLAG_PHRASE | Xapian::QueryParser::FLAG_BOOLEAN |
                                 Xapian::QueryParser::FLAG_LOVEHATE | Xapian::QueryParser::FLAG_WILDCARD |
                                 Xapian::QueryParser::FLAG_PURE_NOT | Xapian::QueryParser::FLAG_AUTO_MULTIWORD_SYNONYMS;

// The fields whose values are read by a spec function, with or without a range.
struct SpecField {
  std::string_view name;
  SpecFunction spec;
  bool ranges;  // takes `a..b`
};

constexpr std::array<SpecField, 5> kSpecFields = {{
    {schema::kPeriodField, period_query, true},
    {schema::kDecadeField, decade_query, true},
    {schema::kRatingField, rating_query, true},
    {schema::kDateField, date_query, true},
    {schema::kWorkField, work_query, false},
}};

bool is_space(char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v'; }

// True when a whitespace-delimited token is a term of a range field, allowing for the
// operators and brackets Xapian accepts in front of it.
bool is_range_token(std::string_view token) {
  while (!token.empty() &&
         (token.front() == '(' || token.front() == '+' || token.front() == '-' || token.front() == '"')) {
    token.remove_prefix(1);
  }
  for (const SpecField& field : kSpecFields) {
    if (field.ranges && token.size() > field.name.size() && token.substr(0, field.name.size()) == field.name &&
        token[field.name.size()] == ':') {
      return true;
    }
  }
  return false;
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
    if (token.find("..") != std::string_view::npos && !is_range_token(token)) {
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

namespace {

// The words of a query, folded and lower-cased as the parser sees them; operators, field
// names and punctuation are split off like any other text, which is all the callers need.
std::vector<std::string> words_of(std::string_view query) {
  const std::string folded = text::to_lower(analysis::fold_diacritics(query));
  const auto is_word_byte = [](char ch) {
    return static_cast<unsigned char>(ch) >= 0x80 || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9');
  };
  std::vector<std::string> words;
  std::size_t at = 0;
  while (at < folded.size()) {
    while (at < folded.size() && !is_word_byte(folded[at])) ++at;
    std::size_t end = at;
    while (end < folded.size() && is_word_byte(folded[end])) ++end;
    if (end > at) words.push_back(folded.substr(at, end - at));
    at = end;
  }
  return words;
}

}  // namespace

bool is_only_stopwords(std::string_view query, std::string_view language) {
  const std::vector<std::string> words = words_of(query);
  const std::string_view code = language.empty() ? kDefaultLanguage : language;
  return !words.empty() && std::all_of(words.begin(), words.end(),
                                       [&](const std::string& word) { return analysis::is_stopword(code, word); });
}

namespace {

// The weight of a word matched as typed, relative to a match of its stem.
constexpr double kUnstemmedWeight = 0.5;

// True when the index holds reviews in more than one language.
bool holds_several_languages(const Xapian::Database& database) {
  const std::string prefix(schema::kPrefixLanguage);
  auto language = database.allterms_begin(prefix);
  if (language == database.allterms_end(prefix)) return false;
  // Stepping to the next term walks over every chunk of this one's postings, a read of 200 KB
  // per search at 100,000 reviews in one language: a language every review has is the only one.
  if (language.get_termfreq() >= database.get_doccount()) return false;
  return ++language != database.allterms_end(prefix);
}

// The names a query may put before ':' (title:, author:, period: ...).
std::vector<std::string_view> known_field_names() {
  std::vector<std::string_view> names;
  for (const auto& field : schema::kFreeTextFields) names.push_back(field.name);
  for (const auto& field : schema::kFilterFields) names.push_back(field.name);
  for (const SpecField& field : kSpecFields) names.push_back(field.name);
  return names;
}

// "foo:bar" outside quotes with a name that is no field: an error naming it, rather than a
// search for "foo" and "bar" that ends in a false "did you mean". Empty when there is none.
std::string unknown_field(std::string_view query) {
  const std::vector<std::string_view> names = known_field_names();
  bool quoted = false;
  for (std::size_t i = 0; i < query.size(); ++i) {
    if (query[i] == '"') quoted = !quoted;
    if (quoted || query[i] != ':' || i == 0 || i + 1 >= query.size() || is_space(query[i + 1])) continue;
    std::size_t start = i;
    while (start > 0 && (std::isalnum(static_cast<unsigned char>(query[start - 1])) || query[start - 1] == '_')) --start;
    if (start == i || (start > 0 && !is_space(query[start - 1]) && query[start - 1] != '(' && query[start - 1] != '-' &&
                       query[start - 1] != '+')) {
      continue;
    }
    const std::string_view name = query.substr(start, i - start);
    if (std::isdigit(static_cast<unsigned char>(name.front()))) continue;  // "10:30"
    if (std::find(names.begin(), names.end(), name) == names.end()) return std::string(name);
  }
  return {};
}

}  // namespace

QueryChain::QueryChain(std::string_view language, const Xapian::Stem& stemmer)
    : language_(language),
      stemmer_(stemmer),
      stopper_(analysis::make_stopper(language.empty() ? kDefaultLanguage : language)) {
  parser_.set_stemmer(stemmer_);
  parser_.set_stopper(stopper_.get());
  // OR, not AND: BM25 already ranks reviews with every word first, and a review that lacks one
  // word of a long query is still worth showing.
  parser_.set_default_op(Xapian::Query::OP_OR);
  for (const auto& field : schema::kFreeTextFields) {
    parser_.add_prefix(std::string(field.name), std::string(field.prefix));
  }
  for (const auto& field : schema::kFilterFields) {
    parser_.add_boolean_prefix(std::string(field.name), (new ExactTermProcessor(field.prefix))->release());
  }
  for (const SpecField& field : kSpecFields) {
    spec_fields_.push_back(std::make_unique<SpecFieldProcessor>(field.name, field.spec));
    parser_.add_boolean_prefix(std::string(field.name), spec_fields_.back().get());
    if (field.ranges) parser_.add_rangeprocessor((new SpecRangeProcessor(field.name, field.spec))->release());
  }
}

QueryChain::~QueryChain() = default;

Result<ParsedQuery> QueryChain::parse(std::string_view query, const Xapian::Database& database) {
  const std::string_view language = language_;
  const auto invalid = [&](const std::string& reason) {
    return Error::invalid_argument("cannot parse query `" + std::string(query) + "`: " + reason);
  };
  const auto first_field_error = [&]() -> std::string {
    for (const auto& field : spec_fields_) {
      if (!field->error().empty()) return field->error();
    }
    return {};
  };
  if (const std::string field = unknown_field(query); !field.empty()) {
    std::string known;
    for (std::string_view name : known_field_names()) known += (known.empty() ? "" : ", ") + std::string(name);
    return invalid("unknown field `" + field + ":` (the fields are " + known + "); put the words in quotes to search for them as written");
  }
  // The chain outlives the query before: forget its errors, follow the reopened database.
  for (const auto& field : spec_fields_) field->clear_error();
  parser_.set_database(database);
  parser_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  try {
    const std::string prepared = neutralise_stray_ranges(analysis::fold_diacritics(query));
    const std::string expanded = add_phrase_synonyms(prepared, database);
    ParsedQuery parsed;
    parsed.query = parser_.parse_query(expanded, kParseFlags);
    if (const std::string error = first_field_error(); !error.empty()) return invalid(error);
    // Spelling is corrected on the query as typed, not on its synonym expansion, so that the
    // correction reads as the user's own words.
    SpellingCorrection correction =
        correct_spelling(prepared, language.empty() ? kDefaultLanguage : language, database, stemmer_);
    parsed.corrected = std::move(correction.query);
    parsed.correction_inside_quotes = correction.inside_quotes;
    if (!parsed.query.empty() && !is_only_stopwords(prepared, language) && holds_several_languages(database)) {
      // Reviews in other languages were stemmed by their own stemmers, so the query's stems
      // miss them; the words as typed still match their unstemmed terms. Weighted down so that
      // within a language the stemmed match keeps deciding the order.
      parser_.set_stemming_strategy(Xapian::QueryParser::STEM_NONE);
      const Xapian::Query unstemmed = parser_.parse_query(expanded, kParseFlags);
      parsed.query = Xapian::Query(Xapian::Query::OP_OR, parsed.query,
                                   Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, unstemmed, kUnstemmedWeight));
    }
    return parsed;
  } catch (const Xapian::QueryParserError& error) {
    return invalid(error.get_msg());
  } catch (const Xapian::WildcardError& error) {
    return invalid(error.get_msg());
  }
}

}  // namespace lectern::searcher
