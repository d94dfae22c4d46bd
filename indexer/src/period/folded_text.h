// The text as period extraction reads it: folded to one case and one kind of dash, apostrophe,
// quote and space, with a map back to the original. The byte tests below are for folded text.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lectern::indexer::period_detail {

// ASCII lower case, Unicode dashes as '-', apostrophes as '\'', quotes as '"', spaces as ' ',
// other letters folded (diacritics removed), other symbols as ' ' except ©. `origin` maps
// each byte back to the original text and `capital` records whether it came from a capital.
struct FoldedText {
  std::string text;
  std::vector<std::size_t> origin;
  std::vector<bool> capital;
};

FoldedText fold_text(std::string_view original);

inline bool is_digit(char ch) { return ch >= '0' && ch <= '9'; }
inline bool is_letter(char ch) { return ch >= 'a' && ch <= 'z'; }
// A byte of a word: fold_text leaves no non-ASCII bytes but those of letters, digits and ©.
inline bool is_word_byte(char ch) { return is_digit(ch) || is_letter(ch) || static_cast<unsigned char>(ch) >= 0x80; }

inline bool all_digits(std::string_view word) { return !word.empty() && std::all_of(word.begin(), word.end(), is_digit); }

// The value of a string of ASCII digits. Runs longer than six digits are no year, decade or
// century; they all read as 999999, which no rule accepts and which leaves room for the
// arithmetic the rules do (a decade's end is its start + 9) without overflow.
inline int to_int(std::string_view digits) {
  constexpr std::size_t kMaxDigits = 6;
  if (digits.size() > kMaxDigits) return 999999;
  int value = 0;
  for (char ch : digits) value = value * 10 + (ch - '0');
  return value;
}

}  // namespace lectern::indexer::period_detail
