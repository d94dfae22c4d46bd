#include "formats/encoding.h"

#include <gtest/gtest.h>

#include <string>

#include "lectern/common/text.h"
#include "test_support.h"

namespace lectern::indexer {
namespace {

using namespace std::string_literals;

void expect_rejected(std::string_view bytes, std::string_view reason) {
  const auto result = decode_to_utf8(bytes);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, ErrorCode::kUnsupported);
  EXPECT_NE(result.error().message.find(reason), std::string::npos) << result.error().message;
}

TEST(Encoding, ValidUtf8IsReturnedUnchanged) {
  const std::string utf8 = "Les Misérables — “a novel”\n";
  const auto result = decode_to_utf8(utf8);
  ASSERT_OK(result);
  EXPECT_EQ(*result, utf8);
}

TEST(Encoding, Utf8ByteOrderMarkIsStripped) {
  const auto result = decode_to_utf8("\xEF\xBB\xBF" "Café society");
  ASSERT_OK(result);
  EXPECT_EQ(*result, "Café society");
}

TEST(Encoding, ShortLatin1TextBecomesUtf8) {
  // uchardet alone guesses ISO-8859-2 for this; the Western fallback must win.
  const auto result = decode_to_utf8("Caf\xE9 au lait");
  ASSERT_OK(result);
  EXPECT_EQ(*result, "Café au lait");
}

TEST(Encoding, LongLatin1TextBecomesUtf8) {
  const auto result = decode_to_utf8(
      "Les Mis\xE9rables est un roman de Victor Hugo. Il a \xE9t\xE9 publi\xE9 en 1862. "
      "L'\xE9v\xEAque de Digne, la mis\xE8re, les barricades, l'\xE9gout de Paris et la "
      "r\xE9" "demption de Jean Valjean: un roman \xE0 la fois r\xE9" "aliste et \xE9pique.\n");
  ASSERT_OK(result);
  EXPECT_NE(result->find("Misérables"), std::string::npos) << *result;
  EXPECT_NE(result->find("évêque"), std::string::npos) << *result;
  EXPECT_NE(result->find("misère"), std::string::npos) << *result;
  EXPECT_NE(result->find("rédemption"), std::string::npos) << *result;
  EXPECT_NE(result->find("à la fois réaliste"), std::string::npos) << *result;
}

TEST(Encoding, Windows1252CurlyQuotesAndDashesBecomeUnicode) {
  const auto result = decode_to_utf8("He said \x93hello\x94 \x96 and left.");
  ASSERT_OK(result);
  EXPECT_EQ(*result, "He said “hello” – and left.");
}

TEST(Encoding, BytesUndefinedInWindows1252AreDroppedNotFatal) {
  const auto result = decode_to_utf8("na\xEFve \x81r\xE9sum\xE9");
  ASSERT_OK(result);
  EXPECT_EQ(*result, "naïve résumé");
}

TEST(Encoding, MostlyUtf8WithAStrayByteStaysUtf8) {
  const auto result = decode_to_utf8("Mis\xC3\xA9rables and caf\xC3\xA9 \xFF end");
  ASSERT_OK(result);
  EXPECT_EQ(*result, "Misérables and café  end");
}

TEST(Encoding, Utf16LittleEndianWithBomIsConverted) {
  const std::string bytes = "\xFF\xFE" "C\0a\0f\0\xE9\0 \0\x1C\x20" "x\0\x1D\x20"s;
  const auto result = decode_to_utf8(bytes);
  ASSERT_OK(result);
  EXPECT_EQ(*result, "Café “x”");
}

TEST(Encoding, Utf16BigEndianWithBomIsConverted) {
  const std::string bytes = "\xFE\xFF" "\0C\0a\0f\0\xE9\0\n"s;
  const auto result = decode_to_utf8(bytes);
  ASSERT_OK(result);
  EXPECT_EQ(*result, "Café\n");
}

TEST(Encoding, Utf16WithoutBomIsRecognisedFromItsZeroBytes) {
  const std::string bytes = "H\0e\0l\0l\0o\0 \0r\0e\0v\0i\0e\0w\0"s;
  const auto result = decode_to_utf8(bytes);
  ASSERT_OK(result);
  EXPECT_EQ(*result, "Hello review");
}

TEST(Encoding, PdfIsRejectedAsBinary) { expect_rejected("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj", "binary file (PDF)"); }

TEST(Encoding, PngIsRejectedAsBinary) { expect_rejected("\x89PNG\r\n\x1A\n\0\0\0\rIHDR"s, "binary file (PNG image)"); }

TEST(Encoding, ZipIsRejectedAsBinary) { expect_rejected("PK\x03\x04\x14\0\0\0"s, "binary file (ZIP"); }

TEST(Encoding, NulBytesInOtherwiseTextAreRejectedAsBinary) {
  expect_rejected("some text\0\0\x01\x02 more text here\0"s, "binary file (contains NUL bytes)");
}

TEST(Encoding, EmptyInputIsRejected) { expect_rejected("", "empty file"); }

TEST(Encoding, WhitespaceOnlyInputIsRejectedAsEmpty) { expect_rejected(" \n\t\r\n  ", "empty file"); }

TEST(Encoding, BomFollowedByWhitespaceIsRejectedAsEmpty) {
  expect_rejected("\xEF\xBB\xBF \n", "empty file");
  expect_rejected("\xFF\xFE \0\n\0"s, "empty file");
}

TEST(Encoding, TruncatedUtf16DoesNotFail) {
  const std::string bytes = "\xFF\xFE" "O\0k\0!"s;  // odd length: the last unit is cut
  const auto result = decode_to_utf8(bytes);
  ASSERT_OK(result);
  EXPECT_EQ(*result, "Ok");
}

TEST(Encoding, ArbitraryHighBytesNeverFail) {
  std::string bytes;
  for (int i = 1; i < 256; ++i) bytes.push_back(static_cast<char>(i));
  const auto result = decode_to_utf8(bytes);
  ASSERT_OK(result);
  EXPECT_FALSE(result->empty());
  EXPECT_TRUE(text::is_valid_utf8(*result));
}

}  // namespace
}  // namespace lectern::indexer
