// The text analysis chain shared by indexing and querying: the same stemmer, stopwords and
// diacritic folding on both sides, so that what a user types matches what was indexed.
// `miserables` finds "Misérables", `the siege` ranks like `siege`, and a German review is
// stemmed as German.
//
// This library is internal to the indexer and the searcher, which is why it speaks Xapian
// types. Everything here is immutable once built and cheap to create: build one per thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include <xapian.h>

namespace lectern::analysis {

// A stemmer for an ISO 639-1 language code, using Snowball's libstemmer (every language it
// has, including those Xapian 1.4 lacks: Greek, Hindi, Serbian, Tamil, Yiddish), whose output
// has its diacritics removed. An unknown language gives a stemmer that leaves words as they
// are (Xapian::Stem's "none").
Xapian::Stem make_stemmer(std::string_view language);

// The stopwords of a language, or nullptr when Lectern has no list for it. Stopwords are
// still indexed with positions (phrases like "siege of leningrad" work) but get no stemmed
// term and are dropped from queries outside phrases.
std::unique_ptr<Xapian::Stopper> make_stopper(std::string_view language);

// Text as Xapian should see it: diacritics removed, case kept ("Les Misérables" ->
// "Les Miserables"). Applied to indexed text and to query strings alike.
std::string fold_diacritics(std::string_view utf8);

// True when `word` (lower case, as Xapian passes it) is a stopword of `language`.
bool is_stopword(std::string_view language, std::string_view word);

}  // namespace lectern::analysis
