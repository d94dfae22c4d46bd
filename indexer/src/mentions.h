// Other books a review names: reading lists ("Further reading: REGENERATION by Pat Barker")
// and titles cited in prose ("Solzhenitsyn's CANCER WARD"). Used by boilerplate removal, which
// moves them out of the body into Review::mentions.
#pragma once

#include <string_view>
#include <vector>

#include "lectern/common/review.h"

namespace lectern::indexer {

// The works a reading list names: "see THE GREAT TERROR by Robert Conquest; STALIN by Adam
// Ulam", "Further reading: REGENERATION by Pat Barker, THE GHOST ROAD by Pat Barker". Each
// `TITLE by Author` becomes a MentionedWork (all-caps titles title-cased); "A and B both by X"
// gives two. Text without such items gives an empty list.
std::vector<MentionedWork> parse_mentions(std::string_view text);

// The works a line of prose cites with its titles in capitals, the way many reviewers mark
// titles: "If you have read Solzhenitsyn's CANCER WARD or THE FIRST CIRCLE" gives two works by
// Solzhenitsyn, "as LIFE AND FATE by Vasily Grossman showed" one. Titles in ordinary case are
// not recognised in prose (they cannot be told from the sentence around them), nor single
// short capitalised words (acronyms: "the NKVD", "Stalin's USSR").
std::vector<MentionedWork> parse_cited_works(std::string_view text);

}  // namespace lectern::indexer
