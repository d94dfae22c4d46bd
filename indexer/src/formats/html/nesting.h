// Bounding how deep a page nests before gumbo sees it. Gumbo's tree construction scans the
// stack of open elements for each tag, so a page nested 100,000 levels deep costs it n × depth
// (600 KB took 12 s), and our own walks stop at kMaxDepth, losing the text below. Real pages
// nest a few dozen levels; past kMaxNestingDepth the extra tags are dropped and their text kept.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace lectern::indexer::html {

// Well under dom.h's kMaxDepth, which also counts the elements gumbo adds (html, body, tbody).
constexpr std::size_t kMaxNestingDepth = 256;

struct Flattened {
  std::string html;          // the page with the tags past the limit removed
  std::size_t deepest = 0;   // how deep the page nested before
};

// The page flattened to `max_depth` levels of elements, or nullopt when it nests no deeper
// than that (the common case: nothing is copied). Linear in the page's size. The count is of
// elements that must be closed: void elements (<br>), self-closed tags and elements whose end
// tag may be left out (<p>, <li>, <td>) do not deepen it; comments, <script> and <style>
// bodies are skipped whole.
std::optional<Flattened> flatten_deep_nesting(std::string_view html, std::size_t max_depth = kMaxNestingDepth);

}  // namespace lectern::indexer::html
