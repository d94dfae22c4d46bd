// One meaning per metadata key, whatever the format. Parsers find raw key/value pairs (YAML
// front matter, `key: value` header blocks, JSON members, CSV columns) and hand them to a
// FieldCollector, which alone knows that `bookTitle` is the work's title while `title` on a blog
// is often the post's, that `Autor/in` is the author, `finished` a reading date and `en-GB`
// English. The review's fields are then the same for the same facts in every format.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lectern/common/review.h"
#include "lectern/indexer/extract.h"

namespace lectern::indexer {

// A metadata value as a format found it: a scalar, a list, or a map of named parts
// (`author: {first: Ann, last: Lee}`).
struct RawMember;

struct RawValue {
  std::string scalar;
  std::vector<RawValue> items;
  // A vector of a type completed below: a pair<std::string, RawValue> here would need RawValue
  // complete, which only some compilers let pass.
  std::vector<RawMember> members;

  static RawValue of(std::string text);
  bool is_scalar() const;
};

// A named part of a map value.
struct RawMember {
  RawMember(std::string key_, RawValue value_) : key(std::move(key_)), value(std::move(value_)) {}
  std::string key;
  RawValue value;
};

inline RawValue RawValue::of(std::string text) {
  RawValue value;
  value.scalar = std::move(text);
  return value;
}
inline bool RawValue::is_scalar() const { return items.empty() && members.empty(); }

// The Lectern field a key names.
enum class Field {
  kNone,
  kTitle,
  kAuthor,
  kTranslator,
  kEditor,
  kIllustrator,
  kReviewer,
  kDate,      // the review's own date: posted, reviewed
  kReadDate,  // when the reading finished: used when the review has no date of its own
  kRating,
  kPublicationYear,  // the work's (not the review's) publication: `published: 1937`, `Year Published`
  kPeriod,
  kLanguage,
  kUrl,
  kTags,
  kText,   // the review's text, kept in metadata (`review: "..."`)
  kGroup,  // a map of the work's or the review's own fields (`book:`, `review:`)
};

struct KeyMeaning {
  Field field = Field::kNone;
  // Among keys for the same field, the higher rank wins: `bookTitle` (3) over `title` (1).
  int rank = 0;
};

// What `key` means: case, spaces, '_' and '-' do not matter ("Date Read", "date_read").
KeyMeaning meaning_of_key(std::string_view key);

// "en", "en-GB", "EN_us", "English", "Deutsch", "français" -> "en", "en", "en", "en", "de", "fr";
// an empty string when the value names no language Lectern knows.
std::string normalize_language(std::string_view value);

// A metadata value as plain text: Markdown links and emphasis, `[[wiki links]]`, HTML tags and
// entities removed, whitespace folded.
std::string strip_inline_markup(std::string_view value);

// The work's title as a heading or post title gives it, without what is not part of the title:
// a "Review:" / "Rezension:" prefix and a series suffix ("(Mistborn, #1)").
std::string metadata_title(std::string_view title);

// Collects a review's metadata from key/value pairs and writes the winners into a Review.
class FieldCollector {
 public:
  // `field_map` (--field-map) names the key that holds a Lectern field; that key wins.
  explicit FieldCollector(const FieldMap& field_map) : field_map_(&field_map) {}

  // Takes one key/value pair; returns true when the key meant something to Lectern.
  bool add(std::string_view key, const RawValue& value);

  // True once any key meant something.
  bool any() const { return found_any_; }

  // Writes every field collected into `review` (fields not collected are left alone). The date
  // is the review's own when known, else the latest reading date.
  void fill(Review& review) const;

  // Review text found in the metadata (`review: "..."`), empty when none.
  const std::string& text() const { return text_; }

 private:
  template <typename T>
  struct Ranked {
    std::optional<T> value;
    int rank = -1;
    bool offer(T candidate, int candidate_rank) {
      if (candidate_rank <= rank) return false;
      value = std::move(candidate);
      rank = candidate_rank;
      return true;
    }
  };

  KeyMeaning mapped_meaning(std::string_view key) const;
  void add_group(const RawValue& value, int rank_bonus);
  void add_field(Field field, const RawValue& value, int rank);

  const FieldMap* field_map_;  // not owned
  bool found_any_ = false;
  Ranked<std::string> title_;
  Ranked<std::vector<std::string>> authors_, translators_, editors_, illustrators_, tags_;
  Ranked<std::string> reviewer_, date_, read_date_, language_, url_;
  Ranked<double> rating_;
  Ranked<int> publication_year_;
  Ranked<YearSpan> period_;
  std::string text_;
};

}  // namespace lectern::indexer

namespace lectern::indexer {

// A `key: value` header block at the top of a text or Markdown file (not YAML between `---`
// fences): lines of `key: value` up to the first blank line. Returns the bytes the block takes
// (0 when there is none) and gives its pairs to `fields`. Values may hold Markdown links, HTML
// tags and entities. `strict` (Markdown, where a paragraph may open with "Note: ...") needs
// every line of the block to be `key: value` and two keys Lectern knows; otherwise the first
// line's key must be known.
std::size_t read_header_block(std::string_view text, FieldCollector& fields, bool strict);

// "Date Read: 2019-03-02" -> ("Date Read", "2019-03-02"): a line that is one `key: value` pair
// with a key of one to four words (not a URL, a list item or a heading); nullopt otherwise.
// Dataview's inline fields (`Rating:: 4`) count too, with the value after the double colon.
std::optional<std::pair<std::string_view, std::string_view>> parse_key_value_line(std::string_view line);

// True for a Dataview inline field line (`Author:: [[Helen Dunmore]]`, Obsidian): unlike a
// single colon, the double one is never prose, so even one such line is metadata.
bool is_inline_field(std::string_view line);

// Copies into `review` the fields of `extra` that `review` lacks: metadata found in the body
// ("> Autor/in: ...") never overrides the file's own.
void fill_missing(Review& review, const Review& extra);

}  // namespace lectern::indexer
