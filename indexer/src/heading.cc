#include "heading.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <utility>

#include "lectern/common/text.h"
#include "line_text.h"
#include "names.h"

namespace lectern::indexer {
namespace {

// A heading is one line; anything longer is a paragraph that happens to come first.
constexpr std::size_t kMaxHeadingBytes = 320;
// A line ending in a full stop is prose once it has this many words ("by C. J. Sansom." is not).
constexpr std::size_t kProseWordsBeforeFullStop = 8;

// Words before " by " that make a line a credit, not a heading ("Reviewed by Ann").
constexpr std::array<std::string_view, 8> kNotTitles = {"reviewed", "review", "posted", "written",
                                                         "photo", "photograph", "image", "picture"};

enum class Role { kAuthor, kEditor, kTranslator, kIllustrator, kContributor };

struct RoleMarker {
  std::string_view phrase;  // lower case, as it follows a separator
  Role role;
};

// The credit phrases after the main author, longest first so "translated and edited by" wins.
// Forewords and introductions credit contributors, who are none of the work's roles.
constexpr std::array<RoleMarker, 15> kRoleMarkers = {{
    {"translated and edited by ", Role::kTranslator},
    {"with an introduction by ", Role::kContributor},
    {"with illustrations by ", Role::kIllustrator},
    {"with a foreword by ", Role::kContributor},
    {"introduction by ", Role::kContributor},
    {"illustrations by ", Role::kIllustrator},
    {"foreword by ", Role::kContributor},
    {"afterword by ", Role::kContributor},
    {"translated from the russian by ", Role::kTranslator},
    {"translated by ", Role::kTranslator},
    {"illustrated by ", Role::kIllustrator},
    {"edited by ", Role::kEditor},
    {"trans. by ", Role::kTranslator},
    {"trans. ", Role::kTranslator},
    {"ed. by ", Role::kEditor},
}};

// The word before the main " by " that names the role of the first names ("Title, edited by X").
constexpr std::array<std::pair<std::string_view, Role>, 4> kRoleWords = {{{"edited", Role::kEditor},
                                                                           {"translated", Role::kTranslator},
                                                                           {"illustrated", Role::kIllustrator},
                                                                           {"written", Role::kAuthor}}};

// A parenthesised or bracketed year at the end: "(2010)", "[1998]".
std::string_view strip_trailing_year(std::string_view text) {
  text = text::trim(text);
  if (text.size() >= 6 && (text.back() == ')' || text.back() == ']')) {
    const char open = text.back() == ')' ? '(' : '[';
    const std::size_t start = text.rfind(open);
    if (start != std::string_view::npos) {
      const std::string_view inner = text::trim(text.substr(start + 1, text.size() - start - 2));
      if (inner.size() == 4 && std::all_of(inner.begin(), inner.end(), is_ascii_digit)) {
        return text::trim(text.substr(0, start));
      }
    }
  }
  return text;
}

// "Review: ", "Book review – ", "Book Review | " at the start.
std::string_view strip_review_prefix(std::string_view text) {
  const std::string lower = ascii_lower(text);
  std::size_t i = 0;
  if (lower.starts_with("book review")) i = 11;
  else if (lower.starts_with("review")) i = 6;
  else return text;
  while (i < text.size() && text[i] == ' ') ++i;
  constexpr std::array<std::string_view, 5> kSeparators = {":", "-", "\xE2\x80\x93", "\xE2\x80\x94", "|"};
  for (std::string_view separator : kSeparators) {
    if (text.substr(i).starts_with(separator)) return text::trim(text.substr(i + separator.size()));
  }
  return text;
}

// " – review" at the end, the newspaper style ("Life and Fate by Vasily Grossman – review").
std::string_view strip_review_suffix(std::string_view text) {
  const std::string lower = ascii_lower(text);
  if (!lower.ends_with("review")) return text;
  std::string_view rest = text::trim(text.substr(0, text.size() - 6));
  constexpr std::array<std::string_view, 4> kSeparators = {"-", "\xE2\x80\x93", "\xE2\x80\x94", ":"};
  for (std::string_view separator : kSeparators) {
    if (rest.ends_with(separator)) return text::trim(rest.substr(0, rest.size() - separator.size()));
  }
  return text;
}

// "José Saramago (translated by X)" -> "José Saramago, translated by X": a parenthesised credit
// after the names reads as one more credit segment. Other parentheses are left alone (and then
// fail as names).
std::string unwrap_parenthesised_credit(std::string_view text) {
  text = text::trim(text);
  const std::size_t open = text.rfind('(');
  if (open == std::string_view::npos || open == 0 || !text.ends_with(')')) return std::string(text);
  const std::string inner = ascii_lower(text::trim(text.substr(open + 1, text.size() - open - 2)));
  const bool is_credit = std::any_of(kRoleMarkers.begin(), kRoleMarkers.end(),
                                     [&](const RoleMarker& marker) { return inner.starts_with(marker.phrase); });
  if (!is_credit) return std::string(text);
  std::string out(text::trim(text.substr(0, open)));
  out += ", ";
  out += text::trim(text.substr(open + 1, text.size() - open - 2));
  return out;
}

// Where names of a role go; nullptr for contributors, whom a Review does not keep.
std::vector<std::string>* names_for(Heading& credits, Role role) {
  switch (role) {
    case Role::kEditor: return &credits.editors;
    case Role::kTranslator: return &credits.translators;
    case Role::kIllustrator: return &credits.illustrators;
    case Role::kContributor: return nullptr;
    case Role::kAuthor: break;
  }
  return &credits.authors;
}

// "Mara Lind (Editor)", "Jo Park (ed.)", "Tom Reyes (Illustrator)": a role written after a
// name. Returns the name without it and the role, or the name as it is and `role`.
std::pair<std::string, Role> name_with_role_suffix(const std::string& name, Role role) {
  static constexpr std::pair<std::string_view, Role> kSuffixes[] = {
      {"(editor)", Role::kEditor},         {"(editors)", Role::kEditor},          {"(ed.)", Role::kEditor},
      {"(eds.)", Role::kEditor},           {"(ed)", Role::kEditor},               {"(illustrator)", Role::kIllustrator},
      {"(translator)", Role::kTranslator}, {"(trans.)", Role::kTranslator},       {"(introduction)", Role::kContributor},
      {"(foreword)", Role::kContributor},  {"(narrator)", Role::kContributor},    {"(author)", Role::kAuthor}};
  const std::string lower = ascii_lower(name);
  for (const auto& [suffix, suffix_role] : kSuffixes) {
    if (lower.ends_with(suffix)) return {std::string(text::trim(std::string_view(name).substr(0, name.size() - suffix.size()))), suffix_role};
  }
  return {name, role};
}

// Parses what follows the main " by ": "Vasily Grossman, translated by Robert Chandler". The
// credits come back as a Heading without a title; nullopt when any part does not look like a
// list of names.
std::optional<Heading> parse_credits(std::string_view raw, Role first_role) {
  const std::string unwrapped = unwrap_parenthesised_credit(raw);
  const std::string_view text = unwrapped;
  const std::string lower = ascii_lower(text);
  struct Segment {
    std::size_t start;
    std::size_t end;
    Role role;
  };
  std::vector<Segment> segments;
  std::size_t segment_start = 0;
  Role role = first_role;
  std::size_t i = 0;
  while (i < lower.size()) {
    // A marker counts only at a word boundary, after a separator or a space.
    if (i == 0 || lower[i - 1] == ' ') {
      const auto found = std::find_if(kRoleMarkers.begin(), kRoleMarkers.end(), [&](const RoleMarker& marker) {
        return std::string_view(lower).substr(i).starts_with(marker.phrase);
      });
      if (found != kRoleMarkers.end() && i > 0) {
        // Drop a joining "and" before the marker ("A and translated by B" is rare; ", and" is not).
        std::size_t end = i;
        std::string_view before = std::string_view(lower).substr(0, end);
        while (before.ends_with(' ')) before.remove_suffix(1);
        if (before.ends_with(" and")) end = before.size() - 4;
        segments.push_back({segment_start, end, role});
        role = found->role;
        i += found->phrase.size();
        segment_start = i;
        continue;
      }
    }
    ++i;
  }
  segments.push_back({segment_start, text.size(), role});

  Heading credits;
  for (const auto& segment : segments) {
    const auto names = split_names(text.substr(segment.start, segment.end - segment.start));
    if (names.empty()) return std::nullopt;
    for (const auto& written : names) {
      const auto [name, role_of_name] = name_with_role_suffix(written, segment.role);
      if (!looks_like_name(name)) return std::nullopt;
      if (std::vector<std::string>* target = names_for(credits, role_of_name)) target->push_back(name);
    }
  }
  if (credits.authors.empty() && credits.editors.empty() && credits.translators.empty() &&
      credits.illustrators.empty()) {
    return std::nullopt;
  }
  return credits;
}

bool looks_like_prose(std::string_view line) {
  if (line.size() > kMaxHeadingBytes) return true;
  const auto words = text::split_words(line);
  if (words.size() > kMaxTitleWords + kMaxNameWords * 2) return true;
  if (line.ends_with(";")) return true;
  if ((line.ends_with(".") || line.ends_with("?") || line.ends_with("!")) && !line.ends_with("...") &&
      words.size() >= kProseWordsBeforeFullStop) {
    return true;
  }
  return false;
}

// A title that reads like the start of a sentence: long and mostly lower case.
bool looks_like_title(std::string_view title) {
  const auto words = text::split_words(title);
  if (words.empty() || words.size() > kMaxTitleWords) return false;
  if (words.size() < 6) return true;
  std::size_t capitalised = 0;
  for (std::string_view word : words) {
    const UChar32 first = first_code_point(word);
    if (first >= 0 && (u_isupper(first) || u_isdigit(first))) ++capitalised;
  }
  return capitalised * 10 >= words.size() * 3;
}

// "Reviewed by Ann Reader", "Posted by Ann on May 1": the reviewer's byline.
bool is_credit_line(std::string_view line) {
  const std::string lower = ascii_lower(line);
  return std::any_of(kNotTitles.begin(), kNotTitles.end(),
                     [&](std::string_view word) { return lower.starts_with(std::string(word) + " by "); });
}

// "Blindness, by X (translated": a cut that leaves a parenthesis open is inside a credit.
bool has_unclosed_parenthesis(std::string_view text) {
  return std::count(text.begin(), text.end(), '(') > std::count(text.begin(), text.end(), ')');
}

// "Giuseppe Tomasi di Lampedusa", "Franz Kafka": one personal name of two to five words that
// opens and closes with a capitalised word, not in capitals and with nothing after it.
bool is_closing_full_name(std::string_view names) {
  const std::vector<std::string_view> words = text::split_words(names);
  if (words.size() < 2 || words.size() > kMaxNameWords || text::is_all_caps(names)) return false;
  const UChar32 first = first_code_point(words.front());
  const UChar32 last = first_code_point(words.back());
  if (first < 0 || last < 0 || !u_isupper(first) || !u_isupper(last)) return false;
  return looks_like_name(text::trim(names));
}

std::optional<Heading> make_heading(std::string_view title_part, Heading credits) {
  if (is_credit_word(title_part) || has_unclosed_parenthesis(title_part)) return std::nullopt;
  credits.title = clean_title(title_part);
  if (credits.title.empty() || !looks_like_title(credits.title)) return std::nullopt;
  return credits;
}

// `Title by Author`: tries each " by " from the left, so a title containing "by" ("Stand by
// Me by Stephen King") still splits where the names begin.
std::optional<Heading> parse_by_form(std::string_view line) {
  const std::string lower = ascii_lower(line);
  // The French, German and Italian "by" count only after a comma ("Les Misérables, de Victor
  // Hugo"): without one they are too common inside titles ("Les Fleurs du mal", "Tod in Venedig").
  // After a quoted title they are safe without the comma too ("« Le Petit Prince »
  // d’Antoine de Saint-Exupéry"): the quotes already say where the title ends.
  constexpr std::array<std::string_view, 9> kSeparators = {
      " by ", ", de ", ", von ", ", di ", ", par ", ", por ", ", d'", ", d\xE2\x80\x99", ", da "};
  constexpr std::array<std::string_view, 7> kAfterQuotedTitle = {" de ", " d'", " d\xE2\x80\x99", " von ",
                                                                 " di ",  " par ", " por "};
  // After a title in capitals ("DER PROZESS von Franz Kafka") the capitals say where the title
  // ends, as quotes do; the names must then open with a capital and have two words at least.
  constexpr std::array<std::string_view, 10> kAfterCapitalTitle = {" von ", " par ", " di ",    " de ", " door ",
                                                                   " av ",  " af ",  " por ", " przez ", " van "};
  for (std::size_t pos = 0; pos < lower.size(); ++pos) {
    const std::string_view at = std::string_view(lower).substr(pos);
    std::string_view separator;
    for (std::string_view candidate : kSeparators) {
      if (at.starts_with(candidate)) separator = candidate;
    }
    if (separator.empty() && is_quoted(line.substr(0, pos))) {
      for (std::string_view candidate : kAfterQuotedTitle) {
        if (at.starts_with(candidate)) separator = candidate;
      }
    }
    if (separator.empty() && pos > 0 && text::is_all_caps(line.substr(0, pos))) {
      for (std::string_view candidate : kAfterCapitalTitle) {
        if (!at.starts_with(candidate)) continue;
        const std::string_view names = line.substr(pos + candidate.size());
        const auto words = text::split_words(names);
        const UChar32 first = words.empty() ? -1 : first_code_point(words.front());
        if (words.size() >= 2 && first >= 0 && u_isupper(first) && !text::is_all_caps(names)) separator = candidate;
      }
    }
    if (separator.empty() && pos > 0) {
      // In a title of mixed case ("Il Gattopardo di Giuseppe Tomasi di Lampedusa") the by-word,
      // written in lower case, counts only before a whole name of two words or more that ends
      // the line: "Tod in Venedig" and "Cien años de soledad" have none.
      for (std::string_view candidate : kAfterCapitalTitle) {
        if (line.substr(pos).starts_with(candidate) && is_closing_full_name(line.substr(pos + candidate.size()))) {
          separator = candidate;
        }
      }
    }
    if (separator.empty()) continue;
    std::string_view title_part = line.substr(0, pos);
    const std::string_view rest = line.substr(pos + separator.size());
    // "Title, edited by", "Title edited and translated by": role words before "by" say what
    // the names are; several joined by "and" give the names each role.
    std::vector<Role> roles;
    for (bool stripped = true; stripped;) {
      stripped = false;
      std::string title_lower = ascii_lower(title_part);
      while (title_lower.ends_with(" ")) title_lower.pop_back(), title_part.remove_suffix(1);
      if (!roles.empty() && title_lower.ends_with(" and")) {
        title_part.remove_suffix(4);
        title_lower.resize(title_lower.size() - 4);
      }
      for (const auto& [word, word_role] : kRoleWords) {
        if (title_lower.ends_with(" " + std::string(word)) || title_lower.ends_with("," + std::string(word))) {
          title_part = title_part.substr(0, title_part.size() - word.size());
          roles.push_back(word_role);
          stripped = true;
          break;
        }
      }
    }
    const Role role = roles.empty() ? Role::kAuthor : roles.front();
    if (auto credits = parse_credits(strip_trailing_separators(strip_trailing_year(rest)), role)) {
      for (std::size_t r = 1; r < roles.size(); ++r) {
        const std::vector<std::string>* first_names = names_for(*credits, role);
        std::vector<std::string>* also = names_for(*credits, roles[r]);
        if (first_names != nullptr && also != nullptr && also != first_names) {
          also->insert(also->end(), first_names->begin(), first_names->end());
        }
      }
      if (auto heading = make_heading(title_part, std::move(*credits))) return heading;
    }
  }
  return std::nullopt;
}

// `Title (Author)`, also `Title (Author, translated by X)`.
std::optional<Heading> parse_parenthesised_author(std::string_view line) {
  if (!line.ends_with(")")) return std::nullopt;
  const std::size_t open = line.rfind('(');
  if (open == std::string_view::npos || open == 0) return std::nullopt;
  const std::string_view inner = line.substr(open + 1, line.size() - open - 2);
  auto credits = parse_credits(text::trim(inner), Role::kAuthor);
  if (!credits) return std::nullopt;
  return make_heading(line.substr(0, open), std::move(*credits));
}

// `"Glass Rivers" Noor Haddad`: a quoted title, then the author's name with no "by".
std::optional<Heading> parse_quoted_title_then_names(std::string_view line) {
  static constexpr std::pair<std::string_view, std::string_view> kQuotes[] = {
      {"\"", "\""}, {"\xE2\x80\x9C", "\xE2\x80\x9D"}, {"\xC2\xAB", "\xC2\xBB"}};
  for (const auto& [open, close] : kQuotes) {
    if (!line.starts_with(open)) continue;
    const std::size_t end = line.find(close, open.size());
    if (end == std::string_view::npos) return std::nullopt;
    const std::string_view rest = text::trim(line.substr(end + close.size()));
    if (rest.empty() || text::split_words(rest).size() < 2) return std::nullopt;
    auto credits = parse_credits(rest, Role::kAuthor);
    if (!credits || credits->authors.empty()) return std::nullopt;
    return make_heading(line.substr(0, end + close.size()), std::move(*credits));
  }
  return std::nullopt;
}

// Articles that open titles and never a personal name: "Die Blechtrommel" is two capitalised
// words, but not a name.
constexpr std::array<std::string_view, 22> kTitleArticles = {
    "the", "a",   "an",  "die", "der", "das", "ein", "eine", "le",  "la",  "les",
    "l'",  "el",  "los", "las", "il",  "lo",  "gli", "un",   "une", "het", "een"};

bool starts_with_article(std::string_view text) {
  const auto words = text::split_words(text);
  if (words.empty()) return false;
  const std::string first = ascii_lower(words.front());
  return std::find(kTitleArticles.begin(), kTitleArticles.end(), first) != kTitleArticles.end();
}

// Words that end a subtitle, never a name: "Winter Journeys – A Memoir" is a title and its
// subtitle, though "Winter Journeys" is two capitalised words.
constexpr std::array<std::string_view, 12> kGenreWords = {"novel",  "memoir", "memoirs", "history", "story",  "stories",
                                                          "poems",  "tale",   "tales",   "life",    "letters", "biography"};

bool is_genre_subtitle(std::string_view side) {
  const auto words = text::split_words(side);
  if (words.empty()) return false;
  const std::string last = ascii_lower(words.back());
  return std::find(kGenreWords.begin(), kGenreWords.end(), last) != kGenreWords.end();
}

// How strongly `side` of a dashed heading reads as its author: 0 when it is not a list of names;
// 1 for names that could also be a title ("Die Blechtrommel", one-word names); 2 for names of two
// or more words that do not open with an article.
int author_score(std::string_view side) {
  const auto credits = parse_credits(side, Role::kAuthor);
  if (!credits || credits->authors.empty()) return 0;
  const bool all_full = std::all_of(credits->authors.begin(), credits->authors.end(),
                                    [](const std::string& name) { return text::split_words(name).size() >= 2; });
  return all_full && !starts_with_article(side) ? 2 : 1;
}

// `Title — Author`, `Title -- Author`, and the reverse `Author – Title`: the side that looks
// like a personal name of two or more words is the author; on a tie the right side is (the
// English order). A one-word side is always the title.
std::optional<Heading> parse_dash_form(std::string_view line) {
  constexpr std::array<std::string_view, 4> kDashes = {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " -- ", " - "};
  for (std::string_view dash : kDashes) {
    const std::size_t at = line.find(dash);
    // Two dashes make a subtitle or a list, not a title-author pair.
    if (at == std::string_view::npos || line.find(dash, at + dash.size()) != std::string_view::npos) continue;
    const std::string_view left = text::trim(line.substr(0, at));
    const std::string_view right = text::trim(line.substr(at + dash.size()));
    if (left.empty() || right.empty() || is_genre_subtitle(left) || is_genre_subtitle(right)) return std::nullopt;
    const int left_score = author_score(left);
    const int right_score = author_score(right);
    if (right_score >= 2 && right_score >= left_score) {
      if (auto credits = parse_credits(right, Role::kAuthor)) return make_heading(left, std::move(*credits));
    }
    if (left_score >= 2) {
      if (auto credits = parse_credits(left, Role::kAuthor)) return make_heading(right, std::move(*credits));
    }
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

// ", Second Edition", " (3rd ed.)", ", 2nd ed.": an edition is the book's, not its title. The
// edition phrase is the last comma- or parenthesis-separated part, of four words at most.
std::string_view strip_edition(std::string_view title) {
  const std::string lower = ascii_lower(title);
  const bool edition = lower.ends_with(" edition") || lower.ends_with(" ed.") || lower.ends_with(" edition)") ||
                       lower.ends_with(" ed.)");
  if (!edition) return title;
  const std::size_t comma = lower.rfind(", ");
  const std::size_t paren = lower.rfind(" (");
  const std::size_t start = comma == std::string::npos ? paren : paren == std::string::npos ? comma : std::max(comma, paren);
  if (start == std::string::npos || start == 0 || text::split_words(std::string_view(lower).substr(start)).size() > 4) {
    return title;
  }
  return text::trim(title.substr(0, start));
}

std::string clean_title(std::string_view title) {
  std::string unquoted = text::clean_field(strip_quotes(strip_trailing_separators(strip_trailing_year(strip_quotes(title)))));
  std::string cleaned = text::clean_field(strip_quotes(strip_trailing_separators(strip_edition(unquoted))));
  if (text::is_all_caps(cleaned) && !is_acronym(cleaned)) cleaned = text::title_case(cleaned);
  return cleaned;
}

bool is_credit_word(std::string_view word) {
  const std::string lower = ascii_lower(text::trim(word));
  return std::find(kNotTitles.begin(), kNotTitles.end(), lower) != kNotTitles.end();
}

std::optional<Heading> parse_heading(std::string_view line, bool allow_title_only) {
  const std::string cleaned = text::clean_field(line);
  std::string_view view = text::trim(cleaned);
  // Markdown headings reach here without their '#', but a stray one costs nothing to drop.
  while (view.starts_with('#')) view = text::trim(view.substr(1));
  if (view.empty() || looks_like_prose(view)) return std::nullopt;
  view = strip_review_suffix(strip_review_prefix(view));
  view = strip_trailing_year(view);
  if (view.empty() || is_credit_line(view)) return std::nullopt;

  // "translated by by Jo Park": a doubled word is a slip.
  std::string undoubled(view);
  for (std::size_t at = undoubled.find(" by by "); at != std::string::npos; at = undoubled.find(" by by ")) {
    undoubled.erase(at, 3);
  }
  view = undoubled;
  if (auto heading = parse_by_form(view)) return heading;
  if (auto heading = parse_parenthesised_author(view)) return heading;
  if (auto heading = parse_quoted_title_then_names(view)) return heading;
  if (auto heading = parse_dash_form(view)) return heading;
  if (!allow_title_only) return std::nullopt;
  // A line wholly in parentheses is a caption, not a title.
  if (view.starts_with('(') && view.ends_with(')')) return std::nullopt;
  if (view.ends_with(".") && text::split_words(view).size() > 3) return std::nullopt;
  Heading heading;
  heading.title = clean_title(view);
  if (heading.title.empty() || !looks_like_title(heading.title)) return std::nullopt;
  return heading;
}

void apply_heading(Review& review, Heading heading) {
  if (review.title.empty()) review.title = std::move(heading.title);
  if (review.authors.empty()) review.authors = std::move(heading.authors);
  if (review.editors.empty()) review.editors = std::move(heading.editors);
  if (review.translators.empty()) review.translators = std::move(heading.translators);
  if (review.illustrators.empty()) review.illustrators = std::move(heading.illustrators);
}

}  // namespace lectern::indexer
