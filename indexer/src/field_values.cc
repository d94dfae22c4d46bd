#include "field_values.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <vector>

#include "lectern/common/text.h"

namespace lectern::indexer {
namespace {

constexpr double kScale = 5.0;
// Years outside this range in a "date" field are typos or not dates at all.
constexpr int kMinDateYear = 1000;
constexpr int kMaxDateYear = 2999;

bool is_digit(char ch) { return ch >= '0' && ch <= '9'; }
bool is_ascii_letter(char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); }

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& ch : out) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return out;
}

// Counts occurrences of a UTF-8 sequence.
std::size_t count_of(std::string_view text, std::string_view needle) {
  std::size_t count = 0;
  for (std::size_t pos = text.find(needle); pos != std::string_view::npos; pos = text.find(needle, pos + needle.size())) {
    ++count;
  }
  return count;
}

// Reads a decimal number ("4", "4.5", "4,5") at `pos`, advancing it.
std::optional<double> read_number(std::string_view text, std::size_t& pos) {
  const std::size_t start = pos;
  double value = 0;
  while (pos < text.size() && is_digit(text[pos])) value = value * 10 + (text[pos++] - '0');
  if (pos == start) return std::nullopt;
  if (pos + 1 < text.size() && (text[pos] == '.' || text[pos] == ',') && is_digit(text[pos + 1])) {
    ++pos;
    double place = 0.1;
    while (pos < text.size() && is_digit(text[pos])) {
      value += (text[pos++] - '0') * place;
      place /= 10;
    }
  }
  return value;
}

constexpr std::array<std::string_view, 11> kNumberWords = {"zero", "one", "two",   "three", "four", "five",
                                                            "six",  "seven", "eight", "nine",  "ten"};

// "four stars" -> "4 stars": reviewers write small numbers in words.
std::string words_to_digits(std::string_view lower) {
  std::string out;
  out.reserve(lower.size());
  std::size_t i = 0;
  while (i < lower.size()) {
    bool replaced = false;
    // Only a word starting with a number word's first letter (z, o, t, f, s, e, n) can be one.
    const char first = lower[i];
    const bool could_be_number = first == 'z' || first == 'o' || first == 't' || first == 'f' || first == 's' ||
                                 first == 'e' || first == 'n';
    if (could_be_number && (i == 0 || !is_ascii_letter(lower[i - 1]))) {
      for (std::size_t n = 0; n < kNumberWords.size(); ++n) {
        const std::string_view word = kNumberWords[n];
        const std::size_t end = i + word.size();
        if (lower.substr(i).starts_with(word) && (end == lower.size() || !is_ascii_letter(lower[end]))) {
          out += std::to_string(n);
          i = end;
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += lower[i++];
  }
  return out;
}

std::optional<double> normalise(double value, double scale) {
  if (scale <= 0 || value < 0 || value > scale) return std::nullopt;
  // Two decimals are plenty and keep 7/10 from printing as 3.4999999.
  return std::round(value / scale * kScale * 100.0) / 100.0;
}

constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",   "may",      "june",
                                                       "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 7> kWeekdays = {"monday", "tuesday", "wednesday", "thursday",
                                                        "friday", "saturday", "sunday"};
// Words a date line carries around the date itself.
constexpr std::array<std::string_view, 8> kFillerWords = {"on", "of", "the", "at", "posted", "published", "updated", "am"};

// Month number for "March", "Mar", "Mar.", "Sept"; 0 when not a month.
int month_number(std::string_view word) {
  if (word.size() < 3) return 0;
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    if (kMonths[i].starts_with(word)) return static_cast<int>(i) + 1;
  }
  if (word == "sept") return 9;
  return 0;
}

bool is_weekday(std::string_view word) {
  if (word.size() < 3) return false;
  return std::any_of(kWeekdays.begin(), kWeekdays.end(), [&](std::string_view day) { return day.starts_with(word); });
}

int days_in_month(int year, int month) {
  constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

std::optional<std::string> format_date(int year, int month, int day) {
  if (year < kMinDateYear || year > kMaxDateYear) return std::nullopt;
  char buffer[40];  // room for any int year, month and day
  if (month == 0) {
    std::snprintf(buffer, sizeof buffer, "%04d", year);
    return std::string(buffer);
  }
  if (month < 1 || month > 12) return std::nullopt;
  if (day == 0) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
    return std::string(buffer);
  }
  if (day < 1 || day > days_in_month(year, month)) return std::nullopt;
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return std::string(buffer);
}

// Numeric forms: "2015-03-03", "2015-03-03T10:00:00Z", "2015/03/03", "2015.03.03", "2015-03",
// "2015", and day-first or month-first forms when the order is unambiguous ("25/12/2015").
std::optional<std::string> parse_numeric_date(std::string_view text) {
  std::vector<int> numbers;
  std::vector<std::size_t> widths;
  std::size_t i = 0;
  char separator = 0;
  while (i < text.size() && numbers.size() < 3) {
    const std::size_t start = i;
    int value = 0;
    while (i < text.size() && is_digit(text[i]) && i - start < 4) value = value * 10 + (text[i++] - '0');
    if (i == start || (i < text.size() && is_digit(text[i]))) return std::nullopt;
    numbers.push_back(value);
    widths.push_back(i - start);
    if (i == text.size()) break;
    const char next = text[i];
    if (next == 'T' || next == ' ') break;  // a time follows
    if (next != '-' && next != '/' && next != '.') return std::nullopt;
    if (separator != 0 && next != separator) return std::nullopt;
    separator = next;
    ++i;
  }
  if (i < text.size() && numbers.size() < 3 && text[i] != 'T' && text[i] != ' ') return std::nullopt;
  if (numbers.empty()) return std::nullopt;
  if (widths[0] == 4) {
    const int month = numbers.size() > 1 ? numbers[1] : 0;
    const int day = numbers.size() > 2 ? numbers[2] : 0;
    if (numbers.size() > 1 && month == 0) return std::nullopt;
    if (numbers.size() > 2 && day == 0) return std::nullopt;
    return format_date(numbers[0], month, day);
  }
  if (numbers.size() == 3 && widths[2] == 4) {
    const int first = numbers[0];
    const int second = numbers[1];
    // 03/04/2015 could be March or April; rather no date than a wrong one.
    if (first > 12 && second <= 12) return format_date(numbers[2], second, first);
    if (second > 12 && first <= 12) return format_date(numbers[2], first, second);
    if (first == second) return format_date(numbers[2], first, second);
  }
  return std::nullopt;
}

// Worded forms: "March 3, 2015", "3 March 2015", "3rd of March, 2015", "Tuesday, March 3,
// 2015", "Mar 2015". Anything after the year (a time) is ignored.
std::optional<std::string> parse_worded_date(std::string_view text) {
  const std::string lower = ascii_lower(text);
  int year = 0;
  int month = 0;
  int day = 0;
  std::size_t i = 0;
  while (i < lower.size() && year == 0) {
    const char ch = lower[i];
    if (is_digit(ch)) {
      const std::size_t start = i;
      int value = 0;
      while (i < lower.size() && is_digit(lower[i])) {
        if (i - start >= 4) return std::nullopt;
        value = value * 10 + (lower[i++] - '0');
      }
      // Ordinal suffixes: 1st, 2nd, 3rd, 4th.
      const std::string_view rest = std::string_view(lower).substr(i);
      if (rest.starts_with("st") || rest.starts_with("nd") || rest.starts_with("rd") || rest.starts_with("th")) i += 2;
      if (i < lower.size() && is_ascii_letter(lower[i])) return std::nullopt;
      if (i - start == 4 || value > 31) {
        year = value;
      } else if (day == 0) {
        day = value;
      } else {
        return std::nullopt;
      }
    } else if (is_ascii_letter(ch)) {
      const std::size_t start = i;
      while (i < lower.size() && is_ascii_letter(lower[i])) ++i;
      const std::string_view word = std::string_view(lower).substr(start, i - start);
      if (const int number = month_number(word); number != 0 && month == 0) {
        month = number;
      } else if (!is_weekday(word) &&
                 std::find(kFillerWords.begin(), kFillerWords.end(), word) == kFillerWords.end()) {
        return std::nullopt;
      }
    } else if (ch == ',' || ch == '.' || ch == ' ' || ch == '-' || ch == '/') {
      ++i;
    } else {
      return std::nullopt;
    }
  }
  if (year == 0 || month == 0) return std::nullopt;
  return format_date(year, month, day);
}

// ---- ratings in running text ----

constexpr std::string_view kFullStar = "\xE2\x98\x85";   // ★
constexpr std::string_view kEmptyStar = "\xE2\x98\x86";  // ☆
constexpr std::string_view kHalf = "\xC2\xBD";            // ½

// Words that introduce a rating, lower case, in the languages of the corpus.
constexpr std::array<std::string_view, 36> kRatingLabels = {
    "my rating",      "our rating",     "overall rating", "star rating",  "rating",        "rated",
    "my score",       "score",          "my verdict",     "verdict",      "grade",         "stars",
    "il mio voto",    "voto",           "valutazione",    "giudizio",     "mi valoración", "mi valoracion",
    "valoración",     "valoracion",     "puntuación",     "puntuacion",   "calificación",  "calificacion",
    "mi nota",        "nota",           "ma note",        "notre note",   "note",          "meine bewertung",
    "bewertung",      "wertung",        "urteil",         "beoordeling",  "betyg",         "ocena"};

// "stars" in the languages of the corpus, longest first.
constexpr std::array<std::string_view, 11> kStarWords = {"estrellas", "estrella", "\xC3\xA9toiles", "\xC3\xA9toile",
                                                         "sternen",   "sterne",   "stern",            "stelle",
                                                         "stella",    "stars",    "star"};

// Scales a rating written as a bare fraction ("4/5" alone on a line) can be on; "1942/43" and
// "24/7" are not ratings.
constexpr std::array<double, 3> kFractionScales = {5, 10, 100};

// A rating expression: "4/5", "4 out of 5 stars", "4.5 stars", "★★★★☆", "80%".
struct Expression {
  double value = 0;
  std::optional<double> scale;
  bool stars_word = false;
  bool glyphs = false;
  std::size_t end = 0;  // one past the last byte of the expression
};

bool starts_with_glyph(std::string_view text) {
  return text.starts_with(kFullStar) || text.starts_with(kEmptyStar);
}

std::size_t skip_spaces(std::string_view text, std::size_t pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
  return pos;
}

// "out of 5", "of 5", "/ 5" at `pos`: the scale, advancing `pos` past it.
std::optional<double> read_scale(std::string_view text, std::size_t& pos) {
  std::size_t at = skip_spaces(text, pos);
  const std::string_view rest = text.substr(at);
  if (rest.starts_with("/")) at += 1;
  else if (rest.starts_with("out of ")) at += 7;
  else if (rest.starts_with("of ")) at += 3;
  else if (rest.starts_with("sur ") || rest.starts_with("von ") || rest.starts_with("su ")) at += rest.find(' ') + 1;
  else return std::nullopt;
  at = skip_spaces(text, at);
  auto scale = read_number(text, at);
  if (!scale) return std::nullopt;
  pos = at;
  return scale;
}

bool read_star_word(std::string_view text, std::size_t& pos) {
  const std::size_t at = skip_spaces(text, pos);
  for (std::string_view word : kStarWords) {
    const std::size_t end = at + word.size();
    if (text.substr(at).starts_with(word) && (end == text.size() || !is_ascii_letter(text[end]))) {
      pos = end;
      return true;
    }
  }
  return false;
}

// The expression at `pos` of a lower-cased sentence whose number words are digits.
std::optional<Expression> match_expression(std::string_view text, std::size_t pos) {
  Expression expression;
  pos = skip_spaces(text, pos);
  if (starts_with_glyph(text.substr(pos))) {
    std::size_t end = pos;
    while (end < text.size()) {
      const std::string_view rest = text.substr(end);
      if (rest.starts_with(kFullStar) || rest.starts_with(kEmptyStar)) end += 3;
      else if (rest.starts_with(kHalf)) end += 2;
      else if (rest.starts_with(" ") && starts_with_glyph(text.substr(skip_spaces(text, end)))) end = skip_spaces(text, end);
      else break;
    }
    const std::string_view glyphs = text.substr(pos, end - pos);
    const double full = static_cast<double>(count_of(glyphs, kFullStar));
    const double empty = static_cast<double>(count_of(glyphs, kEmptyStar));
    const double half = count_of(glyphs, kHalf) > 0 ? 0.5 : 0.0;
    expression.value = full + half;
    expression.scale = std::max(kScale, full + empty + (half > 0 ? 1.0 : 0.0));
    expression.glyphs = true;
    expression.end = end;
    return expression;
  }
  auto value = read_number(text, pos);
  if (!value) return std::nullopt;
  expression.value = *value;
  if (text.substr(pos).starts_with(kHalf)) {
    expression.value += 0.5;
    pos += kHalf.size();
  }
  if (pos < text.size() && text[pos] == '%') {
    expression.scale = 100;
    expression.end = pos + 1;
    return expression;
  }
  expression.scale = read_scale(text, pos);
  expression.stars_word = read_star_word(text, pos);
  if (!expression.scale && expression.stars_word) expression.scale = read_scale(text, pos);
  expression.end = pos;
  return expression;
}

// The expression's rating on the 0..5 scale, if it is one. `labelled` relaxes the rules: after
// "Rating:" a bare "4" is a rating, alone it is just a number.
std::optional<double> rating_of(const Expression& expression, bool labelled) {
  std::optional<double> scale = expression.scale;
  if (expression.glyphs) return normalise(expression.value, *scale);
  if (scale) {
    const bool usual = std::find(kFractionScales.begin(), kFractionScales.end(), *scale) != kFractionScales.end();
    if (!usual && !labelled && !(expression.stars_word && *scale <= 10)) return std::nullopt;
    if (*scale > 100) return std::nullopt;
    return normalise(expression.value, *scale);
  }
  if (!labelled && !expression.stars_word) return std::nullopt;
  if (expression.value <= kScale) return normalise(expression.value, kScale);
  if (expression.value <= 10) return normalise(expression.value, 10);
  if (labelled && expression.value <= 100) return normalise(expression.value, 100);
  return std::nullopt;
}

// Splits a line into sentences at ". ", "! " and "? ".
std::vector<std::string_view> split_sentences(std::string_view line) {
  std::vector<std::string_view> sentences;
  std::size_t start = 0;
  for (std::size_t i = 0; i + 1 < line.size(); ++i) {
    if ((line[i] == '.' || line[i] == '!' || line[i] == '?') && line[i + 1] == ' ') {
      sentences.push_back(line.substr(start, i + 1 - start));
      start = i + 2;
    }
  }
  if (start < line.size()) sentences.push_back(line.substr(start));
  return sentences;
}

// A sentence without surrounding spaces and its closing punctuation.
std::string_view sentence_core(std::string_view sentence) {
  sentence = text::trim(sentence);
  while (!sentence.empty() && (sentence.back() == '.' || sentence.back() == '!' || sentence.back() == '?')) {
    sentence = text::trim(sentence.substr(0, sentence.size() - 1));
  }
  return sentence;
}

// The rating one sentence states; `whole` tells whether it states nothing else.
std::optional<double> sentence_rating(std::string_view sentence, bool& whole) {
  whole = false;
  // Labels: "rating: 4/5", "note : 5/5", "rating 4/5".
  for (std::string_view label : kRatingLabels) {
    if (!sentence.starts_with(label)) continue;
    std::size_t pos = label.size();
    if (pos < sentence.size() && is_ascii_letter(sentence[pos])) continue;  // "ratings", "notebook"
    pos = skip_spaces(sentence, pos);
    const bool colon = pos < sentence.size() && sentence[pos] == ':';
    if (colon) ++pos;
    const auto expression = match_expression(sentence, pos);
    if (!expression) return std::nullopt;
    // Without a colon the value must look like a rating on its own ("Note 5/5", not "score 3").
    const auto rating = rating_of(*expression, colon);
    if (!rating) return std::nullopt;
    const std::string_view rest = text::trim(sentence.substr(expression->end));
    whole = rest.empty();
    // "Note: 3 chapters are missing" is prose; "My rating: five stars, without hesitation" is not.
    const bool strong = expression->glyphs || expression->scale || expression->stars_word;
    if (!whole && !strong && !(rest.starts_with(",") || rest.starts_with(";") || rest.starts_with("("))) {
      return std::nullopt;
    }
    return rating;
  }
  const auto expression = match_expression(sentence, 0);
  if (!expression || !text::trim(sentence.substr(expression->end)).empty()) return std::nullopt;
  const auto rating = rating_of(*expression, false);
  if (rating) whole = true;
  return rating;
}

}  // namespace

std::optional<double> parse_rating(std::string_view text, std::optional<double> best) {
  const std::string cleaned = text::clean_field(text);
  if (cleaned.empty()) return std::nullopt;

  // Star glyphs: ★ full, ☆ empty, ½ a half.
  const std::size_t full = count_of(cleaned, "\xE2\x98\x85");
  const std::size_t empty = count_of(cleaned, "\xE2\x98\x86");
  const std::size_t half = count_of(cleaned, "\xC2\xBD");
  if (full + empty > 0) {
    const double value = static_cast<double>(full) + (half > 0 ? 0.5 : 0.0);
    const double shown = static_cast<double>(full + empty) + (half > 0 ? 1.0 : 0.0);
    const double scale = best.value_or(std::max(kScale, shown));
    return normalise(value, scale);
  }

  const std::string lower = words_to_digits(ascii_lower(cleaned));
  std::size_t pos = 0;
  while (pos < lower.size() && !is_digit(lower[pos])) {
    if (lower[pos] == '-') return std::nullopt;  // a negative rating is not a rating
    ++pos;
  }
  const auto value = read_number(lower, pos);
  if (!value) return std::nullopt;
  if (pos < lower.size() && lower[pos] == '%') return normalise(*value, 100);
  std::optional<double> scale = best;
  // "4/5", "4 / 5", "4 out of 5", "4 of 5".
  std::size_t after = pos;
  while (after < lower.size() && lower[after] == ' ') ++after;
  std::string_view rest = std::string_view(lower).substr(after);
  std::size_t skip = 0;
  if (rest.starts_with("/")) skip = 1;
  else if (rest.starts_with("out of")) skip = 6;
  else if (rest.starts_with("of ")) skip = 2;
  if (skip > 0) {
    std::size_t scale_pos = after + skip;
    while (scale_pos < lower.size() && lower[scale_pos] == ' ') ++scale_pos;
    if (auto written = read_number(lower, scale_pos)) scale = *written;
  }
  if (!scale) {
    // Without a stated scale, the smallest common one that fits.
    if (*value <= kScale) scale = kScale;
    else if (*value <= 10) scale = 10;
    else if (*value <= 100) scale = 100;
    else return std::nullopt;
  }
  return normalise(*value, *scale);
}

std::optional<std::string> normalize_date(std::string_view text) {
  const std::string cleaned = text::clean_field(text);
  const std::string_view view = text::trim(cleaned);
  if (view.empty()) return std::nullopt;
  if (is_digit(view.front())) {
    if (auto date = parse_numeric_date(view)) return date;
  }
  return parse_worded_date(view);
}

std::optional<RatingInText> find_rating_in_line(std::string_view line) {
  std::string lower = words_to_digits(text::to_lower(text::clean_field(line)));
  // Emphasis around labels and values ("**Rating:** 4/5") is markup, not text.
  std::erase_if(lower, [](char ch) { return ch == '*' || ch == '_'; });
  std::optional<RatingInText> found;
  bool all_ratings = true;
  for (std::string_view sentence : split_sentences(lower)) {
    const std::string_view core = sentence_core(sentence);
    if (core.empty()) continue;
    bool whole = false;
    const auto rating = sentence_rating(core, whole);
    if (rating && !found) found = RatingInText{*rating, false};
    all_ratings = all_ratings && rating && whole;
  }
  if (found) found->whole_line = all_ratings;
  return found;
}

}  // namespace lectern::indexer
