// Separating a review from what surrounds it. Every format parser renders its body to clean
// text (lines, paragraphs separated by blank lines) and hands it here, so the rules for blog
// debris live in one place: comment forms ("Leave a Reply", "Fill in your details below",
// "You are commenting using your … account", "Connecting to %s"), share and like widgets
// ("Share this:", "Like Loading..."), navigation bars and breadcrumbs ("Home » Reviews »
// Gothic"), cookie notices. Such words must never make a review match a query.
//
// The same pass moves the metadata lines a body carries into the review's fields: bylines
// ("Posted by Ann on May 1, 2015"), signatures ("— Ann Reader"), rating lines ("Rating:
// 4/5"), date lines, "Filed under:" tags, captions alone on a line in parentheses, and the
// works a further-reading list or the prose names (Review::mentions).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "lectern/common/review.h"

namespace lectern::indexer {

// What a line of body text is, as far as boilerplate goes.
enum class Boilerplate {
  kNone,  // review text (or metadata, which read_review_body handles)
  kLine,  // a widget line dropped wherever it stands: "Like Loading...", "Home » Reviews »
          // Gothic", "This site uses cookies…", "Twitter Facebook Email"
  kTail,  // the start of the comment section: "Leave a Reply", "4 thoughts on …"; everything
          // after it is debris
  kShareTail,  // the start of share and like widgets, "Share this:": everything after it is
               // debris once the review has begun (some blogs put the buttons above it)
};

// Classifies one line (any case; surrounding spaces ignored).
Boilerplate classify_boilerplate(std::string_view line);

// `text` without its boilerplate lines and tail. Share widgets before the review has said
// much (buttons above the article) drop only their own line, so a misplaced widget never costs
// the review. Other lines, blank lines included, are kept as they are, joined by "\n".
std::string strip_boilerplate(std::string_view text);

// An image caption alone on its line: "(The Lubyanka prison in Moscow)" -> "The Lubyanka prison
// in Moscow". The parenthesis must close at the very end ("(a) and (b)" is prose) and the line
// must be short (a long parenthesised paragraph is an aside). nullopt for any other line.
std::optional<std::string> parse_caption(std::string_view line);

// Reads a rendered body into `review`: review.text becomes the body without boilerplate and
// metadata lines (cleaned with text::clean_body); captions, tags and mentions found in the
// body are appended; reviewer, date and rating are set from bylines, signatures and rating
// lines only when the review does not have them yet, since a format's explicit metadata
// (front matter, JSON keys, JSON-LD) wins. A signature naming the work's own author is not a
// reviewer; a cited work whose title is the review's own is not a mention.
void read_review_body(std::string_view text, Review& review);

}  // namespace lectern::indexer
