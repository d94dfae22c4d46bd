// HTML review pages: the visible article text, and metadata from schema.org JSON-LD, Open
// Graph and <meta> tags, falling back to the page's <h1> and <title>.
#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

#include "boilerplate.h"
#include "field_values.h"
#include "formats/format_parsers.h"
#include "heading.h"
#include "lectern/common/text.h"

namespace lectern::indexer {
namespace {

using nlohmann::json;

// Pages nest deeper than this only when generated badly or maliciously; the walks below stop
// there rather than exhaust the stack or the time budget.
constexpr std::size_t kMaxDepth = 400;
// JSON-LD is searched to this depth for Review and Book nodes.
constexpr int kMaxJsonDepth = 32;

// Elements whose content a reader never sees as part of the article.
constexpr std::array<GumboTag, 24> kSkippedTags = {
    GUMBO_TAG_SCRIPT,   GUMBO_TAG_STYLE,  GUMBO_TAG_NOSCRIPT, GUMBO_TAG_TEMPLATE, GUMBO_TAG_NAV,
    GUMBO_TAG_FOOTER,   GUMBO_TAG_ASIDE,  GUMBO_TAG_FORM,     GUMBO_TAG_BUTTON,   GUMBO_TAG_SELECT,
    GUMBO_TAG_IFRAME,   GUMBO_TAG_SVG,    GUMBO_TAG_HEAD,     GUMBO_TAG_TITLE,    GUMBO_TAG_TEXTAREA,
    GUMBO_TAG_INPUT,    GUMBO_TAG_OPTION, GUMBO_TAG_CANVAS,   GUMBO_TAG_OBJECT,   GUMBO_TAG_EMBED,
    GUMBO_TAG_AUDIO,    GUMBO_TAG_VIDEO,  GUMBO_TAG_DATALIST, GUMBO_TAG_MENU,
};

// Elements that start a new paragraph.
constexpr std::array<GumboTag, 27> kParagraphTags = {
    GUMBO_TAG_P,          GUMBO_TAG_DIV,     GUMBO_TAG_SECTION, GUMBO_TAG_ARTICLE, GUMBO_TAG_MAIN,
    GUMBO_TAG_HEADER,     GUMBO_TAG_H1,      GUMBO_TAG_H2,      GUMBO_TAG_H3,      GUMBO_TAG_H4,
    GUMBO_TAG_H5,         GUMBO_TAG_H6,      GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_UL,   GUMBO_TAG_OL,
    GUMBO_TAG_DL,         GUMBO_TAG_TABLE,   GUMBO_TAG_FIGURE,  GUMBO_TAG_FIGCAPTION, GUMBO_TAG_PRE,
    GUMBO_TAG_HR,         GUMBO_TAG_ADDRESS, GUMBO_TAG_DETAILS, GUMBO_TAG_SUMMARY, GUMBO_TAG_FIELDSET,
    GUMBO_TAG_BODY,       GUMBO_TAG_CENTER,
};

// Elements that start a new line within a paragraph.
constexpr std::array<GumboTag, 7> kLineTags = {
    GUMBO_TAG_BR, GUMBO_TAG_LI, GUMBO_TAG_TR, GUMBO_TAG_DT, GUMBO_TAG_DD, GUMBO_TAG_CAPTION, GUMBO_TAG_LEGEND,
};

// Words that mark the last part of a <title> as the site's name rather than the book's.
constexpr std::array<std::string_view, 14> kSiteWords = {
    "blog", "review", "books", "magazine", "journal", "news", "times", "press",
    "library", "club", ".com", ".org", ".net", "quarterly",
};

// Classes of the line under a blog post's title that gives its author, date and rating.
constexpr std::array<std::string_view, 9> kBylineClasses = {"byline",      "entry-meta",  "post-meta",
                                                            "author",      "post-author", "entry-author",
                                                            "article-author", "meta-author", "byline-author"};
// Words in a class or id that mark site furniture around the article: comment sections,
// sidebars, widgets, footers, breadcrumbs, cookie bars, share and like buttons, menus. Matched
// against the parts of each class name ("comment-respond" -> "comment", "respond").
constexpr std::array<std::string_view, 38> kFurnitureWords = {
    "comment",   "comments",   "respond",     "reply",      "sidebar",   "secondary",  "widget",
    "widgets",   "footer",     "colophon",    "breadcrumb", "breadcrumbs", "crumbs",   "cookie",    "cookies",
    "consent",   "gdpr",       "share",       "sharing",    "sharedaddy", "social",    "likes",     "related",
    "newsletter", "subscribe", "subscription", "nav",       "navigation", "navbar",    "menu",      "skip",
    "advert",    "advertisement", "ads",      "sponsored",  "promo",     "popup",      "modal"};
// Blocks whose text is mostly link text are menus and link lists, unless they are in the article.
constexpr std::array<GumboTag, 12> kLinkListTags = {
    GUMBO_TAG_DIV, GUMBO_TAG_UL, GUMBO_TAG_OL, GUMBO_TAG_TABLE, GUMBO_TAG_TD, GUMBO_TAG_TR,
    GUMBO_TAG_SECTION, GUMBO_TAG_P, GUMBO_TAG_HEADER, GUMBO_TAG_DL, GUMBO_TAG_CENTER, GUMBO_TAG_SPAN};
// Link text at least this share of a block's text (and two links or more) makes it a link list.
constexpr double kLinkListShare = 0.75;
constexpr std::size_t kMinLinksInList = 2;
// A byline's bare name ("Konrad Ashby · 9/10") needs this many words: one word is a category.
constexpr std::size_t kMinBareBylineNameWords = 2;
// Words that mark a byline segment as the rating ("Our rating: ★★★★☆").
constexpr std::array<std::string_view, 6> kRatingWords = {"rating", "stars", "score", "note", "bewertung", "valoraci"};
// "Posted on March 20, 2015": the date is found after at most this many leading words.
constexpr std::size_t kMaxWordsBeforeDate = 4;

template <std::size_t N>
bool contains(const std::array<GumboTag, N>& tags, GumboTag tag) {
  return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

struct GumboOutputDeleter {
  void operator()(GumboOutput* output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};
using GumboOutputHandle = std::unique_ptr<GumboOutput, GumboOutputDeleter>;

std::string ascii_lower(std::string_view value) {
  std::string lower(value);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); });
  return lower;
}

bool is_element(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

std::optional<std::string_view> attribute(const GumboNode* node, const char* name) {
  if (!is_element(node)) return std::nullopt;
  const GumboAttribute* found = gumbo_get_attribute(&node->v.element.attributes, name);
  if (found == nullptr) return std::nullopt;
  return std::string_view(found->value);
}

bool attribute_is(const GumboNode* node, const char* name, std::string_view value) {
  const auto found = attribute(node, name);
  return found && ascii_lower(text::trim(*found)) == value;
}

const GumboVector& children_of(const GumboNode* node) {
  return node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
}

bool is_hidden(const GumboNode* node) {
  if (attribute(node, "hidden")) return true;
  if (attribute_is(node, "aria-hidden", "true")) return true;
  if (const auto style = attribute(node, "style")) {
    std::string compact = ascii_lower(*style);
    compact.erase(std::remove(compact.begin(), compact.end(), ' '), compact.end());
    if (compact.find("display:none") != std::string::npos || compact.find("visibility:hidden") != std::string::npos) {
      return true;
    }
  }
  return false;
}

// The words of a node's class and id attributes, split at spaces, hyphens and underscores.
std::vector<std::string> class_words(const GumboNode* node) {
  std::vector<std::string> words;
  for (const char* name : {"class", "id"}) {
    const auto value = attribute(node, name);
    if (!value) continue;
    std::string word;
    for (char ch : ascii_lower(*value)) {
      if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '-' || ch == '_') {
        if (!word.empty()) words.push_back(std::move(word));
        word.clear();
      } else {
        word += ch;
      }
    }
    if (!word.empty()) words.push_back(std::move(word));
  }
  return words;
}

bool has_furniture_class(const GumboNode* node) {
  if (!is_element(node)) return false;
  const GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY) return false;
  const auto words = class_words(node);
  return std::any_of(words.begin(), words.end(), [](const std::string& word) {
    return std::find(kFurnitureWords.begin(), kFurnitureWords.end(), word) != kFurnitureWords.end();
  });
}

// True when one of the whole class names of `node` is in `names` ("byline" matches
// class="byline" but not class="comment-byline-extra").
template <std::size_t N>
bool has_class(const GumboNode* node, const std::array<std::string_view, N>& names) {
  const auto classes = attribute(node, "class");
  if (!classes) return false;
  const std::string lower = ascii_lower(*classes);
  std::size_t start = 0;
  while (start < lower.size()) {
    const std::size_t end = std::min(lower.find_first_of(" \t\n", start), lower.size());
    const std::string_view name = std::string_view(lower).substr(start, end - start);
    if (std::find(names.begin(), names.end(), name) != names.end()) return true;
    start = end + 1;
  }
  return false;
}

// Where the page's furniture is. The element holding the most paragraph text is the article
// proper: it and its ancestors are never furniture (a wrapper's "has-sidebar" class must not
// take the review with it), and link-dense blocks count as menus only outside it.
class PageLayout {
 public:
  explicit PageLayout(const GumboNode* root) {
    struct Stats {
      std::size_t text = 0;
      std::size_t link_text = 0;
      std::size_t links = 0;
      std::size_t paragraph_text = 0;  // text of direct <p> children and direct text nodes
    };
    std::vector<const GumboNode*> order;
    std::vector<std::pair<const GumboNode*, std::size_t>> stack = {{root, 0}};
    while (!stack.empty()) {
      const auto [node, depth] = stack.back();
      stack.pop_back();
      order.push_back(node);
      if ((!is_element(node) && node->type != GUMBO_NODE_DOCUMENT) || depth >= kMaxDepth) continue;
      if (is_element(node) && (contains(kSkippedTags, node->v.element.tag) || is_hidden(node))) continue;
      const GumboVector& children = children_of(node);
      for (unsigned i = 0; i < children.length; ++i) {
        stack.emplace_back(static_cast<const GumboNode*>(children.data[i]), depth + 1);
      }
    }
    std::unordered_map<const GumboNode*, Stats> stats;
    const GumboNode* densest = nullptr;
    std::size_t densest_text = 0;
    // Children come after their parent in `order`, so walking it backwards sums bottom-up.
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
      const GumboNode* node = *it;
      Stats own = stats[node];
      if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
        const std::string_view value = node->v.text.text;
        own.text = static_cast<std::size_t>(
            std::count_if(value.begin(), value.end(), [](char c) { return c != ' ' && c != '\n' && c != '\t' && c != '\r'; }));
      }
      const bool link = is_element(node) && node->v.element.tag == GUMBO_TAG_A;
      if (link) {
        own.link_text = own.text;
        own.links += 1;
      }
      stats[node] = own;
      if (is_element(node) && own.paragraph_text > densest_text) {
        densest = node;
        densest_text = own.paragraph_text;
      }
      if (node == root || node->parent == nullptr) continue;
      Stats& parent = stats[node->parent];
      parent.text += own.text;
      parent.link_text += own.link_text;
      parent.links += own.links;
      const bool paragraph = node->type == GUMBO_NODE_TEXT || (is_element(node) && node->v.element.tag == GUMBO_TAG_P);
      if (paragraph) parent.paragraph_text += own.text;
    }
    for (const auto& [node, node_stats] : stats) {
      if (!is_element(node) || !contains(kLinkListTags, node->v.element.tag)) continue;
      if (node_stats.links >= kMinLinksInList &&
          static_cast<double>(node_stats.link_text) >= kLinkListShare * static_cast<double>(node_stats.text)) {
        link_lists_.insert(node);
      }
    }
    for (const GumboNode* node = densest; node != nullptr; node = node->parent) {
      protected_.insert(node);
      if (node == root) break;
    }
    content_ = densest;
  }

  // True when `node` is furniture to leave out of the article's text.
  bool is_furniture(const GumboNode* node) const {
    if (protected_.contains(node)) return false;
    if (has_furniture_class(node)) return true;
    return link_lists_.contains(node) && !inside_content(node);
  }

 private:
  bool inside_content(const GumboNode* node) const {
    for (std::size_t depth = 0; node != nullptr && depth <= kMaxDepth; node = node->parent, ++depth) {
      if (node == content_) return true;
    }
    return false;
  }

  std::unordered_set<const GumboNode*> protected_;
  std::unordered_set<const GumboNode*> link_lists_;
  const GumboNode* content_ = nullptr;
};

// The raw text under a node, for <title>, <h1> and <script> contents.
std::string raw_text(const GumboNode* root) {
  std::string result;
  std::vector<std::pair<const GumboNode*, std::size_t>> stack = {{root, 0}};
  while (!stack.empty()) {
    const auto [node, depth] = stack.back();
    stack.pop_back();
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
      result += node->v.text.text;
      continue;
    }
    if (!is_element(node) || depth >= kMaxDepth) continue;
    const GumboVector& children = children_of(node);
    for (unsigned i = children.length; i > 0; --i) {
      stack.emplace_back(static_cast<const GumboNode*>(children.data[i - 1]), depth + 1);
    }
  }
  return result;
}

// Collapses HTML white space the way a browser renders it, and turns block boundaries into
// line and paragraph breaks.
class TextBuilder {
 public:
  enum Break { kNone = 0, kSpace = 1, kLine = 2, kParagraph = 3 };

  void add_break(Break level) { pending_ = std::max(pending_, level); }

  void add_text(std::string_view text, bool preformatted) {
    if (preformatted) {
      flush();
      out_ += text;
      return;
    }
    std::size_t i = 0;
    while (i < text.size()) {
      if (is_space(text[i])) {
        add_break(kSpace);
        ++i;
        continue;
      }
      std::size_t end = i;
      while (end < text.size() && !is_space(text[end])) ++end;
      flush();
      out_.append(text.substr(i, end - i));
      i = end;
    }
  }

  std::string take() { return std::move(out_); }

 private:
  static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

  void flush() {
    if (!out_.empty()) {
      if (pending_ == kSpace) out_ += ' ';
      if (pending_ == kLine) out_ += '\n';
      if (pending_ == kParagraph) out_ += "\n\n";
    }
    pending_ = kNone;
  }

  std::string out_;
  Break pending_ = kNone;
};

// The visible text under `root`. A <header> is the site's banner unless it sits inside the
// article (or the walk starts from the article), where it holds the review's own title.
std::string visible_text(const GumboNode* root, bool root_is_content, const PageLayout& layout) {
  struct Frame {
    const GumboNode* node;
    bool leaving;
    bool in_pre;
    bool in_content;
    std::size_t depth;
  };
  TextBuilder builder;
  std::vector<Frame> stack = {{root, false, false, root_is_content, 0}};
  while (!stack.empty()) {
    const Frame frame = stack.back();
    stack.pop_back();
    const GumboNode* node = frame.node;
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
      builder.add_text(node->v.text.text, frame.in_pre);
      continue;
    }
    if (node->type == GUMBO_NODE_WHITESPACE) {
      if (frame.in_pre) {
        builder.add_text(node->v.text.text, true);
      } else {
        builder.add_break(TextBuilder::kSpace);
      }
      continue;
    }
    if (!is_element(node)) continue;  // comments, the document node
    const GumboTag tag = node->v.element.tag;
    const TextBuilder::Break level = contains(kParagraphTags, tag) ? TextBuilder::kParagraph
                                     : contains(kLineTags, tag)    ? TextBuilder::kLine
                                     : (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) ? TextBuilder::kSpace
                                                                                   : TextBuilder::kNone;
    if (frame.leaving) {
      builder.add_break(level);
      continue;
    }
    if (node->type == GUMBO_NODE_TEMPLATE || contains(kSkippedTags, tag) || is_hidden(node)) continue;
    if (tag == GUMBO_TAG_HEADER && !frame.in_content) continue;
    if (node != root && layout.is_furniture(node)) continue;
    if (frame.depth >= kMaxDepth) continue;
    builder.add_break(level);
    const bool in_pre = frame.in_pre || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_TEXTAREA;
    const bool in_content = frame.in_content || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN;
    stack.push_back({node, true, frame.in_pre, frame.in_content, frame.depth});
    const GumboVector& children = node->v.element.children;
    for (unsigned i = children.length; i > 0; --i) {
      stack.push_back({static_cast<const GumboNode*>(children.data[i - 1]), false, in_pre, in_content, frame.depth + 1});
    }
  }
  return text::clean_body(builder.take());
}

// What one pass over the whole document collects.
struct PageScan {
  std::string html_lang;
  std::string title;
  std::string first_h1;
  std::map<std::string, std::string> meta;  // lower-case name or property -> content; first wins
  std::vector<std::string> meta_tags;       // every article:tag
  std::vector<std::string> json_ld;         // the text of each ld+json script
  std::string canonical;
  std::string microdata_date;
  std::string byline;  // "By Ann Reader · Posted on March 20, 2015 · Rating: ★★★★☆"
  const GumboNode* body = nullptr;
  std::vector<const GumboNode*> articles;
  const GumboNode* main = nullptr;
  const GumboNode* review_body = nullptr;
  const GumboNode* role_main = nullptr;
};

// A byline inside the comments is a commenter's.
bool in_furniture(const GumboNode* node) {
  for (std::size_t depth = 0; node != nullptr && depth <= kMaxDepth; node = node->parent, ++depth) {
    if (has_furniture_class(node)) return true;
  }
  return false;
}

void scan_element(const GumboNode* node, PageScan& scan) {
  const GumboTag tag = node->v.element.tag;
  switch (tag) {
    case GUMBO_TAG_HTML:
      if (const auto lang = attribute(node, "lang")) scan.html_lang = std::string(*lang);
      if (const auto lang = attribute(node, "xml:lang"); lang && scan.html_lang.empty()) scan.html_lang = std::string(*lang);
      break;
    case GUMBO_TAG_BODY:
      if (scan.body == nullptr) scan.body = node;
      break;
    case GUMBO_TAG_TITLE:
      if (scan.title.empty()) scan.title = raw_text(node);
      break;
    case GUMBO_TAG_H1:
      if (scan.first_h1.empty()) scan.first_h1 = raw_text(node);
      break;
    case GUMBO_TAG_ARTICLE:
      scan.articles.push_back(node);
      break;
    case GUMBO_TAG_MAIN:
      if (scan.main == nullptr) scan.main = node;
      break;
    case GUMBO_TAG_LINK:
      if (attribute_is(node, "rel", "canonical") && scan.canonical.empty()) {
        scan.canonical = std::string(attribute(node, "href").value_or(""));
      }
      break;
    case GUMBO_TAG_SCRIPT:
      if (attribute_is(node, "type", "application/ld+json")) scan.json_ld.push_back(raw_text(node));
      break;
    case GUMBO_TAG_META: {
      std::optional<std::string_view> key = attribute(node, "property");
      if (!key) key = attribute(node, "name");
      if (!key) key = attribute(node, "itemprop");
      if (!key) key = attribute(node, "http-equiv");
      const auto content = attribute(node, "content");
      if (!key || !content) break;
      const std::string name = ascii_lower(text::trim(*key));
      if (name == "article:tag") scan.meta_tags.emplace_back(*content);
      scan.meta.emplace(name, std::string(*content));
      break;
    }
    default:
      break;
  }
  if (attribute_is(node, "itemprop", "reviewbody") && scan.review_body == nullptr) scan.review_body = node;
  if (attribute_is(node, "role", "main") && scan.role_main == nullptr) scan.role_main = node;
  if (scan.byline.empty() && has_class(node, kBylineClasses) && !in_furniture(node)) scan.byline = raw_text(node);
  if (attribute_is(node, "itemprop", "datepublished") && scan.microdata_date.empty()) {
    auto value = attribute(node, "content");
    if (!value) value = attribute(node, "datetime");
    if (value) scan.microdata_date = std::string(*value);
  }
}

PageScan scan_page(const GumboNode* document) {
  PageScan scan;
  std::vector<std::pair<const GumboNode*, std::size_t>> stack = {{document, 0}};
  while (!stack.empty()) {
    const auto [node, depth] = stack.back();
    stack.pop_back();
    if (node->type == GUMBO_NODE_ELEMENT) scan_element(node, scan);
    if ((node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) || depth >= kMaxDepth) continue;
    const GumboVector& children = children_of(node);
    for (unsigned i = children.length; i > 0; --i) {
      stack.emplace_back(static_cast<const GumboNode*>(children.data[i - 1]), depth + 1);
    }
  }
  return scan;
}

// The first <h1> under `root`, or an empty string.
std::string first_h1_under(const GumboNode* root) {
  std::vector<std::pair<const GumboNode*, std::size_t>> stack = {{root, 0}};
  while (!stack.empty()) {
    const auto [node, depth] = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT || depth >= kMaxDepth) continue;
    if (node->v.element.tag == GUMBO_TAG_H1) return raw_text(node);
    const GumboVector& children = node->v.element.children;
    for (unsigned i = children.length; i > 0; --i) {
      stack.emplace_back(static_cast<const GumboNode*>(children.data[i - 1]), depth + 1);
    }
  }
  return {};
}

// ----- metadata -----

struct Metadata {
  std::string title;
  std::vector<std::string> authors;
  std::vector<std::string> editors;
  std::vector<std::string> translators;
  std::vector<std::string> illustrators;
  std::string reviewer;
  std::string date;
  std::optional<double> rating;
  std::string language;
  std::string url;
  std::vector<std::string> tags;
  std::string review_body;
};

// "fr", "fr-CA", "en_GB" -> the ISO 639-1 code; anything else -> empty.
std::string language_code(std::string_view value) {
  value = text::trim(value);
  const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (value.size() < 2 || !letter(value[0]) || !letter(value[1])) return {};
  if (value.size() > 2 && value[2] != '-' && value[2] != '_') return {};
  return ascii_lower(value.substr(0, 2));
}

std::string normalized_date(std::string_view value) {
  const std::string cleaned = text::clean_field(value);
  if (cleaned.empty()) return {};
  return normalize_date(cleaned).value_or("");
}

void add_unique(std::vector<std::string>& values, std::string value) {
  if (!value.empty() && std::find(values.begin(), values.end(), value) == values.end()) values.push_back(std::move(value));
}

// schema.org types may be written "Review", "schema:Review" or "https://schema.org/Review".
bool type_is(const json& node, std::string_view wanted) {
  const auto matches = [wanted](const json& type) {
    if (!type.is_string()) return false;
    std::string_view name = type.get_ref<const std::string&>();
    const std::size_t cut = name.find_last_of("/:");
    if (cut != std::string_view::npos) name.remove_prefix(cut + 1);
    return name == wanted;
  };
  if (!node.is_object()) return false;
  const auto type = node.find("@type");
  if (type == node.end()) return false;
  if (type->is_array()) return std::any_of(type->begin(), type->end(), matches);
  return matches(*type);
}

bool is_review(const json& node) {
  return type_is(node, "Review") || type_is(node, "CriticReview") || type_is(node, "UserReview");
}

// Every object in a JSON-LD document, including those inside @graph and nested properties.
void collect_objects(const json& value, int depth, std::vector<const json*>& out) {
  if (depth > kMaxJsonDepth) return;
  if (value.is_object()) {
    out.push_back(&value);
    for (const auto& [key, child] : value.items()) collect_objects(child, depth + 1, out);
  } else if (value.is_array()) {
    for (const auto& child : value) collect_objects(child, depth + 1, out);
  }
}

class JsonLd {
 public:
  explicit JsonLd(const std::vector<std::string>& scripts) {
    for (const std::string& script : scripts) {
      std::string_view source = text::trim(script);
      // Old pages hide scripts from ancient browsers inside comments.
      if (source.substr(0, 4) == "<!--") source.remove_prefix(4);
      if (source.size() >= 3 && source.substr(source.size() - 3) == "-->") source.remove_suffix(3);
      json parsed = json::parse(source, nullptr, /*allow_exceptions=*/false);
      if (!parsed.is_discarded()) documents_.push_back(std::move(parsed));
    }
    for (const json& document : documents_) collect_objects(document, 0, objects_);
    for (const json* object : objects_) {
      const auto id = object->find("@id");
      if (id != object->end() && id->is_string() && object->size() > 1) ids_.emplace(id->get<std::string>(), object);
    }
  }

  const json* find(bool (*predicate)(const json&)) const {
    for (const json* object : objects_) {
      if (predicate(*object)) return object;
    }
    return nullptr;
  }

  // A reference {"@id": "#book"} stands for the node with that id elsewhere in the graph.
  const json& resolve(const json& value) const {
    if (value.is_object() && value.size() == 1) {
      const auto id = value.find("@id");
      if (id != value.end() && id->is_string()) {
        const auto target = ids_.find(id->get<std::string>());
        if (target != ids_.end()) return *target->second;
      }
    }
    return value;
  }

  // Names from a Person/Organization object, a string, or an array of either.
  std::vector<std::string> names(const json& value) const {
    std::vector<std::string> result;
    const json& node = resolve(value);
    if (node.is_string()) {
      add_unique(result, text::clean_field(node.get_ref<const std::string&>()));
    } else if (node.is_array()) {
      for (const json& item : node) {
        for (std::string& name : names(item)) add_unique(result, std::move(name));
      }
    } else if (node.is_object()) {
      std::string name = string_of(node, "name");
      if (name.empty()) name = text::trim(string_of(node, "givenName") + " " + string_of(node, "familyName"));
      add_unique(result, text::clean_field(name));
    }
    return result;
  }

  // A string or number member as text; empty when absent or of another type.
  static std::string string_of(const json& node, const char* key) {
    if (!node.is_object()) return {};
    const auto found = node.find(key);
    if (found == node.end()) return {};
    if (found->is_string()) return found->get<std::string>();
    if (found->is_number_integer()) return std::to_string(found->get<long long>());
    if (found->is_number()) return found->dump();
    return {};
  }

 private:
  std::vector<json> documents_;
  std::vector<const json*> objects_;
  std::unordered_map<std::string, const json*> ids_;
};

bool is_book(const json& node) { return type_is(node, "Book"); }

void read_book(const JsonLd& ld, const json& book, Metadata& meta) {
  meta.title = text::clean_field(JsonLd::string_of(book, "name"));
  for (const auto& [key, target] : {std::pair{"author", &meta.authors}, std::pair{"editor", &meta.editors},
                                    std::pair{"translator", &meta.translators}, std::pair{"illustrator", &meta.illustrators}}) {
    if (book.contains(key)) *target = ld.names(book.at(key));
  }
}

std::optional<double> read_rating(const json& rating) {
  if (rating.is_object()) {
    const std::string value = JsonLd::string_of(rating, "ratingValue");
    const std::string best_text = JsonLd::string_of(rating, "bestRating");
    std::optional<double> best;
    if (!best_text.empty()) {
      char* end = nullptr;
      const double parsed = std::strtod(best_text.c_str(), &end);
      if (end != best_text.c_str() && parsed > 0) best = parsed;
    }
    return value.empty() ? std::nullopt : parse_rating(value, best);
  }
  if (rating.is_string()) return parse_rating(rating.get_ref<const std::string&>());
  if (rating.is_number()) return parse_rating(rating.dump());
  return std::nullopt;
}

void read_review(const JsonLd& ld, const json& review, Metadata& meta) {
  if (const auto item = review.find("itemReviewed"); item != review.end()) {
    const json* book = &ld.resolve(*item);
    if (book->is_array()) {
      const auto first = std::find_if(book->begin(), book->end(), [](const json& node) { return node.is_object(); });
      book = first != book->end() ? &ld.resolve(*first) : nullptr;
    }
    if (book != nullptr && book->is_object()) read_book(ld, *book, meta);
  } else if (const json* book = ld.find(is_book)) {
    read_book(ld, *book, meta);  // a Book whose "review" property holds this Review
  }
  if (review.contains("author")) {
    const std::vector<std::string> reviewers = ld.names(review.at("author"));
    for (const std::string& name : reviewers) meta.reviewer += (meta.reviewer.empty() ? "" : ", ") + name;
  }
  meta.date = normalized_date(JsonLd::string_of(review, "datePublished"));
  if (meta.date.empty()) meta.date = normalized_date(JsonLd::string_of(review, "dateCreated"));
  if (const auto rating = review.find("reviewRating"); rating != review.end()) meta.rating = read_rating(*rating);
  meta.language = language_code(JsonLd::string_of(review, "inLanguage"));
  meta.url = text::clean_field(JsonLd::string_of(review, "url"));
  if (const auto keywords = review.find("keywords"); keywords != review.end()) {
    if (keywords->is_array()) {
      for (const json& keyword : *keywords) {
        if (keyword.is_string()) add_unique(meta.tags, text::clean_field(keyword.get_ref<const std::string&>()));
      }
    } else if (keywords->is_string()) {
      const std::string& list = keywords->get_ref<const std::string&>();
      std::size_t start = 0;
      while (start <= list.size()) {
        const std::size_t comma = std::min(list.find(',', start), list.size());
        add_unique(meta.tags, text::clean_field(std::string_view(list).substr(start, comma - start)));
        start = comma + 1;
      }
    }
  }
  meta.review_body = JsonLd::string_of(review, "reviewBody");
}

Metadata read_json_ld(const std::vector<std::string>& scripts) {
  Metadata meta;
  if (scripts.empty()) return meta;
  try {
    const JsonLd ld(scripts);
    if (const json* review = ld.find(is_review)) {
      read_review(ld, *review, meta);
    } else if (const json* book = ld.find(is_book)) {
      read_book(ld, *book, meta);
    }
  } catch (const json::exception&) {
    return {};  // malformed structured data is ignored, as browsers ignore it
  }
  return meta;
}

bool is_site_suffix(std::string_view suffix, std::string_view site_name) {
  const std::string folded = text::fold_for_matching(text::trim(suffix));
  if (folded.empty()) return false;
  if (!site_name.empty() && folded == text::fold_for_matching(text::trim(site_name))) return true;
  return std::any_of(kSiteWords.begin(), kSiteWords.end(),
                     [&folded](std::string_view word) { return folded.find(word) != std::string::npos; });
}

// "The Betrayal by Helen Dunmore – review | Books | The Site" -> "The Betrayal by Helen Dunmore".
// Everything after " | " is the site's; a part after a dash is dropped only when it names the
// site, since "Wolf Hall - Hilary Mantel" keeps its author.
std::string strip_site_suffix(std::string title, std::string_view site_name) {
  if (const std::size_t bar = title.find(" | "); bar != std::string::npos && !text::trim(title.substr(0, bar)).empty()) {
    title.resize(bar);
  }
  for (bool cut = true; cut;) {
    cut = false;
    for (std::string_view separator : {" - ", " – ", " — ", " :: ", " · ", " » "}) {
      const std::size_t at = title.rfind(separator);
      if (at == std::string::npos || at == 0) continue;
      if (is_site_suffix(std::string_view(title).substr(at + separator.size()), site_name)) {
        title.resize(at);
        cut = true;
        break;
      }
    }
  }
  return std::string(text::trim(title));
}

// The reviewer a byline segment names: "Reviewed by Ann Reader", "By Ann Reader", or the
// bare name when it opens the byline ("Konrad Ashby · 9/10"). The work's own author is never
// the reviewer. Returns true when the segment was the name.
bool read_byline_name(std::string_view segment, bool first_segment, Metadata& meta) {
  std::string name;
  std::string date;
  if (auto byline = parse_byline(segment)) {
    name = std::move(byline->reviewer);
    date = std::move(byline->date);
  } else if (ascii_lower(segment).starts_with("by ")) {
    std::string_view rest = text::trim(segment.substr(3));
    const std::size_t on = ascii_lower(rest).find(" on ");
    if (on != std::string_view::npos) {
      date = normalize_date(rest.substr(on + 4)).value_or("");
      rest = text::trim(rest.substr(0, on));
    }
    name = text::clean_field(rest);
    if (!looks_like_name(name)) return false;
  } else if (first_segment && looks_like_name(segment)) {
    name = text::clean_field(segment);
    std::size_t words = 1;
    for (char ch : name) words += ch == ' ' ? 1 : 0;
    if (words < kMinBareBylineNameWords) return false;
  } else {
    return false;
  }
  const bool own_author = std::any_of(meta.authors.begin(), meta.authors.end(), [&name](const std::string& author) {
    return text::fold_for_matching(author) == text::fold_for_matching(name);
  });
  if (name.empty() || own_author) return false;
  meta.reviewer = std::move(name);
  if (meta.date.empty()) meta.date = std::move(date);
  return true;
}

// Reviewer, date and rating from a byline, for pages without structured data. Segments are separated by
// middle dots or bars; a segment with stars or a rating word is the rating, and the first
// segment that ends in a date ("Posted on March 20, 2015") gives the date.
void read_byline(std::string_view byline, Metadata& meta) {
  std::string segments = text::clean_field(byline);
  for (std::string_view separator : {"·", "|", "•"}) {
    for (std::size_t at = segments.find(separator); at != std::string::npos; at = segments.find(separator, at + 1)) {
      segments.replace(at, separator.size(), "\n");
    }
  }
  std::size_t start = 0;
  bool first_segment = true;
  while (start < segments.size()) {
    const std::size_t end = std::min(segments.find('\n', start), segments.size());
    const std::string segment(text::trim(std::string_view(segments).substr(start, end - start)));
    start = end + 1;
    const std::string lower = text::to_lower(segment);
    const bool stars = segment.find("★") != std::string::npos || segment.find("☆") != std::string::npos;
    if (stars || std::any_of(kRatingWords.begin(), kRatingWords.end(),
                             [&lower](std::string_view word) { return lower.find(word) != std::string::npos; })) {
      if (!meta.rating) {
        const std::size_t colon = segment.rfind(':');
        meta.rating = parse_rating(text::trim(colon == std::string::npos ? segment : segment.substr(colon + 1)));
      }
      continue;
    }
    if (meta.reviewer.empty() && read_byline_name(segment, first_segment, meta)) {
      first_segment = false;
      continue;
    }
    first_segment = false;
    std::string_view rest = segment;
    for (std::size_t words = 0; meta.date.empty() && !rest.empty() && words <= kMaxWordsBeforeDate; ++words) {
      meta.date = normalize_date(rest).value_or("");
      const std::size_t space = rest.find(' ');
      rest = space == std::string_view::npos ? std::string_view() : text::trim(rest.substr(space + 1));
    }
  }
}

// The book's title and author from the page's own headings, in order of trust: Open Graph and
// <meta name="title">, the article's <h1>, then <title>. A heading that names an author wins
// over a better-ranked one that does not ("Exposure" vs "Exposure by Helen Dunmore").
std::optional<Heading> heading_from_page(const PageScan& scan, const std::string& h1) {
  const auto meta = [&scan](const char* key) {
    const auto found = scan.meta.find(key);
    return found == scan.meta.end() ? std::string() : found->second;
  };
  std::string site_name = meta("og:site_name");
  if (site_name.empty()) site_name = meta("application-name");
  std::vector<std::string> candidates;
  for (std::string candidate : {meta("og:title"), meta("title"), h1, strip_site_suffix(text::clean_field(scan.title), site_name)}) {
    candidate = text::clean_field(candidate);
    if (!candidate.empty()) candidates.push_back(std::move(candidate));
  }
  std::optional<Heading> title_only;
  for (const std::string& candidate : candidates) {
    std::optional<Heading> heading = parse_heading(candidate, /*allow_title_only=*/true);
    if (!heading || heading->title.empty()) continue;
    if (!heading->authors.empty()) return heading;
    if (!title_only) title_only = std::move(heading);
  }
  if (title_only) return title_only;
  if (candidates.empty()) return std::nullopt;
  Heading raw;
  raw.title = candidates.front();
  return raw;
}

void fill_from_page(const PageScan& scan, const std::string& h1, Metadata& meta) {
  const auto meta_value = [&scan](std::initializer_list<const char*> keys) {
    for (const char* key : keys) {
      const auto found = scan.meta.find(key);
      if (found != scan.meta.end() && !text::trim(found->second).empty()) return found->second;
    }
    return std::string();
  };
  if (meta.title.empty() || meta.authors.empty()) {
    if (std::optional<Heading> heading = heading_from_page(scan, h1)) {
      if (meta.title.empty()) {
        meta.title = heading->title;
        meta.authors = heading->authors;
        meta.editors = heading->editors;
        meta.translators = heading->translators;
        meta.illustrators = heading->illustrators;
      } else if (text::fold_for_matching(heading->title) == text::fold_for_matching(meta.title)) {
        meta.authors = heading->authors;  // structured data named the book but not its author
      }
    }
  }
  if (meta.reviewer.empty()) {
    std::string reviewer = meta_value({"author"});
    const std::string article_author = meta_value({"article:author"});
    // article:author is often a profile URL rather than a name.
    if (reviewer.empty() && article_author.find("://") == std::string::npos) reviewer = article_author;
    meta.reviewer = text::clean_field(reviewer);
  }
  if (meta.date.empty()) {
    meta.date = normalized_date(meta_value({"article:published_time", "date", "dc.date", "dc.date.issued",
                                            "pubdate", "publish-date", "datepublished"}));
  }
  if (meta.date.empty()) meta.date = normalized_date(scan.microdata_date);
  if (meta.reviewer.empty() || meta.date.empty() || !meta.rating) read_byline(scan.byline, meta);
  if (meta.language.empty()) meta.language = language_code(scan.html_lang);
  if (meta.language.empty()) meta.language = language_code(meta_value({"content-language", "og:locale"}));
  if (meta.url.empty()) meta.url = text::clean_field(meta_value({"og:url"}));
  if (meta.url.empty()) meta.url = text::clean_field(scan.canonical);
  if (meta.tags.empty()) {
    for (const std::string& tag : scan.meta_tags) add_unique(meta.tags, text::clean_field(tag));
  }
}

// The element holding the review: the <article> with the most text (pages also use <article>
// for teasers and comments), else <main>, the microdata reviewBody, or role=main.
std::pair<const GumboNode*, std::string> content_text(const PageScan& scan, const PageLayout& layout) {
  const GumboNode* best = nullptr;
  std::string best_text;
  for (const GumboNode* article : scan.articles) {
    std::string candidate = visible_text(article, true, layout);
    if (candidate.size() > best_text.size()) {
      best = article;
      best_text = std::move(candidate);
    }
  }
  if (!best_text.empty()) return {best, std::move(best_text)};
  for (const GumboNode* root : {scan.main, scan.review_body, scan.role_main}) {
    if (root == nullptr) continue;
    std::string candidate = visible_text(root, true, layout);
    if (!candidate.empty()) return {root, std::move(candidate)};
  }
  if (scan.body != nullptr) return {scan.body, visible_text(scan.body, false, layout)};
  return {nullptr, {}};
}

}  // namespace

Result<std::vector<Review>> parse_html(std::string_view utf8, const ExtractOptions& options) {
  GumboOptions gumbo_options = kGumboDefaultOptions;
  gumbo_options.max_errors = 0;  // parse errors are normal on the web; don't spend memory on them
  const GumboOutputHandle output(gumbo_parse_with_options(&gumbo_options, utf8.data(), utf8.size()));
  if (!output) return Error::internal("the HTML parser failed");

  const PageScan scan = scan_page(output->document);
  const PageLayout layout(output->document);
  auto [root, body] = content_text(scan, layout);
  std::string h1 = root != nullptr ? first_h1_under(root) : std::string();
  if (h1.empty()) h1 = scan.first_h1;

  Metadata meta = read_json_ld(scan.json_ld);
  fill_from_page(scan, text::clean_field(h1), meta);
  if (body.empty()) body = text::clean_body(text::decode_html_entities(meta.review_body));
  if (body.empty()) return Error::unsupported("no visible text in the HTML page");

  Review review;
  review.title = std::move(meta.title);
  review.authors = std::move(meta.authors);
  review.editors = std::move(meta.editors);
  review.translators = std::move(meta.translators);
  review.illustrators = std::move(meta.illustrators);
  review.reviewer = std::move(meta.reviewer);
  review.date = std::move(meta.date);
  review.rating = meta.rating;
  review.language = options.language.empty() ? std::move(meta.language) : options.language;
  review.url = std::move(meta.url);
  review.tags = std::move(meta.tags);
  // What the markup did not mark as furniture is sorted like any other body: bylines and
  // rating lines in the text, captions, reading lists, and debris such as cookie notices.
  read_review_body(body, review);
  if (review.text.empty()) return Error::unsupported("no visible text in the HTML page");
  std::vector<Review> reviews;
  reviews.push_back(std::move(review));
  return reviews;
}

}  // namespace lectern::indexer
