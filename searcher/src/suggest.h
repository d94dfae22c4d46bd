// Completions for search-as-you-type (Searcher::suggest): titles and authors the index holds,
// then words, each with how many reviews it would find.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "lectern/searcher/search_types.h"

namespace lectern::searcher {

// Titles and authors are read from the index once while it is in one state, into sorted
// tables that a keystroke looks up: walking the title terms for every keystroke was 70% of a
// suggestion's time. When the state is not known (remote shards), each call reads only the
// titles beginning with what was typed, at most kScanLimit of them, and the authors, at most
// kAuthorScanLimit. One Searcher's (not thread-safe). May throw Xapian::Error (the caller
// catches database errors).
class Suggester {
 public:
  static constexpr std::size_t kScanLimit = 2000;
  static constexpr std::size_t kAuthorScanLimit = 50000;

  // Suggests from `database`, in state `snapshot` (Searcher::snapshot): the tables are read
  // again when the snapshot differs from the last one's, or is empty. `database` must outlive
  // the calls that follow.
  void follow(const Xapian::Database& database, const std::string& snapshot);

  // Up to `limit` suggestions for `typed` (folded for matching): authors by any of their names,
  // then titles, about half the list each at most, then words; each group most reviewed
  // first, the first in alphabetical order among equals.
  std::vector<Suggestion> suggest(std::string_view typed, std::size_t limit);

 private:
  struct Named {
    std::string text;
    std::size_t reviews = 0;
  };
  // An author's name from one of its words on ("dunmore" for "helen dunmore").
  struct NameWord {
    std::uint32_t author;  // index into authors_
    std::uint32_t at;      // where the word begins in the author's name
  };
  std::string_view from(const NameWord& word) const {
    return std::string_view(authors_[word.author].text).substr(word.at);
  }

  void read_tables(std::string_view title_prefix, std::size_t title_limit);
  // Each appends at most `budget` suggestions, while `out` has fewer than `limit`.
  void add_authors(std::string_view prefix, std::size_t budget, std::size_t limit, std::vector<Suggestion>& out) const;
  void add_titles(std::string_view prefix, std::size_t budget, std::size_t limit, std::vector<Suggestion>& out) const;
  void add_words(std::string_view prefix, std::size_t limit, std::vector<Suggestion>& out) const;

  const Xapian::Database* database_ = nullptr;
  std::string snapshot_;
  std::vector<Named> titles_;         // by text; works of one title summed
  std::vector<Named> authors_;        // by text
  std::vector<NameWord> name_words_;  // by from()
};

}  // namespace lectern::searcher
