#include "stats.h"

#include <algorithm>
#include <map>

#include "facets.h"
#include "lectern/common/schema.h"
#include "lectern/common/terms.h"

namespace lectern::searcher {
namespace {

// Each value of the boolean terms with `prefix` and how many documents have it, most
// frequent first, then by value.
std::vector<FacetValue> term_counts(const Xapian::Database& database, std::string_view prefix, std::size_t top) {
  std::vector<FacetValue> values;
  const std::string start(prefix);
  for (auto term = database.allterms_begin(start); term != database.allterms_end(start); ++term) {
    const std::string& name = *term;
    if (name.size() > prefix.size() && name[prefix.size()] >= 'A' && name[prefix.size()] <= 'Z') continue;
    values.push_back({name.substr(prefix.size()), term.get_termfreq()});
  }
  std::sort(values.begin(), values.end(), [](const FacetValue& a, const FacetValue& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  });
  if (top > 0 && values.size() > top) values.resize(top);
  return values;
}

std::size_t term_count(const Xapian::Database& database, std::string_view prefix) {
  std::size_t count = 0;
  const std::string start(prefix);
  for (auto term = database.allterms_begin(start); term != database.allterms_end(start); ++term) ++count;
  return count;
}

std::vector<FacetValue> top_authors(const Xapian::Database& database, std::size_t top) {
  FacetCounter counter({"author"}, {FacetKind::kAuthor});
  Xapian::Enquire enquire(database);
  enquire.set_query(Xapian::Query::MatchAll);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  counter.attach(enquire);
  enquire.get_mset(0, 0, database.get_doccount());
  return counter.counts(top).front().values;
}

}  // namespace

CollectionStats collection_stats(const Xapian::Database& database, std::size_t top) {
  CollectionStats stats;
  stats.documents = database.get_doccount();
  stats.works = term_count(database, schema::kPrefixWork);
  stats.formats = term_counts(database, schema::kPrefixFormat, top);
  stats.languages = term_counts(database, schema::kPrefixLanguage, top);
  stats.top_authors = top_authors(database, top);

  std::map<int, std::size_t> decades;
  std::size_t with_period = 0;
  for (auto value = database.valuestream_begin(schema::kSlotPeriodStart);
       value != database.valuestream_end(schema::kSlotPeriodStart); ++value) {
    ++decades[terms::decade_of(static_cast<int>(Xapian::sortable_unserialise(*value)))];
    ++with_period;
  }
  for (const auto& [decade, count] : decades) stats.decades.push_back({decade, count});
  // The decade terms say which decades each period touches; their frequencies are the timeline.
  const std::string prefix(schema::kPrefixDecade);
  std::map<int, std::size_t> covered;
  for (auto term = database.allterms_begin(prefix); term != database.allterms_end(prefix); ++term) {
    const std::string digits = (*term).substr(prefix.size());
    try {
      covered[std::stoi(digits)] = term.get_termfreq();
    } catch (const std::exception&) {
      // Not a decade term written by this schema: left out of the timeline.
    }
  }
  for (const auto& [decade, count] : covered) stats.decades_covered.push_back({decade, count});
  stats.without_period = stats.documents > with_period ? stats.documents - with_period : 0;
  return stats;
}

}  // namespace lectern::searcher
