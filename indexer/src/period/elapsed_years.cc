#include "period/elapsed_years.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

#include "period/folded_text.h"
#include "period/vocabulary.h"

namespace lectern::indexer::period_detail {
namespace {

constexpr int kMaxElapsedYears = 2000;

struct NumberWord {
  std::string_view word;
  int value;
};

// Units and tens in the three languages, folded. German compounds ("dreihundertfunfzig") are
// split on these parts.
constexpr auto kNumberWords = std::to_array<NumberWord>({
    {"one", 1},        {"two", 2},         {"three", 3},      {"four", 4},        {"five", 5},
    {"six", 6},        {"seven", 7},       {"eight", 8},      {"nine", 9},        {"ten", 10},
    {"eleven", 11},    {"twelve", 12},     {"fifteen", 15},   {"twenty", 20},     {"thirty", 30},
    {"forty", 40},     {"fifty", 50},      {"sixty", 60},     {"seventy", 70},    {"eighty", 80},
    {"ninety", 90},    {"a", 1},           {"ein", 1},        {"eins", 1},        {"zwei", 2},
    {"drei", 3},       {"vier", 4},        {"funf", 5},       {"sechs", 6},       {"sieben", 7},
    {"acht", 8},       {"neun", 9},        {"zehn", 10},      {"zwolf", 12},      {"zwanzig", 20},
    {"dreissig", 30},  {"dreiig", 30},     {"vierzig", 40},   {"funfzig", 50},    {"sechzig", 60},
    {"siebzig", 70},   {"achtzig", 80},    {"neunzig", 90},   {"un", 1},          {"deux", 2},
    {"trois", 3},      {"quatre", 4},      {"cinq", 5},       {"six", 6},         {"sept", 7},
    {"huit", 8},       {"neuf", 9},        {"dix", 10},       {"vingt", 20},      {"trente", 30},
    {"quarante", 40},  {"cinquante", 50},  {"soixante", 60},
});

constexpr auto kHundreds = std::to_array<std::string_view>({"hundred", "hundert", "cent", "cents"});
constexpr auto kThousands = std::to_array<std::string_view>({"thousand", "tausend", "mille"});

std::optional<int> simple_value(std::string_view word) {
  if (!word.empty() && all_digits(word) && word.size() <= 4) return to_int(word);
  for (const NumberWord& number : kNumberWords) {
    if (number.word == word) return number.value;
  }
  return std::nullopt;
}

// One German compound: "dreihundertfunfzig" = drei·hundert·funfzig, "zweiundzwanzig".
std::optional<int> german_compound(std::string_view word) {
  int total = 0;
  int pending = 0;
  while (!word.empty()) {
    if (word.starts_with("hundert")) {
      total += (pending == 0 ? 1 : pending) * 100;
      pending = 0;
      word.remove_prefix(7);
      continue;
    }
    if (word.starts_with("tausend")) {
      total = (total + (pending == 0 ? 1 : pending)) * 1000;
      pending = 0;
      word.remove_prefix(7);
      continue;
    }
    if (word.starts_with("und") && pending != 0) {
      word.remove_prefix(3);
      continue;
    }
    // The longest number word the rest starts with.
    std::size_t best = 0;
    int value = 0;
    for (const NumberWord& number : kNumberWords) {
      if (number.word.size() > best && number.word.size() >= 3 && word.starts_with(number.word)) {
        best = number.word.size();
        value = number.value;
      }
    }
    if (best == 0) return std::nullopt;
    pending += value;
    word.remove_prefix(best);
  }
  total += pending;
  return total > 0 ? std::optional<int>(total) : std::nullopt;
}

// The count that ends at token `last` (inclusive), read backwards over at most four words:
// "three hundred", "twenty five", "300", "dreihundert", "trois cents". Sets `first`.
std::optional<int> count_ending_at(const std::vector<Token>& tokens, std::size_t last, std::size_t& first) {
  int total = 0;
  int multiplier = 1;
  bool any = false;
  std::size_t index = last + 1;
  for (int words = 0; words < 4 && index > 0; ++words) {
    const std::string_view word = tokens[index - 1].word;
    if (index <= last && tokens[index - 1].sentence != tokens[last].sentence) break;
    if (contains(kHundreds, word) || contains(kThousands, word)) {
      multiplier = contains(kHundreds, word) ? 100 : 1000;
      any = true;
      --index;
      continue;
    }
    // Digits and German compounds stand alone, next to "years": "in 1945 twenty years" is twenty.
    if (words > 0 && all_digits(word)) break;
    std::optional<int> value = simple_value(word);
    if (!value && words == 0) value = german_compound(word);
    if (!value) break;
    total += *value * multiplier;
    multiplier = 1;
    any = true;
    --index;
    if (all_digits(word) || (words == 0 && !simple_value(word))) break;
  }
  if (!any) return std::nullopt;
  if (multiplier != 1) total += multiplier;  // "hundred years later": one hundred
  if (total <= 0 || total > kMaxElapsedYears) return std::nullopt;
  first = index;
  return total;
}

// "87th", "seventh", "eighty seventh", "fortieth", "hundredth": the ordinal ending at `last`.
std::optional<int> ordinal_ending_at(const std::vector<Token>& tokens, std::size_t last, std::size_t& first) {
  static constexpr auto kTensOrdinals = std::to_array<NumberWord>(
      {{"thirtieth", 30}, {"fortieth", 40}, {"fiftieth", 50}, {"sixtieth", 60}, {"seventieth", 70},
       {"eightieth", 80}, {"ninetieth", 90}, {"hundredth", 100}});
  const std::string_view word = tokens[last].word;
  first = last;
  for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
    if (word.size() > suffix.size() && word.ends_with(suffix) && all_digits(word.substr(0, word.size() - suffix.size()))) {
      const int value = to_int(word.substr(0, word.size() - suffix.size()));
      return value > 0 && value <= 130 ? std::optional<int>(value) : std::nullopt;
    }
  }
  int value = 0;
  if (const auto it = std::find(kOrdinalWords.begin(), kOrdinalWords.end(), word); it != kOrdinalWords.end()) {
    value = static_cast<int>(it - kOrdinalWords.begin()) + 1;
  }
  for (const NumberWord& tens : kTensOrdinals) {
    if (tens.word == word) value = tens.value;
  }
  if (value == 0) return std::nullopt;
  // "eighty-seventh": the tens before the unit's ordinal.
  if (value < 10 && last > 0 && tokens[last - 1].sentence == tokens[last].sentence) {
    if (const std::optional<int> tens = simple_value(tokens[last - 1].word); tens && *tens >= 20 && *tens % 10 == 0) {
      value += *tens;
      first = last - 1;
    }
  }
  return value;
}

}  // namespace

std::optional<ElapsedYears> elapsed_years_ending_at(const std::vector<Token>& tokens, std::size_t index) {
  const std::string_view word = tokens[index].word;
  if ((word == "birthday" || word == "geburtstag" || word == "anniversaire") && index >= 1) {
    std::size_t first = 0;
    const std::optional<int> age = ordinal_ending_at(tokens, index - 1, first);
    if (!age) return std::nullopt;
    return ElapsedYears{*age, first, index, true};
  }
  std::size_t years_at = 0;
  if ((word == "later" || word == "spater") && index >= 2) {
    years_at = index - 1;
  } else if (word == "tard" && index >= 3 && tokens[index - 1].word == "plus") {
    years_at = index - 2;
  } else {
    return std::nullopt;
  }
  const std::string_view unit = tokens[years_at].word;
  if (unit != "years" && unit != "jahre" && unit != "ans" && unit != "annees") return std::nullopt;
  if (years_at == 0) return std::nullopt;
  std::size_t first = 0;
  const std::optional<int> count = count_ending_at(tokens, years_at - 1, first);
  if (!count) return std::nullopt;
  return ElapsedYears{*count, first, index};
}

}  // namespace lectern::indexer::period_detail
