// Text clean-up shared by every format parser and by the indexer: Unicode normalisation,
// whitespace folding, HTML entity decoding and case handling. All functions take and return
// UTF-8; invalid sequences in the input are replaced with U+FFFD rather than rejected.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lectern::text {

// True when `bytes` is well-formed UTF-8 (overlong forms and surrogates are rejected).
bool is_valid_utf8(std::string_view bytes);

// `bytes` with every byte that is not part of well-formed UTF-8 written as "%XX" (hex, upper
// case): a file name with invalid bytes becomes an id that JSON can carry and a user can type
// back, distinct for distinct names. Valid UTF-8 comes back unchanged.
std::string escape_invalid_utf8(std::string_view bytes);

// NFC-normalised copy of `utf8`.
std::string normalize_nfc(std::string_view utf8);

// Decodes HTML character references: named (&amp; &nbsp; &eacute; ... the common set),
// decimal (&#8217;) and hexadecimal (&#x2019;). Unknown references are left as written.
std::string decode_html_entities(std::string_view utf8);

// Body text ready for indexing and snippets: NFC, every kind of space (no-break, thin, tab)
// folded to one ASCII space, control characters removed, each line trimmed, runs of blank
// lines folded to one blank line (paragraph break), leading and trailing blank lines removed.
std::string clean_body(std::string_view utf8);

// A one-line field value (title, author, reviewer): entities decoded, NFC, all whitespace
// including newlines folded to single spaces, trimmed.
// Example: "Helen&nbsp;Dunmore \n" -> "Helen Dunmore".
std::string clean_field(std::string_view utf8);

// Unicode-aware lower case ("MISÉRABLES" -> "misérables").
std::string to_lower(std::string_view utf8);

// Diacritics removed, case kept ("Les Misérables" -> "Les Miserables"); letters that are not
// a base letter plus marks (ß, æ, ø) are kept.
std::string strip_diacritics(std::string_view utf8);

// Lower case with diacritics removed ("Misérables" -> "miserables"), for matching and keys.
std::string fold_for_matching(std::string_view utf8);

// True when the text has at least two letters and none of its letters is lower case.
bool is_all_caps(std::string_view utf8);

// English title case for a title written in capitals: "THE COURT OF THE RED STAR" ->
// "The Court of the Red Star". Small words (a, an, the, and, of, in, ...) stay lower case
// except first, last and after a colon or dash; roman numerals ("II", "XIV") stay upper case;
// hyphenated parts and words after an apostrophe are handled ("STALIN’S" -> "Stalin’s").
std::string title_case(std::string_view utf8);

// The lines of `utf8` (split on '\n', a trailing '\r' dropped); views into `utf8`. An empty
// text is one empty line.
std::vector<std::string_view> split_lines(std::string_view utf8);

// The words of a one-line text, split on ASCII spaces (runs of spaces count as one); views
// into `utf8`.
std::vector<std::string_view> split_words(std::string_view utf8);

// Trims ASCII and Unicode white space from both ends.
std::string_view trim(std::string_view utf8);

}  // namespace lectern::text
