// Markdown reviews: optional YAML front matter for the metadata, then a body that is indexed
// as rendered text (what a reader sees), never as Markdown syntax: no `**`, no link or image
// URLs. md4c's SAX parser reports blocks, spans and text; we keep the text and turn block
// boundaries into line and paragraph breaks.
#include <md4c.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "boilerplate.h"
#include "formats/bibtex_entries.h"
#include "field_values.h"
#include "formats/format_parsers.h"
#include "heading.h"
#include "lectern/common/text.h"
#include "names.h"
#include "period.h"
#include "provenance.h"
#include "review_fields.h"

namespace lectern::indexer {
namespace {

// ---- front matter ----

struct FrontMatter {
  std::string_view yaml;  // between the fences, empty when there is none
  std::string_view body;  // everything after the closing fence
  bool present = false;
  bool toml = false;      // `+++` fences: TOML, read by read_toml_front_matter
};

// A line that is exactly `fence`, allowing trailing spaces and a CR.
bool is_fence_line(std::string_view line, std::string_view fence) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
  return line == fence;
}

// Front matter is a `---` line at the very start and the next `---` (or `...`) line, or TOML
// between `+++` lines (Hugo, Zola). Without a closing fence the leading `---` is a thematic
// break and the whole file is body.
FrontMatter split_front_matter(std::string_view text) {
  FrontMatter result;
  result.body = text;
  std::size_t end = text.find('\n');
  if (end != std::string_view::npos && is_fence_line(text.substr(0, end), "+++")) {
    const std::size_t close = text.find("\n+++", end);
    if (close != std::string_view::npos) {
      result.yaml = text.substr(end + 1, close + 1 - (end + 1));
      const std::size_t after = text.find('\n', close + 4);
      result.body = after == std::string_view::npos ? std::string_view() : text.substr(after + 1);
      result.present = true;
      result.toml = true;
    }
    return result;
  }
  if (end == std::string_view::npos || !is_fence_line(text.substr(0, end), "---")) return result;
  std::size_t start = end + 1;
  for (std::size_t pos = start; pos <= text.size();) {
    std::size_t line_end = text.find('\n', pos);
    if (line_end == std::string_view::npos) line_end = text.size();
    const std::string_view line = text.substr(pos, line_end - pos);
    if (is_fence_line(line, "---") || is_fence_line(line, "...")) {
      result.yaml = text.substr(start, pos - start);
      result.body = line_end < text.size() ? text.substr(line_end + 1) : std::string_view();
      result.present = true;
      return result;
    }
    pos = line_end + 1;
  }
  return result;
}

// Metadata has a few dozen values; aliases can make a small file name billions of them (the
// "billion laughs": nine aliases of nine aliases of ...), which a copy would try to build.
constexpr std::size_t kMaxFrontMatterValues = 100000;
constexpr std::size_t kMaxFrontMatterDepth = 64;

// Thrown when front matter expands past the bounds above; read_front_matter reports it.
struct FrontMatterTooLarge {};

// A YAML node as a raw metadata value for the field normaliser; `budget` counts the values
// left to build.
RawValue raw_value(const YAML::Node& node, std::size_t& budget, std::size_t depth = 0) {
  if (budget == 0 || depth > kMaxFrontMatterDepth) throw FrontMatterTooLarge{};
  --budget;
  RawValue value;
  if (node.IsScalar()) {
    value.scalar = node.Scalar();
  } else if (node.IsSequence()) {
    for (const auto& item : node) value.items.push_back(raw_value(item, budget, depth + 1));
  } else if (node.IsMap()) {
    for (const auto& entry : node) {
      if (entry.first.IsScalar()) value.members.emplace_back(entry.first.Scalar(), raw_value(entry.second, budget, depth + 1));
    }
  }
  return value;
}

// TOML front matter as blogs write it: `key = "string"`, `key = 2016-12-24T10:58:01`, arrays of
// strings, and `[table]` headers whose keys become members of that table. Enough for metadata;
// nothing else of TOML is needed to find a review's fields.
void read_toml_front_matter(std::string_view toml, FieldCollector& fields) {
  std::vector<RawMember> top;
  std::vector<RawMember>* current = &top;
  RawValue table;
  std::string table_name;
  auto close_table = [&] {
    if (!table_name.empty()) top.emplace_back(table_name, std::move(table));
    table = {};
    table_name.clear();
  };
  auto unquote = [](std::string_view value) {
    value = text::trim(value);
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front()) {
      value = value.substr(1, value.size() - 2);
    }
    return std::string(value);
  };
  for (std::string_view line : text::split_lines(toml)) {
    line = text::trim(line);
    if (line.empty() || line.front() == '#') continue;
    if (line.front() == '[' && line.back() == ']') {
      close_table();
      table_name = std::string(text::trim(line.substr(1, line.size() - 2)));
      current = &table.members;
      continue;
    }
    const std::size_t equals = line.find('=');
    if (equals == std::string_view::npos) continue;
    std::string key = unquote(line.substr(0, equals));
    const std::string_view raw = text::trim(line.substr(equals + 1));
    RawValue value;
    if (raw.size() >= 2 && raw.front() == '[' && raw.back() == ']') {
      const std::string_view inner = raw.substr(1, raw.size() - 2);
      for (std::size_t start = 0; start <= inner.size();) {
        const std::size_t comma = std::min(inner.find(',', start), inner.size());
        const std::string_view item = text::trim(inner.substr(start, comma - start));
        if (!item.empty()) value.items.push_back(RawValue::of(unquote(item)));
        start = comma + 1;
      }
    } else {
      value.scalar = unquote(raw);
    }
    current->emplace_back(std::move(key), std::move(value));
  }
  close_table();
  for (const auto& [key, value] : top) fields.add(key, value);
}

// The line (1-based, in the file) of a top-level `key: "value` whose quote never closes on its
// line, or 0. YAML lets a quoted scalar run on over lines, so `title: "Unclosed` swallows the
// keys below it without an error; in front matter that is always a typing slip.
std::size_t unclosed_quote_line(std::string_view yaml) {
  std::size_t number = 1;
  for (std::string_view line : text::split_lines(yaml)) {
    ++number;
    const std::size_t colon = line.find(": ");
    if (line.empty() || line.front() == ' ' || line.front() == '#' || colon == std::string_view::npos) continue;
    const std::string_view value = text::trim(line.substr(colon + 2));
    if (value.empty() || (value.front() != '"' && value.front() != '\'')) continue;
    const char quote = value.front();
    bool closed = false;
    for (std::size_t i = 1; i < value.size(); ++i) {
      if (quote == '"' && value[i] == '\\') {
        ++i;
      } else if (value[i] == quote) {
        if (quote == '\'' && i + 1 < value.size() && value[i + 1] == '\'') {
          ++i;  // '' is an escaped quote
        } else {
          closed = true;
          break;
        }
      }
    }
    if (!closed) return number;
  }
  return 0;
}

// Parses the front matter into `fields`. Errors: kInvalidArgument naming YAML's complaint and
// the line in the file (the opening fence is line 1).
Status read_front_matter(std::string_view yaml, FieldCollector& fields) {
  if (const std::size_t line = unclosed_quote_line(yaml)) {
    return Error::invalid_argument("malformed YAML front matter at line " + std::to_string(line) + ": unclosed quote");
  }
  try {
    const YAML::Node root = YAML::Load(std::string(yaml));
    if (!root.IsMap()) return Status::success();
    // All values are built before any is given to `fields`, so a bomb leaves no half of itself.
    std::size_t budget = kMaxFrontMatterValues;
    std::vector<std::pair<std::string, RawValue>> values;
    for (const auto& entry : root) {
      if (entry.first.IsScalar()) values.emplace_back(entry.first.Scalar(), raw_value(entry.second, budget));
    }
    for (const auto& [key, value] : values) fields.add(key, value);
    return Status::success();
  } catch (const FrontMatterTooLarge&) {
    return Error::invalid_argument("YAML front matter expands to more than " + std::to_string(kMaxFrontMatterValues) +
                                   " values or " + std::to_string(kMaxFrontMatterDepth) +
                                   " levels (aliases of aliases?)");
  } catch (const YAML::ParserException& error) {
    return Error::invalid_argument("malformed YAML front matter at line " + std::to_string(error.mark.line + 2) +
                                   ": " + error.msg);
  } catch (const YAML::Exception& error) {
    return Error::invalid_argument(std::string("malformed YAML front matter: ") + error.what());
  }
}

// ---- body ----

enum class BlockKind { kParagraph, kHeading, kListItem, kCode, kQuote, kTableRow, kBreak, kOther };

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  unsigned level = 0;  // heading level
  std::string text;
  std::vector<std::string> images;  // the alt text of each image in the block
  std::string outside_images;       // the block's text without the images' alt text
  bool starts_item = false;         // the first block of a list item
  std::string leading_emphasis;     // an emphasised, code or link span the block opens with: a title
};

// Collects the rendered text of each leaf block as md4c walks the document.
class TextCollector {
 public:
  std::vector<Block> take() {
    flush();
    return std::move(blocks_);
  }

  int enter_block(MD_BLOCKTYPE type, void* detail) {
    flush();
    switch (type) {
      case MD_BLOCK_H:
        kinds_.push_back(BlockKind::kHeading);
        level_ = static_cast<const MD_BLOCK_H_DETAIL*>(detail)->level;
        break;
      case MD_BLOCK_P: kinds_.push_back(in_list_item() ? BlockKind::kListItem : BlockKind::kParagraph); break;
      case MD_BLOCK_LI:
        kinds_.push_back(BlockKind::kListItem);
        item_pending_ = true;
        break;
      case MD_BLOCK_CODE: kinds_.push_back(BlockKind::kCode); break;
      case MD_BLOCK_QUOTE: kinds_.push_back(BlockKind::kQuote); break;
      case MD_BLOCK_TR: kinds_.push_back(BlockKind::kTableRow); break;
      case MD_BLOCK_HR:
        // A thematic break (`***`) separates the entries of a reading list.
        blocks_.push_back(Block{BlockKind::kBreak, 0, {}, {}, {}, false, {}});
        kinds_.push_back(BlockKind::kOther);
        break;
      case MD_BLOCK_TH:
      case MD_BLOCK_TD:
        // Cells of a row stay on one line.
        if (!current_.empty()) current_ += ' ';
        return 0;
      default: kinds_.push_back(BlockKind::kOther); break;
    }
    return 0;
  }

  int leave_block(MD_BLOCKTYPE type) {
    if (type == MD_BLOCK_TH || type == MD_BLOCK_TD) return 0;
    flush();
    if (!kinds_.empty()) kinds_.pop_back();
    return 0;
  }

  int enter_span(MD_SPANTYPE type) {
    if (type == MD_SPAN_IMG && image_depth_++ == 0) image_alt_.clear();
    const bool titling = type == MD_SPAN_EM || type == MD_SPAN_STRONG || type == MD_SPAN_CODE || type == MD_SPAN_A;
    if (titling && emphasis_depth_++ == 0 && text::trim(current_).empty() && leading_emphasis_.empty()) {
      capture_start_ = current_.size();
      capturing_ = true;
    }
    return 0;
  }

  int leave_span(MD_SPANTYPE type) {
    const bool titling = type == MD_SPAN_EM || type == MD_SPAN_STRONG || type == MD_SPAN_CODE || type == MD_SPAN_A;
    if (titling && emphasis_depth_ > 0 && --emphasis_depth_ == 0 && capturing_) {
      leading_emphasis_ = text::clean_field(std::string_view(current_).substr(capture_start_));
      capturing_ = false;
    }
    if (type == MD_SPAN_IMG && image_depth_ > 0 && --image_depth_ == 0) {
      std::string alt = text::clean_field(image_alt_);
      if (!alt.empty()) images_.push_back(std::move(alt));
    }
    return 0;
  }

  int text(MD_TEXTTYPE type, std::string_view chunk) {
    std::string rendered;
    switch (type) {
      case MD_TEXT_NORMAL:
      case MD_TEXT_CODE:
      case MD_TEXT_LATEXMATH: rendered = chunk; break;
      case MD_TEXT_ENTITY: rendered = text::decode_html_entities(chunk); break;
      case MD_TEXT_NULLCHAR: rendered = "\xEF\xBF\xBD"; break;
      case MD_TEXT_SOFTBR: rendered = " "; break;
      case MD_TEXT_BR: rendered = "\n"; break;
      case MD_TEXT_HTML: break;  // raw tags are markup, not text
    }
    current_ += rendered;
    (image_depth_ > 0 ? image_alt_ : outside_images_) += rendered;
    return 0;
  }

 private:
  bool in_list_item() const {
    return !kinds_.empty() && kinds_.back() == BlockKind::kListItem;
  }

  void flush() {
    if (text::trim(current_).empty()) {
      current_.clear();
      outside_images_.clear();
      images_.clear();
      leading_emphasis_.clear();
      capturing_ = false;
      return;
    }
    Block block;
    block.kind = kinds_.empty() ? BlockKind::kOther : kinds_.back();
    block.level = block.kind == BlockKind::kHeading ? level_ : 0;
    block.text = std::move(current_);
    block.images = std::move(images_);
    block.outside_images = std::move(outside_images_);
    block.starts_item = item_pending_ && block.kind == BlockKind::kListItem;
    block.leading_emphasis = std::move(leading_emphasis_);
    item_pending_ = false;
    leading_emphasis_.clear();
    capturing_ = false;
    emphasis_depth_ = 0;
    current_.clear();
    outside_images_.clear();
    images_.clear();
    blocks_.push_back(std::move(block));
  }

  std::vector<Block> blocks_;
  std::vector<BlockKind> kinds_;
  std::string current_;
  std::string outside_images_;
  std::string image_alt_;
  std::vector<std::string> images_;
  unsigned image_depth_ = 0;
  unsigned level_ = 0;
  bool item_pending_ = false;  // a list item began and its first block is still to come
  unsigned emphasis_depth_ = 0;
  bool capturing_ = false;
  std::size_t capture_start_ = 0;
  std::string leading_emphasis_;
};

int on_enter_block(MD_BLOCKTYPE type, void* detail, void* userdata) {
  return static_cast<TextCollector*>(userdata)->enter_block(type, detail);
}
int on_leave_block(MD_BLOCKTYPE type, void* /*detail*/, void* userdata) {
  return static_cast<TextCollector*>(userdata)->leave_block(type);
}
// Spans (emphasis, links, images) carry no text of their own: link text and image alt text
// arrive through the text callback, and the URLs, which live in the span details, are dropped.
// Images are tracked so that a paragraph holding only an image can become a caption.
int on_enter_span(MD_SPANTYPE type, void* /*detail*/, void* userdata) {
  return static_cast<TextCollector*>(userdata)->enter_span(type);
}
int on_leave_span(MD_SPANTYPE type, void* /*detail*/, void* userdata) {
  return static_cast<TextCollector*>(userdata)->leave_span(type);
}
int on_text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* userdata) {
  return static_cast<TextCollector*>(userdata)->text(type, std::string_view(text, size));
}

Result<std::vector<Block>> render_blocks(std::string_view markdown) {
  TextCollector collector;
  MD_PARSER parser{};
  parser.abi_version = 0;
  parser.flags = MD_DIALECT_GITHUB;
  parser.enter_block = on_enter_block;
  parser.leave_block = on_leave_block;
  parser.enter_span = on_enter_span;
  parser.leave_span = on_leave_span;
  parser.text = on_text;
  // md4c 0.4.8 reads the byte after the input when a link destination runs to the very end
  // ("[a](http://x" cut short) and takes a following ')' as the link's close, with a negative
  // length (cf. mity/md4c#167). An owned copy ends in '\0', which stops it safely.
  const std::string terminated(markdown);
  if (md_parse(terminated.c_str(), static_cast<MD_SIZE>(terminated.size()), &parser, &collector) != 0) {
    return Error::internal("the Markdown parser failed (out of memory?)");
  }
  return collector.take();
}

// The heading that names the review: the first block when it is a heading, else the first
// level-1 heading. Returns blocks.size() when there is none.
std::size_t title_heading_index(const std::vector<Block>& blocks) {
  if (!blocks.empty() && blocks.front().kind == BlockKind::kHeading) return 0;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].kind == BlockKind::kHeading && blocks[i].level == 1) return i;
  }
  return blocks.size();
}

// A paragraph that is only an image, perhaps with its caption in parentheses on the next line
// ("![Ration card](card.jpg)\n(A bread ration card)"): the alt text and the caption are
// captions, searchable but not review text. Returns false for any other block.
bool take_image_captions(const Block& block, Review& review) {
  if (block.kind != BlockKind::kParagraph || block.images.empty()) return false;
  const std::string_view rest = text::trim(block.outside_images);
  std::optional<std::string> caption;
  if (!rest.empty()) {
    caption = parse_caption(rest);
    if (!caption) return false;
  }
  for (const std::string& alt : block.images) review.captions.push_back(alt);
  if (caption) review.captions.push_back(std::move(*caption));
  return true;
}

// The body of blocks[first, last) as one review on top of `review` (the file's metadata): the
// title heading gives title and author unless the metadata did, captions are taken out, and the
// rest is the text.
// Runs of `key: value` lines in the body ("> Titel: Vicious", "> Autor/in: V.E. Schwab" under an
// "About the book" heading): metadata where a blog keeps it, so it gives fields and leaves the
// text. A run counts when it has three lines and two keys Lectern knows, or when every line is a
// Dataview inline field (`Rating:: 4`) and one key is known. Returns, per block, whether it
// belongs to such a run.
std::vector<bool> take_field_blocks(const std::vector<Block>& blocks, Review& review, const FieldMap& field_map) {
  std::vector<bool> taken(blocks.size(), false);
  auto lines_are_fields = [](const Block& block) {
    if (block.kind != BlockKind::kParagraph && block.kind != BlockKind::kQuote && block.kind != BlockKind::kListItem) return false;
    for (std::string_view line : text::split_lines(block.text)) {
      if (!text::trim(line).empty() && !parse_key_value_line(text::trim(line))) return false;
    }
    return true;
  };
  // A short line between field lines ("Teil 1 der Reihe") belongs to the block of fields.
  std::vector<bool> in_run(blocks.size(), false);
  for (std::size_t i = 0; i < blocks.size(); ++i) in_run[i] = lines_are_fields(blocks[i]);
  for (std::size_t i = 1; i + 1 < blocks.size(); ++i) {
    if (!in_run[i] && in_run[i - 1] && lines_are_fields(blocks[i + 1]) && blocks[i].kind != BlockKind::kHeading &&
        text::split_words(blocks[i].text).size() <= 10) {
      in_run[i] = true;
    }
  }
  for (std::size_t i = 0; i < blocks.size();) {
    std::size_t end = i;
    while (end < blocks.size() && in_run[end]) ++end;
    if (end == i) {
      ++i;
      continue;
    }
    std::size_t lines = 0;
    std::size_t known = 0;
    std::size_t inline_fields = 0;
    FieldCollector fields(field_map);
    for (std::size_t k = i; k < end; ++k) {
      for (std::string_view line : text::split_lines(blocks[k].text)) {
        const auto pair = parse_key_value_line(text::trim(line));
        if (!pair) continue;
        ++lines;
        if (is_inline_field(text::trim(line))) ++inline_fields;
        if (fields.add(pair->first, RawValue::of(std::string(pair->second)))) ++known;
      }
    }
    if ((lines >= 3 && known >= 2) || (inline_fields == lines && known >= 1)) {
      Review found;
      fields.fill(found);
      fill_missing(review, found);
      for (std::size_t k = i; k < end; ++k) {
        taken[k] = true;
        for (std::string_view line : text::split_lines(blocks[k].text)) {
          if (!text::trim(line).empty()) note_dropped(review, text::trim(line), "field lines (read as fields)");
        }
      }
    }
    i = end;
  }
  return taken;
}

Review review_from_blocks(const std::vector<Block>& all, std::size_t first, std::size_t last, Review review,
                          const FieldMap& field_map) {
  std::vector<Block> blocks(all.begin() + static_cast<std::ptrdiff_t>(first), all.begin() + static_cast<std::ptrdiff_t>(last));
  FieldSources sources(review);
  const std::vector<bool> field_blocks = take_field_blocks(blocks, review, field_map);
  sources.credit(review, "field lines in the text");
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (field_blocks[i]) blocks[i].kind = BlockKind::kBreak;  // metadata: not text
  }
  // The title heading is not repeated in the body: it is already the title field, and a
  // snippet that starts with the title wastes the reader's line. A heading that merely repeats
  // the front matter's title ("# Les Misérables, de Victor Hugo") goes too.
  const std::size_t heading_index = title_heading_index(blocks);
  std::size_t skip = blocks.size();
  if (heading_index < blocks.size()) {
    const auto heading = parse_heading(blocks[heading_index].text, /*allow_title_only=*/true);
    if (heading) {
      const bool repeats_title = !review.title.empty() &&
                                 text::fold_for_matching(heading->title) == text::fold_for_matching(review.title);
      if (review.title.empty() || repeats_title) skip = heading_index;
      apply_heading(review, *heading);
    }
  }
  sources.credit(review, "heading");

  std::string body;
  const Block* previous = nullptr;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (i == skip || blocks[i].kind == BlockKind::kBreak) continue;
    const Block& block = blocks[i];
    if (take_image_captions(block, review)) continue;
    if (previous != nullptr) {
      const bool same_list = previous->kind == BlockKind::kListItem && block.kind == BlockKind::kListItem;
      const bool same_table = previous->kind == BlockKind::kTableRow && block.kind == BlockKind::kTableRow;
      body += (same_list || same_table) ? "\n" : "\n\n";
    }
    body += block.text;
    previous = &block;
  }

  // Bylines ("*Posted by Ann*"), rating lines ("**4 out of 5 stars**"), signatures, captions in
  // parentheses, reading lists and blog debris are sorted out of the rendered text.
  read_review_body(body, review);
  sources.credit(review, "text");
  return review;
}

// ---- several reviews in one file ----

// One review's blocks in a file that holds several: [first, last), the first being its title
// (a heading, or a reading-list entry's title line).
struct Section {
  std::size_t first = 0;
  std::size_t last = 0;
};

constexpr std::size_t kMaxEntryTitleWords = 14;

bool is_title_line(const Block& block) {
  if (block.kind != BlockKind::kParagraph && block.kind != BlockKind::kHeading) return false;
  const std::string_view line = text::trim(block.text);
  if (line.empty() || line.find('\n') != std::string_view::npos) return false;
  if (text::split_words(line).size() > kMaxEntryTitleWords) return false;
  const char last = line.back();
  return last != ',' && last != ';' && last != ':';
}

// A paragraph that is only a date ("March 30, 2024"), as reading-list entries carry.
bool is_date_line(const Block& block) {
  if (block.kind != BlockKind::kParagraph) return false;
  const std::string_view line = text::trim(block.text);
  return text::split_words(line).size() <= 4 && normalize_date(line).has_value();
}

// A reading-list entry: a title line, then its date line.
bool is_dated_entry(const std::vector<Block>& blocks, const Section& segment) {
  return segment.last - segment.first >= 2 && is_title_line(blocks[segment.first]) && is_date_line(blocks[segment.first + 1]);
}

// Sections opened by headings that each name a work and its author ("### [Title](url) by
// Author (2016)", "## "Title" by Author"), all at one level below the file's own title.
std::vector<Section> heading_sections(const std::vector<Block>& blocks) {
  for (unsigned level = 1; level <= 4; ++level) {
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      if (blocks[i].kind != BlockKind::kHeading || blocks[i].level != level) continue;
      const auto heading = parse_heading(blocks[i].text);
      if (heading && !heading->authors.empty()) starts.push_back(i);
    }
    if (starts.size() < 2) continue;
    std::vector<Section> sections;
    for (std::size_t k = 0; k < starts.size(); ++k) {
      std::size_t last = k + 1 < starts.size() ? starts[k + 1] : blocks.size();
      // A heading of this level or above that names no work closes the section (an epilogue).
      for (std::size_t i = starts[k] + 1; i < last; ++i) {
        if (blocks[i].kind == BlockKind::kHeading && blocks[i].level <= level) {
          last = i;
          break;
        }
      }
      sections.push_back({starts[k], last});
    }
    return sections;
  }
  return {};
}

// A reading list: entries separated by thematic breaks (`***`), most of them opening with a
// short title line.
std::vector<Section> break_sections(const std::vector<Block>& blocks) {
  std::vector<Section> segments;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= blocks.size(); ++i) {
    if (i == blocks.size() || blocks[i].kind == BlockKind::kBreak) {
      if (i > start) segments.push_back({start, i});
      start = i + 1;
    }
  }
  // Entries that each open with a title and a date line are reviews however few they are.
  if (!segments.empty() && std::all_of(segments.begin(), segments.end(),
                                       [&](const Section& segment) { return is_dated_entry(blocks, segment); })) {
    return segments;
  }
  if (segments.size() < 3) return {};
  std::size_t titled = 0;
  for (const Section& segment : segments) {
    if (is_title_line(blocks[segment.first]) && segment.last - segment.first >= 2) ++titled;
  }
  if (titled * 3 < segments.size() * 2) return {};
  std::erase_if(segments, [&](const Section& segment) {
    return !is_title_line(blocks[segment.first]) || segment.last - segment.first < 2;
  });
  return segments;
}

// An initial as credits write it: "P.", "P.C.", "S.M.".
bool is_initial(std::string_view word) {
  if (word.size() < 2 || word.back() != '.') return false;
  for (std::size_t i = 0; i < word.size(); i += 2) {
    if (!std::isupper(static_cast<unsigned char>(word[i])) || i + 1 >= word.size() || word[i + 1] != '.') return false;
  }
  return true;
}

// The author names that open `text` ("Mercedes Lackey, Eric Flint, and Dave Freer. A very good
// ..."): capitalised words, initials and particles, joined by commas and "and", up to the end
// of the credit (a full stop after a word that is not an initial, a semicolon, a lower-case
// word). Empty when `text` does not open with a name.
std::string credited_names(std::string_view text) {
  std::string names;
  const std::vector<std::string_view> words = text::split_words(text::trim(text));
  for (std::size_t i = 0; i < words.size() && i < 16; ++i) {
    std::string_view word = words[i];
    const bool joiner = word == "and" || word == "&" || word == "with";
    const bool particle = word == "de" || word == "van" || word == "von" || word == "der" || word == "la" || word == "le";
    const unsigned char first = static_cast<unsigned char>(word.front());
    if (!joiner && !particle && !(std::isupper(first) || first >= 0x80)) break;
    const char last = word.back();
    const bool ends_credit = last == ';' || last == ')' || (last == '.' && !is_initial(word)) || last == ':';
    if (ends_credit) {
      while (!word.empty() && (word.back() == ';' || word.back() == '.' || word.back() == ':' || word.back() == ')')) {
        if (word.back() == '.' && is_initial(word)) break;
        word.remove_suffix(1);
      }
    }
    names += (names.empty() ? "" : " ") + std::string(word);
    if (ends_credit) break;
  }
  while (!names.empty() && (names.back() == ',' || names.back() == ' ')) names.pop_back();
  if (names.ends_with(" and")) names.resize(names.size() - 4);
  return names;
}

// "*Strange Itineraries*, copyright 2005 by Tim Powers; Tachyon, 2005." or "“The Duel”, by
// Joseph Conrad. One of ...": a list item that opens with an emphasised or quoted title and
// credits its author. Returns the title and the author names, or nullopt.
std::optional<Heading> list_item_credit(const Block& block) {
  if (!block.starts_item) return std::nullopt;
  const std::string_view text = text::trim(block.text);
  std::string title = block.leading_emphasis;
  std::size_t at = std::string_view::npos;
  if (!title.empty()) {
    at = text.find(title);
    if (at != std::string_view::npos) at += title.size();
  } else {
    for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"\u201c", "\u201d"}, {"\"", "\""}}) {
      if (!text.starts_with(open)) continue;
      const std::size_t end = text.find(close, open.size());
      if (end == std::string_view::npos) break;
      title = text::clean_field(text.substr(open.size(), end - open.size()));
      at = end + close.size();
      break;
    }
  }
  if (title.empty() || at == std::string_view::npos) return std::nullopt;
  if (!title.empty() && (title.back() == ',' || title.back() == '.')) title.pop_back();
  // Between the title and "by": nothing, a comma, or a copyright notice.
  const std::size_t by = text.find("by ", at);
  if (by == std::string_view::npos || by > at + 24) return std::nullopt;
  std::string_view between = text::trim(text.substr(at, by - at));
  if (!between.empty() && between.front() == ',') between = text::trim(between.substr(1));
  if (!between.empty() && !text::fold_for_matching(between).starts_with("copyright")) return std::nullopt;
  const std::string names = credited_names(text.substr(by + 3));
  if (names.empty()) return std::nullopt;
  Heading credit;
  credit.title = std::move(title);
  // After the authors a credit may go on with a one-word publisher ("by Martha Wells,
  // HarperCollins, 2003"): a person's name has two words at least.
  for (auto& name : split_names(names)) {
    if (!credit.authors.empty() && text::split_words(name).size() < 2) break;
    credit.authors.push_back(std::move(name));
  }
  if (credit.authors.empty()) return std::nullopt;
  return credit;
}

// A reading list written as a list: items that each open with a credited title. The item's
// own text (its comment) is the review; blocks after the list end the last item.
std::vector<Section> list_sections(const std::vector<Block>& blocks) {
  std::vector<Section> sections;
  std::size_t items = 0;
  std::size_t prose_outside = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (blocks[i].starts_item) ++items;
    if (blocks[i].kind == BlockKind::kParagraph && text::split_words(blocks[i].text).size() > 25) ++prose_outside;
    // A list after the review's own prose ("Norfolk letters. **Further reading**: ...") is its
    // bibliography, not a reading list: only headings may come before a reading list.
    if (sections.empty() && blocks[i].kind == BlockKind::kParagraph) return {};
    if (!list_item_credit(blocks[i])) continue;
    std::size_t last = i + 1;
    while (last < blocks.size() && blocks[last].kind == BlockKind::kListItem && !blocks[last].starts_item) ++last;
    sections.push_back({i, last});
  }
  // One credited item is a reading list only when the file is that item (and little else).
  if (sections.size() == 1 && (items > 1 || prose_outside > 1)) return {};
  return sections;
}

// The sections of a file that reviews several works; empty when it reviews one. A file whose
// own title names a work and its author (an anthology, a magazine issue) stays one review.
std::vector<Section> find_review_sections(const std::vector<Block>& blocks, const Review& file_fields) {
  if (!file_fields.authors.empty()) return {};
  if (!blocks.empty() && blocks.front().kind == BlockKind::kHeading && blocks.front().level == 1) {
    const auto own = parse_heading(blocks.front().text);
    if (own && !own->authors.empty()) {
      std::size_t level_one = 0;
      for (const Block& block : blocks) level_one += block.kind == BlockKind::kHeading && block.level == 1;
      if (level_one == 1) return {};
    }
  }
  if (auto sections = heading_sections(blocks); !sections.empty()) return sections;
  if (auto sections = list_sections(blocks); !sections.empty()) return sections;
  return break_sections(blocks);
}

// The people a citation names before its title: "Charles Spencer, *The White Ship*, (London,
// 2020)", "P. Lee & A. New, eds., *Seals*", "Sam Hale, translator, *Beowulf*".
struct CitationCredits {
  std::vector<std::string> authors;
  std::vector<std::string> editors;
  std::vector<std::string> translators;
};

// The credits of a paragraph that opens with a citation, or nullopt when it opens otherwise.
std::optional<CitationCredits> citation_credits(std::string_view paragraph) {
  const std::size_t comma = paragraph.find(", ");
  if (comma == std::string_view::npos || comma > 120) return std::nullopt;
  std::string names(text::trim(paragraph.substr(0, comma)));
  std::string_view rest = text::trim(paragraph.substr(comma + 2));
  if (names.starts_with("Sir ")) names.erase(0, 4);  // a title of rank, not part of the name
  for (const char* joiner : {" with ", " & "}) {
    for (std::size_t at = names.find(joiner); at != std::string::npos; at = names.find(joiner)) names.replace(at, std::strlen(joiner), " and ");
  }
  std::vector<std::string> people = split_names(names);
  if (people.empty()) return std::nullopt;
  for (const auto& person : people) {
    if (!looks_like_name(person) || text::split_words(person).size() < 2) return std::nullopt;
  }
  CitationCredits credits;
  const std::string folded_rest = text::fold_for_matching(rest.substr(0, 16));
  auto role_is = [&](std::initializer_list<std::string_view> words) {
    return std::any_of(words.begin(), words.end(), [&](std::string_view word) { return folded_rest.starts_with(word); });
  };
  if (role_is({"eds.,", "ed.,", "editor,", "editors,", "(ed.)", "(eds.)"})) {
    credits.editors = std::move(people);
  } else if (role_is({"translator,", "trans.,", "translators,"})) {
    credits.translators = std::move(people);
  } else {
    if (text::split_words(rest).size() < 2) return std::nullopt;
    credits.authors = std::move(people);
  }
  return credits;
}

Review review_from_section(const std::vector<Block>& blocks, const Section& section, Review review, const FieldMap& field_map) {
  review.title.clear();
  review.authors.clear();
  FieldSources sources(review);
  std::size_t first = section.first;
  std::string_view title_line = text::trim(blocks[first].text);
  if (title_line.ends_with('.') && !title_line.ends_with("..")) title_line.remove_suffix(1);
  if (auto credit = list_item_credit(blocks[first])) {
    // The item's opening credit names the work; the rest of the item is the comment.
    apply_heading(review, std::move(*credit));
    sources.credit(review, "section heading");
    Review built = review_from_blocks(blocks, first, section.last, review, field_map);
    built.title = review.title;
    return built;
  }
  if (auto heading = parse_heading(title_line, /*allow_title_only=*/true)) {
    review.editors.clear();
    review.translators.clear();
    apply_heading(review, std::move(*heading));
    ++first;
  }
  // An entry's own date line ("March 30, 2024") is its date, not text.
  if (first < section.last && blocks[first].kind == BlockKind::kParagraph) {
    const std::string_view line = text::trim(blocks[first].text);
    if (text::split_words(line).size() <= 4) {
      if (auto date = normalize_date(line)) {
        review.date = *date;
        ++first;
      }
    }
  }
  if (review.authors.empty() && first < section.last && blocks[first].kind == BlockKind::kParagraph) {
    if (auto credits = citation_credits(blocks[first].text)) {
      review.authors = std::move(credits->authors);
      review.editors = std::move(credits->editors);
      review.translators = std::move(credits->translators);
    }
  }
  sources.credit(review, "section heading");
  Review built = review_from_blocks(blocks, first, section.last, review, field_map);
  built.title = review.title;
  return built;
}

}  // namespace

Result<std::vector<Review>> parse_markdown(std::string_view utf8, const ExtractOptions& options) {
  if (utf8.starts_with("\xEF\xBB\xBF")) utf8.remove_prefix(3);
  Review review;
  FieldSources sources(review);
  std::string_view metadata_source = "front matter";
  FieldCollector fields(options.field_map);
  FrontMatter front = split_front_matter(utf8);
  if (front.present && front.toml) {
    read_toml_front_matter(front.yaml, fields);
  } else if (front.present) {
    // Broken front matter costs its fields, not the review: the heading and text still count.
    if (Status status = read_front_matter(front.yaml, fields); !status) {
      review.warnings.push_back(status.error().message + "; its fields were ignored");
      fields = FieldCollector(options.field_map);
    }
  } else if (const std::size_t header = read_header_block(front.body, fields, /*strict=*/true)) {
    // A plain `key: value` block opening the file, as some collections write their metadata.
    for (std::string_view line : text::split_lines(front.body.substr(0, header))) {
      if (!text::trim(line).empty()) note_dropped(review, text::trim(line), "header block (read as fields)");
    }
    front.body.remove_prefix(header);
    metadata_source = "header block";
  }
  fields.fill(review);
  sources.credit(review, metadata_source);
  std::string_view body = front.body;
  const std::string metadata_text = fields.text();
  if (text::trim(body).empty() && !metadata_text.empty()) body = metadata_text;  // `review: "..."`
  return parse_markdown_body(body, std::move(review), options);
}

Result<std::vector<Review>> parse_markdown_body(std::string_view markdown, Review review, const ExtractOptions& options) {
  if (auto entries = reviews_from_bibtex(markdown, review)) return std::move(*entries);
  auto blocks = render_blocks(markdown);
  if (!blocks) return blocks.error();

  const std::vector<Section> sections = find_review_sections(*blocks, review);
  const bool one_entry = sections.size() == 1 && (is_dated_entry(*blocks, sections.front()) ||
                                                 list_item_credit((*blocks)[sections.front().first]).has_value());
  if (sections.size() >= 2 || one_entry) {
    std::vector<Review> reviews;
    for (const Section& section : sections) {
      Review one = review_from_section(*blocks, section, review, options.field_map);
      if (!one.text.empty() || !one.title.empty()) reviews.push_back(std::move(one));
    }
    if (reviews.size() >= 2 || (one_entry && reviews.size() == 1)) return reviews;
  }
  Review whole = review_from_blocks(*blocks, 0, blocks->size(), std::move(review), options.field_map);
  if (whole.text.empty()) return Error::unsupported("no review text found");
  return std::vector<Review>{std::move(whole)};
}

}  // namespace lectern::indexer
