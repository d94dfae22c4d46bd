#include "formats/encoding.h"

#include <iconv.h>
#include <uchardet/uchardet.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "lectern/common/text.h"

namespace lectern::indexer {
namespace {

// What most non-UTF-8 reviews on disk are written in. It is a superset of ISO-8859-1 for
// every printable character (0x80-0x9F hold curly quotes and dashes rather than C1 controls),
// so it is also what browsers use for pages that claim Latin-1.
constexpr std::string_view kFallbackCharset = "WINDOWS-1252";

// uchardet needs some statistics before its guess among single-byte charsets means anything:
// "Caf\xE9 au lait" comes back as ISO-8859-2. Below this many bytes >= 0x80 we assume the
// Western charset rather than trust an exotic guess.
constexpr std::size_t kMinHighBytesToTrustDetector = 16;

// Magic numbers of binary formats people keep next to their reviews.
struct Signature {
  std::string_view magic;
  std::string_view name;
};
constexpr std::array<Signature, 8> kBinarySignatures = {{
    {"%PDF", "PDF"},
    {"PK\x03\x04", "ZIP archive, e.g. DOCX or EPUB"},
    {"\x89PNG", "PNG image"},
    {"GIF8", "GIF image"},
    {"\xFF\xD8\xFF", "JPEG image"},
    {"\x1F\x8B", "gzip archive"},
    {"\xD0\xCF\x11\xE0", "Microsoft Office document"},
    {"\x7F" "ELF", "executable"},
}};

struct Bom {
  std::string_view bytes;
  std::string_view charset;
  std::size_t unit;  // code unit width, so a bad unit is skipped whole
};
// UTF-32 first: its little-endian BOM starts with the UTF-16 one.
constexpr std::array<Bom, 5> kBoms = {{
    {std::string_view("\xFF\xFE\x00\x00", 4), "UTF-32LE", 4},
    {std::string_view("\x00\x00\xFE\xFF", 4), "UTF-32BE", 4},
    {"\xEF\xBB\xBF", "UTF-8", 1},
    {"\xFF\xFE", "UTF-16LE", 2},
    {"\xFE\xFF", "UTF-16BE", 2},
}};

struct IconvCloser {
  void operator()(void* handle) const { iconv_close(static_cast<iconv_t>(handle)); }
};
using IconvHandle = std::unique_ptr<void, IconvCloser>;

struct UchardetDeleter {
  void operator()(uchardet* detector) const { uchardet_delete(detector); }
};
using UchardetHandle = std::unique_ptr<uchardet, UchardetDeleter>;

std::string upper_ascii(std::string_view value) {
  std::string upper(value);
  std::transform(upper.begin(), upper.end(), upper.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c); });
  return upper;
}

// Converts `bytes` from `charset` to UTF-8. Sequences the charset does not define are
// dropped one code unit at a time, so a single stray byte never loses the rest of the file.
Result<std::string> convert(std::string_view bytes, std::string_view charset, std::size_t unit) {
  const std::string from(charset);
  iconv_t raw = iconv_open("UTF-8", from.c_str());
  if (raw == reinterpret_cast<iconv_t>(-1)) {
    return Error::unsupported("cannot convert from character set `" + from + "` (not known to iconv)");
  }
  const IconvHandle handle(raw);

  std::string output(bytes.size() * 2 + 16, '\0');
  // glibc's iconv takes char** for the input but never writes through it.
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  std::size_t written = 0;
  while (in_left > 0) {
    char* out = output.data() + written;
    std::size_t out_left = output.size() - written;
    const std::size_t result = iconv(raw, &in, &in_left, &out, &out_left);
    written = output.size() - out_left;
    if (result != static_cast<std::size_t>(-1)) break;
    if (errno == E2BIG) {
      output.resize(output.size() * 2);
    } else if (errno == EILSEQ) {
      const std::size_t skip = std::min(unit, in_left);
      in += skip;
      in_left -= skip;
    } else {
      break;  // EINVAL: the file ends inside a multi-byte sequence; keep what came before
    }
  }
  // Flush the shift state of stateful encodings (ISO-2022-JP).
  for (;;) {
    char* out = output.data() + written;
    std::size_t out_left = output.size() - written;
    const std::size_t result = iconv(raw, nullptr, nullptr, &out, &out_left);
    written = output.size() - out_left;
    if (result != static_cast<std::size_t>(-1) || errno != E2BIG) break;
    output.resize(output.size() * 2 + 16);
  }
  output.resize(written);
  return output;
}

// Mostly-UTF-8 text with a few damaged bytes should be repaired as UTF-8, not re-read as
// Windows-1252 (which would garble every correct accented letter).
bool looks_like_damaged_utf8(std::string_view bytes) {
  std::size_t good_sequences = 0;
  std::size_t bad_bytes = 0;
  std::size_t i = 0;
  while (i < bytes.size()) {
    const auto lead = static_cast<unsigned char>(bytes[i]);
    if (lead < 0x80) {
      ++i;
      continue;
    }
    const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
    if (length > 0 && i + length <= bytes.size() && text::is_valid_utf8(bytes.substr(i, length))) {
      ++good_sequences;
      i += length;
    } else {
      ++bad_bytes;
      ++i;
    }
  }
  return good_sequences > 0 && bad_bytes <= good_sequences;
}

std::size_t count_high_bytes(std::string_view bytes) {
  return static_cast<std::size_t>(
      std::count_if(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }));
}

bool is_multibyte_charset(std::string_view charset) {
  for (std::string_view prefix : {"SHIFT_JIS", "EUC-", "GB", "BIG5", "ISO-2022", "UHC", "HZ", "UTF-"}) {
    if (charset.substr(0, prefix.size()) == prefix) return true;
  }
  return false;
}

// The charset the bytes (known not to be valid UTF-8) are most likely in.
std::string detect_charset(std::string_view bytes) {
  const UchardetHandle detector(uchardet_new());
  if (!detector) return std::string(kFallbackCharset);
  if (uchardet_handle_data(detector.get(), bytes.data(), bytes.size()) != 0) return std::string(kFallbackCharset);
  uchardet_data_end(detector.get());
  const char* guess = uchardet_get_charset(detector.get());
  std::string charset = upper_ascii(guess != nullptr ? guess : "");
  if (charset.empty() || charset == "ASCII" || charset.substr(0, 4) == "UTF-") return std::string(kFallbackCharset);
  if (charset == "ISO-8859-1") return std::string(kFallbackCharset);
  if (!is_multibyte_charset(charset) && count_high_bytes(bytes) < kMinHighBytesToTrustDetector) {
    return std::string(kFallbackCharset);
  }
  return charset;
}

std::optional<std::string_view> binary_signature(std::string_view bytes) {
  for (const Signature& signature : kBinarySignatures) {
    if (bytes.substr(0, signature.magic.size()) == signature.magic) return signature.name;
  }
  return std::nullopt;
}

// UTF-16 without a BOM: plain-Latin text leaves every other byte zero. Anything else with
// NUL bytes is binary.
std::optional<std::string_view> bomless_utf16(std::string_view bytes) {
  if (bytes.size() < 4 || bytes.size() % 2 != 0) return std::nullopt;
  std::size_t even_zero = 0;
  std::size_t odd_zero = 0;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\0') ++(i % 2 == 0 ? even_zero : odd_zero);
  }
  const std::size_t units = bytes.size() / 2;
  if (even_zero == 0 && odd_zero * 2 >= units) return "UTF-16LE";
  if (odd_zero == 0 && even_zero * 2 >= units) return "UTF-16BE";
  return std::nullopt;
}

// Checked on raw bytes, before anything is known about their charset.
bool is_ascii_blank(std::string_view bytes) {
  return std::all_of(bytes.begin(), bytes.end(), [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  });
}

Result<std::string> finish(Result<std::string> utf8) {
  if (utf8.ok() && text::trim(*utf8).empty()) return Error::unsupported("empty file");
  return utf8;
}

}  // namespace

Result<std::string> decode_to_utf8(std::string_view bytes) {
  if (is_ascii_blank(bytes)) return Error::unsupported("empty file");
  if (const auto name = binary_signature(bytes)) return Error::unsupported("binary file (" + std::string(*name) + ")");

  for (const Bom& bom : kBoms) {
    if (bytes.substr(0, bom.bytes.size()) != bom.bytes) continue;
    const std::string_view body = bytes.substr(bom.bytes.size());
    if (bom.charset != "UTF-8") return finish(convert(body, bom.charset, bom.unit));
    if (body.find('\0') != std::string_view::npos) return Error::unsupported("binary file (contains NUL bytes)");
    if (text::is_valid_utf8(body)) return finish(std::string(body));
    return finish(convert(body, "UTF-8", 1));  // the BOM vouches for UTF-8; drop the damage
  }

  if (bytes.find('\0') != std::string_view::npos) {
    if (const auto charset = bomless_utf16(bytes)) return finish(convert(bytes, *charset, 2));
    return Error::unsupported("binary file (contains NUL bytes)");
  }
  if (text::is_valid_utf8(bytes)) return finish(std::string(bytes));
  if (looks_like_damaged_utf8(bytes)) return finish(convert(bytes, "UTF-8", 1));
  return finish(convert(bytes, detect_charset(bytes), 1));
}

}  // namespace lectern::indexer
