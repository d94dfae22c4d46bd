#include "formats/html/text_builder.h"

namespace lectern::indexer::html {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

}  // namespace

void TextBuilder::add_text(std::string_view text, bool preformatted) {
  if (preformatted) {
    flush();
    out_ += text;
    return;
  }
  std::size_t i = 0;
  while (i < text.size()) {
    if (is_space(text[i])) {
      add_break(kSpace);
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && !is_space(text[end])) ++end;
    flush();
    out_.append(text.substr(i, end - i));
    i = end;
  }
}

void TextBuilder::flush() {
  if (!out_.empty()) {
    if (pending_ == kSpace) out_ += ' ';
    if (pending_ == kLine) out_ += '\n';
    if (pending_ == kParagraph) out_ += "\n\n";
  }
  pending_ = kNone;
}

}  // namespace lectern::indexer::html
