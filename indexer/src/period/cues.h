// What the words around a mention of time say about it: whose time it is (the story's, the
// book's own history, or a prize, a film, the reviewer's reading), whether it is dated to a
// month or season, whether it is another work's date, whether its sentence is about the setting.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "period/layout.h"

namespace lectern::indexer::period_detail {

// Whose time a mention is: the story's, the book's own history, or something else (a prize, an
// adaptation, another work, the reviewer's reading, the author's life, a comparison).
enum class Use { kStory, kPublication, kPrize, kAdaptation, kOtherWork, kReading, kLife, kOther };

// The role period_evidence reports for a use other than the story's ("prize", "reading" ...).
const char* role_name(Use use);

class Cues {
 public:
  // Refers into `layout`, which must outlive the cues. `authors` are the work's authors, whose
  // own births and deaths are not history.
  Cues(const Layout& layout, std::span<const std::string> authors);

  // What the words around tokens [first, last] say the time is: the story's, the book's own
  // history, or something else (a prize, a film, the reviewer's reading).
  Use use_of(std::size_t first, std::size_t last) const;

  // True when the token's sentence is about the story's setting ("the novel is set in ...").
  bool in_setting_sentence(std::size_t token) const;

  // True when the token's sentence speaks of the story's people ("the narrator", "the
  // heroine"): a year there is the story's even close to the review's own date.
  bool in_story_sentence(std::size_t token) const;

  // True when the token's sentence points to other books ("For the siege consult X by Y").
  bool in_bibliography_sentence(std::size_t token) const;

  // A month, a season or a feast just before the year at token `first`: "May 1910",
  // "24 August 1944", "the winter of 1812", "Easter 627", "im Frühsommer 1940".
  bool dated(std::size_t first) const;

  // "Cloud Atlas (2004)", "Tolstoy (1869)", "the Pevear translation (2000)": a year alone in
  // parentheses after a name or a title is the date of a work.
  bool citation(std::size_t index) const;

  // "twentieth-century literature", "19th-century novels": a century right before a word for
  // writing labels the writing, not the story's time.
  bool literary_label(std::size_t last) const;

  // "the 2019 election", "the 2004 tsunami": a year right before a word for an event is that
  // event's, history even when it is close to the review's own date.
  bool names_an_event(std::size_t last) const;

  // True when the tokens after `last` finish a title that a citation year closes: an era named
  // in "The Fall of the Roman Empire (2005)" is another book's subject, not this one's.
  bool in_cited_title(std::size_t last) const;

 private:
  static std::optional<Use> cue_use(std::string_view word);
  std::optional<Use> follower_use(std::size_t last) const;
  std::optional<Use> stand_in_use(std::size_t first, std::size_t last) const;
  bool author_before(std::size_t index) const;
  bool publisher_parenthesis(std::size_t first, std::size_t last) const;
  bool author_publisher_year(std::size_t first) const;

  const std::vector<Token>& tokens_;
  std::string_view text_;
  std::vector<std::string> surnames_;  // of the work's authors, folded
  // Sorted, each once: a look-up is a binary search, so a text that is one huge sentence
  // costs n log n, not n².
  std::vector<std::size_t> setting_sentences_;
  std::vector<std::size_t> story_sentences_;
  std::vector<std::size_t> bibliography_sentences_;
};

}  // namespace lectern::indexer::period_detail
