// One parser per supported format. Each takes the file's content already decoded to UTF-8
// and returns the reviews it holds, with fields cleaned (lectern::text::clean_field) and the
// body cleaned (lectern::text::clean_body). They leave id, path and format empty (the caller
// sets them) and leave period empty unless the metadata gives one (the caller extracts it from
// the text). Errors: kUnsupported when the content holds no review (nothing but markup, no
// text), kInvalidArgument when it is malformed (invalid JSON), with a message that says why.
#pragma once

#include <string_view>
#include <vector>

#include "lectern/common/result.h"
#include "lectern/common/review.h"
#include "lectern/indexer/extract.h"

namespace lectern::indexer {

Result<std::vector<Review>> parse_plain_text(std::string_view utf8, const ExtractOptions& options);
Result<std::vector<Review>> parse_markdown(std::string_view utf8, const ExtractOptions& options);
// The body of a Markdown document whose metadata is already known (front matter, or another
// format's fields turned into Markdown): `metadata` gives the fields found so far.
Result<std::vector<Review>> parse_markdown_body(std::string_view markdown, Review metadata, const ExtractOptions& options);
// reStructuredText: field lists and Nikola `.. key: value` comments, titles with adornments.
Result<std::vector<Review>> parse_restructured_text(std::string_view utf8, const ExtractOptions& options);
Result<std::vector<Review>> parse_html(std::string_view utf8, const ExtractOptions& options);
// A JSON object or an array of objects, each one review.
Result<std::vector<Review>> parse_json(std::string_view utf8, const ExtractOptions& options);
// A CSV export with a header row (Goodreads, StoryGraph): one review per row with review text.
Result<std::vector<Review>> parse_csv(std::string_view utf8, const ExtractOptions& options);
// One JSON object per line; blank lines are skipped; a bad line is an error naming its number.
Result<std::vector<Review>> parse_jsonl(std::string_view utf8, const ExtractOptions& options);

}  // namespace lectern::indexer
