#include "period/cues.h"

#include <algorithm>
#include <array>

#include "lectern/common/text.h"
#include "period/vocabulary.h"

namespace lectern::indexer::period_detail {
namespace {

// How many words back a cue still describes a year ("published it, against his wishes, in
// 1925"), and how many forward ("in 1930, when the book appeared").
constexpr std::size_t kCueWordsBefore = 10;
constexpr std::size_t kCueWordsAfter = 6;
// A judgement of the book against its time reaches further: "in 1513, separating politics
// from Christian morality was radical".
constexpr std::size_t kJudgementWordsAfter = 10;
// ...and how far back a cue whose subject is the physical copy reaches.
constexpr std::size_t kSubjectCueWordsBefore = 20;
constexpr auto kCopyWords = std::to_array<std::string_view>({"manuscript", "manuscripts", "codex", "copyist"});
constexpr auto kDatingVerbs = std::to_array<std::string_view>({"is", "was", "dates", "dating"});
constexpr auto kBookWords = std::to_array<std::string_view>({"book", "novel", "it", "this", "poem"});
// How many words after a year a follower may stand ("the 1992 Michael Mann film").
constexpr std::size_t kFollowerReach = 4;
// How far back in its sentence a stand-in looks for what it stands for.
constexpr std::size_t kStandInReach = 16;
// How many words of a title may follow an era named in it ("The Fall of the Roman Empire and
// Its Aftermath (2005)").
constexpr std::size_t kTitleReach = 8;
// Lower-case words inside a title.
constexpr auto kTitleJoiners = std::to_array<std::string_view>({"of", "the", "and", "a", "an", "in", "to", "its"});

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

// The sentences that speak of the story's people: "the narrator", "the heroine".
std::vector<std::size_t> story_sentences_of(const std::vector<Token>& tokens) {
  static constexpr auto kStoryPeople = std::to_array<std::string_view>(
      {"narrator", "protagonist", "protagonists", "heroine", "hero", "characters", "character", "erzahler", "narrateur",
       "heldin", "held", "protagonista", "narratore"});
  std::vector<std::size_t> sentences;
  for (const Token& token : tokens) {
    if (contains(kStoryPeople, token.word)) sentences.push_back(token.sentence);
  }
  return sentences;
}

// The sentences that point the reader to other books: "For the siege consult LENINGRAD by
// Anna Reid; 900 DAYS by Harrison Salisbury", "Bibliography: ...".
std::vector<std::size_t> bibliography_sentences_of(const std::vector<Token>& tokens) {
  static constexpr auto kBibliographyWords =
      std::to_array<std::string_view>({"consult", "bibliography", "bibliographie", "bibliografia", "literaturliste"});
  std::vector<std::size_t> sentences;
  for (const Token& token : tokens) {
    if (contains(kBibliographyWords, token.word)) sentences.push_back(token.sentence);
  }
  return sentences;
}

// Sentence numbers in token order, each once: ready for binary search.
std::vector<std::size_t> unique_sorted(std::vector<std::size_t> sentences) {
  std::sort(sentences.begin(), sentences.end());
  sentences.erase(std::unique(sentences.begin(), sentences.end()), sentences.end());
  return sentences;
}

}  // namespace

Cues::Cues(const Layout& layout, std::span<const std::string> authors)
    : tokens_(layout.tokens()),
      text_(layout.text()),
      surnames_(surnames_of(authors)),
      setting_sentences_(unique_sorted(setting_sentences_of(tokens_))),
      story_sentences_(unique_sorted(story_sentences_of(tokens_))),
      bibliography_sentences_(unique_sorted(bibliography_sentences_of(tokens_))) {}

bool Cues::in_bibliography_sentence(std::size_t token) const {
  return std::binary_search(bibliography_sentences_.begin(), bibliography_sentences_.end(), tokens_[token].sentence);
}

bool Cues::in_setting_sentence(std::size_t token) const {
  return std::binary_search(setting_sentences_.begin(), setting_sentences_.end(), tokens_[token].sentence);
}

bool Cues::in_story_sentence(std::size_t token) const {
  return std::binary_search(story_sentences_.begin(), story_sentences_.end(), tokens_[token].sentence);
}

const char* role_name(Use use) {
  switch (use) {
    case Use::kStory: return "setting";
    case Use::kPublication: return "publication";
    case Use::kPrize: return "prize";
    case Use::kAdaptation: return "adaptation";
    case Use::kOtherWork: return "another work";
    case Use::kReading: return "reading";
    case Use::kLife: return "author's life";
    case Use::kOther: return "other";
  }
  return "other";
}

// The use a single cue word gives, if it is one: a prize, an adaptation, another work, reading.
std::optional<Use> Cues::cue_use(std::string_view word) {
  if (contains(kPrizeCues, word)) return Use::kPrize;
  if (contains(kAdaptationCues, word)) return Use::kAdaptation;
  if (contains(kOtherWorkCues, word)) return Use::kOtherWork;
  if (contains(kReadingCues, word)) return Use::kReading;
  return std::nullopt;
}

Use Cues::use_of(std::size_t first, std::size_t last) const {
  if (const std::optional<Use> use = follower_use(last)) return *use;
  if (const std::optional<Use> use = stand_in_use(first, last)) return *use;
  // Right before: "Penguin 2011", "(Vintage, 2004)".
  if (first > 0 && contains(kPublisherWords, tokens_[first - 1].word) &&
      tokens_[first - 1].clause == tokens_[first].clause) {
    return Use::kPublication;
  }
  if (publisher_parenthesis(first, last)) return Use::kPublication;
  if (author_publisher_year(first)) return Use::kPublication;
  // Earlier in the clause, unless the story takes over in between.
  const std::size_t clause = tokens_[first].clause;
  for (std::size_t back = 1; back <= kSubjectCueWordsBefore && back <= first; ++back) {
    const std::size_t i = first - back;
    if (tokens_[i].clause != clause) break;
    const std::string_view word = tokens_[i].word;
    if (contains(kStoryWords, word)) break;
    // The copy itself as the subject reaches the whole clause: "the manuscript was copied
    // around 1000 and nearly lost in a fire in 1731".
    if (contains(kCopyWords, word)) return Use::kPublication;
    if (back > kCueWordsBefore) continue;
    // "the book is from 1970", "the novel dates from 1970": the book's own date.
    if (word == "from" && i >= 2 && contains(kDatingVerbs, tokens_[i - 1].word) &&
        contains(kBookWords, tokens_[i - 2].word)) {
      return Use::kPublication;
    }
    if (contains(kLifeWords, word) && back <= 4 && author_before(i)) return Use::kLife;
    // The reviewer's own reading: "I read it in 1995", "I first read this in 1995".
    if (word == "read" && ((i >= 1 && tokens_[i - 1].word == "i") || (i >= 2 && tokens_[i - 2].word == "i"))) {
      return Use::kReading;
    }
    if (contains(kPublicationCues, word) || contains(kJudgementWords, word)) return Use::kPublication;
    if (const std::optional<Use> use = cue_use(word)) return *use;
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
      for (const auto& [one, two] : kReadingPairs) {
        if (word == one && tokens_[i + 1].word == two) return Use::kReading;
      }
      for (const auto& [one, two] : kOtherPairs) {
        if (word == one && tokens_[i + 1].word == two) return two == "seguito" ? Use::kOtherWork : Use::kOther;
      }
      // "won the Whitbread ... for 1999": a prize is a proper name ("won the battle" is not).
      if (word == "won" && tokens_[i + 1].word == "the" && i + 2 < first && tokens_[i + 2].capital) return Use::kPrize;
      if (word == "best" && tokens_[i + 1].word == "picture") return Use::kPrize;
      if (word == "my" && (tokens_[i + 1].word == "edition" || tokens_[i + 1].word == "copy")) return Use::kReading;
    }
  }
  // Later in the clause: "in 1930, when the book appeared", "in 1513, ... was radical".
  for (std::size_t i = last + 1; i < tokens_.size() && i <= last + kJudgementWordsAfter; ++i) {
    if (tokens_[i].clause != tokens_[last].clause || contains(kStoryWords, tokens_[i].word)) break;
    if (contains(kJudgementWords, tokens_[i].word)) return Use::kPublication;
    if (i > last + kCueWordsAfter) continue;
    if (contains(kPublicationAfterCues, tokens_[i].word)) return Use::kPublication;
    if (tokens_[i].word == "came" && i + 1 < tokens_.size() && tokens_[i + 1].word == "out") return Use::kPublication;
  }
  return Use::kStory;
}

// Right after the year, or after the names of its makers: "the 2006 film", "the 2011 edition",
// "the 1992 Michael Mann film", "the 1923 silent version". Between the year and the follower
// only capitalised words (names, titles) and one lower-case word (an adjective) may stand.
std::optional<Use> Cues::follower_use(std::size_t last) const {
  std::size_t lower_case = 0;
  for (std::size_t i = last + 1; i < tokens_.size() && i <= last + kFollowerReach; ++i) {
    const Token& token = tokens_[i];
    if (token.clause != tokens_[last].clause) break;
    if (contains(kPublicationFollowers, token.word)) return Use::kPublication;
    if (contains(kAdaptationFollowers, token.word)) return Use::kAdaptation;
    if (contains(kPrizeFollowers, token.word)) return Use::kPrize;
    if (!token.capital && ++lower_case > 1) break;
    if (contains(kStoryWords, token.word) || all_digits(token.word)) break;
  }
  return std::nullopt;
}

// "Two films: the 1923 silent version and the 1952 one": a year that dates a stand-in ("one",
// "version") is whatever the sentence named before it, across a colon.
std::optional<Use> Cues::stand_in_use(std::size_t first, std::size_t last) const {
  if (first == 0 || tokens_[first - 1].word != "the" || last + 1 >= tokens_.size() ||
      !contains(kStandInWords, tokens_[last + 1].word)) {
    return std::nullopt;
  }
  const std::size_t sentence = tokens_[first].sentence;
  for (std::size_t back = 2; back <= kStandInReach && back <= first; ++back) {
    const Token& token = tokens_[first - back];
    if (token.sentence != sentence) break;
    if (const std::optional<Use> use = cue_use(token.word)) return *use;
    if (contains(kPublicationCues, token.word)) return Use::kPublication;
  }
  return std::nullopt;
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

// "by John Maddox Roberts, Tor, 1986.": a citation that runs the work's author, a publisher
// (or a place) and the year together with commas. The publisher need not be a known one.
bool Cues::author_publisher_year(std::size_t first) const {
  if (first < 2 || surnames_.empty() || !all_digits(tokens_[first].word)) return false;
  auto comma_between = [this](std::size_t left, std::size_t right) {
    const std::string_view gap = text_.substr(tokens_[left].end, tokens_[right].begin - tokens_[left].end);
    return text::trim(gap) == ",";
  };
  if (!comma_between(first - 1, first) || !tokens_[first - 1].capital) return false;
  // Back over the publisher's words (at most three, capitalised) to the comma after the surname.
  for (std::size_t back = 1; back <= 3 && back < first; ++back) {
    const std::size_t word = first - back;
    if (!tokens_[word].capital || tokens_[word].sentence != tokens_[first].sentence) return false;
    if (comma_between(word - 1, word)) {
      return std::find(surnames_.begin(), surnames_.end(), tokens_[word - 1].word) != surnames_.end();
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
  // "(London, 2020)", "(London, 1788; abridged, 2001)": a place (or a note) and the year, as a
  // citation closes. A few words without digits, then a comma right before the year.
  std::string_view last_part = inner.substr(1);
  if (const std::size_t semicolon = last_part.rfind(';'); semicolon != std::string_view::npos) {
    last_part = last_part.substr(semicolon + 1);
  }
  last_part = text::trim(last_part);
  if (last_part.ends_with(',') && last_part.size() > 1 &&
      std::none_of(last_part.begin(), last_part.end(), [](char ch) { return is_digit(ch); }) &&
      std::count(last_part.begin(), last_part.end(), ' ') <= 3) {
    return true;
  }
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

bool Cues::literary_label(std::size_t last) const {
  static constexpr auto kWritingWords = std::to_array<std::string_view>(
      {"literature", "literary", "writer", "writers", "writing", "novel", "novels", "novelist", "novelists", "fiction",
       "poetry", "poet", "poets", "classic", "classics", "author", "authors", "prose", "canon", "literatur", "roman",
       "litterature", "modernism", "modernist"});
  for (std::size_t i = last + 1; i < tokens_.size() && i <= last + 2; ++i) {
    if (tokens_[i].clause != tokens_[last].clause) return false;
    if (contains(kWritingWords, tokens_[i].word)) return true;
  }
  return false;
}

bool Cues::names_an_event(std::size_t last) const {
  static constexpr auto kEventWords = std::to_array<std::string_view>(
      {"election", "elections", "war", "revolution", "pandemic", "crisis", "olympics", "riots", "protests", "attack",
       "attacks", "earthquake", "tsunami", "flood", "floods", "campaign", "coup", "invasion", "siege", "uprising",
       "strike", "strikes", "referendum", "crash", "fire", "fires", "hurricane", "lockdown", "massacre"});
  return last + 1 < tokens_.size() && tokens_[last + 1].clause == tokens_[last].clause &&
         contains(kEventWords, tokens_[last + 1].word);
}

bool Cues::in_cited_title(std::size_t last) const {
  for (std::size_t i = last + 1; i < tokens_.size() && i <= last + kTitleReach; ++i) {
    const Token& token = tokens_[i];
    if (all_digits(token.word)) return citation(i);
    if (!token.capital && !contains(kTitleJoiners, token.word)) return false;
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
