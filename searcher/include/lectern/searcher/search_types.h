// The values a search takes and gives: requests, filters, hits, results, facets, suggestions and
// collection statistics, apart from the Searcher that computes them (as LevelDB keeps options.h
// apart from db.h), so that code that only builds requests or prints results needs no more.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lectern/common/result.h"
#include "lectern/common/review.h"

namespace lectern::searcher {

// How matched words are marked in snippets.
enum class Highlight {
  kNone,   // plain text, no marks
  kPlain,  // [word] — readable in any terminal or pipe
  kAnsi,   // bold on a terminal (ESC[1m ... ESC[0m)
  kHtml,   // <mark>word</mark>, everything else HTML-escaped
};


// Filters narrow the matches without changing their scores or order. Values of one kind are
// alternatives (two authors: reviews of either); different kinds must all hold. Each is the
// counterpart of a query-language filter (docs/query-language.md) and is parsed the same way.
struct Filters {
  std::vector<std::string> authors;    // a work author's full name, any case: "Helen Dunmore"
  std::vector<std::string> reviewers;  // the reviewer's full name, any case
  std::vector<std::string> languages;  // ISO 639-1 code of the review: "de"
  std::vector<std::string> tags;       // a tag, any case
  std::vector<std::string> decades;    // "1940s" (a year stands for its decade), "1930s..1950s"
  // Each empty for none:
  std::string period;  // overlap with the review's period: "1940..1950", "1940s", "19th-century", "Second World War"
  std::string rating;  // inclusive range of the 0..5 rating: "4..5", "4..", "5"
  std::string date;    // inclusive range of review dates: "2010-01-01..2015-12-31", "2012", "2012-05.."

  bool empty() const {
    return authors.empty() && reviewers.empty() && languages.empty() && tags.empty() && decades.empty() &&
           period.empty() && rating.empty() && date.empty();
  }
};

// The order of hits. Ties are broken by relevance, then by document id, so that paging through
// a sorted list never repeats or skips a hit. Reviews without the sort value come last.
enum class SortOrder {
  kRelevance,  // best match first (the default)
  kDate,       // newest review first
  kRating,     // highest rating first
  kTitle,      // the work's title A to Z, ignoring a leading "The", "A", "An"
  kPeriod,     // earliest period first (by the year it starts)
};

// "relevance", "date", "rating", "title", "period"; nullopt for anything else.
std::optional<SortOrder> parse_sort_order(std::string_view name);

struct SearchRequest {
  // Lectern query language, see docs/query-language.md. Words are OR-ed and ranked by BM25, so
  // reviews with every word come first. A query with no words (empty, only punctuation)
  // matches every review the filters keep when there are filters, and nothing otherwise
  // (SearchResults::notice says so); it is not an error.
  std::string query;
  Filters filters;
  std::size_t offset = 0;  // hits to skip (paging)
  std::size_t limit = 10;  // hits to return at most; 0 gives only the totals and facets
  // Stemming language for the query (ISO 639-1). Empty means English; a code Lectern has no
  // stemmer for matches words as typed, as the indexer stores such documents.
  std::string language = "en";
  SortOrder sort = SortOrder::kRelevance;
  bool reverse = false;  // the opposite of the sort's natural direction; not for kRelevance
  // One hit per reviewed work (title + first author's surname, schema::kSlotWork), the best
  // by the sort order; Hit::collapsed says how many matching reviews of it were folded in.
  // Reviews without a title are never folded together.
  bool collapse_by_work = false;
  // Facets to count over every match, not just this page: "author", "reviewer", "decade",
  // "rating", "lang", "tag", "format" (facet_names()). Unknown names are kInvalidArgument.
  std::vector<std::string> facets;
  std::size_t facet_limit = 10;  // values per facet, most frequent first; 0 for all
  // When a spelling correction exists (only words no review holds are corrected) and the query
  // as typed matches nothing, or the corrected query's best match scores clearly better, run
  // the corrected query instead (SearchResults::auto_corrected). False (--exact) searches the
  // query as typed; the correction is offered either way.
  bool auto_correct = true;
  // With no query and no filters, every review matches (`lectern list`) instead of there
  // being nothing to search.
  bool match_all = false;
  Highlight highlight = Highlight::kHtml;
  // About this many characters per fragment (Xapian counts bytes, so fewer for non-Latin
  // scripts); 0 gives no snippet. Matched words in other forms of the same stem are marked
  // too, a matched phrase as one unit. When no word of the text matched (only the title or
  // author did), the snippet is the opening of the text, cut after a whole word, with "…" when
  // cut.
  std::size_t snippet_length = 200;
  // Up to this many fragments around matches far apart, in text order, joined by " … ".
  // 1 gives the single best passage. Fragments start at a sentence where one is near and are
  // never cut inside a word.
  std::size_t fragments = 1;
  // Stop matching after about this long and rank what was found so far (Xapian's
  // Enquire::set_time_limit); the totals are then estimates. 0 for no limit. A server sets it
  // so that one costly query cannot hold a worker.
  unsigned time_limit_ms = 0;
};

// The rules every request must follow, whoever builds it (the command line, the HTTP API):
// limit at most 10000, offset at most 1,000,000, fragments 1 to 10, snippet length 0 or 20 to
// 5000, reverse only with a sort order, a query of at most 100 KB. Errors: kInvalidArgument
// naming the field in backticks and the allowed values.
Status validate(const SearchRequest& request);

// "html", "ansi", "plain", "none" -> the Highlight; nullopt for anything else.
std::optional<Highlight> parse_highlight(std::string_view name);

// The facet names SearchRequest::facets accepts, in documentation order.
std::vector<std::string> facet_names();

struct Hit {
  std::size_t rank = 0;  // 1-based, counting from the first hit of the whole result list
  std::string id;
  double score = 0;  // BM25 weight; 0 for a query of filters only
  std::string path;
  std::string title;
  std::vector<std::string> authors;
  std::string reviewer;
  std::string date;
  std::optional<double> rating;
  std::optional<YearSpan> period;
  std::string snippet;  // marked as SearchRequest::highlight says; one line
  // The title with matched words marked like the snippet (escaped for kHtml); the plain title
  // when nothing in it matched.
  std::string title_highlighted;
  // The work key (normalised "title|surname", schema::kSlotWork); empty for an untitled review.
  std::string work;
  std::size_t reviews_of_work = 0;   // reviews in the collection of the same work, this one included
  std::size_t mentions_of_work = 0;  // reviews in the collection that mention or recommend the work
  // With SearchRequest::collapse_by_work: how many other matching reviews of the work this hit
  // stands for; otherwise 0.
  std::size_t collapsed = 0;
};

// When a document's stored data cannot be decoded, its hit still has id and path (from the id
// term and the source-path value) and empty fields; a warning is logged.

struct FacetValue {
  std::string value;  // as written in the reviews ("Helen Dunmore"), "1940s", "4.5", "de"
  std::size_t count = 0;
};

struct FacetCounts {
  std::string name;                // as requested: "author"
  std::vector<FacetValue> values;  // most frequent first, then by value
};

struct SearchResults {
  std::string query;
  std::size_t total_estimate = 0;     // Xapian's estimate of all matches (of works when collapsed)
  std::size_t total_lower_bound = 0;  // there are at least this many matches
  std::size_t total_upper_bound = 0;  // and at most this many
  std::size_t offset = 0;
  std::size_t limit = 0;
  std::vector<Hit> hits;
  std::vector<FacetCounts> facets;  // in the order requested; counted over every match
  // The query with misspelled words corrected from the index's spelling data, or empty when
  // every word is known or no correction is close.
  std::string corrected_query;
  // True when the hits are those of corrected_query: the query as typed matched nothing
  // (corrected_from_nothing), or its best match scored clearly worse.
  bool auto_corrected = false;
  bool corrected_from_nothing = false;
  // A sentence for the user when the query could not be searched as typed (a query with no
  // words), or empty.
  std::string notice;
  // True when the query had no words to search for and no filters: a usage error for a
  // command line (the notice says what to type), an empty page for a server.
  bool nothing_to_search = false;
};

// `lectern similar`: reviews like a given one.
struct SimilarRequest {
  // The review: its id, or the path of its source file as the index stores it (absolute,
  // normalised). A file holding several reviews must be named by the id of one of them.
  std::string review;
  std::size_t offset = 0;
  std::size_t limit = 10;
  Highlight highlight = Highlight::kHtml;
  std::size_t snippet_length = 200;
  std::size_t fragments = 1;
};

// The collection at a glance (`lectern stats`).
struct DecadeCount {
  int decade = 0;  // first year: 1940, -50 for 50-41 BC
  std::size_t count = 0;
};

// The label of a decade, as facets and stats show it: "1940s"; "50s BC" for -50.
std::string decade_label(int decade);

struct CollectionStats {
  std::size_t documents = 0;
  std::size_t works = 0;                // distinct work keys
  std::vector<FacetValue> formats;      // "md", "txt" ..., most frequent first
  std::vector<FacetValue> languages;    // ISO 639-1 codes
  std::vector<FacetValue> top_authors;  // the most reviewed authors, as written
  // Reviews by the decade their period begins, oldest first; decades without reviews are left
  // out. Each review counts once.
  std::vector<DecadeCount> decades;
  // Reviews whose period covers each decade (a review of 1939-1945 counts in the 1930s and
  // the 1940s), oldest first, decades without any left out: the collection's timeline.
  std::vector<DecadeCount> decades_covered;
  std::size_t without_period = 0;  // reviews whose period is unknown
};

// A completion for search-as-you-type.
struct Suggestion {
  std::string text;         // an author's name (lower case), a work's title (lower case) or a word
  std::string kind;         // "author", "title" or "word"
  std::size_t reviews = 0;  // how many reviews it would find
};

}  // namespace lectern::searcher
