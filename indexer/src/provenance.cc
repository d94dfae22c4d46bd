#include "provenance.h"

#include <cstdio>

namespace lectern::indexer {
namespace {

// More than this many dropped lines are summed up in one entry.
constexpr std::size_t kMaxDroppedEntries = 200;

// A dropped line longer than this is shown cut, with an ellipsis.
constexpr std::size_t kMaxDroppedTextBytes = 300;

// The reason of the entry that counts the lines not listed: its text is "N more lines".
constexpr std::string_view kNotListed = "not listed";

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& value : values) out += value + '\x1f';
  return out;
}

// Each field as one comparable string; an empty string means "not set".
std::vector<std::pair<const char*, std::string>> field_values(const Review& review) {
  std::string rating;
  if (review.rating) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3f", *review.rating);
    rating = buffer;
  }
  std::string mentions;
  for (const auto& work : review.mentions) mentions += work.title + '\x1e' + work.author + '\x1f';
  return {
      {"title", review.title},
      {"authors", joined(review.authors)},
      {"editors", joined(review.editors)},
      {"translators", joined(review.translators)},
      {"illustrators", joined(review.illustrators)},
      {"reviewer", review.reviewer},
      {"date", review.date},
      {"rating", rating},
      {"period", review.period ? std::to_string(review.period->start) + ":" + std::to_string(review.period->end) : ""},
      {"publication_year", review.publication_year ? std::to_string(*review.publication_year) : ""},
      {"language", review.language},
      {"url", review.url},
      {"tags", joined(review.tags)},
      {"mentions", mentions},
      {"captions", joined(review.captions)},
  };
}

// A piece of text cut at a character boundary near `limit` bytes.
std::string shortened(std::string_view text, std::size_t limit) {
  if (text.size() <= limit) return std::string(text);
  std::size_t cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "…";
}

}  // namespace

FieldSources::FieldSources(const Review& review) : values_(field_values(review)) {}

void FieldSources::credit(Review& review, std::string_view source) {
  auto now = field_values(review);
  for (std::size_t i = 0; i < now.size(); ++i) {
    if (!now[i].second.empty() && now[i].second != values_[i].second) review.sources[now[i].first] = std::string(source);
  }
  values_ = std::move(now);
}

void credit_set_fields(Review& review, std::string_view source) { FieldSources(Review{}).credit(review, source); }

void note_dropped(Review& review, std::string_view text, std::string_view reason) {
  if (review.dropped.size() < kMaxDroppedEntries) {
    review.dropped.push_back({shortened(text, kMaxDroppedTextBytes), std::string(reason)});
    return;
  }
  if (review.dropped.back().reason != kNotListed) review.dropped.push_back({"0 more lines", std::string(kNotListed)});
  DroppedText& counter = review.dropped.back();
  counter.text = std::to_string(std::stoul(counter.text) + 1) + " more lines";
}

}  // namespace lectern::indexer
