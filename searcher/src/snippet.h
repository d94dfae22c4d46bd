// Snippets: the parts of a review's text that best show why it matched, with the matched
// words marked as the caller asked; and the title, marked the same way.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <xapian.h>

#include "lectern/searcher/searcher.h"

namespace lectern::searcher {

// Xapian 1.4's MSet::snippet HTML-escapes the text (&, <, >) but inserts the highlight strings
// as given, so it is asked for these private markers, which never occur in cleaned text
// (text::clean_body removes control characters), and the result is parsed into MarkedText.
inline constexpr std::string_view kMarkStart = "\x01";
inline constexpr std::string_view kMarkEnd = "\x02";

// Marks a cut at either end of a snippet, and joins its fragments.
inline constexpr std::string_view kEllipsis = "…";
inline constexpr std::string_view kFragmentJoin = " … ";

struct SnippetOptions {
  std::size_t length = 200;   // about this many characters per fragment; 0 for no snippet
  std::size_t fragments = 1;  // at most this many fragments
  Highlight highlight = Highlight::kHtml;
};

// Text with the spans to mark: plain (unescaped) UTF-8, white space folded to single spaces,
// marks as sorted, disjoint byte ranges [first, second). Marks separated only by a space are
// one mark, so "the siege" reads as one highlighted span.
struct MarkedText {
  std::string text;
  std::vector<std::pair<std::size_t, std::size_t>> marks;
};

// Parses MSet::snippet output (HTML-escaped, marked with kMarkStart/kMarkEnd).
MarkedText parse_marked(std::string_view escaped_marked);

// Renders [begin, end) of `marked` for `highlight`: kHtml escapes and marks with <mark>; the
// others give the text as written, marked with ESC[1m, [ ] or nothing. `begin` and `end` must
// not fall inside a mark or a UTF-8 sequence.
std::string render_marked(const MarkedText& marked, std::size_t begin, std::size_t end, Highlight highlight);

// Renders MSet::snippet output: parse_marked, then render_marked of the whole.
std::string render_snippet(std::string_view escaped_marked, Highlight highlight);

// The snippet of `text` for a hit of `mset`. One fragment: MSet::snippet with the query's
// `stemmer` (so "arrested" highlights "arrests"). Several: the whole text marked, then up to
// `fragments` passages chosen greedily for the most distinct matched words, in text order,
// joined by " … " (pick_fragments). When no word of the text matched (only the title or author
// did), the opening of the text. Rendered for `highlight`; white space folded to single spaces.
std::string make_snippet(const Xapian::MSet& mset, std::string_view text, const SnippetOptions& options,
                         const Xapian::Stem& stemmer);

// The title with matched words marked for `highlight` (escaped for kHtml), or the plain title
// rendered for `highlight` when none matched.
std::string highlight_title(const Xapian::MSet& mset, std::string_view title, const Xapian::Stem& stemmer,
                            Highlight highlight);

// Up to `count` passages of about `length` characters (code points) around the marks of
// `marked`, greedily the passage covering the most distinct marked words first, then the most
// marks, never overlapping, returned as byte ranges in text order. A passage starts at a
// sentence start when one lies within about a third of `length` before its first mark, else
// after a space; it ends after a sentence's end in its last third, else before a space, and
// never inside a mark. Empty when there are no marks.
std::vector<std::pair<std::size_t, std::size_t>> pick_fragments(const MarkedText& marked, std::size_t count,
                                                                std::size_t length);

// The opening of `text`, at most about `length` characters (code points), cut after a whole
// word where there is one and never inside a UTF-8 sequence, "…" appended when cut. Rendered
// for `highlight` (escaped for kHtml; nothing is marked).
std::string opening_snippet(std::string_view text, std::size_t length, Highlight highlight);

// &, < and > as entities.
std::string escape_html(std::string_view text);

}  // namespace lectern::searcher
