// Request rules shared by every front end, so that the command line and the server refuse the
// same requests with the same words.
#include <string>

#include "lectern/searcher/searcher.h"

namespace lectern::searcher {
namespace {

constexpr std::size_t kMaxLimit = 10000;
constexpr std::size_t kMaxOffset = 1000000;
constexpr std::size_t kMaxFragments = 10;
constexpr std::size_t kMinSnippet = 20;
constexpr std::size_t kMaxSnippet = 5000;
constexpr std::size_t kMaxQueryBytes = 100 * 1024;

Error out_of_range(const char* field, std::size_t value, const std::string& allowed) {
  return Error::invalid_argument("`" + std::string(field) + "` must be " + allowed + " (got " + std::to_string(value) + ")");
}

}  // namespace

Status validate(const SearchRequest& request) {
  if (request.limit > kMaxLimit) return out_of_range("limit", request.limit, "at most " + std::to_string(kMaxLimit));
  if (request.offset > kMaxOffset) return out_of_range("offset", request.offset, "at most " + std::to_string(kMaxOffset));
  if (request.fragments < 1 || request.fragments > kMaxFragments) {
    return out_of_range("fragments", request.fragments, "between 1 and " + std::to_string(kMaxFragments));
  }
  if (request.snippet_length != 0 && (request.snippet_length < kMinSnippet || request.snippet_length > kMaxSnippet)) {
    return out_of_range("snippet_length", request.snippet_length,
                        "0 or between " + std::to_string(kMinSnippet) + " and " + std::to_string(kMaxSnippet));
  }
  if (request.reverse && request.sort == SortOrder::kRelevance) {
    return Error::invalid_argument("`reverse` needs a sort order: date, rating, title or period");
  }
  if (request.query.size() > kMaxQueryBytes) {
    return out_of_range("query", request.query.size(), "at most " + std::to_string(kMaxQueryBytes) + " bytes long");
  }
  return Status::success();
}

std::optional<Highlight> parse_highlight(std::string_view name) {
  if (name == "html") return Highlight::kHtml;
  if (name == "ansi") return Highlight::kAnsi;
  if (name == "plain") return Highlight::kPlain;
  if (name == "none") return Highlight::kNone;
  return std::nullopt;
}

}  // namespace lectern::searcher
