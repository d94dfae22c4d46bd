#include "lectern/common/text_checkpoints.h"

#include <gtest/gtest.h>

namespace lectern {
namespace {

TEST(TextCheckpoints, EncodeAndDecodeRoundTrip) {
  const std::vector<TextCheckpoint> checkpoints = {{12, 0}, {60, 256}, {61, 300}, {70000, 4000000000u}};
  const std::string encoded = encode_text_checkpoints(checkpoints);
  EXPECT_LT(encoded.size(), 16u) << "deltas as varints stay small";
  EXPECT_EQ(decode_text_checkpoints(encoded), checkpoints);
  EXPECT_EQ(decode_text_checkpoints(""), std::vector<TextCheckpoint>{});
}

TEST(TextCheckpoints, AMalformedValueIsRefusedNotMisread) {
  EXPECT_EQ(decode_text_checkpoints("\x80"), std::nullopt) << "a varint cut short";
  EXPECT_EQ(decode_text_checkpoints("\x05"), std::nullopt) << "a position without its offset";
  EXPECT_EQ(decode_text_checkpoints("\xff\xff\xff\xff\xff\x01"), std::nullopt) << "more than 32 bits";
}

}  // namespace
}  // namespace lectern
