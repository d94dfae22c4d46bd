#include "facets.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <utility>

#include "lectern/common/schema.h"
#include "lectern/common/terms.h"
#include "lectern/common/text.h"

namespace lectern::searcher {
namespace {

struct FacetName {
  std::string_view name;
  FacetKind kind;
};

constexpr FacetName kFacetNames[] = {
    {"author", FacetKind::kAuthor}, {"reviewer", FacetKind::kReviewer}, {"decade", FacetKind::kDecade},
    {"rating", FacetKind::kRating}, {"lang", FacetKind::kLanguage},     {"tag", FacetKind::kTag},
    {"format", FacetKind::kFormat},
};

std::vector<std::string> split(std::string_view joined, char separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= joined.size()) {
    const std::size_t end = std::min(joined.find(separator, start), joined.size());
    if (end > start) parts.emplace_back(joined.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

std::string rating_label(double rating) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", rating);
  std::string label = buffer;
  while (label.back() == '0') label.pop_back();
  if (label.back() == '.') label.pop_back();
  return label;
}

// Sorts numbers as text: sortable_serialise keeps their order byte by byte.
std::string number_order(double value) { return Xapian::sortable_serialise(value); }

}  // namespace

Result<FacetKind> parse_facet_name(std::string_view name) {
  for (const FacetName& facet : kFacetNames) {
    if (facet.name == name) return facet.kind;
  }
  std::string known;
  for (const FacetName& facet : kFacetNames) known += (known.empty() ? "" : ", ") + std::string(facet.name);
  return Error::invalid_argument("unknown facet `" + std::string(name) + "`: facets are " + known);
}

std::vector<std::string> facet_names() {
  std::vector<std::string> names;
  for (const FacetName& facet : kFacetNames) names.emplace_back(facet.name);
  return names;
}

std::string decade_label(int decade) {
  if (decade < 0) return std::to_string(-decade) + "s BC";
  return std::to_string(decade) + "s";
}

namespace {

Xapian::valueno slot_of(FacetKind kind) {
  switch (kind) {
    case FacetKind::kAuthor: return schema::kSlotAuthors;
    case FacetKind::kReviewer: return schema::kSlotReviewer;
    case FacetKind::kDecade: return schema::kSlotPeriodSpan;
    case FacetKind::kRating: return schema::kSlotRating;
    case FacetKind::kLanguage: return schema::kSlotLanguage;
    case FacetKind::kTag: return schema::kSlotTags;
    case FacetKind::kFormat: return schema::kSlotFormat;
  }
  return Xapian::BAD_VALUENO;
}

// One facet's tallies by folded value.
struct Tally {
  std::string display;  // the first spelling met
  std::size_t count = 0;
  std::string order;  // ties are broken by this
};
using Tallies = std::map<std::string, Tally>;

void add(Tallies& tallies, std::string_view display, std::string key, std::size_t count, std::string order = {}) {
  if (key.empty() || count == 0) return;
  Tally& tally = tallies[key];
  if (tally.count == 0) {
    tally.display = std::string(display);
    tally.order = order.empty() ? key : std::move(order);
  }
  tally.count += count;
}

// Calls `visit(display, key, order)` for each facet value of `kind` that the raw slot `value`
// stands for: reviews with the same key count together; `order` breaks ties (empty: the key).
template <typename Visit>
void for_each_facet_value(FacetKind kind, const std::string& value, Visit&& visit) {
  switch (kind) {
    case FacetKind::kAuthor:
    case FacetKind::kTag: {
      // Each review counts once per distinct value, even if it lists one twice.
      std::vector<std::string> parts = split(value, schema::kValueSeparator);
      std::vector<std::string> seen;
      for (const auto& part : parts) {
        std::string key = kind == FacetKind::kAuthor ? text::fold_for_matching(part) : part;
        if (key.empty() || std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
        seen.push_back(key);
        visit(part, std::move(key), std::string());
      }
      break;
    }
    case FacetKind::kReviewer: visit(value, text::fold_for_matching(value), std::string()); break;
    case FacetKind::kDecade: break;  // decade_tallies: every span at once
    case FacetKind::kRating: {
      const double rating = Xapian::sortable_unserialise(value);
      // Highest first among equal counts: order by the negated rating.
      visit(rating_label(rating), rating_label(rating), number_order(-rating));
      break;
    }
    case FacetKind::kLanguage:
    case FacetKind::kFormat: visit(value, value, std::string()); break;
  }
}

// Adds `count` reviews with the raw slot `value` to the tallies of a facet of `kind`.
void tally_value(Tallies& tallies, FacetKind kind, const std::string& value, std::size_t count) {
  for_each_facet_value(kind, value, [&](std::string_view display, std::string key, std::string order) {
    add(tallies, display, std::move(key), count, std::move(order));
  });
}

// The facet values of every raw value of `column`, a facet of `kind`, and which ordinals count
// in each (FacetColumn::value_groups).
FacetColumn::ValueGroups group_values(FacetKind kind, const FacetColumn& column) {
  FacetColumn::ValueGroups groups;
  groups.groups_of_ordinal.resize(column.ordinal_count());
  std::map<std::string, std::uint32_t> group_of_key;
  for (std::uint32_t ordinal = 1; ordinal < column.ordinal_count(); ++ordinal) {
    for_each_facet_value(kind, column.value(ordinal), [&](std::string_view display, std::string key, std::string order) {
      if (key.empty()) return;
      const auto [it, added] = group_of_key.emplace(key, static_cast<std::uint32_t>(groups.labels.size()));
      if (added) {
        groups.labels.emplace_back(display);
        groups.orders.push_back(order.empty() ? std::move(key) : std::move(order));
      }
      groups.groups_of_ordinal[ordinal].push_back(it->second);
    });
  }
  return groups;
}

// The decade facet: each distinct span counts its reviews in every decade it touches. Summed
// as the changes where spans start and stop, then one sweep over the decades, so the cost is
// the number of distinct spans plus the decades they cover, not their product (a collection of
// long periods has many spans of dozens of decades each).
void decade_tallies(Tallies& tallies, const std::vector<std::pair<DecadeRange, std::size_t>>& ranges) {
  int lowest = std::numeric_limits<int>::max();
  int highest = std::numeric_limits<int>::min();
  for (const auto& [range, count] : ranges) {
    if (range.empty()) continue;
    lowest = std::min(lowest, range.first);
    highest = std::max(highest, range.last);
  }
  if (lowest > highest) return;
  // By decade from `lowest`: reviews starting there, less those that stopped before it. Spans
  // are clamped to kMaxDecadesPerReview, but far-apart spans could still ask for a long array.
  const long long decades = (static_cast<long long>(highest) - lowest) / 10 + 2;
  std::map<int, long long> sparse;
  std::vector<long long> dense(decades <= 100000 ? static_cast<std::size_t>(decades) : 0, 0);
  for (const auto& [range, count] : ranges) {
    if (range.empty()) continue;
    if (!dense.empty()) {
      dense[static_cast<std::size_t>((range.first - lowest) / 10)] += static_cast<long long>(count);
      dense[static_cast<std::size_t>((range.last - lowest) / 10 + 1)] -= static_cast<long long>(count);
    } else {
      sparse[range.first] += static_cast<long long>(count);
      sparse[range.last + 10] -= static_cast<long long>(count);
    }
  }
  const auto add_decade = [&](int decade, long long reviews) {
    add(tallies, decade_label(decade), decade_label(decade), static_cast<std::size_t>(reviews), number_order(decade));
  };
  long long running = 0;
  if (!dense.empty()) {
    for (std::size_t i = 0; i < dense.size(); ++i) {
      running += dense[i];
      if (running > 0) add_decade(lowest + 10 * static_cast<int>(i), running);
    }
    return;
  }
  int previous = 0;
  bool started = false;
  for (const auto& [decade, delta] : sparse) {
    // The decades between two changes have the running count of the first.
    if (started && running > 0) {
      for (int d = previous; d < decade; d += 10) add_decade(d, running);
    }
    running += delta;
    previous = decade;
    started = true;
  }
}

}  // namespace

FacetCounter::FacetCounter(std::vector<std::string> names, std::vector<FacetKind> kinds,
                           const std::function<std::shared_ptr<const FacetColumn>(Xapian::valueno)>& column_of)
    : names_(std::move(names)), kinds_(std::move(kinds)) {
  for (FacetKind kind : kinds_) {
    Spy spy;
    std::shared_ptr<const FacetColumn> column = column_of ? column_of(slot_of(kind)) : nullptr;
    if (column) {
      spy.columns = std::make_unique<ColumnCountSpy>(std::move(column));
    } else {
      spy.values = std::make_unique<Xapian::ValueCountMatchSpy>(slot_of(kind));
    }
    spies_.push_back(std::move(spy));
  }
}

void FacetCounter::attach(Xapian::Enquire& enquire) {
  for (const auto& spy : spies_) {
    if (spy.columns) enquire.add_matchspy(spy.columns.get());
    else enquire.add_matchspy(spy.values.get());
  }
}

bool FacetCounter::in_memory() const {
  return std::all_of(spies_.begin(), spies_.end(), [](const Spy& spy) { return spy.columns != nullptr; });
}

void FacetCounter::count(const MatchSet& matches) {
  std::vector<ColumnCountSpy*> columns;
  for (const auto& spy : spies_) columns.push_back(spy.columns.get());
  matches.for_each([&](Xapian::docid docid) {
    for (ColumnCountSpy* column : columns) column->count(docid);
  });
}

namespace {

// A facet value and its count, pointing into the tallies or value groups that hold its strings.
struct Counted {
  const std::string* display;
  std::size_t count;
  const std::string* order;
};

// The facet `name` with `counted`, most frequent first, then by order; `limit` values at most (0: all).
FacetCounts ranked(const std::string& name, std::vector<Counted> counted, std::size_t limit) {
  const auto first = [](const Counted& a, const Counted& b) {
    return a.count != b.count ? a.count > b.count : *a.order < *b.order;
  };
  if (limit > 0 && counted.size() > limit) {
    std::partial_sort(counted.begin(), counted.begin() + static_cast<std::ptrdiff_t>(limit), counted.end(), first);
    counted.resize(limit);
  } else {
    std::sort(counted.begin(), counted.end(), first);
  }
  FacetCounts facet;
  facet.name = name;
  for (const Counted& value : counted) facet.values.push_back({*value.display, value.count});
  return facet;
}

}  // namespace

std::vector<FacetCounts> FacetCounter::counts(std::size_t limit) const {
  std::vector<FacetCounts> facets;
  for (std::size_t i = 0; i < kinds_.size(); ++i) {
    Tallies tallies;
    std::vector<Counted> counted;
    const Spy& spy = spies_[i];
    if (kinds_[i] == FacetKind::kDecade) {
      std::vector<std::pair<DecadeRange, std::size_t>> ranges;
      if (spy.columns) {
        const std::vector<DecadeRange>& of_ordinal = spy.columns->column().decade_ranges();
        spy.columns->for_each_count([&](std::uint32_t ordinal, std::size_t count) {
          ranges.emplace_back(of_ordinal[ordinal], count);
        });
      } else {
        for (auto value = spy.values->values_begin(); value != spy.values->values_end(); ++value) {
          ranges.emplace_back(decade_range_of_span(*value), value.get_termfreq());
        }
      }
      decade_tallies(tallies, ranges);
    } else if (spy.columns) {
      // Summed by value group: the raw values are split and folded once per column, not once
      // per search.
      const FacetKind kind = kinds_[i];
      const FacetColumn::ValueGroups& groups =
          spy.columns->column().value_groups([kind](const FacetColumn& column) { return group_values(kind, column); });
      std::vector<std::size_t> by_group(groups.labels.size(), 0);
      spy.columns->for_each_count([&](std::uint32_t ordinal, std::size_t count) {
        for (const std::uint32_t group : groups.groups_of_ordinal[ordinal]) by_group[group] += count;
      });
      for (std::uint32_t group = 0; group < by_group.size(); ++group) {
        if (by_group[group] > 0) counted.push_back({&groups.labels[group], by_group[group], &groups.orders[group]});
      }
    } else {
      for (auto value = spy.values->values_begin(); value != spy.values->values_end(); ++value) {
        tally_value(tallies, kinds_[i], *value, value.get_termfreq());
      }
    }
    for (const auto& [key, tally] : tallies) counted.push_back({&tally.display, tally.count, &tally.order});
    facets.push_back(ranked(names_[i], std::move(counted), limit));
  }
  return facets;
}

}  // namespace lectern::searcher
