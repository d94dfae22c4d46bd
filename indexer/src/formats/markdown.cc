// Markdown reviews: optional YAML front matter for the metadata, then a body that is indexed
// as rendered text (what a reader sees), never as Markdown syntax: no `**`, no link or image
// URLs. md4c's SAX parser reports blocks, spans and text; we keep the text and turn block
// boundaries into line and paragraph breaks.
#include <md4c.h>
#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <vector>

#include "boilerplate.h"
#include "field_values.h"
#include "formats/format_parsers.h"
#include "heading.h"
#include "lectern/common/text.h"
#include "names.h"
#include "period.h"
#include "review_fields.h"

namespace lectern::indexer {
namespace {

// ---- front matter ----

struct FrontMatter {
  std::string_view yaml;  // between the fences, empty when there is none
  std::string_view body;  // everything after the closing fence
  bool present = false;
};

// A line that is exactly `fence`, allowing trailing spaces and a CR.
bool is_fence_line(std::string_view line, std::string_view fence) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
  return line == fence;
}

// Front matter is a `---` line at the very start and the next `---` (or `...`) line. Without a
// closing fence the leading `---` is a thematic break and the whole file is body.
FrontMatter split_front_matter(std::string_view text) {
  FrontMatter result;
  result.body = text;
  std::size_t end = text.find('\n');
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

// A YAML node as a raw metadata value for the field normaliser.
RawValue raw_value(const YAML::Node& node) {
  RawValue value;
  if (node.IsScalar()) {
    value.scalar = node.Scalar();
  } else if (node.IsSequence()) {
    for (const auto& item : node) value.items.push_back(raw_value(item));
  } else if (node.IsMap()) {
    for (const auto& entry : node) {
      if (entry.first.IsScalar()) value.members.emplace_back(entry.first.Scalar(), raw_value(entry.second));
    }
  }
  return value;
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
    for (const auto& entry : root) {
      if (entry.first.IsScalar()) fields.add(entry.first.Scalar(), raw_value(entry.second));
    }
    return Status::success();
  } catch (const YAML::ParserException& error) {
    return Error::invalid_argument("malformed YAML front matter at line " + std::to_string(error.mark.line + 2) +
                                   ": " + error.msg);
  } catch (const YAML::Exception& error) {
    return Error::invalid_argument(std::string("malformed YAML front matter: ") + error.what());
  }
}

// ---- body ----

enum class BlockKind { kParagraph, kHeading, kListItem, kCode, kQuote, kTableRow, kOther };

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  unsigned level = 0;  // heading level
  std::string text;
  std::vector<std::string> images;  // the alt text of each image in the block
  std::string outside_images;       // the block's text without the images' alt text
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
      case MD_BLOCK_LI: kinds_.push_back(BlockKind::kListItem); break;
      case MD_BLOCK_CODE: kinds_.push_back(BlockKind::kCode); break;
      case MD_BLOCK_QUOTE: kinds_.push_back(BlockKind::kQuote); break;
      case MD_BLOCK_TR: kinds_.push_back(BlockKind::kTableRow); break;
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
    return 0;
  }

  int leave_span(MD_SPANTYPE type) {
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
      return;
    }
    Block block;
    block.kind = kinds_.empty() ? BlockKind::kOther : kinds_.back();
    block.level = block.kind == BlockKind::kHeading ? level_ : 0;
    block.text = std::move(current_);
    block.images = std::move(images_);
    block.outside_images = std::move(outside_images_);
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

}  // namespace

Result<std::vector<Review>> parse_markdown(std::string_view utf8, const ExtractOptions& options) {
  if (utf8.starts_with("\xEF\xBB\xBF")) utf8.remove_prefix(3);
  Review review;
  FieldCollector fields(options.field_map);
  FrontMatter front = split_front_matter(utf8);
  if (front.present) {
    // Broken front matter costs its fields, not the review: the heading and text still count.
    if (Status status = read_front_matter(front.yaml, fields); !status) {
      review.warnings.push_back(status.error().message + "; its fields were ignored");
      fields = FieldCollector(options.field_map);
    }
  } else if (const std::size_t header = read_header_block(front.body, fields, /*strict=*/true)) {
    // A plain `key: value` block opening the file, as some collections write their metadata.
    front.body.remove_prefix(header);
  }
  fields.fill(review);
  std::string metadata_text;
  if (review.text.empty() && !fields.text().empty()) metadata_text = fields.text();

  auto blocks = render_blocks(front.body.empty() || text::trim(front.body).empty() ? std::string_view(metadata_text) : front.body);
  if (!blocks) return blocks.error();

  // The title heading is not repeated in the body: it is already the title field, and a
  // snippet that starts with the title wastes the reader's line. A heading that merely repeats
  // the front matter's title ("# Les Misérables, de Victor Hugo") goes too.
  const std::size_t heading_index = title_heading_index(*blocks);
  std::size_t skip = blocks->size();
  if (heading_index < blocks->size()) {
    const auto heading = parse_heading((*blocks)[heading_index].text, /*allow_title_only=*/true);
    if (heading) {
      const bool repeats_title = !review.title.empty() &&
                                 text::fold_for_matching(heading->title) == text::fold_for_matching(review.title);
      if (review.title.empty() || repeats_title) skip = heading_index;
      apply_heading(review, *heading);
    }
  }

  std::string body;
  const Block* previous = nullptr;
  for (std::size_t i = 0; i < blocks->size(); ++i) {
    if (i == skip) continue;
    const Block& block = (*blocks)[i];
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
  if (review.text.empty()) return Error::unsupported("no review text found");
  return std::vector<Review>{std::move(review)};
}

}  // namespace lectern::indexer
