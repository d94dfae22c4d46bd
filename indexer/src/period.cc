// Period extraction. The text is folded (lower case, one kind of dash and apostrophe), split
// into lines, sentences, clauses and word tokens, and read for mentions of time: years,
// ranges, decades, parts of centuries, centuries and named eras (eras::Gazetteer). Each
// mention is checked against its context (is it the story's time, or the book's publication,
// a prize, a film, a page?), weighted, and the survivors are reduced to their dense core:
//
//  1. Lines and sections that are not the review are skipped: reading lists ("Further
//     reading", "See also", ... and the short entries after them), comment sections, bylines
//     ("Posted on ...", "By NAME · DATE"), lines with an ISBN, and footers from their © or
//     cookie notice on. The review's own date, written as a date, is skipped anywhere.
//  2. A year is not the story's when a cue before it in its clause says so ("published in",
//     "translated", "won the Pulitzer in", "the film of", "I first read this in", the author's
//     "born in") or a word right after it does ("the 2006 film", "the 2011 edition"), unless a
//     story word intervenes ("first published in 1947, it covers 1942-44"). A parenthesis that
//     opens with words is a clause of its own. Publication and writing years also cast a
//     shadow: a lone year within two of one is the book's history ("he died in 1980";
//     published 1982) unless it adjoins the story's other years or its sentence is about the
//     setting ("the novel closes in 1940"; serialised 1941).
//  3. Vague mentions (eras, centuries, parts of them) are refined by precise ones: "the early
//     seventh century, around 617" is 617; an era that strictly surrounds the precise years
//     adds nothing ("the Cold War" around 1973); one that reaches beyond them extends them.
//     Without precise years the eras decide; bare centuries count only when nothing else does.
//     "Cloud Atlas (2004)" dates another work: never a period on its own.
//  4. Outliers are dropped at either end: a light group of mentions far from the rest (a
//     Stalingrad history that mentions 1812 once). A flashback (earlier years mentioned after
//     the story's own) goes more readily than a later group, which is more often an epilogue;
//     nothing a sentence says the story is set in is ever an outlier.
//
// The steps live under period/: folded_text (folding), layout (lines, sentences, clauses,
// tokens; rule 1), vocabulary (the words), cues (rule 2's cues), reader (finding mentions),
// decide (rule 2's shadow, rules 3 and 4), spans and point (what parts, centuries, BC/AD and
// metadata values denote).
#include "period.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "lectern/common/text.h"
#include "period/folded_text.h"
#include "period/point.h"
#include "period/reader.h"

namespace lectern::indexer {

std::optional<YearSpan> parse_period_value(std::string_view value, const eras::Gazetteer& gazetteer) {
  const std::string cleaned = period_detail::fold_text(text::clean_field(value)).text;
  const std::string_view view = text::trim(cleaned);
  if (view.empty()) return std::nullopt;
  const auto [left_text, right_text] = period_detail::split_range(view);
  auto left = period_detail::parse_point(left_text);
  auto right = right_text.empty() ? std::nullopt : period_detail::parse_point(right_text);
  if (!left || (!right_text.empty() && !right)) {
    // Not years: perhaps an era ("Victorian era", "WWII").
    if (const eras::Era* era = gazetteer.find(value); era != nullptr) return era->years;
    return std::nullopt;
  }
  if (right_text.empty()) return left->span;
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

namespace {

// True when [offset, offset + length) is a whole part of the title, between its ends or
// punctuation: "Lincoln", "Marx: A Life", "Einstein, His Life" but not "The Einstein
// Intersection" or "The Lincoln Highway".
bool whole_title_part(std::string_view title, std::size_t offset, std::size_t length) {
  auto is_break = [](char ch) { return ch == ':' || ch == ',' || ch == ';' || ch == '(' || ch == ')' || ch == '.'; };
  std::size_t before = offset;
  while (before > 0 && title[before - 1] == ' ') --before;
  std::size_t after = offset + length;
  while (after < title.size() && title[after] == ' ') ++after;
  const bool starts = before == 0 || is_break(title[before - 1]) || title.substr(0, before).ends_with("\xE2\x80\x94");
  const bool ends = after == title.size() || is_break(title[after]) || title.substr(after).starts_with("\xE2\x80\x94");
  return starts && ends;
}

// A title with its possessives taken out ("Shakespeare's City" -> "Shakespeare City"), and
// where each stood: "Stalin's Children" and "Shakespeare's City" name the person as surely as
// "Stalin: A Life" does.
struct PlainTitle {
  std::string text;
  std::vector<std::size_t> possessive_ends;  // offsets in `text` right after a possessor
};

PlainTitle without_possessives(std::string_view title) {
  PlainTitle plain;
  plain.text.reserve(title.size());
  for (std::size_t i = 0; i < title.size();) {
    const bool ascii = title[i] == '\'';
    const bool curly = title.substr(i).starts_with("\xE2\x80\x99");
    const std::size_t mark = ascii ? 1 : curly ? 3 : 0;
    if (mark != 0 && !plain.text.empty() && std::isalpha(static_cast<unsigned char>(plain.text.back())) &&
        i + mark < title.size() && (title[i + mark] == 's' || title[i + mark] == 'S') &&
        (i + mark + 1 == title.size() || !std::isalnum(static_cast<unsigned char>(title[i + mark + 1])))) {
      plain.possessive_ends.push_back(plain.text.size());
      i += mark + 1;
      continue;
    }
    plain.text += title[i++];
  }
  return plain;
}

// The life of the first person `title` names, as evidence; nullopt when it names none. A full
// name may stand anywhere in the title ("The Letters of Vincent van Gogh"); a one-word name
// only as a whole part of it or as a possessor ("Darwin's Century"), since surnames name
// roads, theories and things too.
std::optional<PeriodEvidence> title_subject(std::string_view title, const PeriodContext& context) {
  if (title.empty()) return std::nullopt;
  const eras::Gazetteer& people = context.people != nullptr ? *context.people : eras::default_people();
  const PlainTitle plain = without_possessives(title);
  for (const eras::EraMention& found : people.find_mentions(plain.text)) {
    if (!found.era->years) continue;
    const std::string_view name = std::string_view(plain.text).substr(found.offset, found.length);
    const bool possessor = std::find(plain.possessive_ends.begin(), plain.possessive_ends.end(),
                                     found.offset + found.length) != plain.possessive_ends.end();
    if (name.find(' ') == std::string_view::npos && !possessor &&
        !whole_title_part(plain.text, found.offset, found.length)) {
      continue;
    }
    return PeriodEvidence{std::string(name), *found.era->years, "title subject", 1.0};
  }
  return std::nullopt;
}

// "Stephen Alford, London's Triumph, Merchants ... in Shakespeare's City, (New York, 2017).": a
// review that opens with its work's citation (the author, a comma, the title) gives the full
// title, subtitle and all, up to the parenthesis or the full stop that closes it.
std::string_view opening_citation_title(std::string_view text, std::span<const std::string> authors) {
  constexpr std::size_t kMaxCitationTitle = 300;
  text = text::trim(text);
  for (const std::string& author : authors) {
    if (author.empty() || !text.starts_with(author)) continue;
    std::string_view rest = text.substr(author.size());
    if (!rest.starts_with(',')) continue;
    rest = text::trim(rest.substr(1));
    const std::size_t end = std::min({rest.find('('), rest.find(". "), rest.find('\n'), kMaxCitationTitle, rest.size()});
    return text::trim(rest.substr(0, end));
  }
  return {};
}

}  // namespace

PeriodReading read_period(std::string_view text, const PeriodContext& context) {
  period_detail::PeriodReader reader(text, context);
  PeriodReading reading;
  reading.period = reader.read();
  reading.evidence = reader.take_evidence();
  // A biography whose review gives no dates of its own: the title's person sets the span.
  if (!reading.period) {
    std::optional<PeriodEvidence> subject = title_subject(context.title, context);
    if (!subject) subject = title_subject(opening_citation_title(text, context.authors), context);
    if (subject) {
      reading.period = subject->years;
      reading.evidence.push_back(std::move(*subject));
    }
  }
  return reading;
}

std::optional<YearSpan> extract_period(std::string_view text, const PeriodContext& context) {
  return read_period(text, context).period;
}

}  // namespace lectern::indexer
