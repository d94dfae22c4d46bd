// A stemmer for highlighting one query's words. Xapian's MSet::snippet stems every word of the
// text it is given, to compare "Z" + its stem with the query's stems, and that stemming was a
// tenth of a search's time. A word can only have one of the query's stems if it begins with
// the stem, less the stem's last letter (Porter's "happi" for "happy"), the rule
// snippet_window.cc already finds a stem's words by: other words are not stemmed, and get an
// empty stem, which no query term has. Words with letters outside ASCII are always stemmed,
// since the stem of "Bücher" is folded ("buch") and the word's own letters are not.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace lectern::searcher {

// The beginning every word with `stem` shares, as Porter's stemmers make stems: the stem, less
// its last letter when it is longer than three ("happi" for "happy"). snippet_window.cc finds a
// stem's words in a review's termlist by it.
std::string stem_words_begin(std::string_view stem);

// `stemmer` for the words of `text_terms` (snippet_window.h's text_terms_of): the same stems
// for every word that can match one of them, an empty one for the rest. `stemmer` itself when
// the terms hold no stem.
Xapian::Stem stemmer_for_query_words(const Xapian::Stem& stemmer, const std::vector<std::string>& text_terms);

}  // namespace lectern::searcher
