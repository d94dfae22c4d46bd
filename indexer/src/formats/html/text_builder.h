// Rendering text the way a browser lays it out: runs of HTML white space collapse to one
// space, and block boundaries become line and paragraph breaks.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

namespace lectern::indexer::html {

class TextBuilder {
 public:
  enum Break { kNone = 0, kSpace = 1, kLine = 2, kParagraph = 3 };

  // Asks for a break before the next text; the strongest break asked for wins, and none is
  // written before the first text.
  void add_break(Break level) { pending_ = std::max(pending_, level); }

  // Appends `text`, collapsing its white space unless `preformatted`.
  void add_text(std::string_view text, bool preformatted);

  std::string take() { return std::move(out_); }

 private:
  void flush();

  std::string out_;
  Break pending_ = kNone;
};

}  // namespace lectern::indexer::html
