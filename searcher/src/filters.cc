#include "filters.h"

#include <string>
#include <vector>

#include "lectern/common/schema.h"
#include "lectern/common/terms.h"
#include "filter_fields.h"
#include "period_filter.h"
#include "value_filters.h"

namespace lectern::searcher {
namespace {

Xapian::Query any_exact(std::string_view prefix, const std::vector<std::string>& values) {
  std::vector<Xapian::Query> terms;
  for (const auto& value : values) terms.emplace_back(terms::exact_term(prefix, value));
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

}  // namespace

Result<Xapian::Query> filters_query(const Filters& filters) {
  std::vector<Xapian::Query> kinds;
  if (!filters.authors.empty()) kinds.push_back(any_exact(schema::kPrefixAuthorExact, filters.authors));
  if (!filters.reviewers.empty()) kinds.push_back(any_exact(schema::kPrefixReviewerExact, filters.reviewers));
  if (!filters.languages.empty()) kinds.push_back(any_exact(schema::kPrefixLanguage, filters.languages));
  if (!filters.tags.empty()) kinds.push_back(any_exact(schema::kPrefixTag, filters.tags));

  const auto add_spec = [&kinds](std::string_view name, SpecFunction spec, std::string_view value) -> Status {
    Result<Xapian::Query> query = spec(value);
    if (!query.ok()) return Error::invalid_argument("the " + std::string(name) + " filter " + query.error().message);
    kinds.push_back(*query);
    return Status::success();
  };
  if (!filters.decades.empty()) {
    std::vector<Xapian::Query> decades;
    for (const auto& decade : filters.decades) {
      Result<Xapian::Query> query = decade_query(decade);
      if (!query.ok()) return Error::invalid_argument("the decade filter " + query.error().message);
      decades.push_back(*query);
    }
    kinds.emplace_back(Xapian::Query::OP_OR, decades.begin(), decades.end());
  }
  if (!filters.period.empty()) {
    if (Status status = add_spec("period", period_query, filters.period); !status.ok()) return status.error();
  }
  if (!filters.rating.empty()) {
    if (Status status = add_spec("rating", rating_query, filters.rating); !status.ok()) return status.error();
  }
  if (!filters.date.empty()) {
    if (Status status = add_spec("date", date_query, filters.date); !status.ok()) return status.error();
  }
  if (kinds.empty()) return Xapian::Query();
  return Xapian::Query(Xapian::Query::OP_AND, kinds.begin(), kinds.end());
}

Xapian::Query apply_filter(const Xapian::Query& query, const Xapian::Query& filter) {
  if (filter.empty()) return query;
  // Scaled to zero: a filter alone gives every review it keeps the same weight, 0.
  if (query.empty()) return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, filter, 0.0);
  return Xapian::Query(Xapian::Query::OP_FILTER, query, filter);
}

}  // namespace lectern::searcher
