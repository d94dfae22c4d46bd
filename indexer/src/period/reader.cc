#include "period/reader.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "period/decide.h"
#include "period/elapsed_years.h"
#include "period/features.h"
#include "period/spans.h"
#include "period/vocabulary.h"
#include "time_budget.h"

namespace lectern::indexer::period_detail {
namespace {

// Four-digit numbers in this range are years without further context.
constexpr int kMinPlainYear = 1000;
constexpr int kMaxPlainYear = 2100;
// A range of three-digit numbers is years when it starts at 100 or later and spans 10 to 600
// years: "789-955", "410-550"; pages and scores are narrower or carry a reference word.
constexpr int kMinThreeDigitYear = 100;
constexpr int kMinThreeDigitSpan = 10;
constexpr int kMaxThreeDigitSpan = 600;

// "anecdotes", "villages": a word that reads as a plural noun (not "this", "across", "was").
bool looks_plural(std::string_view word) {
  if (word.size() < 4 || !word.ends_with('s') || word.ends_with("ss") || word.ends_with("us") || word.ends_with("is")) {
    return false;
  }
  return std::all_of(word.begin(), word.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
}

}  // namespace

PeriodReader::PeriodReader(std::string_view original, const PeriodContext& context)
    : original_(original),
      folded_(fold_text(original)),
      layout_(folded_),
      tokens_(layout_.tokens()),
      text_(layout_.text()),
      gazetteer_(context.gazetteer != nullptr ? *context.gazetteer : eras::default_gazetteer()),
      cues_(layout_, context.authors),
      publication_year_(context.publication_year),
      weights_(context.weights != nullptr ? *context.weights : default_period_weights()) {
  if (context.review_date.size() >= 4 && all_digits(context.review_date.substr(0, 4))) {
    review_year_ = to_int(context.review_date.substr(0, 4));
  }
}

void PeriodReader::record(const YearSpan& span, std::size_t first, std::size_t last, const char* role, double weight) {
  // The mention as written in the original text, mapped back from the folded offsets.
  const std::size_t begin = folded_.origin[std::min(tokens_[first].begin, folded_.origin.size() - 1)];
  const std::size_t end_folded = tokens_[last].end;
  const std::size_t end = end_folded < folded_.origin.size() ? folded_.origin[end_folded] : original_.size();
  evidence_.push_back({std::string(original_.substr(begin, end > begin ? end - begin : 0)), span, role, weight});
}

const char* PeriodReader::role_of(const YearSpan& span, Kind kind, std::size_t first, std::size_t last, Use use,
                                  bool counted) const {
  if (use != Use::kStory) return role_name(use);
  if (cues_.in_bibliography_sentence(first)) return "bibliography";
  const bool precise = kind == Kind::kYear;
  // "twentieth-century literature", "a 19th-century novel": a label for writing, not a time.
  if (kind == Kind::kCentury && cues_.literary_label(last)) return "literary label";
  const bool framed_as_setting = cues_.in_setting_sentence(first) || cues_.names_an_event(last);
  const bool framed_as_story = framed_as_setting || cues_.in_story_sentence(first);
  // The year the metadata says the book came out: "scandalous in 1890", "remarkable for 1937".
  // The very year stays the book's even in a sentence about its people ("The novel was
  // scandalous in 1890, its amoral protagonist..."); only a setting sentence claims it.
  if (publication_year_ && precise && span.start >= *publication_year_ - 1 && span.end <= *publication_year_ + 1) {
    const bool exact = span.start == *publication_year_ && span.end == *publication_year_;
    if (!framed_as_story || (exact && !framed_as_setting)) return "publication";
  }
  // A year counted from another ("his eighty-seventh birthday") is never the review's own date.
  if (review_year_ && precise && !framed_as_story && !counted) {
    // Years after the review's own are a future the book imagines, never history; years at the
    // review's own date are the reviewer's reading or posting unless framed as the story's.
    if (span.start > *review_year_ + 1) return "future";
    if (span.start >= *review_year_ - 1 && span.end <= *review_year_ + 1) return "review date";
  }
  if (review_year_ && span.start > *review_year_ + 1) return "future";
  return "setting";
}

std::optional<YearSpan> PeriodReader::read() {
  collect_numbers();
  collect_elapsed_years();
  collect_centuries();
  collect_eras();
  weigh_mentions();
  std::optional<YearSpan> period = decide(mentions_, publication_years_, weights_);
  // "From antiquity to the twenty-first century", reviewed in 2024: history stops at the
  // review's own year; what lies after it is a future no book has covered yet.
  if (period && review_year_ && period->start <= *review_year_ && period->end > *review_year_) {
    period->end = *review_year_;
  }
  return period;
}

// True when the token at `index` lies in a web address ("https://example.org/2022/11/02/...",
// "www.example.org/1984"): its numbers are a path, not a time.
bool PeriodReader::in_url(std::size_t index) const {
  std::size_t start = tokens_[index].begin;
  while (start > 0 && text_[start - 1] != ' ' && text_[start - 1] != '\n' && text_[start - 1] != '(' &&
         text_[start - 1] != '<' && tokens_[index].begin - start < 2048) {
    --start;
  }
  const std::string_view run = text_.substr(start, tokens_[index].begin - start);
  return run.find("://") != std::string_view::npos || run.starts_with("www.");
}

// The number token at `index` as a year-like value, or nullopt when its surroundings make it
// something else: part of a longer number ("1,200", "3.5", "9/11", "1:17"), money, a code.
std::optional<int> PeriodReader::number_at(std::size_t index) const {
  const Token& token = tokens_[index];
  if (!all_digits(token.word) || token.word.size() > 4) return std::nullopt;
  const std::size_t begin = token.begin;
  const std::size_t end = token.end;
  if (begin > 0) {
    const char before = text_[begin - 1];
    if (before == '$' || before == '#' || static_cast<unsigned char>(before) >= 0x80) return std::nullopt;
    if ((before == ',' || before == '.' || before == ':' || before == '/') && begin >= 2 && is_digit(text_[begin - 2])) {
      return std::nullopt;
    }
  }
  if (end + 1 < text_.size() && (text_[end] == ',' || text_[end] == '.' || text_[end] == ':') && is_digit(text_[end + 1])) {
    return std::nullopt;
  }
  const std::size_t from = begin > 30 ? begin - 30 : 0;
  if (text_.substr(from, begin - from).find("isbn") != std::string_view::npos) return std::nullopt;
  return to_int(token.word);
}

// The index of a number token joined to `index` by a dash or slash ("1941-1944",
// "1942–43", "1942/43"), or nullopt.
std::optional<std::size_t> PeriodReader::range_partner(std::size_t index) const {
  std::size_t pos = tokens_[index].end;
  while (pos < text_.size() && text_[pos] == ' ') ++pos;
  if (pos >= text_.size() || (text_[pos] != '-' && text_[pos] != '/')) return std::nullopt;
  ++pos;
  while (pos < text_.size() && text_[pos] == ' ') ++pos;
  if (index + 1 >= tokens_.size() || tokens_[index + 1].begin != pos || !all_digits(tokens_[index + 1].word)) {
    return std::nullopt;
  }
  return index + 1;
}

// Records a mention of `span` at tokens [first, last] if its context makes it the story's;
// returns it, or nullptr.
// The caller gives what the expression itself shows (its kind, a range, a month before it, a
// citation); the sentence's features are added here, the review-wide ones by weigh_mentions().
Mention* PeriodReader::add(const YearSpan& span, MentionFeatures features, std::size_t first, std::size_t last) {
  const Kind kind = features.kind;
  const Use use = cues_.use_of(first, last);
  if (use == Use::kPublication && kind == Kind::kYear) publication_years_.push_back(span);
  std::string_view role = role_of(span, kind, first, last, use, features.counted);
  const bool story = role == "setting";
  if (story && features.citation) role = "citation";
  record(span, first, last, role.data(), 0);
  if (!story) return nullptr;
  features.setting_sentence = cues_.in_setting_sentence(first) && !features.citation;
  features.story_sentence = cues_.in_story_sentence(first) && !features.citation;
  Mention mention;
  mention.span = span;
  mention.kind = kind;
  mention.features = features;
  mention.token = first;
  mention.sentence = tokens_[first].sentence;
  mention.citation = features.citation;
  // Counted from the story's own year, it is never an outlier of it.
  mention.setting = features.setting_sentence || features.counted;
  mention.evidence = evidence_.size() - 1;
  mentions_.push_back(mention);
  return &mentions_.back();
}

// The review-wide features (repetitions, the opening), then every weight from the features.
void PeriodReader::weigh_mentions() {
  constexpr std::size_t kOpeningSentences = 3;
  std::map<std::pair<int, int>, std::size_t> counts;
  for (const Mention& mention : mentions_) ++counts[{mention.span.start, mention.span.end}];
  const std::size_t first_sentence = tokens_.empty() ? 0 : tokens_.front().sentence;
  for (Mention& mention : mentions_) {
    mention.features.repetitions = counts[{mention.span.start, mention.span.end}] - 1;
    mention.features.opening = mention.sentence < first_sentence + kOpeningSentences;
    mention.weight = weigh(mention.features, weights_);
    evidence_[mention.evidence].weight = mention.weight;
  }
}

void PeriodReader::collect_numbers() {
  // Numbers of one or two digits are years only in a text that dates things before AD 1000
  // with BC/AD or three digits; they wait for that verdict.
  struct Pending {
    int year;
    std::size_t index;
  };
  std::vector<Pending> short_years;
  bool ancient = false;

  // A four-digit number that reads as a year but is not one of the review's, reported with why.
  const auto set_aside = [this](std::size_t index, const char* role) {
    const std::string_view word = tokens_[index].word;
    if (word.size() != 4 || !all_digits(word)) return;
    const int year = to_int(word);
    if (year >= kMinPlainYear && year <= kMaxPlainYear) record({year, year}, index, index, role, 0);
  };
  for (std::size_t i = 0; i < tokens_.size(); ++i) {
    check_time_budget();
    if (layout_.token_excluded(i)) {
      set_aside(i, "outside the review");  // a reading list, comments, a byline, an ISBN line, a footer
      continue;
    }
    const std::string_view word = tokens_[i].word;
    // Decades: "1930s", German "1920er", "1930's", French "années 1930".
    const std::size_t suffix = word.ends_with('s') ? 1 : word.ends_with("er") ? 2 : 0;
    if (word.size() >= 4 && suffix != 0 && all_digits(word.substr(0, word.size() - suffix))) {
      add_decade(i, to_int(word.substr(0, word.size() - suffix)));
      continue;
    }
    if (!all_digits(word)) continue;
    if (in_url(i)) {
      set_aside(i, "url");
      continue;
    }
    const std::optional<int> value = number_at(i);
    if (!value) {
      const std::size_t from = tokens_[i].begin > 30 ? tokens_[i].begin - 30 : 0;
      set_aside(i, text_.substr(from, tokens_[i].begin - from).find("isbn") != std::string_view::npos ? "isbn" : "number");
      continue;
    }
    if (i + 1 < tokens_.size() && tokens_[i + 1].word == "s" && text_[tokens_[i].end] == '\'') {
      add_decade(i, *value);  // "1930's"
      continue;
    }
    if (i > 0 && tokens_[i - 1].word == "annees" && word.size() == 4) {
      add_decade(i, *value);
      continue;
    }
    const std::string_view before = i > 0 ? tokens_[i - 1].word : std::string_view{};
    // "S. 187" is a page; the "s" of "it's 1956" is not.
    const bool contraction = before == "s" && tokens_[i - 1].begin > 0 && text_[tokens_[i - 1].begin - 1] == '\'';
    if (contains(kReferenceWords, before) && !contraction) {
      set_aside(i, "page or reference");
      if (auto partner = range_partner(i)) i = *partner;
      continue;
    }

    int era = era_marker_at(text_, tokens_[i].end).era;
    if (era == 0 && i > 0 && before == "ad" && tokens_[i - 1].capital) era = 1;
    if (era == 0 && i > 1 && before == "d" && tokens_[i - 2].word == "a" && text_[tokens_[i - 1].end] == '.') era = 1;

    // Ranges: "1941-1944", "1942-43", "500-400 BC".
    if (auto partner = range_partner(i)) {
      std::optional<int> second = number_at(*partner);
      const int second_era = era_marker_at(text_, tokens_[*partner].end).era;
      if (era == 0) era = second_era;
      if (second && add_range(i, *partner, *value, *second, era, second_era)) {
        if (era != 0 && *value < 1000) ancient = true;
        i = *partner;
        continue;
      }
      if (word.size() < 4 && era == 0) {
        i = *partner;  // "210-217": pages
        continue;
      }
    }
    // "between 1829 and 1832", "from 1940 to 1945": one range.
    if (word.size() == 4 && era == 0 && (before == "between" || before == "from" || before == "entre" || before == "von") &&
        i + 2 < tokens_.size()) {
      const std::string_view link = tokens_[i + 1].word;
      const bool joined = link == "and" || link == "to" || link == "until" || link == "till" || link == "through" ||
                          link == "et" || link == "y" || link == "bis";
      const std::optional<int> second = joined ? number_at(i + 2) : std::nullopt;
      if (second && tokens_[i + 2].word.size() == 4 && *second > *value && *second <= kMaxPlainYear &&
          *value >= kMinPlainYear) {
        add({*value, *second}, {.kind = Kind::kYear, .range = true}, i, i + 2);
        i += 2;
        continue;
      }
    }

    if (i + 1 < tokens_.size() && contains(kUnitWords, tokens_[i + 1].word) && era == 0) {
      set_aside(i, "quantity");  // "1500 men", "1941 pages"
      continue;
    }
    // "in 100 Anecdotes", "by 300 soldiers": a short number before a plural counts things.
    if (i + 1 < tokens_.size() && word.size() <= 3 && era == 0 && looks_plural(tokens_[i + 1].word)) continue;
    // A fictional calendar: "the year 2941 of the Third Age", "412 of the Long Peace".
    if (i + 3 < tokens_.size() && tokens_[i + 1].word == "of" && tokens_[i + 2].word == "the" &&
        tokens_[i + 3].capital && tokens_[i + 3].clause == tokens_[i].clause) {
      continue;
    }
    const bool in_parentheses = tokens_[i].begin > 0 && text_[tokens_[i].begin - 1] == '(';
    const bool year_context = contains(kShortYearContext, before) || cues_.dated(i);
    const bool dated = cues_.dated(i);
    if (era != 0) {
      if (*value < 1) continue;
      if (*value < 1000) ancient = true;
      add_year(i, era < 0 ? -*value : *value, dated);
    } else if (word.size() == 4) {
      if (*value < kMinPlainYear) continue;
      if (*value > kMaxPlainYear) {
        // "In 2101 the colony ships leave": a future, reported so the user sees why there is none.
        if (*value < 3000) record({*value, *value}, i, i, "future", 0);
        continue;
      }
      if (review_year_ && *value == *review_year_ && cues_.dated(i)) {  // the review's own date
        record({*value, *value}, i, i, "review date", 0);
        continue;
      }
      if (cues_.citation(i)) {
        add(YearSpan{*value, *value}, {.kind = Kind::kYear, .citation = true}, i, i);
        continue;
      }
      add_year(i, *value, dated);
    } else if (word.size() == 3 && year_context && !in_parentheses) {
      ancient = ancient || *value < 1000;
      add_year(i, *value, dated);
    } else if (word.size() <= 2 && year_context && !in_parentheses && *value > 0) {
      short_years.push_back({*value, i});
    }
  }
  if (ancient) {
    for (const Pending& pending : short_years) add_year(pending.index, pending.year, false);
  }
}

// "Seit sie im Jahre 1714 einen Pakt geschlossen hat ... dreihundert Jahre später": a count of
// years after a year the story has just named carries the story on to that later year. The
// base is the last year of the story's before the phrase, at most a few sentences back; for
// "his eighty-seventh birthday" it is the first year the text gives, the birth.
void PeriodReader::collect_elapsed_years() {
  constexpr std::size_t kElapsedReachSentences = 3;
  std::vector<Mention> bases;
  for (const Mention& mention : mentions_) {
    if (mention.kind == Kind::kYear && !mention.citation) bases.push_back(mention);
  }
  std::sort(bases.begin(), bases.end(), [](const Mention& a, const Mention& b) { return a.token < b.token; });
  std::size_t next_base = 0;
  const Mention* base = nullptr;
  for (std::size_t i = 0; i < tokens_.size(); ++i) {
    check_time_budget();
    while (next_base < bases.size() && bases[next_base].token < i) base = &bases[next_base++];
    if (base == nullptr || layout_.token_excluded(i)) continue;
    const std::optional<ElapsedYears> elapsed = elapsed_years_ending_at(tokens_, i);
    if (!elapsed || elapsed->first <= base->token) continue;
    // A birthday counts from the birth: the first year the text gives, wherever it stands.
    if (!elapsed->since_birth && tokens_[i].sentence > tokens_[base->token].sentence + kElapsedReachSentences) continue;
    const int year = (elapsed->since_birth ? bases.front().span.start : base->span.end) + elapsed->years;
    if (year > kMaxPlainYear) continue;
    add(YearSpan{year, year}, {.kind = Kind::kYear, .counted = true}, elapsed->first, elapsed->last);
  }
}

void PeriodReader::add_year(std::size_t index, int year, bool dated) {
  add(YearSpan{year, year}, {.kind = Kind::kYear, .dated = dated}, index, index);
}

bool PeriodReader::add_range(std::size_t first, std::size_t second, int start, int end, int era, int second_era) {
  const std::size_t first_digits = tokens_[first].word.size();
  const std::size_t second_digits = tokens_[second].word.size();
  if (era < 0 || second_era < 0) {
    // "500-400 BC": the era written once applies to both sides.
    start = -start;
    end = second_era < 0 || era < 0 ? -end : end;
  } else if (first_digits == 4 && second_digits == 2) {
    // "1942-43": the abbreviated end inherits the century.
    int full = start / 100 * 100 + end;
    if (full < start) full += 100;
    end = full;
  } else if (first_digits == 3 && second_digits >= 3 && era == 0) {
    // "War and Peace in King Alfred's Britain, 789-955": early medieval years need no "AD",
    // but a narrow pair ("210-217") or one that counts things ("150-200 soldiers") is not a span.
    const bool counts_things = second + 1 < tokens_.size() && (contains(kUnitWords, tokens_[second + 1].word) ||
                                                               looks_plural(tokens_[second + 1].word));
    if (start < kMinThreeDigitYear || end - start < kMinThreeDigitSpan || end - start > kMaxThreeDigitSpan ||
        end > kMaxPlainYear || counts_things) {
      return false;
    }
    add({start, end}, {.kind = Kind::kYear, .range = true}, first, second);
    return true;
  } else if (!(first_digits == 4 && second_digits == 4) && era == 0) {
    return false;
  }
  if (era == 0 && (start < kMinPlainYear || end > kMaxPlainYear)) return false;
  if (end < start || end - start > 1000) return false;
  add({start, end}, {.kind = Kind::kYear, .range = true}, first, second);
  return true;
}

void PeriodReader::add_decade(std::size_t index, int value) {
  const std::size_t digits = std::to_string(value).size();
  if (value % 10 != 0 || digits < 3 || digits > 4) return;
  if (digits == 3 && !(index > 0 && (tokens_[index - 1].word == "the" || part_before(tokens_, index)))) return;
  const bool bc = era_marker_at(text_, tokens_[index].end).era < 0;
  const int length = (value % 100 == 0 && digits == 4) ? 100 : 10;
  YearSpan span = bc ? YearSpan{-(value + length - 1), -value} : YearSpan{value, value + length - 1};
  const std::optional<Part> part = part_before(tokens_, index);
  if (part) span = apply_part(span, *part);
  const Kind kind = length == 10 ? Kind::kDecade : (part ? Kind::kCenturyPart : Kind::kCentury);
  add(span, {.kind = kind}, index, index);
}

namespace {

// "xix" -> 19, "xvi" -> 16; 0 when the word is not a roman numeral of a century (1 to 21).
int roman_century(std::string_view word) {
  int total = 0;
  int previous = 0;
  for (auto it = word.rbegin(); it != word.rend(); ++it) {
    const int value = *it == 'i' ? 1 : *it == 'v' ? 5 : *it == 'x' ? 10 : *it == 'l' ? 50 : 0;
    if (value == 0) return 0;
    total += value < previous ? -value : value;
    previous = std::max(previous, value);
  }
  return total >= 1 && total <= 21 ? total : 0;
}

// The century an ordinal before a century word names: "nineteenth", "19th", "19." (German),
// "xixe", "19e", "xixeme" (French), "xix" (Italian "XIX secolo"); 0 when it names none.
int century_before(std::string_view word) {
  if (auto it = std::find(kOrdinalWords.begin(), kOrdinalWords.end(), word); it != kOrdinalWords.end()) {
    return static_cast<int>(it - kOrdinalWords.begin()) + 1;
  }
  for (std::string_view suffix : {"st", "nd", "rd", "th", "eme", "e", "er", ""}) {
    if (word.size() <= suffix.size() || !word.ends_with(suffix)) continue;
    const std::string_view stem = word.substr(0, word.size() - suffix.size());
    if (all_digits(stem) && stem.size() <= 2) return to_int(stem);
    if (const int roman = roman_century(stem)) return roman;
  }
  return 0;
}

// Words for "century" in the languages Lectern stems.
constexpr auto kCenturyWords = std::to_array<std::string_view>(
    {"century", "centuries", "siecle", "siecles", "siglo", "siglos", "secolo", "secoli", "jahrhundert", "jahrhunderts",
     "eeuw", "seculo", "seculos", "wieku", "wiek", "arhundradet"});

}  // namespace

void PeriodReader::collect_centuries() {
  for (std::size_t i = 1; i < tokens_.size(); ++i) {
    check_time_budget();
    const std::string_view word = tokens_[i].word;
    if (!contains(kCenturyWords, word)) continue;
    if (layout_.token_excluded(i)) continue;
    std::size_t first = i - 1;
    std::size_t last = i;
    int century = century_before(tokens_[first].word);
    // "twenty-first century"
    if (century == 1 && first > 0 && tokens_[first - 1].word == "twenty") century = 21, --first;
    // "el siglo XIX", "nel secolo XVI": the numeral follows.
    if (century == 0 && i + 1 < tokens_.size() && word != "century" && word != "centuries") {
      century = roman_century(tokens_[i + 1].word);
      if (century != 0) first = i, last = i + 1;
    }
    if (century < 1 || century > 21) continue;
    const bool bc = era_marker_at(text_, tokens_[last].end).era < 0;
    YearSpan span = century_span(century, bc);
    const std::optional<Part> part = part_before(tokens_, first);
    if (part) span = apply_part(span, *part);
    add(span, {.kind = part ? Kind::kCenturyPart : Kind::kCentury}, first, last);
  }
}

void PeriodReader::collect_eras() {
  const std::vector<eras::EraMention> found_all = gazetteer_.find_mentions(original_);
  // "The Northern Crusades ... these crusades": a name that ends another era's name found in
  // the same text refers back to that era, not to its own wider one. Few names are distinct,
  // so comparing them pairwise stays cheap whatever the number of mentions.
  std::map<std::string, const eras::Era*> distinct;
  std::vector<std::string> names;
  names.reserve(found_all.size());
  for (const eras::EraMention& found : found_all) {
    names.push_back(fold_text(original_.substr(found.offset, found.length)).text);
    distinct.emplace(names.back(), found.era);
  }
  std::set<std::string> back_references;
  for (const auto& [name, era] : distinct) {
    for (const auto& [longer, other_era] : distinct) {
      if (other_era != era && longer.size() > name.size() && longer.ends_with(" " + name)) back_references.insert(name);
    }
  }
  for (std::size_t k = 0; k < found_all.size(); ++k) {
    const eras::EraMention& found = found_all[k];
    // Map the original offset to the first folded byte at or after it.
    const auto folded = std::lower_bound(folded_.origin.begin(), folded_.origin.end(), found.offset);
    const std::size_t first = layout_.token_at(static_cast<std::size_t>(folded - folded_.origin.begin()));
    const auto folded_end = std::lower_bound(folded_.origin.begin(), folded_.origin.end(), found.offset + found.length);
    std::size_t last = layout_.token_at(static_cast<std::size_t>(folded_end - folded_.origin.begin()));
    if (first >= tokens_.size() || layout_.token_excluded(first)) continue;
    last = std::max(first, last == 0 ? 0 : last - 1);
    if (cues_.in_cited_title(last)) continue;
    if (back_references.contains(names[k])) {
      record(*found.era->years, first, last, "other", 0);
      continue;
    }
    add(relative_to_era(*found.era->years, first), {.kind = Kind::kEra}, first, last);
  }
}

// "Following World War II until Stalin's death", "in the aftermath of the Civil War", "on the
// eve of the revolution": a time told relative to an era is its end or its start, not the era.
YearSpan PeriodReader::relative_to_era(const YearSpan& era, std::size_t first) const {
  std::size_t at = first;
  const auto previous_word = [&]() -> std::string_view {
    if (at == 0 || tokens_[at - 1].clause != tokens_[first].clause) return {};
    return tokens_[--at].word;
  };
  std::string_view word = previous_word();
  if (word == "the") word = previous_word();
  if (word == "of") {
    word = previous_word();
    if (word == "aftermath" || word == "end") return {era.end, era.end};
    if (word == "eve" || word == "beginning" || word == "outbreak") return {era.start, era.start};
    return era;
  }
  // Not a bare "after" or "before": "not long after the Berlin Wall went up" is its building.
  if (word == "following") return {era.end, era.end};
  return era;
}

}  // namespace lectern::indexer::period_detail
