#include "period/layout.h"

#include <algorithm>
#include <array>

namespace lectern::indexer::period_detail {
namespace {

using namespace std::string_view_literals;

// Lines no longer than these are bylines, list entries or headings rather than prose.
constexpr std::size_t kShortLine = 120;
constexpr std::size_t kListLine = 160;
constexpr std::size_t kIsbnLine = 250;
constexpr std::size_t kFooterLine = 200;

// A line starting with one of these opens a reading list: it and the list-like lines after it
// are other books, with their own years.
constexpr std::array kReadingListHeadings = {
    "further reading"sv, "bibliography"sv,     "for books on"sv,     "see also"sv,          "if you liked"sv,
    "if you enjoyed"sv,  "if you like"sv,      "recommended reading"sv, "suggested reading"sv, "related reading"sv,
    "read next"sv,       "you may also like"sv, "you might also like"sv, "related posts"sv,   "related reviews"sv,
    "more reviews"sv,    "other reviews"sv,    "works cited"sv,      "pour aller plus loin"sv, "weiterfuhrende literatur"sv,
    "bibliografia"sv,    "bibliographie"sv,    "lecturas recomendadas"sv};
// The same, only as a short heading line ("Also on the shelf", "Sources").
constexpr std::array kShortReadingListHeadings = {"also on"sv, "also by"sv, "sources"sv, "references"sv, "literatur"sv,
                                                  "lecturas"sv, "letture"sv};
// A short line starting with one of these opens the comments or the page footer: nothing after
// it is the review.
constexpr std::array kTrailerHeadings = {
    "comments"sv, "comment"sv, "leave a reply"sv, "leave a comment"sv, "responses"sv, "share this"sv,
    "like this"sv, "related"sv, "about the author"sv, "about the reviewer"sv, "commentaires"sv, "kommentare"sv,
    "comentarios"sv, "commenti"sv};
// A line containing one of these is site furniture.
constexpr std::array kFooterWords = {"\xC2\xA9"sv, "copyright"sv, "all rights reserved"sv, "cookie"sv};
// A short line containing one of these is a byline or a post's metadata.
constexpr std::array kBylineWords = {
    "posted"sv,     "reviewed by"sv, "review by"sv, "words:"sv,   "written by"sv, "published on"sv,
    "filed under"sv, "tags:"sv,      "categories:"sv, "category:"sv, "critique publiee"sv, "rezension von"sv,
    "rezensiert"sv, "resenado"sv,    "recensione di"sv, "recensito"sv};

// Abbreviations whose full stop does not end a sentence.
constexpr std::array kAbbreviations = {"c"sv,  "ca"sv,  "p"sv,     "pp"sv,  "st"sv, "mr"sv,  "mrs"sv, "ms"sv,
                                       "dr"sv, "no"sv,  "vol"sv,   "ed"sv,  "eds"sv, "trans"sv, "vs"sv, "cf"sv,
                                       "chr"sv, "av"sv, "apr"sv,   "jr"sv,  "sr"sv, "fig"sv, "approx"sv};


// The line without its heading dress ("## Further reading", "**Sources**", "— Further reading")
// and trailing spaces.
std::string_view line_text(std::string_view text, const Line& line) {
  std::string_view view = text.substr(line.begin, line.end - line.begin);
  while (!view.empty() && !is_word_byte(view.front())) view.remove_prefix(1);
  while (!view.empty() && view.back() == ' ') view.remove_suffix(1);
  return view;
}

// Marks where each line stops being the review's prose.
void classify_lines(std::string_view text, std::vector<Line>& lines) {
  bool in_reading_list = false;
  bool in_trailer = false;
  for (Line& line : lines) {
    const std::string_view view = line_text(text, line);
    auto starts_with_any = [view](const auto& headings) {
      return std::any_of(headings.begin(), headings.end(), [view](std::string_view heading) {
        return view.starts_with(heading) && (view.size() == heading.size() || !is_word_byte(view[heading.size()]));
      });
    };
    auto has_any = [view](const auto& words) {
      return std::any_of(words.begin(), words.end(),
                         [view](std::string_view word) { return view.find(word) != std::string_view::npos; });
    };
    if (!in_trailer && view.size() <= 40 && starts_with_any(kTrailerHeadings)) in_trailer = true;
    if (starts_with_any(kReadingListHeadings) || (view.size() <= 40 && starts_with_any(kShortReadingListHeadings))) {
      in_reading_list = true;
    } else if (in_reading_list && view.size() > kListLine) {
      in_reading_list = false;  // the list ran on over short entries and blank lines; prose ends it
    }
    // "The purges of the 1930s see THE GREAT TERROR by Robert Conquest and ... by Sheila
    // Fitzpatrick;": a line that cites two works or more points to other books, whatever it
    // opens with; their years are theirs.
    std::size_t credits = 0;
    for (std::size_t at = view.find(" by "); at != std::string_view::npos; at = view.find(" by ", at + 4)) ++credits;
    const bool citing = credits >= 2 && (view.find(" see ") != std::string_view::npos ||
                                         view.find(" consult") != std::string_view::npos ||
                                         view.find(';') != std::string_view::npos);
    if (citing) in_reading_list = true;
    if (in_trailer || in_reading_list || citing || (view.size() <= kIsbnLine && view.find("isbn") != std::string_view::npos) ||
        (view.size() <= kShortLine && (has_any(kBylineWords) || view.starts_with("by ")))) {
      line.excluded_from = line.begin;
      continue;
    }
    if (view.size() <= kFooterLine) {
      const std::string_view whole = text.substr(line.begin, line.end - line.begin);
      for (std::string_view word : kFooterWords) {
        const std::size_t at = whole.find(word);
        if (at != std::string_view::npos) line.excluded_from = std::min(line.excluded_from, line.begin + at);
      }
    }
  }
}

// The lines of `text`, split on '\n' and classified.
std::vector<Line> lines_of(std::string_view text) {
  std::vector<Line> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    lines.push_back({start, end});
    start = end + 1;
  }
  classify_lines(text, lines);
  return lines;
}

// An abbreviation, an initial or a number ends just before the full stop at `dot`.
bool abbreviation_before(std::string_view text, std::size_t dot) {
  std::size_t start = dot;
  while (start > 0 && is_word_byte(text[start - 1])) --start;
  const std::string_view word = text.substr(start, dot - start);
  return word.size() == 1 || std::ranges::find(kAbbreviations, word) != kAbbreviations.end();
}

std::vector<Token> tokens_of(const FoldedText& folded) {
  const std::string_view text = folded.text;
  std::vector<Token> tokens;
  std::size_t line = 0;
  std::size_t sentence = 0;
  std::size_t clause = 0;
  std::size_t clauses = 0;  // clause ids handed out so far
  // A parenthesis that opens with words ("Published in 2004 (in the US as Moscow 1812)") is a
  // clause of its own, and the clause around it resumes after it. One that opens with a
  // number ("the films came out (2012-2014, far too long)") annotates the words before it.
  std::vector<std::size_t> outer;
  for (std::size_t i = 0; i < text.size();) {
    const char ch = text[i];
    if (is_word_byte(ch)) {
      std::size_t end = i;
      while (end < text.size() && is_word_byte(text[end])) ++end;
      tokens.push_back({i, end, text.substr(i, end - i), line, sentence, clause, folded.capital[i]});
      i = end;
      continue;
    }
    if (ch == '\n') {
      ++line, ++sentence, clause = ++clauses;
      outer.clear();
    } else if (ch == ';' || (ch == ':' && !(i + 1 < text.size() && is_digit(text[i + 1])))) {
      clause = ++clauses;
    } else if (ch == '(') {
      std::size_t next = i + 1;
      while (next < text.size() && text[next] == ' ') ++next;
      if (next < text.size() && !is_digit(text[next])) {
        outer.push_back(clause);
        clause = ++clauses;
      }
    } else if (ch == ')' && !outer.empty()) {
      clause = outer.back();
      outer.pop_back();
    } else if (ch == '.' || ch == '!' || ch == '?') {
      std::size_t next = i + 1;
      while (next < text.size() && (text[next] == ' ' || text[next] == '"' || text[next] == ')')) ++next;
      const bool ends = next >= text.size() || text[next] == '\n' ||
                        (next > i + 1 && (folded.capital[next] || is_digit(text[next]) || text[next] == '('));
      if (ends && !(ch == '.' && abbreviation_before(text, i))) {
        ++sentence, clause = ++clauses;
        outer.clear();
      }
    }
    ++i;
  }
  return tokens;
}

}  // namespace

Layout::Layout(const FoldedText& folded)
    : text_(folded.text), lines_(lines_of(text_)), tokens_(tokens_of(folded)) {}

std::size_t Layout::token_at(std::size_t pos) const {
  auto it = std::lower_bound(tokens_.begin(), tokens_.end(), pos,
                             [](const Token& token, std::size_t at) { return token.begin < at; });
  return static_cast<std::size_t>(it - tokens_.begin());
}

}  // namespace lectern::indexer::period_detail
