#include "lectern/common/text.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace lectern::text {
namespace {

icu::UnicodeString to_unicode(std::string_view utf8) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
}

std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

void append_code_point(std::string& out, UChar32 c) {
  char buffer[4];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buffer), length, 4, c, error);
  if (!error) out.append(buffer, static_cast<std::size_t>(length));
}

// Calls `visit(code_point)` for each code point; malformed bytes arrive as U+FFFD.
template <typename Visit>
void for_each_code_point(std::string_view utf8, Visit visit) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    visit(c < 0 ? 0xFFFD : c);
  }
}

bool is_space(UChar32 c) { return c == '\t' || c == ' ' || u_isUWhiteSpace(c) || c == 0x200B || c == 0xFEFF; }

// Most review text is ASCII, for which ICU's work is the identity (NFC, diacritics) or a byte
// rule (case, spaces, controls): these fast paths give the same results without it.
bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
}
// u_isUWhiteSpace and u_iscntrl on ASCII.
bool ascii_space(char ch) { return ch == ' ' || (ch >= '\t' && ch <= '\r'); }
bool ascii_control(char ch) { return static_cast<unsigned char>(ch) < 0x20 || ch == 0x7F; }
std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& ch : out) {
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
  }
  return out;
}

struct NamedEntity {
  std::string_view name;
  UChar32 code_point;
};

// The references that occur in real review pages; HTML pages proper are decoded by the HTML
// parser, this covers entities that leak into JSON exports and front matter.
constexpr std::array<NamedEntity, 52> kNamedEntities = {{
    {"amp", '&'},      {"lt", '<'},        {"gt", '>'},        {"quot", '"'},      {"apos", '\''},
    {"nbsp", 0xA0},    {"ndash", 0x2013},  {"mdash", 0x2014},  {"lsquo", 0x2018},  {"rsquo", 0x2019},
    {"ldquo", 0x201C}, {"rdquo", 0x201D},  {"hellip", 0x2026}, {"laquo", 0xAB},    {"raquo", 0xBB},
    {"copy", 0xA9},    {"reg", 0xAE},      {"trade", 0x2122},  {"deg", 0xB0},      {"middot", 0xB7},
    {"bull", 0x2022},  {"eacute", 0xE9},   {"egrave", 0xE8},   {"ecirc", 0xEA},    {"euml", 0xEB},
    {"aacute", 0xE1},  {"agrave", 0xE0},   {"acirc", 0xE2},    {"auml", 0xE4},     {"aring", 0xE5},
    {"iacute", 0xED},  {"icirc", 0xEE},    {"iuml", 0xEF},     {"oacute", 0xF3},   {"ocirc", 0xF4},
    {"ouml", 0xF6},    {"uacute", 0xFA},   {"ucirc", 0xFB},    {"uuml", 0xFC},     {"ccedil", 0xE7},
    {"ntilde", 0xF1},  {"szlig", 0xDF},    {"Eacute", 0xC9},   {"Agrave", 0xC0},   {"Ccedil", 0xC7},
    {"Ouml", 0xD6},    {"Uuml", 0xDC},     {"Auml", 0xC4},     {"oslash", 0xF8},   {"aelig", 0xE6},
    {"thinsp", 0x2009}, {"shy", 0xAD},
}};

std::optional<UChar32> parse_reference(std::string_view body) {
  if (body.empty()) return std::nullopt;
  if (body[0] == '#') {
    int base = 10;
    std::size_t i = 1;
    if (i < body.size() && (body[i] == 'x' || body[i] == 'X')) {
      base = 16;
      ++i;
    }
    if (i == body.size() || body.size() - i > 7) return std::nullopt;
    UChar32 value = 0;
    for (; i < body.size(); ++i) {
      const char ch = body[i];
      int digit;
      if (ch >= '0' && ch <= '9') digit = ch - '0';
      else if (base == 16 && ch >= 'a' && ch <= 'f') digit = ch - 'a' + 10;
      else if (base == 16 && ch >= 'A' && ch <= 'F') digit = ch - 'A' + 10;
      else return std::nullopt;
      value = value * base + digit;
    }
    if (value <= 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0xFFFD;
    return value;
  }
  for (const auto& entity : kNamedEntities) {
    if (entity.name == body) return entity.code_point;
  }
  return std::nullopt;
}

constexpr std::array<std::string_view, 29> kSmallWords = {
    "a",  "an", "the", "and", "but", "or",  "nor", "for", "of", "in",   "on",   "at",   "to",   "by", "as",
    "via", "vs", "de", "von", "van", "la",  "le",  "du",  "da", "di",   "from", "with", "into", "upon"};

// A well-formed Roman numeral in capitals up to 3999: thousands, hundreds, tens, units, each in
// its own standard shape (so "IL", the Italian article, is no numeral; 49 is XLIX).
bool is_well_formed_roman(std::u16string_view word) {
  // One decimal digit written with its `one`, `five` and `ten` letters: "", I, II, III, IV, V,
  // VI, VII, VIII, IX. Returns how many letters it took.
  const auto digit = [&word](std::size_t at, char16_t one, char16_t five, char16_t ten) -> std::size_t {
    const std::u16string_view rest = word.substr(at);
    const std::u16string nine{one, ten}, four{one, five};
    if (rest.starts_with(nine) || rest.starts_with(four)) return 2;
    std::size_t taken = 0;
    if (!rest.empty() && rest.front() == five) ++taken;
    for (int i = 0; i < 3 && taken < rest.size() && rest[taken] == one; ++i) ++taken;
    return taken;
  };
  std::size_t at = 0;
  while (at < word.size() && at < 3 && word[at] == u'M') ++at;
  at += digit(at, u'C', u'D', u'M');
  at += digit(at, u'X', u'L', u'C');
  at += digit(at, u'I', u'V', u'X');
  return at == word.size() && !word.empty();
}

bool is_roman_numeral(const icu::UnicodeString& word) {
  if (word.length() == 0 || word.length() > 9) return false;
  for (int32_t i = 0; i < word.length(); ++i) {
    switch (word[i]) {
      case 'I': case 'V': case 'X': case 'L': case 'C': case 'D': case 'M': break;
      default: return false;
    }
  }
  if (!is_well_formed_roman(std::u16string_view(reinterpret_cast<const char16_t*>(word.getBuffer()),
                                                static_cast<std::size_t>(word.length())))) {
    return false;
  }
  // "MIX", "DIM", "LID", "CD" are words, not numerals a title would use.
  static const std::array<std::u16string_view, 6> kWords = {u"MIX", u"DIM", u"LID", u"MID", u"DID", u"MILD"};
  std::u16string_view view(reinterpret_cast<const char16_t*>(word.getBuffer()), static_cast<std::size_t>(word.length()));
  return std::find(kWords.begin(), kWords.end(), view) == kWords.end();
}

// Title-cases one space-free word: first letter upper, the rest lower, hyphen parts alike.
icu::UnicodeString capitalise(const icu::UnicodeString& word) {
  icu::UnicodeString out;
  bool start_of_part = true;
  int32_t letters_in_part = 0;
  for (int32_t i = 0; i < word.length();) {
    const UChar32 c = word.char32At(i);
    i += U16_LENGTH(c);
    if (u_isalpha(c) || u_isdigit(c)) {
      out.append(start_of_part ? u_toupper(c) : u_tolower(c));
      start_of_part = false;
      ++letters_in_part;
    } else {
      out.append(c);
      // A new part starts after a hyphen or slash (Antonov-Ovseyenko); after an apostrophe
      // it does only for a one-letter prefix before a word (O'Brien, L'Étranger, D'Artagnan),
      // never before a suffix (Stalin's, I'll, I've).
      if (c == '-' || c == '/' || c == 0x2010) {
        start_of_part = true;
        letters_in_part = 0;
      } else if ((c == '\'' || c == 0x2019) && letters_in_part == 1) {
        int32_t following = 0;
        for (int32_t k = i; k < word.length() && u_isalpha(word.char32At(k)); k = word.moveIndex32(k, 1)) ++following;
        if (following >= 3) {
          start_of_part = true;
          letters_in_part = 0;
        }
      }
    }
  }
  return out;
}

}  // namespace

bool is_valid_utf8(std::string_view bytes) {
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(bytes.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c;
    U8_NEXT(data, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

std::string escape_invalid_utf8(std::string_view bytes) {
  if (is_ascii(bytes) || is_valid_utf8(bytes)) return std::string(bytes);
  static constexpr char kHex[] = "0123456789ABCDEF";
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(bytes.size());
  std::string out;
  out.reserve(bytes.size() + 16);
  int32_t i = 0;
  while (i < length) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(data, i, length, c);
    if (c >= 0) {
      out.append(bytes.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
      continue;
    }
    for (int32_t k = start; k < i; ++k) {
      out += '%';
      out += kHex[data[k] >> 4];
      out += kHex[data[k] & 0xF];
    }
  }
  return out;
}

std::string normalize_nfc(std::string_view utf8) {
  if (is_ascii(utf8)) return std::string(utf8);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return std::string(utf8);
  icu::UnicodeString normalised = nfc->normalize(to_unicode(utf8), status);
  if (U_FAILURE(status)) return std::string(utf8);
  return to_utf8(normalised);
}

std::string decode_html_entities(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  std::size_t i = 0;
  while (i < utf8.size()) {
    if (utf8[i] != '&') {
      out.push_back(utf8[i++]);
      continue;
    }
    const std::size_t semicolon = utf8.find(';', i + 1);
    if (semicolon != std::string_view::npos && semicolon - i <= 10) {
      if (auto code_point = parse_reference(utf8.substr(i + 1, semicolon - i - 1))) {
        if (*code_point != 0xAD) append_code_point(out, *code_point);  // soft hyphens vanish
        i = semicolon + 1;
        continue;
      }
    }
    out.push_back(utf8[i++]);
  }
  return out;
}

std::string clean_body(std::string_view utf8) {
  const std::string normalised = normalize_nfc(utf8);
  std::string out;
  out.reserve(normalised.size());
  std::string line;
  int pending_newlines = 0;
  auto flush_line = [&] {
    while (!line.empty() && line.back() == ' ') line.pop_back();
    if (line.empty()) {
      ++pending_newlines;
      return;
    }
    if (!out.empty()) out.append(pending_newlines > 0 ? "\n\n" : "\n");
    out += line;
    line.clear();
    pending_newlines = 0;
  };
  for_each_code_point(normalised, [&](UChar32 c) {
    if (c == '\n' || c == 0x2028 || c == 0x2029 || c == 0x85) {
      flush_line();
      return;
    }
    if (c == '\r') return;
    if (is_space(c)) {
      if (!line.empty() && line.back() != ' ') line.push_back(' ');
      return;
    }
    if (u_iscntrl(c) || c == 0xAD) return;
    append_code_point(line, c);
  });
  flush_line();
  return out;
}

std::string clean_field(std::string_view utf8) {
  const std::string decoded = normalize_nfc(utf8.find('&') == std::string_view::npos ? std::string(utf8) : decode_html_entities(utf8));
  std::string out;
  out.reserve(decoded.size());
  if (is_ascii(decoded)) {
    for (char ch : decoded) {
      if (ascii_space(ch)) {
        if (!out.empty() && out.back() != ' ') out.push_back(' ');
      } else if (!ascii_control(ch)) {
        out.push_back(ch);
      }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
  }
  for_each_code_point(decoded, [&](UChar32 c) {
    if (is_space(c) || c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      return;
    }
    if (u_iscntrl(c) || c == 0xAD) return;
    append_code_point(out, c);
  });
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string to_lower(std::string_view utf8) {
  if (is_ascii(utf8)) return ascii_lower(utf8);
  icu::UnicodeString text = to_unicode(utf8);
  text.toLower(icu::Locale::getRoot());
  return to_utf8(text);
}

std::string strip_diacritics(std::string_view utf8) {
  if (is_ascii(utf8)) return std::string(utf8);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return std::string(utf8);
  icu::UnicodeString decomposed = nfd->normalize(to_unicode(utf8), status);
  if (U_FAILURE(status)) return std::string(utf8);
  icu::UnicodeString stripped;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) != U_NON_SPACING_MARK) stripped.append(c);
  }
  return normalize_nfc(to_utf8(stripped));
}

std::string fold_for_matching(std::string_view utf8) {
  if (is_ascii(utf8)) return ascii_lower(utf8);
  icu::UnicodeString folded = to_unicode(strip_diacritics(utf8));
  folded.foldCase();
  return to_utf8(folded);
}

bool is_all_caps(std::string_view utf8) {
  int letters = 0;
  bool any_lower = false;
  for_each_code_point(utf8, [&](UChar32 c) {
    if (!u_isalpha(c)) return;
    ++letters;
    if (u_islower(c)) any_lower = true;
  });
  return letters >= 2 && !any_lower;
}

std::string title_case(std::string_view utf8) {
  const icu::UnicodeString text = to_unicode(utf8);
  std::vector<icu::UnicodeString> words;
  std::vector<icu::UnicodeString> separators;  // separators[i] precedes words[i]
  icu::UnicodeString separator;
  icu::UnicodeString word;
  for (int32_t i = 0; i < text.length();) {
    const UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    if (u_isUWhiteSpace(c)) {
      if (word.length() > 0) {
        words.push_back(word);
        separators.push_back(separator);
        word.remove();
        separator.remove();
      }
      separator.append(c);
    } else {
      word.append(c);
    }
  }
  if (word.length() > 0) {
    words.push_back(word);
    separators.push_back(separator);
  }

  icu::UnicodeString out;
  bool after_break = true;  // at the start, or after a colon or dash
  for (std::size_t i = 0; i < words.size(); ++i) {
    out.append(separators[i]);
    const icu::UnicodeString& original = words[i];
    // The letters of the word, without surrounding punctuation, decide how it is cased.
    int32_t first = 0;
    int32_t last = original.length();
    while (first < last && !u_isalnum(original.char32At(first))) first = original.moveIndex32(first, 1);
    while (last > first && !u_isalnum(original.char32At(original.moveIndex32(last, -1)))) {
      last = original.moveIndex32(last, -1);
    }
    icu::UnicodeString core(original, first, last - first);
    icu::UnicodeString lower(core);
    lower.toLower(icu::Locale::getRoot());
    const std::string lower_utf8 = to_utf8(lower);
    const bool is_last = i + 1 == words.size();
    icu::UnicodeString cased;
    if (is_roman_numeral(core) && !(core.length() == 1 && core[0] != 'I')) {
      cased = core;
    } else if (!after_break && !is_last &&
               std::find(kSmallWords.begin(), kSmallWords.end(), lower_utf8) != kSmallWords.end()) {
      cased = lower;
    } else {
      cased = capitalise(core);
    }
    out.append(icu::UnicodeString(original, 0, first));
    out.append(cased);
    out.append(icu::UnicodeString(original, last));
    const UChar32 final_char = original.length() ? original.char32At(original.length() - 1) : 0;
    after_break = final_char == ':' || final_char == 0x2013 || final_char == 0x2014 ||
                  (original.length() == 1 && (final_char == '-' || final_char == 0x2013 || final_char == 0x2014));
  }
  return to_utf8(out);
}

std::vector<std::string_view> split_lines(std::string_view utf8) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start <= utf8.size()) {
    const std::size_t end = std::min(utf8.find('\n', start), utf8.size());
    std::string_view line = utf8.substr(start, end - start);
    if (line.ends_with('\r')) line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

std::vector<std::string_view> split_words(std::string_view utf8) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < utf8.size()) {
    while (i < utf8.size() && utf8[i] == ' ') ++i;
    const std::size_t start = i;
    while (i < utf8.size() && utf8[i] != ' ') ++i;
    if (i > start) words.push_back(utf8.substr(start, i - start));
  }
  return words;
}

std::string_view trim(std::string_view utf8) {
  // ASCII white space and U+00A0 (C2 A0), common in pasted web text.
  constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
  auto is_trim_byte = [](char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v'; };
  for (bool trimmed = true; trimmed && !utf8.empty();) {
    trimmed = false;
    if (is_trim_byte(utf8.front())) utf8.remove_prefix(1), trimmed = true;
    else if (utf8.starts_with(kNoBreakSpace)) utf8.remove_prefix(2), trimmed = true;
  }
  for (bool trimmed = true; trimmed && !utf8.empty();) {
    trimmed = false;
    if (is_trim_byte(utf8.back())) utf8.remove_suffix(1), trimmed = true;
    else if (utf8.ends_with(kNoBreakSpace)) utf8.remove_suffix(2), trimmed = true;
  }
  return utf8;
}

}  // namespace lectern::text
