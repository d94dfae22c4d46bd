#include "period.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "lectern/common/text.h"

namespace lectern::indexer {
namespace {

// Four-digit numbers in this range are years without further context.
constexpr int kMinPlainYear = 1000;
constexpr int kMaxPlainYear = 2100;
// How far back (in bytes) a preceding word still gives context ("first published in 1998").
constexpr std::size_t kContextWindow = 48;
// A group of mentions at one end is an outlier when it is at least this far from the rest...
constexpr int kMinOutlierGap = 50;
// ...holds at most this share of all mentions (1 / kOutlierShareDivisor)...
constexpr std::size_t kOutlierShareDivisor = 4;
// ...and its own mentions lie within this many years of each other.
constexpr int kOutlierGroupWidth = 10;

bool is_digit(char ch) { return ch >= '0' && ch <= '9'; }
bool is_letter(char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); }

// ASCII lower case with every Unicode dash folded to '-': byte offsets change only where a
// dash was, which the callers never need to map back.
std::string fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    // U+2010..U+2015 (hyphens, en and em dash) are E2 80 90..95; U+2212 minus is E2 88 92.
    if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2) {
      const auto b1 = static_cast<unsigned char>(text[i + 1]);
      const auto b2 = static_cast<unsigned char>(text[i + 2]);
      if ((b1 == 0x80 && b2 >= 0x90 && b2 <= 0x95) || (b1 == 0x88 && b2 == 0x92)) {
        out += '-';
        i += 2;
        continue;
      }
    }
    const char ch = text[i];
    out += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
  }
  return out;
}

constexpr std::array<std::string_view, 21> kOrdinalWords = {
    "first",       "second",     "third",      "fourth",     "fifth",       "sixth",       "seventh",
    "eighth",      "ninth",      "tenth",      "eleventh",   "twelfth",     "thirteenth",  "fourteenth",
    "fifteenth",   "sixteenth",  "seventeenth", "eighteenth", "nineteenth", "twentieth",  "twenty-first"};

YearSpan century_span(int century, bool bc) {
  if (bc) return {-century * 100, -(century - 1) * 100 - 1};
  return {(century - 1) * 100, (century - 1) * 100 + 99};
}

// Skips spaces; returns the new position.
std::size_t skip_spaces(std::string_view text, std::size_t pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
  return pos;
}

// An era marker at `pos` ("bc", "b.c.", "bce", "ad", "a.d.", "ce"), as -1 (BC), +1 (AD) or 0,
// with `length` set to the bytes it covers. Must end at a word boundary.
int era_at(std::string_view text, std::size_t pos, std::size_t& length) {
  constexpr std::array<std::pair<std::string_view, int>, 8> kEras = {{{"b.c.e.", -1},
                                                                       {"b.c.", -1},
                                                                       {"bce", -1},
                                                                       {"bc", -1},
                                                                       {"a.d.", 1},
                                                                       {"ad", 1},
                                                                       {"c.e.", 1},
                                                                       {"ce", 1}}};
  for (const auto& [marker, era] : kEras) {
    if (!text.substr(pos).starts_with(marker)) continue;
    const std::size_t end = pos + marker.size();
    if (end < text.size() && (is_letter(text[end]) || is_digit(text[end]))) continue;
    length = marker.size();
    return era;
  }
  length = 0;
  return 0;
}

// One side of a metadata period: "1941", "44 bc", "ad 14", "1930s", "19th century",
// "nineteenth century", "44" (an abbreviation the caller resolves).
struct Point {
  YearSpan span;
  int era = 0;          // -1 BC, +1 AD, 0 unstated
  std::size_t digits = 0;  // of a plain number, for "1941-44"
  bool plain = false;   // a bare number, no decade or century
};

std::optional<Point> parse_point(std::string_view text) {
  text = text::trim(text);
  for (std::string_view prefix : {"the ", "circa ", "c. ", "ca. ", "c.", "early ", "mid ", "mid-", "late "}) {
    if (text.starts_with(prefix)) text = text::trim(text.substr(prefix.size()));
  }
  Point point;
  std::size_t era_length = 0;
  if (const int era = era_at(text, 0, era_length); era != 0) {
    point.era = era;
    text = text::trim(text.substr(era_length));
  }
  // Ordinal words: "nineteenth century".
  for (std::size_t i = 0; i < kOrdinalWords.size(); ++i) {
    if (!text.starts_with(kOrdinalWords[i])) continue;
    std::string_view rest = text::trim(text.substr(kOrdinalWords[i].size()));
    if (rest.starts_with("century")) rest = text::trim(rest.substr(7));
    if (rest.starts_with("centuries")) rest = text::trim(rest.substr(9));
    const int era = era_at(rest, 0, era_length);
    if (era_length != rest.size()) return std::nullopt;
    point.era = era != 0 ? era : point.era;
    point.span = century_span(static_cast<int>(i) + 1, point.era < 0);
    return point;
  }
  std::size_t pos = 0;
  int value = 0;
  while (pos < text.size() && is_digit(text[pos])) {
    if (pos >= 4) return std::nullopt;
    value = value * 10 + (text[pos++] - '0');
  }
  if (pos == 0) return std::nullopt;
  point.digits = pos;
  std::string_view rest = text.substr(pos);
  bool century = false;
  bool decade = false;
  for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
    if (rest.starts_with(suffix)) {
      rest = text::trim(rest.substr(2));
      if (rest.starts_with("-")) rest = rest.substr(1);
      if (rest.starts_with("century")) rest = rest.substr(7);
      else if (rest.starts_with("centuries")) rest = rest.substr(9);
      century = true;
      break;
    }
  }
  if (!century) {
    if (rest.starts_with("'s") || rest.starts_with("\xE2\x80\x99s")) rest = rest.substr(rest.find('s') + 1), decade = true;
    else if (rest.starts_with("s")) rest = rest.substr(1), decade = true;
  }
  rest = text::trim(rest);
  if (!rest.empty()) {
    const int era = era_at(rest, 0, era_length);
    if (era == 0 || era_length != rest.size()) return std::nullopt;
    point.era = era;
  }
  const bool bc = point.era < 0;
  if (century) {
    if (value < 1 || value > 21) return std::nullopt;
    point.span = century_span(value, bc);
  } else if (decade) {
    if (value % 10 != 0) return std::nullopt;
    // "the 1800s" is the century; "the 1930s" the decade.
    const int width = (value % 100 == 0 && value >= 1000) ? 100 : 10;
    point.span = bc ? YearSpan{-(value + width - 1), -value} : YearSpan{value, value + width - 1};
  } else {
    if (value < 1) return std::nullopt;
    point.plain = true;
    point.span = bc ? YearSpan{-value, -value} : YearSpan{value, value};
  }
  return point;
}

// Splits "a-b", "a to b", "between a and b", "from a until b".
std::pair<std::string_view, std::string_view> split_range(std::string_view text) {
  for (std::string_view prefix : {"from ", "between "}) {
    if (text.starts_with(prefix)) text = text.substr(prefix.size());
  }
  for (std::string_view separator : {" to ", " until ", " till ", " and ", "-", "/"}) {
    const std::size_t pos = text.find(separator);
    if (pos == std::string_view::npos) continue;
    // "mid-19th century": a dash right after a modifier is not a range.
    if (separator == "-" && pos > 0 && is_letter(text[pos - 1]) && text.substr(0, pos) == "mid") continue;
    return {text.substr(0, pos), text.substr(pos + separator.size())};
  }
  return {text, {}};
}

// ---- extract_period ----

// Words after a number that make it a count, not a year ("900 days", "1500 men").
constexpr std::array<std::string_view, 37> kUnitWords = {
    "pages", "page", "copies", "people", "men", "women", "soldiers", "troops", "days", "years", "months",
    "weeks", "hours", "minutes", "miles", "kilometres", "kilometers", "km", "metres", "meters", "feet", "yards",
    "words", "dollars", "pounds", "tons", "tonnes", "ships", "prisoners", "dead", "casualties", "children",
    "calories", "grams", "lives", "deaths", "horses"};

// Words shortly before a year that make it a publication date, not history.
constexpr std::array<std::string_view, 13> kPublicationWords = {
    "published", "publication", "reissued", "reprinted", "republished", "copyright", "\xC2\xA9", "(c)",
    "came out", "edition", "paperback", "hardback", "translated"};

// Words right after a year that make it a publication or adaptation date.
constexpr std::array<std::string_view, 15> kPublicationFollowers = {
    "edition", "translation", "paperback", "hardback", "reprint",    "film",   "movie",   "adaptation",
    "printing", "series",     "television", "tv",      "bbc",      "production", "musical"};

// Publishers and imprint words that mark "(Penguin, 2011)".
constexpr std::array<std::string_view, 24> kPublisherWords = {
    "press", "books", "publishing", "publishers", "penguin", "vintage", "faber", "harper", "knopf",
    "viking", "picador", "bloomsbury", "random house", "macmillan", "norton", "hachette", "granta",
    "virago", "fourth estate", "jonathan cape", "chatto", "allen lane", "doubleday", "little, brown"};

// Words immediately before a three-digit number that make it a year ("in 900", "circa 800").
constexpr std::array<std::string_view, 9> kShortYearContext = {"in", "since", "until", "till", "circa", "c.",
                                                                "ca.", "year", "by"};

// Words before a number that make it a page or chapter reference.
constexpr std::array<std::string_view, 6> kPageContext = {"p.", "pp.", "page", "pages", "chapter", "no."};

// The word ending just before `pos` (skipping spaces), including trailing '.' for "c.".
std::string_view word_before(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end > 0 && text[end - 1] == ' ') --end;
  std::size_t start = end;
  while (start > 0 && (is_letter(text[start - 1]) || text[start - 1] == '.' || text[start - 1] == '(')) --start;
  while (start < end && text[start] == '(') ++start;
  return text.substr(start, end - start);
}

std::string_view word_after(std::string_view text, std::size_t pos) {
  pos = skip_spaces(text, pos);
  std::size_t end = pos;
  while (end < text.size() && is_letter(text[end])) ++end;
  return text.substr(pos, end - pos);
}

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// The clause before `pos` back to the last sentence or clause break, at most kContextWindow bytes.
std::string_view clause_before(std::string_view text, std::size_t pos) {
  std::size_t start = pos > kContextWindow ? pos - kContextWindow : 0;
  for (std::size_t i = pos; i > start; --i) {
    const char ch = text[i - 1];
    if (ch == ';' || ch == '\n' || ch == '!' || ch == '?' ||
        (ch == '.' && i < text.size() && text[i] == ' ' && i >= 2 && is_letter(text[i - 2]) &&
         // "c. 1532", "p. 12": abbreviations do not end a clause.
         !(i >= 3 && !is_letter(text[i - 3])))) {
      start = i;
      break;
    }
  }
  return text.substr(start, pos - start);
}

bool in_publication_context(std::string_view text, std::size_t start, std::size_t end) {
  const std::string_view before = clause_before(text, start);
  for (std::string_view word : kPublicationWords) {
    if (before.find(word) != std::string_view::npos) return true;
  }
  if (contains(kPublicationFollowers, word_after(text, end))) return true;
  // "(Penguin, 2011)", "(London: Faber, 1998)": a parenthesis closing right after the year.
  const std::size_t close = skip_spaces(text, end);
  if (close < text.size() && text[close] == ')') {
    const std::size_t open = text.rfind('(', start);
    if (open != std::string_view::npos && start - open <= 80) {
      const std::string_view inner = text.substr(open, start - open);
      if (inner.find(':') != std::string_view::npos) return true;
      for (std::string_view word : kPublisherWords) {
        if (inner.find(word) != std::string_view::npos) return true;
      }
    }
  }
  return false;
}

struct NumberRun {
  std::size_t start;
  std::size_t end;
  int value;
};

// Reads the digit run at `pos`, or nullopt when it is part of something that is not a year:
// a longer number (ISBN, "1,000", "3.5"), an ordinal ("62nd"), a code ("Shch-854").
std::optional<NumberRun> read_run(std::string_view text, std::size_t pos) {
  std::size_t end = pos;
  while (end < text.size() && is_digit(text[end])) ++end;
  if (end - pos > 4) return std::nullopt;
  if (pos > 0 && (is_letter(text[pos - 1]) || text[pos - 1] == '$' || text[pos - 1] == '#')) return std::nullopt;
  if (pos >= 2 && (text[pos - 1] == ',' || text[pos - 1] == '.' || text[pos - 1] == '-' || text[pos - 1] == '/') &&
      (is_digit(text[pos - 2]) || is_letter(text[pos - 2]))) {
    // "1941-1944" is a range, the caller handles its second half; other glued numbers are not years.
    if (!(text[pos - 1] == '-' && is_digit(text[pos - 2]))) return std::nullopt;
  }
  if (end + 1 < text.size() && (text[end] == ',' || text[end] == '.' || text[end] == ':') && is_digit(text[end + 1])) {
    return std::nullopt;
  }
  // Ordinals and measurements glued to the number ("62nd", "10km"); a decade's "s" is fine.
  if (end < text.size() && is_letter(text[end]) && text[end] != 's') return std::nullopt;
  if (end + 1 < text.size() && text[end] == 's' && is_letter(text[end + 1])) return std::nullopt;
  int value = 0;
  for (std::size_t i = pos; i < end; ++i) value = value * 10 + (text[i] - '0');
  return NumberRun{pos, end, value};
}

bool is_isbn_context(std::string_view text, std::size_t pos) {
  const std::size_t from = pos > 30 ? pos - 30 : 0;
  return text.substr(from, pos - from).find("isbn") != std::string_view::npos;
}

class MentionCollector {
 public:
  explicit MentionCollector(std::string_view text) : text_(text) {}

  std::vector<int> collect() {
    std::size_t pos = 0;
    while (pos < text_.size()) {
      if (!is_digit(text_[pos])) {
        ++pos;
        continue;
      }
      std::size_t next = pos;
      while (next < text_.size() && is_digit(text_[next])) ++next;
      if (auto run = read_run(text_, pos)) consider(*run, next);
      pos = next;
    }
    return std::move(years_);
  }

  std::vector<int> centuries() const {
    std::vector<int> years;
    for (std::size_t pos = text_.find("centur"); pos != std::string_view::npos; pos = text_.find("centur", pos + 6)) {
      std::size_t start = pos;
      while (start > 0 && text_[start - 1] == ' ') --start;
      std::size_t word_start = start;
      while (word_start > 0 && (is_letter(text_[word_start - 1]) || is_digit(text_[word_start - 1]) ||
                                text_[word_start - 1] == '-')) {
        --word_start;
      }
      std::string_view word = text_.substr(word_start, start - word_start);
      while (word.ends_with('-')) word.remove_suffix(1);
      std::size_t word_end = pos;
      while (word_end < text_.size() && is_letter(text_[word_end])) ++word_end;
      std::size_t era_length = 0;
      const int era = era_at(text_, skip_spaces(text_, word_end), era_length);
      if (auto point = parse_point(std::string(word) + " century" + (era < 0 ? " bc" : ""))) {
        years.push_back(point->span.start);
        years.push_back(point->span.end);
      }
    }
    return years;
  }

 private:
  void consider(const NumberRun& run, std::size_t run_end) {
    std::size_t era_length = 0;
    const std::size_t after = skip_spaces(text_, run_end);
    int era = era_at(text_, after, era_length);
    const std::string_view before = word_before(text_, run.start);
    if (era == 0 && (before == "ad" || before == "a.d." || before == "ce")) era = 1;
    if (contains(kPageContext, before) || is_isbn_context(text_, run.start)) return;
    const std::size_t digits = run.end - run.start;
    const bool in_parens = run.start > 0 && text_[run.start - 1] == '(' && run.end < text_.size() && text_[run.end] == ')';

    // Decades and centuries: "the 1930s", "1930's", "the 900s".
    if (run.end < text_.size() && (text_[run.end] == 's' || text_.substr(run.end).starts_with("'s") ||
                                   text_.substr(run.end).starts_with("\xE2\x80\x99s"))) {
      if (run.value % 10 != 0 || digits < 3) return;
      if (digits == 3 && before != "the") return;
      const int width = (run.value % 100 == 0 && digits == 4) ? 100 : 10;
      years_.push_back(run.value);
      years_.push_back(run.value + width - 1);
      return;
    }
    if (contains(kUnitWords, word_after(text_, run.end)) && era == 0) return;

    // "500-400 BC": the first number takes the era of the second.
    int range_end_era = 0;
    std::optional<NumberRun> range_end;
    if (after < text_.size() && text_[after] == '-' && era == 0) {
      const std::size_t second = skip_spaces(text_, after + 1);
      if (second < text_.size() && is_digit(text_[second])) {
        std::size_t second_end = second;
        while (second_end < text_.size() && is_digit(text_[second_end])) ++second_end;
        range_end = read_run(text_, second);
        std::size_t length = 0;
        range_end_era = era_at(text_, skip_spaces(text_, second_end), length);
      }
    }
    if (era == 0 && range_end_era < 0) era = -1;

    bool is_year = false;
    if (era != 0) {
      is_year = run.value >= 1 && digits <= 4;
    } else if (digits == 4) {
      is_year = run.value >= kMinPlainYear && run.value <= kMaxPlainYear;
    } else if (digits == 3 && !in_parens) {
      is_year = contains(kShortYearContext, before);
    }
    if (!is_year || in_publication_context(text_, run.start, run.end)) return;
    const int year = era < 0 ? -run.value : run.value;
    years_.push_back(year);

    // "1942-43": the abbreviated end of a range inherits the century.
    if (range_end && era >= 0 && digits == 4 && range_end->end - range_end->start == 2 && range_end_era == 0) {
      int end_year = run.value / 100 * 100 + range_end->value;
      if (end_year < run.value) end_year += 100;
      years_.push_back(end_year);
    }
  }

  std::string_view text_;
  std::vector<int> years_;
};

// Drops a small group of mentions at either end that lies far from all the others: a review
// of a Stalingrad history that once mentions 1812 is still about 1942.
void drop_outliers(std::vector<int>& years) {
  std::sort(years.begin(), years.end());
  while (years.size() >= 3) {
    const std::size_t n = years.size();
    bool dropped = false;
    // Low end.
    std::size_t k = 0;
    while (k + 1 < n && years[k + 1] - years[0] <= kOutlierGroupWidth) ++k;
    if (k + 1 < n && (k + 1) * kOutlierShareDivisor <= n) {
      const int gap = years[k + 1] - years[k];
      const int rest_span = years.back() - years[k + 1];
      if (gap >= kMinOutlierGap && gap > rest_span) {
        years.erase(years.begin(), years.begin() + static_cast<std::ptrdiff_t>(k + 1));
        dropped = true;
      }
    }
    if (dropped) continue;
    // High end.
    const std::size_t last = n - 1;
    k = last;
    while (k > 0 && years[last] - years[k - 1] <= kOutlierGroupWidth) --k;
    if (k > 0 && (n - k) * kOutlierShareDivisor <= n) {
      const int gap = years[k] - years[k - 1];
      const int rest_span = years[k - 1] - years.front();
      if (gap >= kMinOutlierGap && gap > rest_span) {
        years.erase(years.begin() + static_cast<std::ptrdiff_t>(k), years.end());
        dropped = true;
      }
    }
    if (!dropped) break;
  }
}

}  // namespace

std::optional<YearSpan> parse_period_value(std::string_view value) {
  const std::string cleaned = fold(text::clean_field(value));
  const std::string_view view = text::trim(cleaned);
  if (view.empty()) return std::nullopt;
  const auto [left_text, right_text] = split_range(view);
  auto left = parse_point(left_text);
  if (!left) return std::nullopt;
  if (right_text.empty()) return left->span;
  auto right = parse_point(right_text);
  if (!right) {
    // "19th-20th centuries" leaves the left side bare; retry with the right side's noun.
    return std::nullopt;
  }
  // "500-400 BC": the era written once applies to both sides.
  if (left->era == 0 && right->era < 0) {
    left->span = {-left->span.end, -left->span.start};
    left->era = -1;
  }
  // "1941-44": a two-digit end shares the start's century.
  if (right->plain && right->era == 0 && left->plain && left->era >= 0 && left->digits == 4 && right->digits <= 2) {
    int end = left->span.start / 100 * 100 + right->span.start;
    if (end < left->span.start) end += 100;
    right->span = {end, end};
  }
  YearSpan span{left->span.start, right->span.end};
  if (span.end < span.start) return std::nullopt;
  return span;
}

std::optional<YearSpan> extract_period(std::string_view text) {
  const std::string folded = fold(text);
  MentionCollector collector(folded);
  std::vector<int> years = collector.collect();
  // Centuries are vague; they count only when the text names no year at all.
  if (years.empty()) years = collector.centuries();
  if (years.empty()) return std::nullopt;
  drop_outliers(years);
  return YearSpan{years.front(), years.back()};
}

}  // namespace lectern::indexer
