// Completions for search-as-you-type (Searcher::suggest): titles and authors the index holds,
// then words, each with how many reviews it would find.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "lectern/searcher/search_types.h"

namespace lectern::searcher {

// The titles and authors of an index, sorted for looking up what was typed.
struct SuggestTables {
  struct Named {
    std::string text;
    std::size_t reviews = 0;
  };
  // An author's name from one of its words on ("dunmore" for "helen dunmore").
  struct NameWord {
    std::uint32_t author;  // index into authors
    std::uint32_t at;      // where the word begins in the author's name
  };

  // The tables of `database`: the titles beginning with `title_prefix` (at most `title_limit`
  // of them) and the authors (at most `author_limit`). May throw Xapian::Error.
  static SuggestTables read(const Xapian::Database& database, std::string_view title_prefix, std::size_t title_limit,
                            std::size_t author_limit);

  // Each appends at most `budget` suggestions for `prefix`, most reviewed first (the first in
  // alphabetical order among equals), while `out` has fewer than `limit`. Authors match by any
  // of their names: "dun" finds "helen dunmore".
  void add_authors(std::string_view prefix, std::size_t budget, std::size_t limit, std::vector<Suggestion>& out) const;
  void add_titles(std::string_view prefix, std::size_t budget, std::size_t limit, std::vector<Suggestion>& out) const;

  std::string_view from(const NameWord& word) const {
    return std::string_view(authors[word.author].text).substr(word.at);
  }

  std::vector<Named> titles;          // by text; works of one title summed
  std::vector<Named> authors;         // by text
  std::vector<NameWord> name_words;   // by from()
};

// Suggestions from one Searcher (not thread-safe). While the index is in one known state, its
// tables are read once for every Searcher of the process, by the first to ask (the others
// wait): walking the title terms for every keystroke was 70% of a suggestion's time, and four
// Searchers each reading 100,000 reviews' tables at once stalled a server's first keystrokes.
// When the state is not known (remote shards), each call reads only the titles beginning with
// what was typed, at most kScanLimit of them, and the authors, at most kAuthorScanLimit. May
// throw Xapian::Error (the caller catches database errors).
class Suggester {
 public:
  static constexpr std::size_t kScanLimit = 2000;
  static constexpr std::size_t kAuthorScanLimit = 50000;

  // Suggests from `database`, in state `snapshot` (Searcher::snapshot): the tables are those of
  // the snapshot, or read on each call when it is empty. `database` must outlive the calls
  // that follow.
  void follow(const Xapian::Database& database, const std::string& snapshot);

  // Up to `limit` suggestions for `typed` (folded for matching): authors, then titles, about
  // half the list each at most, then words.
  std::vector<Suggestion> suggest(std::string_view typed, std::size_t limit);

 private:
  void add_words(std::string_view prefix, std::size_t limit, std::vector<Suggestion>& out) const;

  const Xapian::Database* database_ = nullptr;
  std::string snapshot_;
  std::shared_ptr<const SuggestTables> tables_;  // the snapshot's, when it is known
};

}  // namespace lectern::searcher
