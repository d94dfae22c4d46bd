// The folded text laid out for reading dates: lines (and where each stops being the review's
// own prose), sentences, clauses and word tokens.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "period/folded_text.h"

namespace lectern::indexer::period_detail {

struct Token {
  std::size_t begin = 0;  // in the folded text
  std::size_t end = 0;
  std::string_view word;
  std::size_t line = 0;
  std::size_t sentence = 0;
  std::size_t clause = 0;
  bool capital = false;  // its first letter is upper case in the original
};

struct Line {
  std::size_t begin = 0;
  std::size_t end = 0;
  // Where the line stops being the review's prose (a byline, a reading list, comments, or a
  // footer from its © on); npos when it never does.
  std::size_t excluded_from = std::string_view::npos;
};

// Lines that are not the review: reading lists ("Further reading", "See also", ... and the
// short entries after them), comment sections, bylines ("Posted on ...", "By NAME · DATE"),
// lines with an ISBN, and footers from their © or cookie notice on. A parenthesis that opens
// with words is a clause of its own.
class Layout {
 public:
  // Refers into `folded`, which must outlive the layout.
  explicit Layout(const FoldedText& folded);

  const std::vector<Token>& tokens() const { return tokens_; }
  std::string_view text() const { return text_; }

  // True when the token at `index` lies where its line is not the review's prose.
  bool token_excluded(std::size_t index) const {
    return tokens_[index].begin >= lines_[tokens_[index].line].excluded_from;
  }

  // The index of the first token that starts at or after folded offset `pos`.
  std::size_t token_at(std::size_t pos) const;

 private:
  std::string_view text_;
  std::vector<Line> lines_;
  std::vector<Token> tokens_;
};

}  // namespace lectern::indexer::period_detail
