#include "facets.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "lectern/common/document_data.h"
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

// A review covering thousands of years counts in at most this many decades.
constexpr int kMaxDecadesPerReview = 500;

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

// The values of the boolean terms with `prefix` on a document: "Len" -> "en".
std::vector<std::string> term_values(const Xapian::Document& document, std::string_view prefix) {
  std::vector<std::string> values;
  Xapian::TermIterator term = document.termlist_begin();
  term.skip_to(std::string(prefix));
  for (; term != document.termlist_end(); ++term) {
    const std::string& name = *term;
    if (name.compare(0, prefix.size(), prefix) != 0) break;
    // A longer prefix that starts with this one ("XA" after "X") continues with a capital.
    if (name.size() > prefix.size() && name[prefix.size()] >= 'A' && name[prefix.size()] <= 'Z') continue;
    values.push_back(name.substr(prefix.size()));
  }
  return values;
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

bool has_display_slots(const Xapian::Database& database) {
  return database.get_value_freq(schema::kSlotAuthors) > 0 || database.get_value_freq(schema::kSlotReviewer) > 0;
}

FacetSpy::FacetSpy(std::vector<std::string> names, std::vector<FacetKind> kinds, bool display_slots)
    : names_(std::move(names)), kinds_(std::move(kinds)), display_slots_(display_slots), tallies_(kinds_.size()) {}

void FacetSpy::add(Tallies& tallies, std::string_view display, std::string key, std::string order) {
  if (key.empty()) return;
  Tally& tally = tallies[key];
  if (tally.count++ == 0) {
    tally.display = std::string(display);
    tally.order = order.empty() ? std::move(key) : std::move(order);
  }
}

void FacetSpy::operator()(const Xapian::Document& document, double /*weight*/) {
  // The stored data is decoded at most once per document, and only without display slots.
  std::optional<Review> data;
  const auto stored = [&]() -> const Review& {
    if (!data) {
      Result<Review> decoded = decode_document_data(document.get_data());
      data = decoded.ok() ? std::move(decoded).value() : Review{};
    }
    return *data;
  };
  for (std::size_t i = 0; i < kinds_.size(); ++i) {
    Tallies& tallies = tallies_[i];
    switch (kinds_[i]) {
      case FacetKind::kAuthor: {
        const std::vector<std::string> authors =
            display_slots_ ? split(document.get_value(schema::kSlotAuthors), schema::kValueSeparator)
                           : stored().authors;
        for (const auto& author : authors) add(tallies, author, text::fold_for_matching(author));
        break;
      }
      case FacetKind::kReviewer: {
        const std::string reviewer = display_slots_ ? document.get_value(schema::kSlotReviewer) : stored().reviewer;
        add(tallies, reviewer, text::fold_for_matching(reviewer));
        break;
      }
      case FacetKind::kDecade: {
        const std::string start = document.get_value(schema::kSlotPeriodStart);
        const std::string end = document.get_value(schema::kSlotPeriodEnd);
        if (start.empty() || end.empty()) break;
        const int first = static_cast<int>(Xapian::sortable_unserialise(start));
        const int last = static_cast<int>(Xapian::sortable_unserialise(end));
        int counted = 0;
        for (int decade = terms::decade_of(first); decade <= last && counted < kMaxDecadesPerReview;
             decade += 10, ++counted) {
          add(tallies, decade_label(decade), decade_label(decade), number_order(decade));
        }
        break;
      }
      case FacetKind::kRating: {
        const std::string value = document.get_value(schema::kSlotRating);
        if (value.empty()) break;
        const double rating = Xapian::sortable_unserialise(value);
        // Highest first among equal counts: order by the negated rating.
        add(tallies, rating_label(rating), rating_label(rating), number_order(-rating));
        break;
      }
      case FacetKind::kLanguage:
        for (const auto& value : term_values(document, schema::kPrefixLanguage)) add(tallies, value, value);
        break;
      case FacetKind::kTag:
        for (const auto& value : term_values(document, schema::kPrefixTag)) add(tallies, value, value);
        break;
      case FacetKind::kFormat:
        for (const auto& value : term_values(document, schema::kPrefixFormat)) add(tallies, value, value);
        break;
    }
  }
}

std::vector<FacetCounts> FacetSpy::counts(std::size_t limit) const {
  std::vector<FacetCounts> facets;
  for (std::size_t i = 0; i < kinds_.size(); ++i) {
    std::vector<const Tally*> sorted;
    for (const auto& [key, tally] : tallies_[i]) sorted.push_back(&tally);
    std::sort(sorted.begin(), sorted.end(), [](const Tally* a, const Tally* b) {
      return a->count != b->count ? a->count > b->count : a->order < b->order;
    });
    if (limit > 0 && sorted.size() > limit) sorted.resize(limit);
    FacetCounts facet;
    facet.name = names_[i];
    for (const Tally* tally : sorted) facet.values.push_back({tally->display, tally->count});
    facets.push_back(std::move(facet));
  }
  return facets;
}

}  // namespace lectern::searcher
