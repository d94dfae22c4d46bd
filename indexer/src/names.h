// Personal names in credits: whether a phrase looks like one name, how a list of names splits,
// and where names end in running text. Shared by the heading, byline and reading-list parsers
// and by the format parsers' author fields.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lectern::indexer {

// A personal name has at most this many words ("Johann Wolfgang von Goethe").
inline constexpr std::size_t kMaxNameWords = 5;

// True when `name` looks like one personal name: 1-5 words, each capitalised except name
// particles (von, de, van) and no digits. "Vasily Grossman", "C. J. Sansom" pass; "the river"
// does not.
bool looks_like_name(std::string_view name);

// Splits "A and B", "A, B & C" into names, each cleaned (all-caps names are title-cased). A
// suffix after a comma stays with its name ("Martin Luther King, Jr.").
std::vector<std::string> split_names(std::string_view names);

// One name as a credit writes it, cleaned: quotes, emphasis and trailing separators dropped,
// whitespace folded, all-caps title-cased ("HELEN DUNMORE," -> "Helen Dunmore").
std::string clean_name(std::string_view name);

// Where the names that start at byte `start` of `text` end (the text after " by " in "LIFE AND
// FATE by Vasily Grossman, which..."): at a clause break, an opening parenthesis, a lower-case
// word, or an all-caps word after mixed-case names (the next all-caps title). Returns the end
// offset in `text`, or `start` when no name follows.
std::size_t names_end(std::string_view text, std::size_t start);

}  // namespace lectern::indexer
