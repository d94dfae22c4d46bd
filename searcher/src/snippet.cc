#include "snippet.h"

#include <algorithm>

namespace lectern::searcher {
namespace {

constexpr std::string_view kEllipsis = "…";

bool is_space(char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v'; }

bool is_utf8_continuation(char ch) { return (static_cast<unsigned char>(ch) & 0xC0) == 0x80; }

// Runs of white space (paragraph breaks included) as one space, trimmed.
std::string fold_spaces(std::string_view text) {
  std::string folded;
  folded.reserve(text.size());
  bool pending_space = false;
  for (char ch : text) {
    if (is_space(ch)) {
      pending_space = !folded.empty();
      continue;
    }
    if (pending_space) folded.push_back(' ');
    pending_space = false;
    folded.push_back(ch);
  }
  return folded;
}

// The entity starting at text[0], if it is one MSet::snippet writes, with its character.
bool match_entity(std::string_view text, std::size_t& length, char& ch) {
  if (text.empty() || text.front() != '&') return false;
  static constexpr std::pair<std::string_view, char> kEntities[] = {
      {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#39;", '\''}, {"&apos;", '\''}};
  for (const auto& [entity, character] : kEntities) {
    if (text.substr(0, entity.size()) == entity) {
      length = entity.size();
      ch = character;
      return true;
    }
  }
  return false;
}

struct Marks {
  std::string_view start;
  std::string_view end;
};

Marks marks_for(Highlight highlight) {
  switch (highlight) {
    case Highlight::kHtml: return {"<mark>", "</mark>"};
    case Highlight::kAnsi: return {"\x1b[1m", "\x1b[0m"};
    case Highlight::kPlain: return {"[", "]"};
    case Highlight::kNone: break;
  }
  return {"", ""};
}

// Control characters other than white space would corrupt a terminal or confuse the markers;
// cleaned text has none, so the copy is rarely made.
std::string_view without_controls(std::string_view text, std::string& storage) {
  const auto is_control = [](char ch) {
    const auto byte = static_cast<unsigned char>(ch);
    return (byte < 0x20 && !is_space(ch)) || byte == 0x7F;
  };
  if (std::none_of(text.begin(), text.end(), is_control)) return text;
  storage.assign(text);
  std::replace_if(storage.begin(), storage.end(), is_control, ' ');
  return storage;
}

}  // namespace

std::string escape_html(std::string_view text) {
  std::string escaped;
  escaped.reserve(text.size() + text.size() / 8);
  for (char ch : text) {
    switch (ch) {
      case '&': escaped += "&amp;"; break;
      case '<': escaped += "&lt;"; break;
      case '>': escaped += "&gt;"; break;
      default: escaped.push_back(ch);
    }
  }
  return escaped;
}

std::string render_snippet(std::string_view escaped_marked, Highlight highlight) {
  const Marks marks = marks_for(highlight);
  const std::string folded = fold_spaces(escaped_marked);
  std::string rendered;
  rendered.reserve(folded.size() + 16);
  for (std::size_t i = 0; i < folded.size();) {
    const std::string_view rest = std::string_view(folded).substr(i);
    std::size_t entity_length = 0;
    char entity_char = 0;
    if (rest.substr(0, kMarkStart.size()) == kMarkStart) {
      rendered += marks.start;
      i += kMarkStart.size();
    } else if (rest.substr(0, kMarkEnd.size()) == kMarkEnd) {
      rendered += marks.end;
      i += kMarkEnd.size();
    } else if (highlight != Highlight::kHtml && match_entity(rest, entity_length, entity_char)) {
      // One pass, so "&amp;lt;" (a literal "&lt;" in the text) becomes "&lt;", not "<".
      rendered.push_back(entity_char);
      i += entity_length;
    } else {
      rendered.push_back(folded[i]);
      ++i;
    }
  }
  return rendered;
}

std::string opening_snippet(std::string_view text, std::size_t length, Highlight highlight) {
  const std::string folded = fold_spaces(text);
  // Byte offset just past `length` code points.
  std::size_t cut = 0;
  std::size_t characters = 0;
  while (cut < folded.size() && characters < length) {
    ++cut;
    while (cut < folded.size() && is_utf8_continuation(folded[cut])) ++cut;
    ++characters;
  }
  std::string opening;
  if (cut >= folded.size()) {
    opening = folded;
  } else {
    // Cut after the last whole word, unless that would keep less than half of what fits (one
    // enormous word), then at the code point boundary.
    std::size_t word_end = cut;
    if (folded[cut] != ' ') {
      const std::size_t space = folded.rfind(' ', cut);
      word_end = space != std::string::npos && space >= cut / 2 ? space : cut;
    }
    std::string_view kept = std::string_view(folded).substr(0, word_end);
    while (!kept.empty() && (kept.back() == ' ' || kept.back() == ',' || kept.back() == ';' || kept.back() == ':')) {
      kept.remove_suffix(1);
    }
    opening.assign(kept);
    opening += kEllipsis;
  }
  return highlight == Highlight::kHtml ? escape_html(opening) : opening;
}

std::string make_snippet(const Xapian::MSet& mset, std::string_view text, std::size_t length,
                         const Xapian::Stem& stemmer, Highlight highlight) {
  if (length == 0 || text.empty()) return {};
  std::string storage;
  const std::string_view clean = without_controls(text, storage);
  const std::string marked =
      mset.snippet(std::string(clean), length, stemmer,
                   Xapian::MSet::SNIPPET_BACKGROUND_MODEL | Xapian::MSet::SNIPPET_EXHAUSTIVE,
                   std::string(kMarkStart), std::string(kMarkEnd), std::string(kEllipsis));
  if (marked.find(kMarkStart) == std::string::npos) return opening_snippet(clean, length, highlight);
  return render_snippet(marked, highlight);
}

}  // namespace lectern::searcher
