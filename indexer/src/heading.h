// Parsing the heading line of a review: "THE BETRAYAL by Helen Dunmore" -> title "The
// Betrayal", author "Helen Dunmore". Used by the plain-text, Markdown and HTML parsers.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lectern/common/review.h"

namespace lectern::indexer {

struct Heading {
  std::string title;
  std::vector<std::string> authors;
  std::vector<std::string> editors;       // "edited by"
  std::vector<std::string> translators;   // "translated by"
  std::vector<std::string> illustrators;  // "illustrated by"
};

// Recognises the shapes reviews use: `TITLE by Author`, `"Title" by Author`, `Title, by
// Author`, `Review: Title by Author`, `Book review – Title by Author`, `Title (Author)`,
// `Title by Author (2010)`, several authors (`by A and B`, `by A, B`). All-caps titles are
// title-cased. A line that has no " by " and no "(Author)" gives a Heading with only a title
// when `allow_title_only`, else nullopt. Lines that look like prose (too long, ending in a
// full stop) give nullopt.
std::optional<Heading> parse_heading(std::string_view line, bool allow_title_only = false);

// Fills the fields of `review` that metadata left empty (title, authors, editors, translators,
// illustrators) from a parsed heading: explicit metadata always wins.
void apply_heading(Review& review, Heading heading);

// Splits "A and B", "A, B & C" into names, each cleaned (all-caps names are title-cased).
std::vector<std::string> split_names(std::string_view names);

// True when `name` looks like one personal name: 1-5 words, each capitalised except name
// particles (von, de, van) and no digits. "Vasily Grossman", "C. J. Sansom" pass; "the river"
// does not.
bool looks_like_name(std::string_view name);

// A reviewer's byline: "Reviewed by Ann Reader", "Review by Ann Reader", "Posted by Ann Reader
// on March 3, 2015", "Posted on March 3, 2015 by Ann Reader", "Reviewer: Ann Reader", and the
// same in French, German, Spanish and Italian ("Reseñado por", "Rezensiert von", "Critique
// par", "Recensione di"). A bare "By Ann Reader" counts only as the first segment of a
// segmented line ("By Ann Reader · March 3, 2015 · Rating: ★★★★☆"): alone on a line under a
// title it is as likely the book's author. `date` is ISO (see normalize_date) or empty;
// `rating` comes from a segment such as "Our rating: 4/5".
struct Byline {
  std::string reviewer;
  std::string date;
  std::optional<double> rating;
};

// The byline a short line holds, or nullopt when the line is not one (long lines are prose;
// the name must look like a name).
std::optional<Byline> parse_byline(std::string_view line);

// A signature closing a review: "— Ann Reader", "-- Ann Reader", "– A. Reader, March 2015".
// The name must look like a name; a date after a comma fills `date`. Whether the line really
// closes the review (it is the last line, not a quotation's attribution) is the caller's call.
std::optional<Byline> parse_signature(std::string_view line);

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
