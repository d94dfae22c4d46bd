// What `lectern inspect` shows so that a user can see why a review looks as it does: which part
// of the file gave each field (Review::sources) and what text was kept out of the body and why
// (Review::dropped). Parsers call these at the boundaries of their steps; nothing here changes
// a field's value.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lectern/common/review.h"

namespace lectern::indexer {

// Remembers a review's fields so that the fields one step sets can be credited to it:
//   FieldSources sources(review);
//   fields.fill(review);
//   sources.credit(review, "front matter");
class FieldSources {
 public:
  explicit FieldSources(const Review& review);

  // Records `source` for every field that is set in `review` and differs from what was
  // remembered, then remembers the review as it is now.
  void credit(Review& review, std::string_view source);

 private:
  std::vector<std::pair<const char*, std::string>> values_;
};

// Credits `source` with every field of `review` that is set: for formats whose fields all
// come from one place (JSON keys, CSV columns).
void credit_set_fields(Review& review, std::string_view source);

// Appends a dropped piece of text with its reason. Past a bound the entries stop and the last
// one counts the rest, so a huge file cannot make the list huge.
void note_dropped(Review& review, std::string_view text, std::string_view reason);

}  // namespace lectern::indexer
