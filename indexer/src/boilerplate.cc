#include "boilerplate.h"

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

#include "field_values.h"
#include "lectern/common/text.h"
#include "mentions.h"
#include "provenance.h"
#include "reviewer_byline.h"
#include "time_budget.h"

namespace lectern::indexer {
namespace {

// A caption is a short line; a long parenthesised paragraph is an aside and stays in the text.
constexpr std::size_t kMaxCaptionBytes = 300;
// A parenthesised sentence longer than this is an aside, not a caption ("(Photo: AP.)" is one).
constexpr std::size_t kMaxCaptionSentenceWords = 6;
// Widget, cookie and navigation lines are short; a long line is a paragraph of the review
// even when it happens to mention cookies.
constexpr std::size_t kMaxWidgetLineBytes = 400;
// Share buttons end the review only once it has said this much: buttons above the article
// must not cut the article away. (A comment form never comes before the review.)
constexpr std::size_t kMinReviewBytesBeforeShareTail = 200;
// A line that is only a date ("March 3, 2015") is this short.
constexpr std::size_t kMaxDateLineBytes = 40;
// Segments of a navigation bar are short link labels, not sentences.
constexpr std::size_t kMaxNavigationSegmentWords = 10;
// A line of links to the previous and next posts is this short.
constexpr std::size_t kMaxPostNavigationWords = 12;
// A reading list's heading ("Further reading", "Bibliography:") is a short line; when its
// paragraph names no work itself, the list follows in the next paragraph.
constexpr std::size_t kMaxListHeadingWords = 8;
// Tag lines ("Filed under: classics, middle ages") are short.
constexpr std::size_t kMaxTagLineBytes = 200;

// Lines from which everything to the end of the body is the comment section: phrases no
// review sentence starts with.
constexpr std::array<std::string_view, 9> kCommentTailMarkers = {
    "leave a reply",           "fill in your details below", "you are commenting using",
    "connecting to %s",        "your email address will not be published", "for further reviews visit",
    "comments are closed",     "notify me of new comments",  "notify me of follow-up comments"};

// The same, as whole lines only ("You may also like his earlier novel" is prose).
constexpr std::array<std::string_view, 10> kCommentTailLines = {
    "leave a comment", "post a comment", "add a comment", "post navigation", "cancel reply",
    "you may also like", "related posts", "related articles", "comments", "responses"};

// Lines from which everything to the end of the body is share and like widgets.
constexpr std::array<std::string_view, 3> kShareTailMarkers = {"share this:", "share this post", "like this:"};

// After a number: "4 thoughts on “Title”", "12 comments", "3 responses to ...".
constexpr std::array<std::string_view, 10> kCommentCountPhrases = {
    " thoughts on", " thought on", " comments on", " comment on", " responses to", " response to",
    " replies to",  " comments",   " responses",   " replies"};

// Widget lines dropped wherever they stand; they are whole lines, never prose.
constexpr std::array<std::string_view, 31> kWidgetLines = {
    "like loading...", "like loading\xE2\x80\xA6", "loading...",       "loading\xE2\x80\xA6", "related",
    "facebook photo",  "twitter picture",          "google photo",     "advertisements",      "advertisement",
    "report this ad",  "skip to content",          "skip to main content", "menu",            "main menu",
    "toggle navigation", "search",                 "search for:",      "subscribe",           "sponsored",
    "privacy policy",  "cookie policy",            "privacy",          "log in",              "sign up",
    "back to top",     "scroll to top",            "reply",            "share",               "like",
    "reblog"};

// Share buttons: a line made only of these words is a share widget.
constexpr std::array<std::string_view, 18> kShareWords = {
    "twitter", "facebook", "email",   "e-mail",   "print",    "reddit", "pinterest", "whatsapp", "tumblr",
    "linkedin", "pocket",  "telegram", "mastodon", "bluesky", "more",   "share",     "tweet",    "reblog"};

// A line holding "cookie" and one of these is a cookie notice.
constexpr std::array<std::string_view, 17> kCookiePhrases = {
    "uses cookies",      "use cookies",         "use of cookies",       "cookie policy",   "cookies policy",
    "accept cookies",    "accept all cookies",  "agree to their use",   "control cookies", "privacy & cookies",
    "privacy and cookies", "cookie settings",   "cookie preferences",   "utilise des cookies", "verwendet cookies",
    "utiliza cookies",   "utilizza i cookie"};

// Navigation separators: breadcrumbs and menu bars.
constexpr std::array<std::string_view, 6> kNavigationSeparators = {"\xC2\xBB", "\xE2\x80\xBA", "\xE2\x86\x92", " > ",
                                                                   " | ", " / "};

// Words that introduce a reading list.
constexpr std::array<std::string_view, 13> kReadingListMarkers = {
    "bibliography",   "further reading",        "for books on",          "suggested reading", "recommended reading",
    "see also",       "more reading",           "related reading",       "weiterf\xC3\xBChrende literatur",
    "pour aller plus loin", "lecturas recomendadas", "letture consigliate", "also recommended"};

// Labels of the tag lines blogs print under a post.
constexpr std::array<std::string_view, 8> kTagLabels = {"filed under:", "filed under", "tags:",    "tagged:",
                                                        "tagged",       "categories:", "category:", "posted in"};

// Quotation marks that open or close a quoted line.
constexpr std::array<std::string_view, 7> kQuoteMarks = {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xAB", "\xC2\xBB",
                                                         "\xE2\x80\x9E", "'"};

bool is_digit(char ch) { return ch >= '0' && ch <= '9'; }

// The line as the rules compare it: entities decoded, spaces folded, lower case, without the
// emphasis markers a text file may carry ("**Share this:**").
std::string normalized(std::string_view line) {
  std::string lower = text::to_lower(text::clean_field(line));
  std::string_view view = lower;
  while (!view.empty() && (view.front() == '*' || view.front() == '_' || view.front() == '#')) view.remove_prefix(1);
  while (!view.empty() && (view.back() == '*' || view.back() == '_')) view.remove_suffix(1);
  return std::string(text::trim(view));
}

// A whole line, give or take a closing colon or ellipsis.
bool is_line(std::string_view lower, std::string_view phrase) {
  if (!lower.starts_with(phrase)) return false;
  const std::string_view rest = text::trim(lower.substr(phrase.size()));
  return rest.empty() || rest == ":" || rest == "..." || rest == "\xE2\x80\xA6";
}

bool is_comment_count(std::string_view lower) {
  // "Comments (1)", "Responses (12)".
  for (std::string_view heading : {"comments (", "comment (", "responses (", "replies ("}) {
    if (lower.starts_with(heading) && lower.size() > heading.size() && is_digit(lower[heading.size()])) return true;
  }
  std::size_t i = 0;
  while (i < lower.size() && is_digit(lower[i])) ++i;
  if (i == 0 && lower.starts_with("one ")) i = 3;
  if (i == 0) return false;
  const std::string_view rest = lower.substr(i);
  // A counter is a short line: "12 comments", "3 responses so far", "4 thoughts on “Title”";
  // "1849 comments we ..." opening a paragraph is prose.
  constexpr std::size_t kMaxCounterLine = 200;
  constexpr std::size_t kMaxAfterBareCount = 12;
  if (lower.size() > kMaxCounterLine) return false;
  return std::any_of(kCommentCountPhrases.begin(), kCommentCountPhrases.end(), [rest](std::string_view phrase) {
    if (!rest.starts_with(phrase)) return false;
    const bool names_the_post = phrase.ends_with(" on") || phrase.ends_with(" to");
    return names_the_post || text::trim(rest.substr(phrase.size())).size() <= kMaxAfterBareCount;
  });
}

bool is_share_widget(std::string_view lower) {
  std::string words(lower);
  for (char& ch : words) {
    if (ch == '|' || ch == ',' || ch == '/') ch = ' ';
  }
  // Middle dots and bullets between the buttons.
  for (std::string_view dot : {"\xC2\xB7", "\xE2\x80\xA2"}) {
    for (std::size_t at = words.find(dot); at != std::string::npos; at = words.find(dot)) words.replace(at, dot.size(), " ");
  }
  const auto parts = text::split_words(words);
  return !parts.empty() && std::all_of(parts.begin(), parts.end(), [](std::string_view word) {
    while (!word.empty() && (word.back() == ':' || word.back() == '.')) word.remove_suffix(1);
    return std::find(kShareWords.begin(), kShareWords.end(), word) != kShareWords.end();
  });
}

bool is_cookie_notice(std::string_view lower) {
  if (lower.find("cookie") == std::string_view::npos) return false;
  return std::any_of(kCookiePhrases.begin(), kCookiePhrases.end(),
                     [lower](std::string_view phrase) { return lower.find(phrase) != std::string_view::npos; });
}

// "← Previous review · Next review →", "« Older post | Newer post »": links to the neighbouring
// posts, one short line naming both directions.
bool is_post_navigation(std::string_view lower) {
  if (text::split_words(lower).size() > kMaxPostNavigationWords || lower.ends_with('.') || lower.ends_with('?')) {
    return false;
  }
  const auto has = [lower](std::string_view word) { return lower.find(word) != std::string_view::npos; };
  return (has("previous") || has("older") || has("prev ")) && (has("next") || has("newer"));
}

// "Home » Reviews » Gothic", "The Long Shelf | Archive | Best of | Contact".
bool is_navigation(std::string_view lower) {
  if (is_post_navigation(lower)) return true;
  for (std::string_view separator : kNavigationSeparators) {
    std::vector<std::string_view> segments;
    std::size_t start = 0;
    for (std::size_t at = lower.find(separator); at != std::string_view::npos; at = lower.find(separator, start)) {
      segments.push_back(text::trim(lower.substr(start, at - start)));
      start = at + separator.size();
    }
    if (segments.empty()) continue;
    segments.push_back(text::trim(lower.substr(start)));
    // A breadcrumb trail starts at home; a bar of links needs three entries to be one.
    const bool trail = lower.starts_with("home") || lower.starts_with("you are here");
    if (segments.size() < (trail ? 2u : 3u)) continue;
    const bool short_segments = std::all_of(segments.begin(), segments.end(), [](std::string_view segment) {
      if (text::split_words(segment).size() > kMaxNavigationSegmentWords) return false;
      return !(segment.ends_with('.') || segment.ends_with('!') || segment.ends_with('?'));
    });
    // "Anna | Andrei | Marina | Kolya" are names in the review; a site's bar names its pages.
    static constexpr std::string_view kPageWords[] = {"home", "about", "contact", "archive", "archives", "blog",
                                                     "reviews", "books", "index", "search", "subscribe", "tags",
                                                     "categories", "next", "previous", "menu", "shop", "faq"};
    const bool names_pages = trail || std::any_of(segments.begin(), segments.end(), [](std::string_view segment) {
      return std::any_of(std::begin(kPageWords), std::end(kPageWords),
                         [segment](std::string_view word) { return segment == word || segment.starts_with(std::string(word) + " "); });
    });
    // Bars and slashes separate names and words in prose too ("Anna | Andrei", "either / or"):
    // they make navigation only when the segments name a site's pages.
    const bool ambiguous_separator = separator == " | " || separator == " / ";
    if (short_segments && (names_pages || !ambiguous_separator)) return true;
  }
  return false;
}

// "Filed under: classics, middle ages" -> {"classics", "middle ages"}; nullopt for other lines.
std::optional<std::vector<std::string>> tags_of(std::string_view line, std::string_view lower) {
  if (lower.size() > kMaxTagLineBytes) return std::nullopt;
  for (std::string_view label : kTagLabels) {
    if (!lower.starts_with(label)) continue;
    // "Tagged with love", "Tagged as a traitor, he fled", "Posted in exile, she wrote": prose.
    // Without a colon the label needs a short list with no sentence in it.
    if (!label.ends_with(':') && lower.find(':') == std::string_view::npos) {
      const auto words = text::split_words(lower);
      const bool sentence = lower.ends_with('.') || lower.ends_with('!') || lower.ends_with('?');
      const std::string_view after = text::trim(lower.substr(label.size()));
      const bool article = after.starts_with("a ") || after.starts_with("an ") || after.starts_with("as ") ||
                           after.starts_with("the ") || after.starts_with("with ") || after.starts_with("by ");
      if (sentence || article || (lower.find(',') == std::string_view::npos && words.size() > 4) || words.size() > 10) {
        return std::nullopt;
      }
    }
    if (label == "posted in" && std::any_of(lower.begin(), lower.end(), is_digit)) return std::nullopt;
    std::string items = text::clean_field(line);
    items.erase(0, std::min(items.size(), label.size()));
    std::string separated;
    for (char ch : items) separated += (ch == ';' || ch == '|') ? ',' : ch;
    for (std::string_view dot : {"\xC2\xB7", "\xE2\x80\xA2"}) {
      for (std::size_t at = separated.find(dot); at != std::string::npos; at = separated.find(dot)) {
        separated.replace(at, dot.size(), ",");
      }
    }
    std::vector<std::string> tags;
    std::size_t start = 0;
    while (start <= separated.size()) {
      const std::size_t comma = std::min(separated.find(',', start), separated.size());
      std::string tag = text::to_lower(text::clean_field(std::string_view(separated).substr(start, comma - start)));
      while (!tag.empty() && (tag.front() == ':' || tag.front() == ' ')) tag.erase(0, 1);
      // "Filed under: History | Leave a comment": the link to the comments is no tag.
      if (!tag.empty() && classify_boilerplate(tag) == Boilerplate::kNone) tags.push_back(std::move(tag));
      start = comma + 1;
    }
    return tags;
  }
  return std::nullopt;
}

bool starts_reading_list(std::string_view lower) {
  return std::any_of(kReadingListMarkers.begin(), kReadingListMarkers.end(),
                     [lower](std::string_view marker) { return lower.find(marker) != std::string_view::npos; });
}

// A line in quotation marks: what a "— Name" after it attributes is a quotation, not the review.
bool is_quotation(std::string_view line) {
  line = text::trim(line);
  while (!line.empty() && (line.back() == '.' || line.back() == ',')) line.remove_suffix(1);
  const auto opens = std::any_of(kQuoteMarks.begin(), kQuoteMarks.end(), [line](std::string_view q) { return line.starts_with(q); });
  const auto closes = std::any_of(kQuoteMarks.begin(), kQuoteMarks.end(), [line](std::string_view q) { return line.ends_with(q); });
  return opens || closes;
}

// Whether a line of this kind ends the review, after `review_bytes` of review text.
bool starts_tail(Boilerplate kind, std::size_t review_bytes) {
  return kind == Boilerplate::kTail || (kind == Boilerplate::kShareTail && review_bytes >= kMinReviewBytesBeforeShareTail);
}

// The date a reading-log line ends on: "Read from 3 to 19 March 2019" -> 2019-03-19, "Read in
// March 2019" -> 2019-03, "Finished: 2020-01-05", "Reading period: 2 Jan - 9 Feb 2021",
// "Gelesen: März 2020"; nullopt for any other line.
std::optional<std::string> reading_log_date(std::string_view line) {
  line = text::trim(line);
  if (line.size() > 80) return std::nullopt;
  const std::string lower = text::fold_for_matching(line);
  static constexpr std::string_view kOpeners[] = {"read from ", "read in ", "read on ", "read: ", "finished: ",
                                                  "finished reading ", "finished on ", "date read: ", "reading period: ",
                                                  "started: ", "gelesen: ", "gelesen im ", "lu en ", "lu le "};
  std::size_t start = std::string::npos;
  for (std::string_view opener : kOpeners) {
    if (lower.starts_with(opener)) {
      start = opener.size();
      break;
    }
  }
  if (start == std::string::npos) return std::nullopt;
  std::string rest(text::trim(std::string_view(line).substr(std::min(start, line.size()))));
  while (!rest.empty() && (rest.back() == '.' || rest.back() == ')')) rest.pop_back();
  // The end of a span: after the last " to ", "–", " - " or " bis ".
  for (std::string_view joiner : {" to ", " \xE2\x80\x93 ", "\xE2\x80\x93", " - ", " bis ", " au "}) {
    if (const std::size_t at = rest.rfind(joiner); at != std::string::npos) {
      std::string end = rest.substr(at + joiner.size());
      // "3 to 19 March 2019": the end carries the month and year; so does "2 Jan - 9 Feb 2021".
      if (auto date = normalize_date(end)) return date;
    }
  }
  return normalize_date(rest);
}

// A line of prose: six words or more, or a sentence's end.
bool is_sentence(std::string_view line) {
  line = text::trim(line);
  return text::split_words(line).size() >= 6 || line.ends_with('.') || line.ends_with('!') || line.ends_with('?');
}

// How far after a "Comments" or "Like this:" line the page furniture that confirms it must show.
constexpr std::size_t kTailLookahead = 12;

// A comment's header or footer: "Ann says:", "May 3, 2020 at 10:32 am", "Reply", "Loading...".
bool is_comment_furniture(std::string_view lower) {
  return lower.ends_with(" says:") || lower.find(" says:") != std::string_view::npos || lower == "reply" ||
         lower.starts_with("reply ") || lower == "loading..." || lower == "like" || lower.ends_with(" am") ||
         lower.ends_with(" pm") || lower.starts_with("leave a ") || lower.find("required fields") != std::string_view::npos;
}

// A tail marker ends the review only when page furniture follows it (comment forms, share
// buttons, comment headers) or nothing does: "Comments" as a heading of the reviewer's own
// notes, or a postscript after "Like this:", stays.
bool tail_confirmed(const std::vector<std::string_view>& lines, std::size_t marker) {
  // Markers no review sentence starts with confirm themselves: a comment count ("4 thoughts
  // on ..."), a comment form ("Leave a Reply").
  const std::string marker_line = normalized(text::trim(lines[marker]));
  static constexpr std::string_view kStrongMarkers[] = {"leave a reply", "leave a comment", "post a comment",
                                                       "add a comment", "notify me", "comments are closed",
                                                       "cancel reply", "post navigation"};
  if ((!marker_line.empty() && is_digit(marker_line.front())) ||
      std::any_of(std::begin(kStrongMarkers), std::end(kStrongMarkers),
                  [&](std::string_view strong) { return marker_line.starts_with(strong); })) {
    return true;
  }
  std::size_t seen = 0;
  for (std::size_t i = marker + 1; i < lines.size() && seen < kTailLookahead; ++i) {
    const std::string_view line = text::trim(lines[i]);
    if (line.empty()) continue;
    ++seen;
    if (classify_boilerplate(line) != Boilerplate::kNone || is_comment_furniture(normalized(line))) return true;
  }
  return seen == 0;
}

// Why a line classified as boilerplate leaves the text, in the words `inspect` shows.
std::string_view boilerplate_reason(std::string_view line, Boilerplate kind) {
  if (kind == Boilerplate::kTail) return "comment section heading";
  if (kind == Boilerplate::kShareTail) return "share or like widget";
  const std::string lower = normalized(line);
  if (is_navigation(lower)) return "navigation";
  if (is_cookie_notice(lower)) return "cookie notice";
  if (is_share_widget(lower)) return "share or like widget";
  return "page furniture";
}

bool same_name(std::string_view a, std::string_view b) { return text::fold_for_matching(a) == text::fold_for_matching(b); }

bool is_own_author(const Review& review, std::string_view name) {
  return std::any_of(review.authors.begin(), review.authors.end(),
                     [name](const std::string& author) { return same_name(author, name); });
}

void add_mention(std::vector<MentionedWork>& mentions, MentionedWork work, std::string_view own_title) {
  const std::string title = text::fold_for_matching(work.title);
  if (title.empty() || (!own_title.empty() && title == text::fold_for_matching(own_title))) return;
  const bool known = std::any_of(mentions.begin(), mentions.end(), [&](const MentionedWork& other) {
    return text::fold_for_matching(other.title) == title && same_name(other.author, work.author);
  });
  if (!known) mentions.push_back(std::move(work));
}

// A line kept in the text, and whether it is a reading list's entry.
struct KeptLine {
  std::string_view text;  // empty for a paragraph break
  bool in_list = false;
};

// Tracks a further-reading list across the paragraphs of a body.
class ReadingList {
 public:
  // Call for each non-blank line; true when the line is part of the list.
  bool on_line(std::string_view line, std::string_view lower) {
    if (!open_ && starts_reading_list(lower)) {
      open_ = true;
      opener_ = true;
      const auto words = text::split_words(line);
      opener_is_heading_ = words.size() <= kMaxListHeadingWords || line.ends_with(':') || line.ends_with(';');
    }
    return open_;
  }

  void on_mentions(std::size_t count) { mentions_in_paragraph_ += count; }

  // Call at each paragraph break. A list goes on while its paragraphs name works; the
  // paragraph of a heading ("Further reading") is followed by its list.
  void on_paragraph_end() {
    if (open_) {
      const bool keep = mentions_in_paragraph_ > 0 || (opener_ && opener_is_heading_);
      if (!keep) open_ = false;
    }
    opener_ = false;
    mentions_in_paragraph_ = 0;
  }

 private:
  bool open_ = false;
  bool opener_ = false;
  bool opener_is_heading_ = false;
  std::size_t mentions_in_paragraph_ = 0;
};

}  // namespace

std::optional<std::string> parse_caption(std::string_view line) {
  line = text::trim(line);
  if (line.size() < 3 || line.size() > kMaxCaptionBytes || line.front() != '(' || line.back() != ')') {
    return std::nullopt;
  }
  // The opening parenthesis must close at the very end, not earlier: "(a) and (b)" is prose.
  int depth = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '(') ++depth;
    if (line[i] == ')' && --depth == 0 && i + 1 != line.size()) return std::nullopt;
  }
  std::string caption = text::clean_field(line.substr(1, line.size() - 2));
  if (caption.empty()) return std::nullopt;
  // "(That is my paraphrase, not a quotation, but it is the spirit of the book.)" is an aside
  // in the review's voice: a sentence, where a caption is a label.
  const bool sentence = caption.ends_with('.') || caption.ends_with('!') || caption.ends_with('?');
  if (sentence && text::split_words(caption).size() > kMaxCaptionSentenceWords) return std::nullopt;
  return caption;
}

Boilerplate classify_boilerplate(std::string_view line) {
  const std::string lower = normalized(line);
  if (lower.empty()) return Boilerplate::kNone;
  const auto starts = [&lower](std::string_view marker) { return lower.starts_with(marker); };
  const auto whole = [&lower](std::string_view phrase) { return is_line(lower, phrase); };
  if (std::any_of(kCommentTailMarkers.begin(), kCommentTailMarkers.end(), starts) ||
      std::any_of(kCommentTailLines.begin(), kCommentTailLines.end(), whole) || is_comment_count(lower)) {
    return Boilerplate::kTail;
  }
  if (std::any_of(kShareTailMarkers.begin(), kShareTailMarkers.end(), starts)) return Boilerplate::kShareTail;
  if (lower.size() > kMaxWidgetLineBytes) return Boilerplate::kNone;
  if (std::find(kWidgetLines.begin(), kWidgetLines.end(), lower) != kWidgetLines.end()) return Boilerplate::kLine;
  // "You are commenting using your Facebook account. ( Log Out /  Change )".
  if (lower.starts_with("log out /") || lower.find("( log out /") != std::string::npos) return Boilerplate::kLine;
  if (is_share_widget(lower) || is_cookie_notice(lower) || is_navigation(lower)) return Boilerplate::kLine;
  // "Read it on-line at ...", "Download at ...": where to get the book, not the review.
  for (std::string_view start : {"read on-line", "read online", "read it online", "read it on-line", "download at",
                                 "download it at", "available at", "buy it at", "buy at"}) {
    if (lower.starts_with(start) && text::split_words(lower).size() <= 12) return Boilerplate::kLine;
  }
  return Boilerplate::kNone;
}

std::string strip_boilerplate(std::string_view text) {
  std::string out;
  std::size_t review_bytes = 0;
  bool first = true;
  const std::vector<std::string_view> lines = text::split_lines(text);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string_view line = lines[i];
    const Boilerplate kind = classify_boilerplate(line);
    const bool tail = starts_tail(kind, review_bytes);
    if (tail && tail_confirmed(lines, i)) break;
    if (kind != Boilerplate::kNone && !(tail && is_sentence(line))) continue;
    review_bytes += text::trim(line).size();
    if (!first) out += '\n';
    out += line;
    first = false;
  }
  return out;
}

void read_review_body(std::string_view text, Review& review) {
  const bool had_tags = !review.tags.empty();
  std::vector<KeptLine> kept;
  std::size_t review_bytes = 0;
  bool cut = false;
  std::string_view cut_reason;
  bool paragraph_open = false;
  ReadingList reading_list;

  const std::vector<std::string_view> lines = text::split_lines(text);
  for (std::size_t index = 0; index < lines.size(); ++index) {
    check_time_budget();
    const std::string_view raw = lines[index];
    const std::string_view line = text::trim(raw);
    if (line.empty()) {
      if (paragraph_open) reading_list.on_paragraph_end();
      paragraph_open = false;
      if (!cut) kept.push_back({});
      continue;
    }
    // Bylines are taken even below the cut: blogs often print them after the share buttons.
    // "By Helen Dunmore · Penguin, 2010" credits the book's author and is left alone.
    if (auto byline = parse_byline(line); byline && !is_own_author(review, byline->reviewer)) {
      if (review.reviewer.empty()) review.reviewer = std::move(byline->reviewer);
      if (review.date.empty()) review.date = std::move(byline->date);
      if (!review.rating && !cut) review.rating = byline->rating;
      note_dropped(review, line, "byline (read as fields)");
      continue;
    }
    if (cut) {
      note_dropped(review, line, cut_reason);
      continue;
    }
    const Boilerplate kind = classify_boilerplate(line);
    const bool tail = starts_tail(kind, review_bytes);
    if (tail && tail_confirmed(lines, index)) {
      cut = true;
      cut_reason = kind == Boilerplate::kShareTail ? "after a share or like widget" : "comment section";
      note_dropped(review, line, cut_reason);
      continue;
    }
    // An unconfirmed marker goes alone ("Comments" as a heading), unless it is a sentence of the
    // review ("One thought on the ending: it is too neat.").
    if (kind != Boilerplate::kNone && !(tail && is_sentence(line))) {
      note_dropped(review, line, boilerplate_reason(line, kind));
      continue;
    }

    const std::string lower = normalized(line);
    if (auto tags = tags_of(line, lower)) {
      if (!had_tags) {
        for (auto& tag : *tags) {
          if (std::find(review.tags.begin(), review.tags.end(), tag) == review.tags.end()) review.tags.push_back(std::move(tag));
        }
      }
      note_dropped(review, line, "tags line (read as fields)");
      continue;
    }
    if (auto rating = find_rating_in_line(line)) {
      if (!review.rating) review.rating = rating->rating;
      if (rating->whole_line) {
        note_dropped(review, line, "rating line (read as a field)");
        continue;
      }
    }
    // "Read from 3 to 19 March 2019", "Finished: 2020-01-05": the reviewer's reading log gives
    // the date (when no better one is known) and is not the review's text.
    if (auto reading = reading_log_date(line)) {
      if (review.date.empty()) review.date = *reading;
      note_dropped(review, line, "reading log (read as the date)");
      continue;
    }
    if (line.size() <= kMaxDateLineBytes) {
      // A line that is a full date and nothing else is the review's date; a bare year or month
      // is more likely history than a posting date, and stays.
      if (auto date = normalize_date(line); date && date->size() == 10) {
        if (review.date.empty()) review.date = *date;
        note_dropped(review, line, "date line (read as the date)");
        continue;
      }
    }
    if (auto caption = parse_caption(line)) {
      review.captions.push_back(std::move(*caption));
      continue;
    }

    paragraph_open = true;
    // A line counts as the list's when it names works: a signature after the list is not.
    bool list_line = false;
    if (reading_list.on_line(line, lower)) {
      // Reading lists stay in the text (their words are searchable), and become mentions.
      auto mentions = parse_mentions(line);
      reading_list.on_mentions(mentions.size());
      list_line = !mentions.empty();
      for (auto& mention : mentions) add_mention(review.mentions, std::move(mention), review.title);
    } else {
      for (auto& work : parse_cited_works(line)) add_mention(review.mentions, std::move(work), review.title);
    }
    review_bytes += line.size();
    kept.push_back({line, list_line});
  }

  // A signature closes the review: its last line outside a reading list, "— Ann Reader".
  auto last = kept.rbegin();
  while (last != kept.rend() && (last->text.empty() || last->in_list)) ++last;
  if (last != kept.rend()) {
    if (auto signature = parse_signature(last->text)) {
      auto previous = std::next(last);
      while (previous != kept.rend() && previous->text.empty()) ++previous;
      const bool attribution = previous != kept.rend() && is_quotation(previous->text);
      if (!attribution && !is_own_author(review, signature->reviewer)) {
        if (review.reviewer.empty()) review.reviewer = signature->reviewer;
        if (review.date.empty()) review.date = signature->date;
        if (same_name(review.reviewer, signature->reviewer)) {
          note_dropped(review, last->text, "signature (read as the reviewer)");
          kept.erase(std::next(last).base());
        }
      }
    }
  }

  std::string body;
  for (const KeptLine& line : kept) {
    body += line.text;
    body += '\n';
  }
  review.text = text::clean_body(body);
}

}  // namespace lectern::indexer
