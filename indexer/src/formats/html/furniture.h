// Site furniture named by class or id: comment sections, sidebars, widgets, footers,
// breadcrumbs, cookie bars, share and like buttons, menus. Its text is never the review's.
#pragma once

#include <gumbo.h>

namespace lectern::indexer::html {

// True when a word of the element's class or id names furniture ("comment-respond" has
// "comment"). <html> and <body> never count: their classes describe the whole page.
bool has_furniture_class(const GumboNode* node);

// True when `node` or one of its ancestors has a furniture class; a byline inside the
// comments is a commenter's.
bool in_furniture(const GumboNode* node);

}  // namespace lectern::indexer::html
