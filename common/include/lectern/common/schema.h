// The index schema: the single source of truth for every term prefix, value slot and
// document-data key Lectern writes. The indexer writes with these names and the searcher reads
// with them; nothing else may spell a prefix or a slot number. tests/common/schema_test.cc
// proves the prefixes unambiguous.
//
// Prefixes follow Xapian's conventions (docs/termprefixes.rst in xapian-core): single capital
// letters for the standard meanings, "X" followed by capitals for Lectern's own. Terms are
// lower case, so a term never starts with a capital that could be mistaken for part of a
// prefix.
#pragma once

#include <array>
#include <string_view>

namespace lectern::schema {

// Bumped when the document layout changes incompatibly; stored in the database metadata so a
// newer Lectern can tell an index built by an older one needs `lectern index --full`.
inline constexpr int kVersion = 2;  // 2: facet slots 10-13 and sort slots 14-17, for remote shards
inline constexpr std::string_view kMetadataVersionKey = "lectern.schema_version";
// The user's own synonyms file (as text), kept so that later runs without --synonyms keep it.
inline constexpr std::string_view kMetadataUserSynonymsKey = "lectern.user_synonyms";
// Every root `lectern index` was given, one real path per line: `lectern prune` removes the
// reviews of files confirmed gone under the roots that are still there.
inline constexpr std::string_view kMetadataRootsKey = "lectern.roots";

// ---- Term prefixes --------------------------------------------------------------------------

// Free-text fields: stemmed words with positions, searchable as `title:`, `author:` ...
inline constexpr std::string_view kPrefixTitle = "S";       // words of the reviewed work's title
inline constexpr std::string_view kPrefixAuthor = "A";      // words of the work's author names
inline constexpr std::string_view kPrefixReviewer = "XR";   // words of the reviewer's name
inline constexpr std::string_view kPrefixMentions = "XM";   // words of mentioned works + authors
inline constexpr std::string_view kPrefixCaption = "XC";    // words of image captions

// Boolean (filter) terms: exact values, never weighted.
inline constexpr std::string_view kPrefixId = "Q";            // unique id (Review::id, hashed if long)
inline constexpr std::string_view kPrefixSourceFile = "XF";   // source path (hashed if long): one file's documents
inline constexpr std::string_view kPrefixAuthorExact = "XA";  // full author name, lower case: "helen dunmore"
inline constexpr std::string_view kPrefixReviewerExact = "XV";  // full reviewer name, lower case
inline constexpr std::string_view kPrefixDecade = "XD";       // each decade the period touches: "1940", "-0050"
inline constexpr std::string_view kPrefixLanguage = "L";      // ISO 639-1 code: "en"
inline constexpr std::string_view kPrefixFormat = "XT";       // source format: "txt", "md", "html", "json"
inline constexpr std::string_view kPrefixTag = "K";           // tag, lower case
inline constexpr std::string_view kPrefixWork = "XW";         // work key: normalised "title|author"
// Work key (terms::work_key(title, author)) of each work the review mentions or recommends:
// "XNgreat terror|conquest", or "XNcancer ward|" when the mention names no author.
inline constexpr std::string_view kPrefixMentionedWork = "XN";

// Every prefix above, for the uniqueness test and for tools that dump terms.
inline constexpr std::array<std::string_view, 15> kAllPrefixes = {
    kPrefixTitle,      kPrefixAuthor,       kPrefixReviewer,      kPrefixMentions, kPrefixCaption,
    kPrefixId,         kPrefixSourceFile,   kPrefixAuthorExact,   kPrefixReviewerExact,
    kPrefixDecade,     kPrefixLanguage,     kPrefixFormat,        kPrefixTag,      kPrefixWork,
    kPrefixMentionedWork};

// Xapian refuses terms longer than 245 bytes; longer ids and paths are stored as a prefix of
// the value plus a hash, which keeps them unique without hitting the limit.
inline constexpr std::size_t kMaxTermBytes = 240;

// Within-document frequency added for title and author words in the body, so that a review
// whose title or author matches outranks one that only mentions the words.
inline constexpr unsigned kTitleWeight = 5;
inline constexpr unsigned kAuthorWeight = 3;
inline constexpr unsigned kReviewerWeight = 1;

// Positions skipped between fields so that a phrase never matches across a field boundary.
inline constexpr unsigned kFieldPositionGap = 100;

// ---- Query fields ---------------------------------------------------------------------------
// The field names of the query language (docs/query-language.md) and the prefixes they search.

struct QueryField {
  std::string_view name;    // typed by the user before the colon
  std::string_view prefix;  // the term prefix it searches
};

// Free-text fields: words, stemmed, weighted, usable in phrases and with NEAR.
inline constexpr std::array<QueryField, 5> kFreeTextFields = {{
    {"title", kPrefixTitle},
    {"author", kPrefixAuthor},
    {"reviewer", kPrefixReviewer},
    {"mentions", kPrefixMentions},
    {"caption", kPrefixCaption},
}};

// Boolean filters: one exact value, folded like the indexer folds it; they never change scores.
// `author:"helen dunmore"` is a phrase among the author words; `authorexact:"Helen Dunmore"`
// keeps only reviews of a work whose author is exactly that name.
inline constexpr std::array<QueryField, 5> kFilterFields = {{
    {"lang", kPrefixLanguage},
    {"tag", kPrefixTag},
    {"format", kPrefixFormat},
    {"authorexact", kPrefixAuthorExact},
    {"reviewerexact", kPrefixReviewerExact},
}};

// `period:1942`, `period:1940s`, `period:1940..1950`, `period:19th-century`,
// `period:"Second World War"`: overlap with the review's period slots.
inline constexpr std::string_view kPeriodField = "period";
// `decade:1940s`, `decade:1930s..1950s`: the kPrefixDecade terms (each decade the period touches).
inline constexpr std::string_view kDecadeField = "decade";
// `rating:4..5`, `rating:4..`, `rating:5`: a range of kSlotRating.
inline constexpr std::string_view kRatingField = "rating";
// `date:2010-01-01..2015-12-31`, `date:2012`, `date:2012-05..`: a range of kSlotDate.
inline constexpr std::string_view kDateField = "date";
// `work:"the betrayal"`: every review of a work of that title (kPrefixWork terms starting with
// the folded title and "|"); `work:"betrayal|dunmore"`: one work key exactly.
inline constexpr std::string_view kWorkField = "work";

// ---- Value slots ----------------------------------------------------------------------------

using ValueSlot = unsigned;  // the same type as Xapian::valueno

inline constexpr ValueSlot kSlotDate = 0;         // sortable_serialise(YYYYMMDD), missing parts as 00
inline constexpr ValueSlot kSlotRating = 1;       // sortable_serialise(rating 0..5)
inline constexpr ValueSlot kSlotPeriodStart = 2;  // sortable_serialise(first year, BC negative)
inline constexpr ValueSlot kSlotPeriodEnd = 3;    // sortable_serialise(last year)
inline constexpr ValueSlot kSlotTitleSort = 4;    // lower-cased title without leading article
inline constexpr ValueSlot kSlotWork = 5;         // work key, as kPrefixWork's term (for collapse)
inline constexpr ValueSlot kSlotSourceSignature = 6;  // "<size>:<mtime ns>:<ctime ns>[:<content hash>]" of the source file
inline constexpr ValueSlot kSlotSourcePath = 7;   // the source path, unhashed
// Display values for facets (the boolean terms are folded: "helen dunmore"):
inline constexpr ValueSlot kSlotAuthors = 8;   // the work's authors as written, joined by kValueSeparator
inline constexpr ValueSlot kSlotReviewer = 9;  // the reviewer's name as written
// Facet values as the boolean terms hold them, for Xapian's ValueCountMatchSpy, which (unlike a
// match spy of Lectern's own) every backend can run, xapian-tcpsrv's remote shards included:
inline constexpr ValueSlot kSlotTags = 10;        // the tags, folded, joined by kValueSeparator
inline constexpr ValueSlot kSlotLanguage = 11;    // ISO 639-1 code
inline constexpr ValueSlot kSlotFormat = 12;      // "md", "txt", ...
inline constexpr ValueSlot kSlotPeriodSpan = 13;  // "first:last" in decimal years (BC negative)
// Ascending sort keys: the value of kSlotDate, kSlotRating, kSlotTitleSort or kSlotPeriodStart,
// or kMissingLast when the review has none. Xapian sorts by a slot on every backend (a key
// maker of any kind cannot run on a remote shard in Xapian 1.4), and an empty value sorts first
// going up, so ascending sorts read these slots and reviews without the value still come last;
// descending sorts read the plain slots, where the empty value already sorts last.
inline constexpr ValueSlot kSlotDateAscending = 14;
inline constexpr ValueSlot kSlotRatingAscending = 15;
inline constexpr ValueSlot kSlotTitleAscending = 16;
inline constexpr ValueSlot kSlotPeriodAscending = 17;
// Where the stored text's words sit in the document's term positions: (position, byte offset)
// pairs every few hundred bytes (text_checkpoints.h). A snippet reads the positions of the
// matched terms and cuts only the window they point to, instead of re-reading the whole text.
// Absent in indexes built before it: snippets then read the whole text.
inline constexpr ValueSlot kSlotTextCheckpoints = 18;
// Above every value: 0xFF never starts UTF-8 text, and sortable_serialise never writes it first
// for a year, a date or a rating.
inline constexpr std::string_view kMissingLast = "\xff\xff\xff\xff";

// Separates the values of a multi-valued slot (kSlotAuthors, kSlotTags): the ASCII unit separator, which
// cleaned field values never contain.
inline constexpr char kValueSeparator = '\x1f';

// ---- Document data --------------------------------------------------------------------------
// The document data is a JSON object with these keys (see docs/schema.md). Optional fields are
// omitted when empty. The text is stored whole because snippets are cut from it at query time.
namespace data_key {
inline constexpr std::string_view kId = "id";
inline constexpr std::string_view kPath = "path";
inline constexpr std::string_view kFormat = "format";
inline constexpr std::string_view kTitle = "title";
inline constexpr std::string_view kAuthors = "authors";
inline constexpr std::string_view kEditors = "editors";
inline constexpr std::string_view kTranslators = "translators";
inline constexpr std::string_view kIllustrators = "illustrators";
inline constexpr std::string_view kReviewer = "reviewer";
inline constexpr std::string_view kDate = "date";
inline constexpr std::string_view kRating = "rating";
inline constexpr std::string_view kPeriod = "period";  // {"start": int, "end": int}
inline constexpr std::string_view kLanguage = "language";
inline constexpr std::string_view kUrl = "url";
inline constexpr std::string_view kTags = "tags";
inline constexpr std::string_view kMentions = "mentions";  // [{"title", "author"}]
inline constexpr std::string_view kCaptions = "captions";
inline constexpr std::string_view kText = "text";
}  // namespace data_key

}  // namespace lectern::schema
