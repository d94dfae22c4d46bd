// Snippets at the cost of the search: the window of a review's text that the positions of its
// matched words point to, found from what the index already holds (the terms' positions and
// the text's checkpoints, schema::kSlotTextCheckpoints), so that only that window is read and
// highlighted instead of the whole text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "snippet.h"

namespace lectern::searcher {

// The query's terms that can match a review's text: its unprefixed words and stems ("Z...").
std::vector<std::string> text_terms_of(const Xapian::Query& query);

// The words whose positions stand for each of a query's text terms: a word itself, or every word
// of the collection with a stem's stem ("Zsieg": "siege", "sieges"). Found once per search, so
// that a hit's positions are read straight from the position table.
struct TextTermWords {
  std::vector<std::string> terms;               // text_terms_of(query)
  std::vector<std::vector<std::string>> words;  // words[i]: those of terms[i]
  std::vector<std::string> sorted_terms;        // `terms` in term order
};

// `stemmer` is the one snippets use (stemmer_for_query_words). May throw Xapian::Error.
TextTermWords text_term_words(const Xapian::Database& database, const std::vector<std::string>& text_terms,
                              const Xapian::Stem& stemmer);

// The snippet of `text`, the stored text of `document` (of `database`), for a hit of `mset`:
// make_snippet's result, with every rule it keeps (stems, phrases, fragments, escaping), but
// cut from the windows around the densest clusters of the matched words' positions. A short
// text, or one indexed without checkpoints, is read whole; so is one whose matched words cannot
// be placed.
std::string windowed_snippet(const Xapian::MSet& mset, const Xapian::Database& database,
                             const Xapian::Document& document, std::string_view text, const SnippetOptions& options,
                             const Xapian::Stem& stemmer, const TextTermWords& words);

}  // namespace lectern::searcher
