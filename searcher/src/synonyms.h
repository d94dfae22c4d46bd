// Synonyms that are phrases. The index's synonym table (written by the indexer from the
// synonyms file) maps a word or words to their equivalents: "wwii" -> "second world war",
// "world war two"; "second world war" -> "wwii", "world war two".
//
// Xapian's QueryParser applies the table itself (FLAG_AUTO_MULTIWORD_SYNONYMS) but expands a
// key only to single terms, so "second world war" -> "wwii" works and "wwii" -> "second world
// war" would look for one impossible term. add_phrase_synonyms rewrites the query text first,
// so that a key with phrase equivalents becomes `(key OR "phrase one" OR "phrase two")`; the
// parser then does the rest.
#pragma once

#include <string>
#include <string_view>

#include <xapian.h>

namespace lectern::searcher {

// The longest keys looked up, in words.
inline constexpr std::size_t kMaxSynonymKeyWords = 5;

// `query` with every run of plain words that is a synonym key with phrase (multi-word)
// equivalents replaced by `(words OR "phrase" ...)`. Words inside quotes, field values
// (`title:war`), words marked + or -, operators (AND, NEAR/3 ...) and wildcards are left
// alone, and so is a query with an unbalanced quote. Keys are matched lower-cased, the longest
// first. Returns `query` unchanged when the database has no synonyms. May throw
// Xapian::Error (the caller catches database errors).
std::string add_phrase_synonyms(std::string_view query, const Xapian::Database& database);

}  // namespace lectern::searcher
