// Snippets: the part of a review's text that best shows why it matched, with the matched words
// marked as the caller asked.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <xapian.h>

#include "lectern/searcher/searcher.h"

namespace lectern::searcher {

// Xapian 1.4's MSet::snippet HTML-escapes the text (&, <, >) but inserts the highlight strings
// as given, so it is asked for these private markers, which never occur in cleaned text
// (text::clean_body removes control characters), and render_snippet turns them into marks.
inline constexpr std::string_view kMarkStart = "\x01";
inline constexpr std::string_view kMarkEnd = "\x02";

// The snippet of `text` for a hit of `mset`, about `length` characters: MSet::snippet with the
// query's `stemmer` (so "arrested" highlights "arrests"), or, when no word of the text matched
// (only the title or author did), the opening of the text. Rendered for `highlight`; white
// space, newlines included, folded to single spaces.
std::string make_snippet(const Xapian::MSet& mset, std::string_view text, std::size_t length,
                         const Xapian::Stem& stemmer, Highlight highlight);

// Renders MSet::snippet output (HTML-escaped, marked with kMarkStart/kMarkEnd): kHtml keeps
// the escaping and marks with <mark>; the others unescape and mark with ESC[1m, [ ] or nothing.
std::string render_snippet(std::string_view escaped_marked, Highlight highlight);

// The opening of `text`, at most about `length` characters (code points), cut after a whole
// word where there is one and never inside a UTF-8 sequence, "…" appended when cut. Rendered
// for `highlight` (escaped for kHtml; nothing is marked).
std::string opening_snippet(std::string_view text, std::size_t length, Highlight highlight);

// &, < and > as entities.
std::string escape_html(std::string_view text);

}  // namespace lectern::searcher
