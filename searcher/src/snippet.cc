#include "snippet.h"

#include <algorithm>
#include <set>

namespace lectern::searcher {
namespace {

// Marks considered when choosing fragments; a text with more matches than this has its best
// passages among the first ones anyway.
constexpr std::size_t kMaxMarksConsidered = 500;

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
  static constexpr std::pair<std::string_view, char> kEntities[] = {{"&amp;", '&'},  {"&lt;", '<'},   {"&gt;", '>'},
                                                                    {"&quot;", '"'}, {"&#39;", '\''}, {"&apos;", '\''}};
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

void append_text(std::string& out, std::string_view text, Highlight highlight) {
  out += highlight == Highlight::kHtml ? escape_html(text) : std::string(text);
}

// Byte offset `count` code points after (or before) `from`.
std::size_t forward_chars(std::string_view text, std::size_t from, std::size_t count) {
  std::size_t at = from;
  for (std::size_t n = 0; n < count && at < text.size(); ++n) {
    ++at;
    while (at < text.size() && is_utf8_continuation(text[at])) ++at;
  }
  return at;
}

std::size_t back_chars(std::string_view text, std::size_t from, std::size_t count) {
  std::size_t at = from;
  for (std::size_t n = 0; n < count && at > 0; ++n) {
    --at;
    while (at > 0 && is_utf8_continuation(text[at])) --at;
  }
  return at;
}

bool is_sentence_end_char(char ch) { return ch == '.' || ch == '!' || ch == '?'; }

bool is_closing_char(char ch) { return ch == '"' || ch == '\'' || ch == ')'; }

// True when a sentence starts at `at`: the text's start, or after ". " (a closing quote or
// bracket may follow the full stop). Curly quotes are multi-byte and simply not recognised.
bool is_sentence_start(std::string_view text, std::size_t at) {
  if (at == 0) return true;
  if (at < 2 || text[at - 1] != ' ') return false;
  std::size_t before = at - 2;
  if (is_closing_char(text[before]) && before > 0) --before;
  return is_sentence_end_char(text[before]);
}

// True when a sentence ends just before `at` (the text's end, or ". " follows).
bool is_sentence_end(std::string_view text, std::size_t at) {
  if (at == 0) return false;
  if (at < text.size() && text[at] != ' ') return false;
  std::size_t last = at - 1;
  if (is_closing_char(text[last]) && last > 0) --last;
  return is_sentence_end_char(text[last]);
}

// The mark that contains `at` strictly inside it, if any.
const std::pair<std::size_t, std::size_t>* mark_around(const MarkedText& marked, std::size_t at) {
  for (const auto& mark : marked.marks) {
    if (mark.first < at && at < mark.second) return &mark;
    if (mark.first >= at) break;
  }
  return nullptr;
}

std::pair<std::size_t, std::size_t> window_at(const MarkedText& marked,
                                              const std::pair<std::size_t, std::size_t>& anchor, std::size_t length) {
  const std::string_view text = marked.text;
  const std::size_t lowest = back_chars(text, anchor.first, length / 3);
  std::size_t begin = anchor.first;
  bool found_sentence = false;
  for (std::size_t at = anchor.first + 1; at-- > lowest;) {
    if (is_sentence_start(text, at)) {
      begin = at;
      found_sentence = true;
      break;
    }
  }
  if (!found_sentence && lowest > 0) {
    const std::size_t space = text.find(' ', lowest);
    begin = space != std::string_view::npos && space < anchor.first ? space + 1 : anchor.first;
  } else if (!found_sentence) {
    begin = 0;
  }
  if (const auto* mark = mark_around(marked, begin)) begin = mark->first;

  const std::size_t limit = forward_chars(text, begin, length);
  std::size_t end = limit;
  if (limit < text.size()) {
    const std::size_t earliest = forward_chars(text, begin, length * 2 / 3);
    bool found_end = false;
    for (std::size_t at = limit; at > earliest && at > anchor.second; --at) {
      if (is_sentence_end(text, at)) {
        end = at;
        found_end = true;
        break;
      }
    }
    if (!found_end) {
      const std::size_t space = text.rfind(' ', limit);
      end = space != std::string_view::npos && space > anchor.second ? space : limit;
    }
  }
  end = std::max(end, anchor.second);
  if (const auto* mark = mark_around(marked, end)) end = mark->second;
  if (end == text.size() && begin > 0) {
    // Near the end of the text the length left over goes to whole sentences before the match.
    const std::size_t earliest = back_chars(text, end, length);
    for (std::size_t at = earliest; at < begin; ++at) {
      if (is_sentence_start(text, at)) {
        begin = at;
        break;
      }
    }
  }
  return {begin, end};
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

MarkedText parse_marked(std::string_view escaped_marked) {
  MarkedText marked;
  std::string& out = marked.text;
  out.reserve(escaped_marked.size());
  bool pending_space = false;
  bool open = false;
  std::size_t open_at = 0;
  const auto emit = [&](char ch) {
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(ch);
  };
  for (std::size_t i = 0; i < escaped_marked.size();) {
    const std::string_view rest = escaped_marked.substr(i);
    std::size_t entity_length = 0;
    char entity_char = 0;
    if (rest.substr(0, kMarkStart.size()) == kMarkStart) {
      if (pending_space) out.push_back(' ');
      pending_space = false;
      open = true;
      open_at = out.size();
      i += kMarkStart.size();
    } else if (rest.substr(0, kMarkEnd.size()) == kMarkEnd) {
      if (open && out.size() > open_at) {
        auto& marks = marked.marks;
        if (!marks.empty() && marks.back().second + 1 == open_at && out[marks.back().second] == ' ') {
          marks.back().second = out.size();
        } else {
          marks.emplace_back(open_at, out.size());
        }
      }
      open = false;
      i += kMarkEnd.size();
    } else if (match_entity(rest, entity_length, entity_char)) {
      // One pass, so "&amp;lt;" (a literal "&lt;" in the text) becomes "&lt;", not "<".
      emit(entity_char);
      i += entity_length;
    } else if (is_space(escaped_marked[i])) {
      pending_space = !out.empty();
      ++i;
    } else {
      emit(escaped_marked[i]);
      ++i;
    }
  }
  return marked;
}

std::string render_marked(const MarkedText& marked, std::size_t begin, std::size_t end, Highlight highlight) {
  const Marks marks = marks_for(highlight);
  const std::string_view text = marked.text;
  end = std::min(end, text.size());
  std::string rendered;
  std::size_t at = begin;
  for (const auto& [first, last] : marked.marks) {
    if (last <= begin) continue;
    if (first >= end) break;
    const std::size_t from = std::max(first, begin);
    const std::size_t to = std::min(last, end);
    append_text(rendered, text.substr(at, from - at), highlight);
    rendered += marks.start;
    append_text(rendered, text.substr(from, to - from), highlight);
    rendered += marks.end;
    at = to;
  }
  if (at < end) append_text(rendered, text.substr(at, end - at), highlight);
  return rendered;
}

std::string render_snippet(std::string_view escaped_marked, Highlight highlight) {
  const MarkedText marked = parse_marked(escaped_marked);
  return render_marked(marked, 0, marked.text.size(), highlight);
}

std::vector<std::pair<std::size_t, std::size_t>> pick_fragments(const MarkedText& marked, std::size_t count,
                                                                std::size_t length) {
  std::vector<std::pair<std::size_t, std::size_t>> chosen;
  const std::size_t considered = std::min(marked.marks.size(), kMaxMarksConsidered);
  std::vector<std::string> words(considered);
  for (std::size_t i = 0; i < considered; ++i) {
    const auto& [first, last] = marked.marks[i];
    for (char ch : std::string_view(marked.text).substr(first, last - first)) {
      words[i].push_back(ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch);
    }
  }
  std::vector<bool> covered(considered, false);
  const auto overlaps_chosen = [&chosen](const std::pair<std::size_t, std::size_t>& window) {
    return std::any_of(chosen.begin(), chosen.end(), [&window](const auto& other) {
      return window.first < other.second && other.first < window.second;
    });
  };
  while (chosen.size() < count) {
    std::size_t best_score = 0;
    std::pair<std::size_t, std::size_t> best;
    for (std::size_t i = 0; i < considered; ++i) {
      if (covered[i]) continue;
      const auto window = window_at(marked, marked.marks[i], length);
      if (overlaps_chosen(window)) continue;
      std::set<std::string_view> distinct;
      std::size_t inside = 0;
      for (std::size_t j = 0; j < considered; ++j) {
        if (covered[j] || marked.marks[j].first < window.first || marked.marks[j].second > window.second) continue;
        distinct.insert(words[j]);
        ++inside;
      }
      const std::size_t score = distinct.size() * 1000 + inside;
      if (score > best_score) {
        best_score = score;
        best = window;
      }
    }
    if (best_score == 0) break;
    chosen.push_back(best);
    for (std::size_t j = 0; j < considered; ++j) {
      if (marked.marks[j].first >= best.first && marked.marks[j].second <= best.second) covered[j] = true;
    }
  }
  std::sort(chosen.begin(), chosen.end());
  return chosen;
}

std::string opening_snippet(std::string_view text, std::size_t length, Highlight highlight) {
  const std::string folded = fold_spaces(text);
  // Byte offset just past `length` code points.
  const std::size_t cut = forward_chars(folded, 0, length);
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

std::string make_snippet(const Xapian::MSet& mset, std::string_view text, const SnippetOptions& options,
                         const Xapian::Stem& stemmer) {
  if (options.length == 0 || text.empty()) return {};
  std::string storage;
  const std::string clean(without_controls(text, storage));
  const std::string start(kMarkStart);
  const std::string end(kMarkEnd);
  if (options.fragments <= 1) {
    // Without Xapian's SNIPPET_BACKGROUND_MODEL, which weighs the passages by every other word
    // of the text too, looking up each distinct word's frequency in the index: a B-tree search
    // per word, a quarter of a search's time at 100,000 reviews. The passage is chosen by the
    // query's words, as the windowed snippets of long reviews are (snippet_window.h).
    const MarkedText marked = parse_marked(mset.snippet(clean, options.length, stemmer,
                                                        Xapian::MSet::SNIPPET_EXHAUSTIVE, start, end,
                                                        std::string(kEllipsis)));
    if (marked.marks.empty()) return opening_snippet(clean, options.length, options.highlight);
    return render_marked(marked, 0, marked.text.size(), options.highlight);
  }
  // Longer than the text, so Xapian marks every match and cuts nothing.
  const MarkedText marked =
      parse_marked(mset.snippet(clean, clean.size() + 1, stemmer, Xapian::MSet::SNIPPET_EXHAUSTIVE, start, end, ""));
  const auto fragments = pick_fragments(marked, options.fragments, options.length);
  if (fragments.empty()) return opening_snippet(clean, options.length, options.highlight);
  std::string snippet;
  for (std::size_t i = 0; i < fragments.size(); ++i) {
    const auto& [first, last] = fragments[i];
    if (i == 0 && first > 0) snippet += kEllipsis;
    if (i > 0) snippet += first > fragments[i - 1].second + 1 ? kFragmentJoin : " ";
    snippet += render_marked(marked, first, last, options.highlight);
    if (i + 1 == fragments.size() && last < marked.text.size()) snippet += kEllipsis;
  }
  return snippet;
}

std::string highlight_title(const Xapian::MSet& mset, std::string_view title, const Xapian::Stem& stemmer,
                            Highlight highlight) {
  if (title.empty()) return {};
  std::string storage;
  const std::string clean(without_controls(title, storage));
  const MarkedText marked = parse_marked(
      mset.snippet(clean, clean.size() + 1, stemmer, 0, std::string(kMarkStart), std::string(kMarkEnd), ""));
  return render_marked(marked, 0, marked.text.size(), highlight);
}

}  // namespace lectern::searcher
