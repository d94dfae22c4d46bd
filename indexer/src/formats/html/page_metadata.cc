#include "formats/html/page_metadata.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <optional>
#include <string_view>
#include <vector>

#include "formats/html/byline.h"
#include "heading.h"
#include "lectern/common/text.h"
#include "line_text.h"
#include "names.h"

namespace lectern::indexer::html {
namespace {

// Words that mark the last part of a <title> as the site's name rather than the book's.
constexpr std::array<std::string_view, 14> kSiteWords = {
    "blog", "review", "books", "magazine", "journal", "news", "times", "press",
    "library", "club", ".com", ".org", ".net", "quarterly",
};

// The line under a title that gives its author is short ("by Edwin A. Abbott").
constexpr std::size_t kMaxUnderTitleBytes = 120;

// The content of the first of `keys` the page has a non-blank <meta> for; empty when none.
std::string meta_value(const PageScan& scan, std::initializer_list<const char*> keys) {
  for (const char* key : keys) {
    const auto found = scan.meta.find(key);
    if (found != scan.meta.end() && !text::trim(found->second).empty()) return found->second;
  }
  return {};
}

bool is_site_suffix(std::string_view suffix, std::string_view site_name) {
  const std::string folded = text::fold_for_matching(text::trim(suffix));
  if (folded.empty()) return false;
  if (!site_name.empty() && folded == text::fold_for_matching(text::trim(site_name))) return true;
  return std::any_of(kSiteWords.begin(), kSiteWords.end(),
                     [&folded](std::string_view word) { return folded.find(word) != std::string::npos; });
}

// "The Betrayal by Helen Dunmore – review | Books | The Site" -> "The Betrayal by Helen Dunmore".
// Everything after " | " is the site's; a part after a dash is dropped only when it names the
// site, since "Wolf Hall - Hilary Mantel" keeps its author.
std::string strip_site_suffix(std::string title, std::string_view site_name) {
  if (const std::size_t bar = title.find(" | "); bar != std::string::npos && !text::trim(title.substr(0, bar)).empty()) {
    title.resize(bar);
  }
  for (bool cut = true; cut;) {
    cut = false;
    for (std::string_view separator : {" - ", " – ", " — ", " :: ", " · ", " » "}) {
      const std::size_t at = title.rfind(separator);
      if (at == std::string::npos || at == 0) continue;
      if (is_site_suffix(std::string_view(title).substr(at + separator.size()), site_name)) {
        title.resize(at);
        cut = true;
        break;
      }
    }
  }
  return std::string(text::trim(title));
}

// The book's title and author from the page's own headings, in order of trust: Open Graph and
// <meta name="title">, the article's <h1>, then <title>. A heading that names an author wins
// over a better-ranked one that does not ("Exposure" vs "Exposure by Helen Dunmore").
std::optional<Heading> heading_from_page(const PageScan& scan, const std::string& h1) {
  // Unlike meta_value, a blank value is returned as it is.
  const auto first_meta = [&scan](const char* key) {
    const auto found = scan.meta.find(key);
    return found == scan.meta.end() ? std::string() : found->second;
  };
  std::string site_name = first_meta("og:site_name");
  if (site_name.empty()) site_name = first_meta("application-name");
  std::vector<std::string> candidates;
  for (std::string candidate :
       {first_meta("og:title"), first_meta("title"), h1, strip_site_suffix(text::clean_field(scan.title), site_name)}) {
    candidate = text::clean_field(candidate);
    if (!candidate.empty()) candidates.push_back(std::move(candidate));
  }
  std::optional<Heading> title_only;
  for (const std::string& candidate : candidates) {
    std::optional<Heading> heading = parse_heading(candidate, /*allow_title_only=*/true);
    if (!heading || heading->title.empty()) continue;
    if (!heading->authors.empty()) return heading;
    if (!title_only) title_only = std::move(heading);
  }
  if (title_only) return title_only;
  if (candidates.empty()) return std::nullopt;
  Heading raw;
  raw.title = candidates.front();
  return raw;
}

// The names in the line under a title: "by Ann Author" or a bare name of two or more words;
// empty for anything else (a subtitle, a date, a byline with a date).
std::vector<std::string> names_under_title(std::string_view line) {
  std::string_view view = text::trim(line);
  if (view.size() > kMaxUnderTitleBytes) return {};
  const std::string lower = ascii_lower(view);
  const bool by = lower.starts_with("by ");
  if (by) view = text::trim(view.substr(3));
  const std::vector<std::string> names = split_names(view);
  if (names.empty() || !std::all_of(names.begin(), names.end(), looks_like_name)) return {};
  const bool full = std::all_of(names.begin(), names.end(),
                                [](const std::string& name) { return text::split_words(name).size() >= 2; });
  if (!by && !full) return {};
  return names;
}

}  // namespace

void fill_from_page(const PageScan& scan, const std::string& h1, Metadata& meta) {
  if (meta.title.empty() || meta.authors.empty()) {
    if (std::optional<Heading> heading = heading_from_page(scan, h1)) {
      if (meta.title.empty()) {
        meta.title = heading->title;
        meta.authors = heading->authors;
        meta.editors = heading->editors;
        meta.translators = heading->translators;
        meta.illustrators = heading->illustrators;
      } else if (text::fold_for_matching(heading->title) == text::fold_for_matching(meta.title)) {
        meta.authors = heading->authors;  // structured data named the book but not its author
      }
    }
  }
  if (meta.authors.empty() && !meta.title.empty()) {
    // "<h1>Title</h1><h2>Ann Author</h2>", "<p class=subtitle>by Ann Author</p>". The reviewer
    // named in the metadata is never the book's author.
    // A byline element right under the title names the reviewer, not the author.
    const bool is_byline = text::trim(scan.under_h1) == text::trim(scan.byline);
    const std::vector<std::string> names = is_byline ? std::vector<std::string>{} : names_under_title(scan.under_h1);
    const std::string reviewer = text::clean_field(meta_value(scan, {"author"}));
    if (!names.empty() && text::fold_for_matching(names.front()) != text::fold_for_matching(reviewer) &&
        text::fold_for_matching(names.front()) != text::fold_for_matching(meta.reviewer)) {
      meta.authors = names;
    }
  }
  if (meta.reviewer.empty()) {
    std::string reviewer = meta_value(scan, {"author"});
    const std::string article_author = meta_value(scan, {"article:author"});
    // article:author is often a profile URL rather than a name.
    if (reviewer.empty() && article_author.find("://") == std::string::npos) reviewer = article_author;
    meta.reviewer = text::clean_field(reviewer);
  }
  if (meta.date.empty()) {
    meta.date = normalized_date(meta_value(scan, {"article:published_time", "date", "dc.date", "dc.date.issued",
                                                  "pubdate", "publish-date", "datepublished"}));
  }
  if (meta.date.empty()) meta.date = normalized_date(scan.microdata_date);
  if (meta.date.empty()) meta.date = normalized_date(scan.first_time_date);
  if (meta.reviewer.empty() || meta.date.empty() || !meta.rating) read_byline(scan.byline, meta);
  if (meta.language.empty()) meta.language = language_code(scan.html_lang);
  if (meta.language.empty()) meta.language = language_code(meta_value(scan, {"content-language", "og:locale"}));
  if (meta.url.empty()) meta.url = text::clean_field(meta_value(scan, {"og:url"}));
  if (meta.url.empty()) meta.url = text::clean_field(scan.canonical);
  if (meta.tags.empty()) {
    for (const std::string& tag : scan.meta_tags) add_unique(meta.tags, text::clean_field(tag));
  }
}

}  // namespace lectern::indexer::html
