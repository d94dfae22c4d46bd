// The Review: everything Lectern knows about one review after extraction. Format parsers
// produce it, the indexer turns it into a Xapian document, and the searcher reads it back from
// the document data. It is a plain value type with no behaviour.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lectern {

// A span of historical years, inclusive. Years BC are negative (44 BC is -44); there is no
// year 0 in the calendar, but the arithmetic here does not care.
struct YearSpan {
  int start = 0;
  int end = 0;

  bool operator==(const YearSpan&) const = default;
};

// A work the review mentions or recommends (a bibliography entry, "see also").
struct MentionedWork {
  std::string title;
  std::string author;  // may be empty

  bool operator==(const MentionedWork&) const = default;
};

// One mention of time in a review and what Lectern took it to be about, so that a user can see
// why a review got its period (`lectern inspect --json`: "period_evidence").
struct PeriodEvidence {
  std::string text;   // as written: "the winter of 1941", "(London, 2020)", "the Victorian era"
  YearSpan years;     // what it denotes
  std::string role;   // "setting", "publication", "review date", "future", "title subject", "citation",
                      // "literary label", "other" (a prize, a film, the author's life, a reading)
  double weight = 0;  // how much it counts towards the period (0 unless the role is "setting")

  bool operator==(const PeriodEvidence&) const = default;
};

// Text a parser kept out of the review's body, and why ("navigation", "comment section"), so
// that a user can see what was dropped (`lectern inspect --json`: "dropped").
struct DroppedText {
  std::string text;
  std::string reason;

  bool operator==(const DroppedText&) const = default;
};

struct Review {
  // Unique within a database: the source path, plus "#N" for the N-th (0-based) review of a
  // JSON array or JSONL file.
  std::string id;
  std::string path;    // the source file, as found by the indexer
  std::string format;  // "txt", "md", "html", "json", "jsonl"

  // The reviewed work.
  std::string title;
  std::vector<std::string> authors;
  std::vector<std::string> editors;
  std::vector<std::string> translators;
  std::vector<std::string> illustrators;

  std::string reviewer;               // who wrote the review, never the book's author
  std::string date;                   // ISO 8601: YYYY-MM-DD, YYYY-MM or YYYY; empty if unknown
  std::optional<double> rating;       // normalised to 0..5
  std::optional<YearSpan> period;     // the history the work covers; empty rather than invented
  std::optional<int> publication_year;  // when the work was first published, from metadata
  std::string language;               // ISO 639-1 code ("en"); empty until detected
  std::string url;
  std::vector<std::string> tags;
  std::vector<MentionedWork> mentions;

  // Image captions found on their own line: searchable, but they drive neither the period nor
  // the snippet.
  std::vector<std::string> captions;

  // The cleaned body text: UTF-8, NFC, markup and boilerplate removed, paragraphs separated by
  // blank lines. Snippets are cut from it.
  std::string text;

  // What extraction noticed and worked around ("malformed YAML front matter at line 3; its
  // fields were ignored"), for the index summary. Not stored in the index.
  std::vector<std::string> warnings;

  // Every mention of time read for the period, with its role (not stored in the index).
  std::vector<PeriodEvidence> period_evidence;

  // Where each field came from: {"title": "heading", "date": "front matter", "period": "text"}
  // (not stored in the index).
  std::map<std::string, std::string> sources;

  // What the body lost on the way to `text` (not stored in the index; at most a few hundred
  // entries, the rest counted in the last one).
  std::vector<DroppedText> dropped;

  bool operator==(const Review&) const = default;
};

}  // namespace lectern
