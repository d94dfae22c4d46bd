// Spelling corrections a user can trust. Xapian's own correction proposes, for every word of a
// query, a more frequent word of the spelling data close to it, even for words that found
// reviews of their own: on a real collection it turned plurals into singulars, authors' names
// into dictionary words and quoted titles that had found their book into something else.
// Lectern corrects a word only when no review holds it (in its text or any searchable field,
// as written or by its stem), and only to a word that reviews do hold; never a stopword, a
// synonym key, a field name or a filter's value (`tag:`, `lang:`, `period:` ...), never a word
// with digits. Values of searchable fields (`title:stalingard`) are corrected like free words.
#pragma once

#include <string>
#include <string_view>

#include <xapian.h>

namespace lectern::searcher {

struct SpellingCorrection {
  std::string query;  // the query with its unknown words corrected; empty when none was
  // True when a corrected word stood inside quotes: a phrase is the user's exact words, so
  // such a correction is offered only when the phrase as typed finds nothing.
  bool inside_quotes = false;
};

// The correction of `query` (as the parser reads it: diacritics folded) from the index's
// spelling data. `stemmer` is the query's; `language` its stopwords'.
SpellingCorrection correct_spelling(std::string_view query, std::string_view language, const Xapian::Database& database,
                                    const Xapian::Stem& stemmer);

// True when some review holds `word` (lower case) in its text or one of its searchable fields,
// as written or by its stem.
bool index_knows_word(const std::string& word, const Xapian::Database& database, const Xapian::Stem& stemmer);

}  // namespace lectern::searcher
