// Extraction: from one file on disk (or its bytes) to the reviews it contains, with the
// reviewed work's title and author, the reviewer, date, rating, period and clean text. This is
// the pure, database-free half of indexing, used by `lectern index` and `lectern inspect`.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lectern/common/eras.h"
#include "lectern/common/result.h"
#include "lectern/common/review.h"
#include "lectern/indexer/period_weights.h"

namespace lectern::indexer {

// Files larger than this are not reviews: extract_file refuses them without reading them.
inline constexpr std::uintmax_t kMaxReviewFileBytes = std::uintmax_t{64} << 20;

// Which key of a JSON review object holds each Lectern field: {"text": "reviewText"}.
// Fields not named here use their default keys (text: text, body, review, content).
using FieldMap = std::map<std::string, std::string>;

struct ExtractOptions {
  FieldMap field_map;
  // ISO 639-1 code forced on every review ("de"); empty means detect, falling back to "en".
  std::string language;
  // The era gazetteer used to date reviews that name eras ("the Siege of Leningrad"), e.g. one
  // parsed from a user's --eras file with eras::parse_gazetteer(); null means the built-in
  // eras::default_gazetteer(). Shared, never modified.
  std::shared_ptr<const eras::Gazetteer> eras;
  // The period reader's weights and thresholds, e.g. from --period-weights FILE
  // (load_period_weights()); null means the built-in default_period_weights().
  std::shared_ptr<const PeriodWeights> period_weights;
  // How long the extraction of one file may take; past it the file is given up with a reason
  // (kUnsupported) rather than stall a run. Zero: no limit.
  std::chrono::milliseconds time_limit{0};
};

// Parses a --field-map value: "text=reviewText,author=bookAuthor". Unknown Lectern field names
// and entries without '=' give kInvalidArgument naming the entry.
Result<FieldMap> parse_field_map(std::string_view spec);

// Reads and parses a gazetteer file (docs/eras.md) to use in place of the built-in one.
// Errors: kNotFound when the file cannot be read, kInvalidArgument naming the file and line.
Result<std::shared_ptr<const eras::Gazetteer>> load_gazetteer(const std::filesystem::path& path);

// The format name ("txt", "md", "html", "json", "jsonl", "csv", "rst") for a path's extension, or an empty
// string when Lectern does not read that kind of file.
std::string format_for_path(const std::filesystem::path& path);

// Reads `path` and extracts its reviews. Every review gets id, path and format set.
// Errors: kNotFound or kIOError when the file cannot be read; kUnsupported when it is empty,
// binary, of an unknown kind or took longer than options.time_limit; kInvalidArgument when its content is malformed (bad JSON).
// The message says why, without the path (callers pair it with the path).
Result<std::vector<Review>> extract_file(const std::filesystem::path& path, const ExtractOptions& options);

// The same for bytes already in memory; `format` is a name format_for_path returns and `path`
// only names the reviews (ids are built from it).
Result<std::vector<Review>> extract_bytes(std::string_view bytes, std::string_view format,
                                          const std::string& path, const ExtractOptions& options);

}  // namespace lectern::indexer
