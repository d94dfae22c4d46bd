// reStructuredText posts (Pelican, Nikola, Sphinx blogs), read by turning them into the Markdown
// the Markdown parser already understands: the metadata (`:date: 2019-04-28` field lists at the
// top, Nikola's `.. title: ...` comments) goes to the field normaliser, the title with its
// under- or overline becomes a heading, section titles become subheadings, `interpreted` and
// *emphasised* titles become emphasis, `text <url>`__ links their text, and directives,
// comments, roles and link targets are dropped.
#include <algorithm>
#include <string>
#include <vector>

#include "formats/format_parsers.h"
#include "lectern/common/text.h"
#include "provenance.h"
#include "review_fields.h"

namespace lectern::indexer {
namespace {

// A line made of one punctuation character repeated (`=====`, `-----`, `~~~~`): an adornment.
bool is_adornment(std::string_view line) {
  line = text::trim(line);
  if (line.size() < 3) return false;
  const char ch = line.front();
  if (std::isalnum(static_cast<unsigned char>(ch)) || ch == ' ') return false;
  return line.find_first_not_of(ch) == std::string_view::npos;
}

bool is_indented(std::string_view line) { return !line.empty() && (line.front() == ' ' || line.front() == '\t'); }

// Inline markup: roles (:emphasis:`x` -> *x*), `Title <url>`__ and `Title`_ -> *Title*, bare
// `Title` -> *Title*, ``code`` -> code, reference names (word_) -> word.
std::string inline_markdown(std::string_view line) {
  std::string out;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char ch = line[i];
    if (ch == ':' && i + 1 < line.size() && std::isalpha(static_cast<unsigned char>(line[i + 1]))) {
      // :role:`text`
      const std::size_t close = line.find(":`", i + 1);
      if (close != std::string_view::npos && line.substr(i + 1, close - i - 1).find(' ') == std::string_view::npos) {
        i = close;  // the backquote that follows opens the interpreted text
        continue;
      }
    }
    if (ch == '`') {
      const bool literal = i + 1 < line.size() && line[i + 1] == '`';
      const std::size_t open = i + (literal ? 2 : 1);
      const std::size_t close = line.find(literal ? "``" : "`", open);
      if (close == std::string_view::npos) {
        out += ch;
        continue;
      }
      std::string_view inner = line.substr(open, close - open);
      std::size_t after = close + (literal ? 2 : 1);
      if (!literal) {
        if (const std::size_t angle = inner.rfind(" <"); angle != std::string_view::npos && inner.ends_with(">")) {
          inner = text::trim(inner.substr(0, angle));
        }
        while (after < line.size() && line[after] == '_') ++after;  // `name`_ and `name`__
      }
      out += literal ? std::string(inner) : "*" + std::string(inner) + "*";
      i = after - 1;
      continue;
    }
    if (ch == '_' && i > 0 && std::isalnum(static_cast<unsigned char>(line[i - 1])) &&
        (i + 1 == line.size() || !std::isalnum(static_cast<unsigned char>(line[i + 1])))) {
      while (i + 1 < line.size() && line[i + 1] == '_') ++i;  // word_ or word__: a reference
      continue;
    }
    out += ch;
  }
  return out;
}

}  // namespace

Result<std::vector<Review>> parse_restructured_text(std::string_view utf8, const ExtractOptions& options) {
  if (utf8.starts_with("\xEF\xBB\xBF")) utf8.remove_prefix(3);
  // Interpreted text may run over lines (`A Close Run Thing <http://...\n  ...>`__): such lines are
  // joined so that inline markup is read whole.
  std::vector<std::string> joined;
  for (std::string_view line : text::split_lines(utf8)) {
    const bool open = !joined.empty() && std::count(joined.back().begin(), joined.back().end(), '`') % 2 == 1;
    if (open) {
      joined.back() += " " + std::string(text::trim(line));
    } else {
      joined.emplace_back(line);
    }
  }
  const std::vector<std::string_view> lines(joined.begin(), joined.end());
  FieldCollector fields(options.field_map);
  std::string markdown;
  bool seen_title = false;
  bool at_top = true;  // metadata comments and field lists only count before the text
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = lines[i];
    const std::string_view trimmed = text::trim(line);
    if (trimmed.empty()) {
      markdown += '\n';
      continue;
    }
    // Nikola metadata `.. title: x` and top field lists `:date: 2019-04-28`.
    if (at_top && (trimmed.starts_with(".. ") || trimmed.starts_with(":"))) {
      std::string_view field = trimmed.starts_with(".. ") ? trimmed.substr(3) : trimmed.substr(1);
      const std::size_t colon = field.find(':');
      if (colon != std::string_view::npos && colon > 0 && field.substr(0, colon).find(' ') == std::string_view::npos &&
          !field.substr(colon).starts_with("::")) {
        const std::string value(text::trim(field.substr(colon + 1)));
        if (!value.empty()) fields.add(field.substr(0, colon), RawValue::of(value));
        continue;
      }
    }
    // Directives, comments and link targets, with their indented bodies.
    if (trimmed.starts_with("..") && !is_indented(line)) {
      while (i + 1 < lines.size() && (is_indented(lines[i + 1]) || text::trim(lines[i + 1]).empty())) {
        if (text::trim(lines[i + 1]).empty() && (i + 2 >= lines.size() || !is_indented(lines[i + 2]))) break;
        ++i;
      }
      continue;
    }
    // A title: text under (and perhaps over) an adornment line.
    if (is_adornment(line)) {
      if (i + 2 < lines.size() && !is_adornment(lines[i + 1]) && is_adornment(lines[i + 2])) {
        markdown += (seen_title ? "## " : "# ") + inline_markdown(text::trim(lines[i + 1])) + "\n";
        seen_title = true;
        i += 2;
      }
      continue;  // a transition line, or an overline already used
    }
    if (i + 1 < lines.size() && is_adornment(lines[i + 1]) && !is_indented(line) &&
        text::trim(lines[i + 1]).size() + 1 >= trimmed.size()) {
      markdown += (seen_title ? "## " : "# ") + inline_markdown(trimmed) + "\n";
      seen_title = true;
      ++i;
      at_top = false;
      continue;
    }
    at_top = false;
    // Bullets (`+`, `*`, `-`) and their indented continuations stay Markdown list items.
    std::string converted(line);
    if (trimmed.starts_with("+ ")) converted = std::string(line.substr(0, line.find('+'))) + "- " + std::string(trimmed.substr(2));
    markdown += inline_markdown(converted) + "\n";
  }
  Review metadata;
  FieldSources sources(metadata);
  fields.fill(metadata);
  sources.credit(metadata, "field list");
  return parse_markdown_body(markdown, std::move(metadata), options);
}

}  // namespace lectern::indexer
