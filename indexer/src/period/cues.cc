#include "period/cues.h"

#include <algorithm>

#include "period/vocabulary.h"

namespace lectern::indexer::period_detail {
namespace {

// How many words back a cue still describes a year ("published it, against his wishes, in
// 1925"), and how many forward ("in 1930, when the book appeared").
constexpr std::size_t kCueWordsBefore = 10;
constexpr std::size_t kCueWordsAfter = 6;

// The surnames of the work's authors, folded: the last word of each name.
std::vector<std::string> surnames_of(std::span<const std::string> authors) {
  std::vector<std::string> surnames;
  for (const std::string& author : authors) {
    const std::string folded = fold_text(author).text;
    std::size_t end = folded.size();
    while (end > 0 && !is_word_byte(folded[end - 1])) --end;
    std::size_t start = end;
    while (start > 0 && is_word_byte(folded[start - 1])) --start;
    if (end - start >= 2) surnames.push_back(folded.substr(start, end - start));
  }
  return surnames;
}

// The sentences about the story's setting: "is set in", "opens in", "takes place".
std::vector<std::size_t> setting_sentences_of(const std::vector<Token>& tokens) {
  std::vector<std::size_t> sentences;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string_view word = tokens[i].word;
    bool setting = contains(kSettingWords, word) && word != "set";
    // "set" only as "is set in", "sets her novel in", "set during": not "a set of".
    if (word == "set" || word == "sets") {
      for (std::size_t k = i + 1; k < tokens.size() && k <= i + 3; ++k) {
        const std::string_view next = tokens[k].word;
        if (next == "in" || next == "during" || next == "at" || next == "among" || next == "against" ||
            next == "between") {
          setting = true;
          break;
        }
      }
    }
    if ((word == "takes" || word == "take" || word == "took") && i + 1 < tokens.size() &&
        tokens[i + 1].word == "place") {
      setting = true;
    }
    if (setting) sentences.push_back(tokens[i].sentence);
  }
  return sentences;
}

}  // namespace

Cues::Cues(const Layout& layout, std::span<const std::string> authors)
    : tokens_(layout.tokens()),
      text_(layout.text()),
      surnames_(surnames_of(authors)),
      setting_sentences_(setting_sentences_of(tokens_)) {}

bool Cues::in_setting_sentence(std::size_t token) const {
  return std::find(setting_sentences_.begin(), setting_sentences_.end(), tokens_[token].sentence) !=
         setting_sentences_.end();
}

Use Cues::use_of(std::size_t first, std::size_t last) const {
  // Right after: "the 2006 film", "the 2011 edition", "the 2012 Pulitzer".
  if (last + 1 < tokens_.size() && tokens_[last + 1].clause == tokens_[last].clause) {
    const std::string_view next = tokens_[last + 1].word;
    if (contains(kPublicationFollowers, next)) return Use::kPublication;
    if (contains(kOtherFollowers, next)) return Use::kOther;
  }
  // Right before: "Penguin 2011", "(Vintage, 2004)".
  if (first > 0 && contains(kPublisherWords, tokens_[first - 1].word) &&
      tokens_[first - 1].clause == tokens_[first].clause) {
    return Use::kPublication;
  }
  if (publisher_parenthesis(first, last)) return Use::kPublication;
  // Earlier in the clause, unless the story takes over in between.
  const std::size_t clause = tokens_[first].clause;
  for (std::size_t back = 1; back <= kCueWordsBefore && back <= first; ++back) {
    const std::size_t i = first - back;
    if (tokens_[i].clause != clause) break;
    const std::string_view word = tokens_[i].word;
    if (contains(kStoryWords, word)) break;
    if (contains(kLifeWords, word) && back <= 4 && author_before(i)) return Use::kOther;
    // The reviewer's own reading: "I read it in 1995", "I first read this in 1995".
    if (word == "read" && ((i >= 1 && tokens_[i - 1].word == "i") || (i >= 2 && tokens_[i - 2].word == "i"))) {
      return Use::kOther;
    }
    if (contains(kPublicationCues, word)) return Use::kPublication;
    if (contains(kOtherCues, word)) return Use::kOther;
    if (i + 1 < first) {
      for (const auto& [one, two] : kPublicationPairs) {
        if (word == one && tokens_[i + 1].word == two) {
          // "wrote the" only of the book itself: "wrote the book", "wrote the novel".
          if (two == "the" && !(i + 2 < first && (tokens_[i + 2].word == "book" || tokens_[i + 2].word == "novel"))) {
            continue;
          }
          return Use::kPublication;
        }
      }
      if ((word == "best" && tokens_[i + 1].word == "picture") || (word == "my" && tokens_[i + 1].word == "edition") ||
          (word == "my" && tokens_[i + 1].word == "copy")) {
        return Use::kOther;
      }
    }
  }
  // Later in the clause: "in 1930, when the book appeared".
  for (std::size_t i = last + 1; i < tokens_.size() && i <= last + kCueWordsAfter; ++i) {
    if (tokens_[i].clause != tokens_[last].clause || contains(kStoryWords, tokens_[i].word)) break;
    if (contains(kPublicationAfterCues, tokens_[i].word)) return Use::kPublication;
    if (tokens_[i].word == "came" && i + 1 < tokens_.size() && tokens_[i + 1].word == "out") return Use::kPublication;
  }
  return Use::kStory;
}

// The author's surname, or a word such as "author", just before the birth or death word at
// `index`: "Volk, born in 1961", "the author died in 1980".
bool Cues::author_before(std::size_t index) const {
  for (std::size_t back = 1; back <= 3 && back <= index; ++back) {
    const Token& token = tokens_[index - back];
    if (token.clause != tokens_[index].clause) break;
    if (contains(kAuthorWords, token.word) ||
        std::find(surnames_.begin(), surnames_.end(), token.word) != surnames_.end()) {
      return true;
    }
  }
  return false;
}

// "(Penguin, 2011)", "(London: Faber, 1998)": a parenthesis closing right after the year,
// with a publisher or a place-and-colon inside.
bool Cues::publisher_parenthesis(std::size_t first, std::size_t last) const {
  std::size_t close = tokens_[last].end;
  while (close < text_.size() && text_[close] == ' ') ++close;
  if (close >= text_.size() || text_[close] != ')') return false;
  const std::size_t start = tokens_[first].begin;
  const std::size_t open = text_.rfind('(', start);
  if (open == std::string_view::npos || start - open > 80) return false;
  const std::string_view inner = text_.substr(open, start - open);
  if (inner.find(')') != std::string_view::npos || inner.size() <= 1) return false;
  if (inner.find(':') != std::string_view::npos) return true;
  return std::any_of(kPublisherWords.begin(), kPublisherWords.end(), [inner](std::string_view publisher) {
    const std::size_t at = inner.find(publisher);
    return at != std::string_view::npos && (at == 0 || !is_word_byte(inner[at - 1]));
  });
}

bool Cues::dated(std::size_t first) const {
  for (std::size_t back = 1; back <= 3 && back <= first; ++back) {
    const std::string_view word = tokens_[first - back].word;
    if (contains(kMonths, word)) return word != "may" || tokens_[first - back].capital;
    if (std::any_of(kSeasons.begin(), kSeasons.end(), [word](std::string_view season) {
          return word == season || (season.size() >= 5 && word.ends_with(season));
        })) {
      return true;
    }
    if (!(all_digits(word) && word.size() <= 2) && word != "of" && word != "the" && word != "de" && word != "del") break;
  }
  return false;
}

bool Cues::citation(std::size_t index) const {
  const Token& token = tokens_[index];
  if (token.begin == 0 || text_[token.begin - 1] != '(' || token.end >= text_.size() || text_[token.end] != ')') {
    return false;
  }
  if (index == 0) return false;
  const Token& before = tokens_[index - 1];
  return before.capital || before.word == "version" || before.word == "translation" || before.word == "edition" ||
         before.word == "sequel" || before.word == "novel" || before.word == "book";
}

}  // namespace lectern::indexer::period_detail
