// libFuzzer target: a gazetteer file (docs/eras.md) parses or is rejected with a message, and
// finding era names in any text never crashes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "lectern/common/eras.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto parsed = lectern::eras::parse_gazetteer(text);
  if (parsed) (void)parsed->find_mentions(text);
  (void)lectern::eras::default_gazetteer().find_mentions(text);
  (void)lectern::eras::default_people().find_mentions(text);
  return 0;
}
