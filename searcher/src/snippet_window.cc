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
// At most this many positions are weighed when choosing windows (a word on every line of a
// long text needs no more to find its densest part).
constexpr std::size_t kMaxPositions = 4096;

struct Occurrence {
  std::uint32_t position;
  std::size_t word;  // index into the query's text terms
};

bool is_text_term(std::string_view term) {
  if (term.empty()) return false;
  if (term.front() == 'Z') return term.size() > 1;
  const auto first = static_cast<unsigned char>(term.front());
  return !(first >= 'A' && first <= 'Z');  // capitals start prefixes of other fields
}

// The positions within [from, to) of the document's words that the query's text terms match:
// a word itself, or for a stem ("Zsieg") every word of the document with that stem ("siege",
// "sieges"), found by their common beginning in the sorted termlist. The termlist is read once
// for all the terms, in term order: opening it costs a read of every term the review holds,
// once a term was a tenth of a search's time. Sets `in_document` when the document holds one
// of the terms at all (a stem may come from the title alone).
void collect(const Xapian::Document& document, const std::vector<std::string>& terms, const Xapian::Stem& stemmer,
             std::uint32_t from, std::uint32_t to, std::vector<Occurrence>& out, bool& in_document) {
  struct Lookup {
    std::string key;   // the term, or the beginning a stem's words share
    std::size_t word;  // index into `terms`
    bool stem_words;   // every term beginning with `key` whose stem is the stem of terms[word]
  };
  std::vector<Lookup> lookups;
  for (std::size_t word = 0; word < terms.size(); ++word) {
    const std::string& term = terms[word];
    lookups.push_back({term, word, false});
    if (term.front() == 'Z') lookups.push_back({stem_words_begin(std::string_view(term).substr(1)), word, true});
  }
  std::sort(lookups.begin(), lookups.end(), [](const Lookup& a, const Lookup& b) { return a.key < b.key; });
  const auto add_positions = [&](Xapian::TermIterator& it, std::size_t word) {
    for (auto pos = it.positionlist_begin(); pos != it.positionlist_end() && out.size() < kMaxPositions; ++pos) {
      if (*pos >= from && *pos < to) out.push_back({*pos, word});
    }
  };
  Xapian::TermIterator it = document.termlist_begin();
  const Xapian::TermIterator end = document.termlist_end();
  for (const Lookup& lookup : lookups) {
    // A stem's words may have led past this key (stems "sieg" and "siegfri"): back to the start.
    if (it != end && *it > lookup.key) it = document.termlist_begin();
    it.skip_to(lookup.key);
    if (!lookup.stem_words) {
      if (it == end || *it != lookup.key) continue;
      in_document = true;
      // A stem ("Z...") has no positions: its words have them, and are found by stem_words.
      if (lookup.key.front() != 'Z') add_positions(it, lookup.word);
      continue;
    }
    const std::string stem = terms[lookup.word].substr(1);
    for (; it != end; ++it) {
      const std::string word_term = *it;
      if (word_term.compare(0, lookup.key.size(), lookup.key) != 0) break;
      if (stemmer(word_term) == stem) add_positions(it, lookup.word);
    }
  }
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

// The byte range of the pieces around positions [first, last], with one more piece on each
// side for the sentence around them.
std::pair<std::size_t, std::size_t> bytes_around(const std::vector<TextCheckpoint>& checkpoints, std::uint32_t first,
                                                 std::uint32_t last) {
  auto after = [&checkpoints](std::uint32_t position) {
    return static_cast<std::size_t>(
        std::upper_bound(checkpoints.begin(), checkpoints.end(), position,
                         [](std::uint32_t value, const TextCheckpoint& checkpoint) { return value < checkpoint.position; }) -
        checkpoints.begin());
  };
  std::size_t begin = after(first);  // the first checkpoint past `first`
  begin = begin >= 2 ? begin - 2 : 0;
  std::size_t end = std::min(after(last) + 1, checkpoints.size() - 1);
  return {checkpoints[begin].offset, checkpoints[end].offset};
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

std::string windowed_snippet(const Xapian::MSet& mset, const Xapian::Document& document, std::string_view text,
                             const SnippetOptions& options, const Xapian::Stem& stemmer,
                             const std::vector<std::string>& text_terms) {
  if (options.length == 0 || text.empty()) return {};
  if (text.size() <= std::max(kWholeTextUpTo, options.length * 8) || text_terms.empty()) {
    return make_snippet(mset, text, options, stemmer);
  }
  const std::optional<std::vector<TextCheckpoint>> checkpoints =
      decode_text_checkpoints(document.get_value(schema::kSlotTextCheckpoints));
  if (!checkpoints || checkpoints->size() < 2 || checkpoints->back().offset != text.size()) {
    return make_snippet(mset, text, options, stemmer);
  }
  std::vector<Occurrence> occurrences;
  bool in_document = false;
  collect(document, text_terms, stemmer, checkpoints->front().position, checkpoints->back().position, occurrences,
          in_document);
  if (occurrences.empty()) {
    // A match in the title or author alone: the opening, read from the first pieces only.
    if (!in_document) {
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
  const auto windows = choose_windows(occurrences, text_terms.size(), std::max<std::size_t>(1, options.fragments), span);
  // The windows' bytes, merged where they touch.
  std::vector<std::pair<std::size_t, std::size_t>> segments;
  for (const auto& [first, last] : windows) {
    const auto bytes = bytes_around(*checkpoints, first, last);
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
