// Scoring extraction against a hand-written manifest (tests/corpus_manifest.json,
// tests/extraction/gold_manifest.json): per-field accuracy with the rules documented in
// tests/extraction/README.md.
#pragma once

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lectern/common/review.h"
#include "lectern/common/text.h"
#include "lectern/indexer/extract.h"
#include "test_support.h"

namespace lectern::testing {

struct FieldScore {
  int correct = 0;
  int total = 0;
  double accuracy() const { return total ? static_cast<double>(correct) / total : 1.0; }
};

struct ExtractionScore {
  std::map<std::string, FieldScore> fields;  // "title", "authors", "reviewer", "rating", "period", "language"
  std::vector<std::string> mismatches;       // one line per wrong field, for the failure message
  std::string report() const {
    std::ostringstream out;
    for (const auto& [name, score] : fields) {
      out << name << ": " << score.correct << "/" << score.total << " (" << std::lround(score.accuracy() * 1000) / 10.0
          << "%)\n";
    }
    return out.str();
  }
};

// Titles compare case-folded, typographic apostrophes as ASCII, with quotes and punctuation
// stripped from the ends.
inline std::string comparable_title(std::string_view title) {
  std::string folded = text::fold_for_matching(title);
  for (std::size_t at; (at = folded.find("\xE2\x80\x99")) != std::string::npos;) folded.replace(at, 3, "'");
  auto is_edge = [](char ch) { return ch == '"' || ch == '\'' || ch == '.' || ch == ',' || ch == ' ' || ch == ':'; };
  while (!folded.empty() && is_edge(folded.front())) folded.erase(folded.begin());
  while (!folded.empty() && is_edge(folded.back())) folded.pop_back();
  // Curly quotes are multi-byte: strip them too.
  for (std::string_view quote : {"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99"}) {
    if (folded.starts_with(quote)) folded.erase(0, quote.size());
    if (folded.ends_with(quote)) folded.erase(folded.size() - quote.size());
  }
  return folded;
}

inline std::vector<std::string> folded_set(const std::vector<std::string>& names) {
  std::vector<std::string> out;
  for (const auto& name : names) out.push_back(text::fold_for_matching(name));
  std::sort(out.begin(), out.end());
  return out;
}

// The lenient period rule: both empty, or the spans overlap and both ends are within 15 years.
inline bool period_matches(const std::optional<YearSpan>& got, const nlohmann::json& want) {
  if (want.is_null()) return !got.has_value();
  if (!got) return false;
  const int start = want["start"], end = want["end"];
  return got->start <= end && start <= got->end && std::abs(got->start - start) <= 15 && std::abs(got->end - end) <= 15;
}

inline std::string describe(const std::optional<YearSpan>& period) {
  return period ? std::to_string(period->start) + ".." + std::to_string(period->end) : "null";
}

// Extracts every file the manifest names (under `root`) and scores each listed field.
// `options_for` gives the extraction options for a manifest path (e.g. a field map).
template <typename OptionsFor>
ExtractionScore score_extraction(const std::filesystem::path& manifest_path, const std::filesystem::path& root,
                                 OptionsFor options_for) {
  ExtractionScore score;
  const nlohmann::json manifest = nlohmann::json::parse(read_file(manifest_path));
  std::map<std::string, std::vector<Review>> extracted;
  for (const auto& entry : manifest) {
    const std::string path = entry["path"];
    const std::string where = path + "[" + std::to_string(entry.value("index", 0)) + "]";
    if (!extracted.count(path)) {
      auto reviews = indexer::extract_file(root / path, options_for(path));
      if (!reviews) score.mismatches.push_back(where + ": extraction failed: " + reviews.error().message);
      extracted[path] = reviews ? *reviews : std::vector<Review>{};
    }
    const auto& reviews = extracted[path];
    const std::size_t index = entry.value("index", 0);
    const Review review = index < reviews.size() ? reviews[index] : Review{};
    auto check = [&](const std::string& field, bool ok, const std::string& got, const std::string& want) {
      auto& field_score = score.fields[field];
      ++field_score.total;
      if (ok) ++field_score.correct;
      else score.mismatches.push_back(where + " " + field + ": got `" + got + "`, want `" + want + "`");
    };
    check("title", comparable_title(review.title) == comparable_title(entry["title"].get<std::string>()), review.title,
          entry["title"]);
    const auto want_authors = entry["authors"].get<std::vector<std::string>>();
    check("authors", folded_set(review.authors) == folded_set(want_authors), nlohmann::json(review.authors).dump(),
          entry["authors"].dump());
    if (entry.contains("reviewer")) {
      const std::string want = entry["reviewer"].is_null() ? "" : entry["reviewer"].get<std::string>();
      check("reviewer", text::fold_for_matching(review.reviewer) == text::fold_for_matching(want), review.reviewer, want);
    }
    if (entry.contains("rating")) {
      const bool ok = entry["rating"].is_null() ? !review.rating
                                                : review.rating && std::abs(*review.rating - entry["rating"].get<double>()) <= 0.25;
      check("rating", ok, review.rating ? std::to_string(*review.rating) : "null", entry["rating"].dump());
    }
    if (entry.contains("language")) check("language", review.language == entry["language"], review.language, entry["language"]);
    check("period", period_matches(review.period, entry["period"]), describe(review.period), entry["period"].dump());
  }
  return score;
}

}  // namespace lectern::testing
