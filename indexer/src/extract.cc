#include "lectern/indexer/extract.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <regex>
#include <sstream>
#include <system_error>

#include "formats/encoding.h"
#include "formats/format_parsers.h"
#include "language_detector.h"
#include "lectern/common/language.h"
#include "lectern/common/text.h"
#include "lectern/indexer/period_weights.h"
#include "period.h"
#include "provenance.h"
#include "time_budget.h"

namespace lectern::indexer {
namespace {

// The Lectern fields a --field-map may redirect.
constexpr std::array<std::string_view, 10> kMappableFields = {
    "title", "author", "reviewer", "date", "rating", "period", "language", "url", "tags", "text"};

// The period is read from at most this much of a review's text: a review states its setting
// early, and the reader's working memory (tokens, mentions) grows with what it reads.
constexpr std::size_t kMaxPeriodTextBytes = 1u << 20;

Result<std::string> read_file(const std::filesystem::path& path) {
  std::error_code error;
  const auto status = std::filesystem::status(path, error);
  if (error || !std::filesystem::exists(status)) return Error::not_found("no such file");
  if (!std::filesystem::is_regular_file(status)) return Error::unsupported("not a regular file");
  const auto size = std::filesystem::file_size(path, error);
  if (!error && size > kMaxReviewFileBytes) {
    return Error::unsupported("file too large (" + std::to_string(size >> 20) + " MiB; the limit is 64 MiB)");
  }
  std::ifstream stream(path, std::ios::binary);
  if (!stream) return Error::io_error("cannot open file for reading (permission denied?)");
  std::ostringstream contents;
  contents << stream.rdbuf();
  if (stream.bad()) return Error::io_error("read error");
  return std::move(contents).str();
}

Result<std::vector<Review>> parse(std::string_view utf8, std::string_view format, const ExtractOptions& options) {
  if (format == "txt") return parse_plain_text(utf8, options);
  if (format == "md") return parse_markdown(utf8, options);
  if (format == "html") return parse_html(utf8, options);
  if (format == "json") return parse_json(utf8, options);
  if (format == "jsonl") return parse_jsonl(utf8, options);
  if (format == "csv") return parse_csv(utf8, options);
  if (format == "rst") return parse_restructured_text(utf8, options);
  return Error::unsupported("unsupported file type");
}

// The date a file's path gives, as blogs name posts: "2019-04-28-title.md", "20190428-title",
// ".../2019/04/28/slug/index.html". The component nearest the file wins; empty when none.
std::string date_from_path(std::string_view path) {
  static const std::regex kDashed(R"((?:^|[^0-9])((?:19|20)[0-9]{2})[-_./]([01][0-9])[-_./]([0-3][0-9])(?:[^0-9]|$))");
  static const std::regex kCompact(R"((?:^|/)((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])[-_])");
  std::string best;
  std::ptrdiff_t best_position = -1;
  for (const std::regex* pattern : {&kDashed, &kCompact}) {
    for (auto it = std::cregex_iterator(path.data(), path.data() + path.size(), *pattern); it != std::cregex_iterator(); ++it) {
      const auto& match = *it;
      const int month = std::stoi(match[2].str());
      const int day = std::stoi(match[3].str());
      if (month < 1 || month > 12 || day < 1 || day > 31) continue;
      if (match.position(0) > best_position) {
        best_position = match.position(0);
        best = match[1].str() + "-" + match[2].str() + "-" + match[3].str();
      }
    }
  }
  return best;
}

// The text without bare web addresses ("See review: https://example.org/a/b"): they are not
// words anyone searches for, and a snippet must never show one.
std::string without_urls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const std::string_view rest = text.substr(i);
    const bool url = rest.starts_with("http://") || rest.starts_with("https://") ||
                     (rest.starts_with("www.") && (i == 0 || text[i - 1] == ' ' || text[i - 1] == '\n' || text[i - 1] == '('));
    if (!url) {
      out += text[i++];
      continue;
    }
    while (i < text.size() && text[i] != ' ' && text[i] != '\n' && text[i] != '\t') ++i;
    // Keep the sentence's own end: "see https://x.org/a." leaves "see ."; drop the stray space.
    while (!out.empty() && out.back() == ' ' && i < text.size() && text[i] == ' ') out.pop_back();
  }
  return out;
}

// What every format shares once its parser is done: ids, language, period from the text.
void finish(Review& review, const std::string& path, std::string_view format, std::size_t index,
            bool many, const ExtractOptions& options) {
  review.path = path;
  review.format = std::string(format);
  // A name with invalid UTF-8 bytes gets an id that JSON carries intact ("%FF" for the byte).
  const std::string id = text::escape_invalid_utf8(path);
  review.id = many ? id + "#" + std::to_string(index) : id;
  FieldSources sources(review);
  if (review.date.empty()) review.date = date_from_path(path);
  sources.credit(review, "file name");
  if (review.text.find("http") != std::string::npos || review.text.find("www.") != std::string::npos) {
    review.text = without_urls(review.text);
  }
  if (!options.language.empty()) review.language = options.language;
  sources.credit(review, "--language");
  if (review.language.empty()) review.language = detect_language(review.title + "\n" + review.text);
  sources.credit(review, "detected from the text");
  if (review.language.empty()) review.language = std::string(kDefaultLanguage);
  sources.credit(review, "default");
  if (!review.period) {
    // Captions stay out: they are in review.captions, never in review.text.
    std::string_view period_text = review.text;
    if (period_text.size() > kMaxPeriodTextBytes) {
      std::size_t cut = kMaxPeriodTextBytes;
      while (cut > 0 && (static_cast<unsigned char>(period_text[cut]) & 0xC0) == 0x80) --cut;  // whole characters
      period_text = period_text.substr(0, cut);
    }
    PeriodReading reading = read_period(period_text, {.review_date = review.date,
                                                      .authors = review.authors,
                                                      .gazetteer = options.eras ? options.eras.get() : nullptr,
                                                      .publication_year = review.publication_year,
                                                      .title = review.title,
                                                      .weights = options.period_weights.get()});
    review.period = reading.period;
    review.period_evidence = std::move(reading.evidence);
    sources.credit(review, "text");
  }
}

// extract_bytes without the time limit's bookkeeping.
Result<std::vector<Review>> extract_within_budget(std::string_view bytes, std::string_view format, const std::string& path,
                                                  const ExtractOptions& options) {
  auto utf8 = decode_to_utf8(bytes);
  if (!utf8) return utf8.error();
  auto reviews = parse(*utf8, format, options);
  if (!reviews) return reviews.error();
  if (reviews->empty()) return Error::unsupported("no review found in the file");
  // Arrays always number their reviews; other files only when they hold several.
  const bool many = format == "json" || format == "jsonl" || format == "csv" || reviews->size() > 1;
  for (std::size_t i = 0; i < reviews->size(); ++i) finish((*reviews)[i], path, format, i, many, options);
  return reviews;
}

}  // namespace

Result<FieldMap> parse_field_map(std::string_view spec) {
  FieldMap map;
  std::size_t start = 0;
  while (start <= spec.size()) {
    const std::size_t comma = std::min(spec.find(',', start), spec.size());
    const std::string_view entry = text::trim(spec.substr(start, comma - start));
    start = comma + 1;
    if (entry.empty()) continue;
    const std::size_t equals = entry.find('=');
    if (equals == std::string_view::npos) {
      return Error::invalid_argument("field map entry `" + std::string(entry) + "` has no '=' (expected FIELD=KEY, e.g. text=reviewText)");
    }
    const std::string field(text::trim(entry.substr(0, equals)));
    const std::string key(text::trim(entry.substr(equals + 1)));
    if (std::find(kMappableFields.begin(), kMappableFields.end(), field) == kMappableFields.end()) {
      return Error::invalid_argument("field map names unknown field `" + field +
                                     "` (known: title, author, reviewer, date, rating, period, language, url, tags, text)");
    }
    if (key.empty()) return Error::invalid_argument("field map entry `" + std::string(entry) + "` has an empty key");
    map[field] = key;
  }
  return map;
}

Result<std::shared_ptr<const eras::Gazetteer>> load_gazetteer(const std::filesystem::path& path) {
  auto contents = read_file(path);
  if (!contents) return Error::not_found("cannot read eras file `" + path.string() + "`: " + contents.error().message);
  auto gazetteer = eras::parse_gazetteer(*contents);
  if (!gazetteer) return Error::invalid_argument("eras file `" + path.string() + "`: " + gazetteer.error().message);
  return std::make_shared<const eras::Gazetteer>(std::move(*gazetteer));
}

Result<std::shared_ptr<const PeriodWeights>> load_period_weights(const std::filesystem::path& path) {
  auto contents = read_file(path);
  if (!contents) return Error::not_found("cannot read period weights `" + path.string() + "`: " + contents.error().message);
  auto weights = parse_period_weights(*contents, default_period_weights());
  if (!weights) return Error::invalid_argument("period weights `" + path.string() + "`: " + weights.error().message);
  return std::make_shared<const PeriodWeights>(*weights);
}

std::string format_for_path(const std::filesystem::path& path) {
  std::string extension = text::to_lower(path.extension().string());
  if (extension == ".txt" || extension == ".text") return "txt";
  if (extension == ".md" || extension == ".markdown") return "md";
  if (extension == ".html" || extension == ".htm" || extension == ".xhtml") return "html";
  if (extension == ".json") return "json";
  if (extension == ".jsonl" || extension == ".ndjson") return "jsonl";
  if (extension == ".csv") return "csv";
  if (extension == ".rst" || extension == ".rest") return "rst";
  return {};
}

Result<std::vector<Review>> extract_file(const std::filesystem::path& path, const ExtractOptions& options) {
  const std::string format = format_for_path(path);
  if (format.empty()) return Error::unsupported("unsupported file type `" + path.extension().string() + "`");
  auto bytes = read_file(path);
  if (!bytes) return bytes.error();
  return extract_bytes(*bytes, format, path.string(), options);
}

Result<std::vector<Review>> extract_bytes(std::string_view bytes, std::string_view format, const std::string& path,
                                          const ExtractOptions& options) {
  const ScopedTimeBudget budget(options.time_limit);
  try {
    return extract_within_budget(bytes, format, path, options);
  } catch (const TimeBudgetExceeded&) {
    const auto seconds = std::chrono::duration<double>(options.time_limit).count();
    char limit[32];
    std::snprintf(limit, sizeof limit, "%g", seconds);
    return Error::unsupported("reading it took longer than the limit of " + std::string(limit) +
                              " s per file (raise it with --file-time-limit)");
  }
}

}  // namespace lectern::indexer
