#include "filter_fields.h"

#include "lectern/common/terms.h"

namespace lectern::searcher {

SpecRangeProcessor::SpecRangeProcessor(std::string_view field, SpecFunction spec)
    : Xapian::RangeProcessor(Xapian::BAD_VALUENO, std::string(field) + ":"), field_(field), spec_(spec) {}

Xapian::Query SpecRangeProcessor::operator()(const std::string& begin, const std::string& end) {
  Result<Xapian::Query> query = spec_(begin + ".." + end);
  if (!query.ok()) throw Xapian::QueryParserError("`" + field_ + ":` " + query.error().message);
  return *query;
}

SpecFieldProcessor::SpecFieldProcessor(std::string_view field, SpecFunction spec) : field_(field), spec_(spec) {}

Xapian::Query SpecFieldProcessor::operator()(const std::string& value) {
  Result<Xapian::Query> query = spec_(value);
  if (query.ok()) return *query;
  if (error_.empty()) error_ = "`" + field_ + ":` " + query.error().message;
  return Xapian::Query::MatchNothing;
}

Xapian::Query ExactTermProcessor::operator()(const std::string& value) {
  return Xapian::Query(terms::exact_term(prefix_, value));
}

}  // namespace lectern::searcher
