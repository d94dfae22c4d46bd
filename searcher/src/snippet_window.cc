#include "snippet_window.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <utility>

#include "lectern/common/schema.h"
#include "lectern/common/text_checkpoints.h"
#include "snippet_stemmer.h"

namespace lectern::searcher {
namespace {

// Texts up to this many bytes are read whole: the window would save little.
constexpr std::size_t kWholeTextUpTo = 2048;
// At most this many words are walked to find a stem's words (a stem's words share all of it but
// its last letter, so a real stem has far fewer).
constexpr std::size_t kMaxWordsWalked = 1000;
// At most this many positions are weighed when choosing windows (a word on every line of a
// long text needs no more to find its densest part).
constexpr std::size_t kMaxPositions = 4096;

struct Occurrence {
  std::uint32_t position;
  std::size_t word;  // index into the query's text terms
};

bool is_ascii_space(char ch) { return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\f' || ch == '\v'; }

bool is_text_term(std::string_view term) {
  if (term.empty()) return false;
  if (term.front() == 'Z') return term.size() > 1;
  const auto first = static_cast<unsigned char>(term.front());
  return !(first >= 'A' && first <= 'Z');  // capitals start prefixes of other fields
}

// The positions within [from, to) of the words that stand for the query's text terms, read
// from the position table: the words are known before the review is (TextTermWords), so the
// review's termlist is not read, nor inflated, once a tenth of a search's time. Sets
// `in_document` when one of the words is in the review at all.
void collect(const Xapian::Database& database, Xapian::docid docid, const TextTermWords& words, std::uint32_t from,
             std::uint32_t to, std::vector<Occurrence>& out, bool& in_document) {
  for (std::size_t word = 0; word < words.terms.size(); ++word) {
    for (const std::string& form : words.words[word]) {
      for (auto pos = database.positionlist_begin(docid, form);
           pos != database.positionlist_end(docid, form) && out.size() < kMaxPositions; ++pos) {
        in_document = true;
        if (*pos >= from && *pos < to) out.push_back({*pos, word});
      }
    }
  }
}

// Whether the document holds one of `terms` (sorted), a stem of its text among them.
bool holds_any(const Xapian::Document& document, const std::vector<std::string>& terms) {
  Xapian::TermIterator it = document.termlist_begin();
  for (const std::string& term : terms) {
    it.skip_to(term);
    if (it == document.termlist_end()) return false;
    if (*it == term) return true;
  }
  return false;
}

// The words of the collection with the stem `stem` (a stem term without its "Z"), found by the
// beginning they share, in the spelling table (every word of letters, three or more) or, for an
// index without spelling data, among the terms; and the stem itself, as words with digits and
// short words are their own stems.
std::vector<std::string> words_with_stem(const Xapian::Database& database, const std::string& stem,
                                         const Xapian::Stem& stemmer) {
  std::vector<std::string> words{stem};
  const std::string begin = stem_words_begin(stem);
  auto consider = [&](const std::string& word) {
    if (word != stem && stemmer(word) == stem) words.push_back(word);
  };
  std::size_t walked = 0;
  if (database.spellings_begin() != database.spellings_end()) {
    auto word = database.spellings_begin();
    word.skip_to(begin);
    for (; word != database.spellings_end() && walked < kMaxWordsWalked; ++word, ++walked) {
      const std::string text = *word;
      if (!text.starts_with(begin)) break;
      consider(text);
    }
  } else {
    for (auto term = database.allterms_begin(begin); term != database.allterms_end(begin) && walked < kMaxWordsWalked;
         ++term, ++walked) {
      consider(*term);
    }
  }
  return words;
}

// Up to `count` windows of `span` positions, greedily the one holding the most distinct words
// first, then the most occurrences, never overlapping; in text order. `occurrences` sorted.
std::vector<std::pair<std::uint32_t, std::uint32_t>> choose_windows(const std::vector<Occurrence>& occurrences,
                                                                     std::size_t words, std::size_t count,
                                                                     std::uint32_t span) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> chosen;
  std::vector<bool> used(occurrences.size(), false);
  while (chosen.size() < count) {
    std::size_t best_score = 0;
    std::pair<std::uint32_t, std::uint32_t> best;
    std::vector<std::size_t> inside(words, 0);
    std::size_t distinct = 0;
    std::size_t total = 0;
    std::size_t left = 0;
    for (std::size_t right = 0; right < occurrences.size(); ++right) {
      if (used[right]) {
        // A window never reaches over one already chosen.
        std::fill(inside.begin(), inside.end(), 0);
        distinct = total = 0;
        left = right + 1;
        continue;
      }
      if (inside[occurrences[right].word]++ == 0) ++distinct;
      ++total;
      while (occurrences[right].position - occurrences[left].position >= span) {
        if (--inside[occurrences[left].word] == 0) --distinct;
        --total;
        ++left;
      }
      const std::size_t score = distinct * 100000 + total;
      if (score > best_score) {
        best_score = score;
        best = {occurrences[left].position, occurrences[right].position};
      }
    }
    if (best_score == 0) break;
    chosen.push_back(best);
    for (std::size_t i = 0; i < occurrences.size(); ++i) {
      if (occurrences[i].position >= best.first && occurrences[i].position <= best.second) used[i] = true;
    }
  }
  std::sort(chosen.begin(), chosen.end());
  return chosen;
}

// The byte range of the pieces holding positions [first, last], widened by about `margin`
// bytes on each side for the sentence around them, cut at white space. Xapian reads every word
// of what it is given, so the margin is as wide as a snippet, not a whole piece (then a fifth
// of a search's time).
std::pair<std::size_t, std::size_t> bytes_around(const std::vector<TextCheckpoint>& checkpoints, std::string_view text,
                                                 std::uint32_t first, std::uint32_t last, std::size_t margin) {
  auto piece_of = [&checkpoints](std::uint32_t position) {
    const auto past = std::upper_bound(checkpoints.begin(), checkpoints.end(), position,
                                       [](std::uint32_t value, const TextCheckpoint& checkpoint) {
                                         return value < checkpoint.position;
                                       });
    return static_cast<std::size_t>(past - checkpoints.begin()) - 1;  // positions start at the first checkpoint
  };
  const std::size_t pieces_begin = checkpoints[piece_of(first)].offset;
  const std::size_t pieces_end = checkpoints[std::min(piece_of(last) + 1, checkpoints.size() - 1)].offset;
  std::size_t begin = pieces_begin > margin ? pieces_begin - margin : 0;
  while (begin > 0 && begin < pieces_begin && !is_ascii_space(text[begin - 1])) ++begin;
  std::size_t end = std::min(text.size(), pieces_end + margin);
  while (end < text.size() && end > pieces_end && !is_ascii_space(text[end])) --end;
  return {begin, end};
}

std::string_view without_leading_ellipsis(std::string_view snippet) {
  return snippet.starts_with(kEllipsis) ? snippet.substr(kEllipsis.size()) : snippet;
}

void drop_trailing_ellipsis(std::string& snippet) {
  if (snippet.ends_with(kEllipsis)) snippet.erase(snippet.size() - kEllipsis.size());
}

}  // namespace

std::vector<std::string> text_terms_of(const Xapian::Query& query) {
  std::vector<std::string> terms;
  for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it) {
    if (is_text_term(*it)) terms.push_back(*it);
  }
  return terms;
}

TextTermWords text_term_words(const Xapian::Database& database, const std::vector<std::string>& text_terms,
                              const Xapian::Stem& stemmer) {
  TextTermWords words;
  words.terms = text_terms;
  for (const std::string& term : text_terms) {
    if (term.front() == 'Z') {
      words.words.push_back(words_with_stem(database, term.substr(1), stemmer));
    } else {
      words.words.push_back({term});
    }
  }
  words.sorted_terms = text_terms;
  std::sort(words.sorted_terms.begin(), words.sorted_terms.end());
  return words;
}

std::string windowed_snippet(const Xapian::MSet& mset, const Xapian::Database& database,
                             const Xapian::Document& document, std::string_view text, const SnippetOptions& options,
                             const Xapian::Stem& stemmer, const TextTermWords& words) {
  if (options.length == 0 || text.empty()) return {};
  if (text.size() <= std::max(kWholeTextUpTo, options.length * 8) || words.terms.empty()) {
    return make_snippet(mset, text, options, stemmer);
  }
  const std::optional<std::vector<TextCheckpoint>> checkpoints =
      decode_text_checkpoints(document.get_value(schema::kSlotTextCheckpoints));
  if (!checkpoints || checkpoints->size() < 2 || checkpoints->back().offset != text.size()) {
    return make_snippet(mset, text, options, stemmer);
  }
  std::vector<Occurrence> occurrences;
  bool in_document = false;
  collect(database, document.get_docid(), words, checkpoints->front().position, checkpoints->back().position,
          occurrences, in_document);
  if (occurrences.empty()) {
    // A match in the title or author alone: the opening, read from the first pieces only. (The
    // termlist tells, should the text hold a stem's word the vocabulary walk did not meet.)
    if (!in_document && !holds_any(document, words.sorted_terms)) {
      const auto cut = std::find_if(checkpoints->begin(), checkpoints->end(), [&options](const TextCheckpoint& c) {
        return c.offset >= options.length * 4;
      });
      const std::size_t head = cut == checkpoints->end() ? text.size() : cut->offset;
      return opening_snippet(text.substr(0, head), options.length, options.highlight);
    }
    return make_snippet(mset, text, options, stemmer);  // its words could not be placed
  }
  std::sort(occurrences.begin(), occurrences.end(),
            [](const Occurrence& a, const Occurrence& b) { return a.position < b.position; });
  // About six characters a word: a window of positions as wide as the snippet.
  const auto span = static_cast<std::uint32_t>(std::max<std::size_t>(12, options.length / 6));
  const auto windows = choose_windows(occurrences, words.terms.size(), std::max<std::size_t>(1, options.fragments), span);
  // The windows' bytes, merged where they touch.
  std::vector<std::pair<std::size_t, std::size_t>> segments;
  for (const auto& [first, last] : windows) {
    const auto bytes = bytes_around(*checkpoints, text, first, last, options.length);
    if (!segments.empty() && bytes.first <= segments.back().second) {
      segments.back().second = std::max(segments.back().second, bytes.second);
    } else {
      segments.push_back(bytes);
    }
  }
  SnippetOptions one = options;
  one.fragments = 1;
  std::string snippet;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const auto [begin, end] = segments[i];
    const std::string part = make_snippet(mset, text.substr(begin, end - begin), one, stemmer);
    if (i == 0) {
      snippet = begin > 0 && !part.starts_with(kEllipsis) ? std::string(kEllipsis) + part : part;
    } else {
      drop_trailing_ellipsis(snippet);
      std::string_view rest = without_leading_ellipsis(part);
      if (rest.ends_with(kEllipsis)) rest.remove_suffix(kEllipsis.size());
      snippet += kFragmentJoin;
      snippet += rest;
    }
    if (i + 1 == segments.size() && end < text.size() && !snippet.ends_with(kEllipsis)) snippet += kEllipsis;
  }
  return snippet;
}

}  // namespace lectern::searcher
