#include "lectern/common/text_checkpoints.h"

namespace lectern {
namespace {

void put_varint(std::string& out, std::uint32_t value) {
  while (value >= 0x80) {
    out.push_back(static_cast<char>((value & 0x7F) | 0x80));
    value >>= 7;
  }
  out.push_back(static_cast<char>(value));
}

std::optional<std::uint32_t> get_varint(std::string_view& in) {
  std::uint64_t value = 0;
  for (int shift = 0; shift < 35 && !in.empty(); shift += 7) {
    const auto byte = static_cast<unsigned char>(in.front());
    in.remove_prefix(1);
    value |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
    if ((byte & 0x80) == 0) {
      if (value > UINT32_MAX) return std::nullopt;
      return static_cast<std::uint32_t>(value);
    }
  }
  return std::nullopt;
}

}  // namespace

std::string encode_text_checkpoints(const std::vector<TextCheckpoint>& checkpoints) {
  std::string out;
  TextCheckpoint previous;
  for (const TextCheckpoint& checkpoint : checkpoints) {
    put_varint(out, checkpoint.position - previous.position);
    put_varint(out, checkpoint.offset - previous.offset);
    previous = checkpoint;
  }
  return out;
}

std::optional<std::vector<TextCheckpoint>> decode_text_checkpoints(std::string_view encoded) {
  std::vector<TextCheckpoint> checkpoints;
  TextCheckpoint current;
  while (!encoded.empty()) {
    const std::optional<std::uint32_t> position = get_varint(encoded);
    const std::optional<std::uint32_t> offset = position ? get_varint(encoded) : std::nullopt;
    if (!offset) return std::nullopt;
    if (*position > UINT32_MAX - current.position || *offset > UINT32_MAX - current.offset) return std::nullopt;
    current.position += *position;
    current.offset += *offset;
    checkpoints.push_back(current);
  }
  return checkpoints;
}

}  // namespace lectern
