// The map from a document's term positions to byte offsets in its stored text, kept in
// schema::kSlotTextCheckpoints: the indexer records where each piece of the text starts as it
// indexes it, and the searcher turns the positions of matched terms into the window of text a
// snippet needs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lectern {

struct TextCheckpoint {
  std::uint32_t position = 0;  // term position of the first word at or after `offset`
  std::uint32_t offset = 0;    // byte offset in the stored text, at a white-space boundary
  bool operator==(const TextCheckpoint&) const = default;
};

// Varint-encoded deltas; both fields must not decrease from one checkpoint to the next.
std::string encode_text_checkpoints(const std::vector<TextCheckpoint>& checkpoints);

// The checkpoints of an encoded value; nullopt for a malformed one (never from the encoder).
std::optional<std::vector<TextCheckpoint>> decode_text_checkpoints(std::string_view encoded);

}  // namespace lectern
