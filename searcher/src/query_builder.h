// From a query string in Lectern's query language (docs/query-language.md) to a Xapian query.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "lectern/common/result.h"

namespace lectern::searcher {

// The stemmer for a query language code: the indexer's (lectern::analysis), English for an
// empty code, none for codes without one. The same stemmer must be given to MSet::snippet so
// that other forms of a matched stem are highlighted.
Xapian::Stem query_stemmer(std::string_view language);

struct ParsedQuery {
  // Empty (Xapian::Query::empty()) when the query has no words: only punctuation, or nothing.
  Xapian::Query query;
  // The query text with the words no review holds replaced by the closest words of the
  // index's spelling data that reviews do hold (spelling.h), or empty when there is none.
  std::string corrected;
  bool correction_inside_quotes = false;  // a corrected word stands in a phrase
};

class SpecFieldProcessor;

// The parsing chain of one query language: a QueryParser with the schema's prefixes, field and
// range processors, the language's stopper and stemmer. Building it costs more than parsing a
// short query, so a Searcher builds one per language and keeps it. Not thread-safe: it belongs
// to one thread, like the Searcher that owns it.
class QueryChain {
 public:
  QueryChain(std::string_view language, const Xapian::Stem& stemmer);
  ~QueryChain();
  QueryChain(const QueryChain&) = delete;
  QueryChain& operator=(const QueryChain&) = delete;

  // Parses `query` with the chain (stemmer, stopwords, diacritic folding), as the indexer
  // analysed the text, and with the index's synonyms (synonyms.h). `database` is used to expand
  // wildcards and for spelling and synonym data. Returns kInvalidArgument, quoting the query,
  // when it cannot be parsed. May throw Xapian::Error for a database that fails while being
  // read (the caller catches those).
  Result<ParsedQuery> parse(std::string_view query, const Xapian::Database& database);

 private:
  std::string language_;
  Xapian::Stem stemmer_;
  // Declared before the parser, which refers to them until it is destroyed.
  std::unique_ptr<Xapian::Stopper> stopper_;
  std::vector<std::unique_ptr<SpecFieldProcessor>> spec_fields_;
  Xapian::QueryParser parser_;
};

// True when the query has words and every one is a stopword of `language` ("the", "and the"):
// such a query matches nothing, because stopwords are indexed without their stemmed forms.
bool is_only_stopwords(std::string_view query, std::string_view language);

// The query with every `..` that is not part of a range field (`period:`, `decade:`,
// `rating:`, `date:`) turned into spaces. Xapian 1.4 reads any `a..b` as a range and rejects it
// when no range processor claims it, which would make "wait..." an error; outside those fields
// dots only ever separate words.
std::string neutralise_stray_ranges(std::string_view query);

}  // namespace lectern::searcher
