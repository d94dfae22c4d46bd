// Query-parser glue for Lectern's filter fields (`period:`, `decade:`, `rating:`, `date:`,
// `work:`, and the exact-value fields of schema::kFilterFields). Each field's meaning lives in
// a spec function (period_filter.h, value_filters.h); these classes only hand it the text.
//
// Xapian 1.4's QueryParser looks for a range (`a..b`) before it looks for a field prefix, so a
// token with ".." goes to SpecRangeProcessor (registered with the prefix "field:") and any
// other `field:` token goes to SpecFieldProcessor (registered with add_boolean_prefix). Both
// call the same spec function, so `rating:4` means `rating:4..4`. Both are boolean filters:
// they restrict the matches and never change a score.
#pragma once

#include <string>
#include <string_view>

#include <xapian.h>

#include "lectern/common/result.h"

namespace lectern::searcher {

// A spec function: the text after "field:" in, the filter query or a "wants ..." error out.
using SpecFunction = Result<Xapian::Query> (*)(std::string_view spec);

// Handles `field:A..B`, `field:A..` and `field:..B`. Throws Xapian::QueryParserError with the
// spec function's error, so that `rating:abc..def` is reported to the user instead of falling
// through to the field processor.
class SpecRangeProcessor : public Xapian::RangeProcessor {
 public:
  SpecRangeProcessor(std::string_view field, SpecFunction spec);
  Xapian::Query operator()(const std::string& begin, const std::string& end) override;

 private:
  std::string field_;
  SpecFunction spec_;
};

// Handles `field:value`. On an error it matches nothing and records the error, which the
// caller must check after parsing: an exception thrown from a FieldProcessor leaks memory
// inside Xapian 1.4's parser (a range processor's does not). Owned by the caller rather than
// released to the parser, so that the error can be read.
class SpecFieldProcessor : public Xapian::FieldProcessor {
 public:
  SpecFieldProcessor(std::string_view field, SpecFunction spec);
  Xapian::Query operator()(const std::string& value) override;

  // The first error met since construction or clear_error() ("`rating:` wants ..."), or empty.
  const std::string& error() const { return error_; }
  void clear_error() { error_.clear(); }

 private:
  std::string field_;
  SpecFunction spec_;
  std::string error_;
};

// A boolean filter whose value is folded exactly as the indexer folds it (terms::exact_term),
// so that `tag:Russia` finds the term "Krussia".
class ExactTermProcessor : public Xapian::FieldProcessor {
 public:
  explicit ExactTermProcessor(std::string_view prefix) : prefix_(prefix) {}
  Xapian::Query operator()(const std::string& value) override;

 private:
  std::string prefix_;
};

}  // namespace lectern::searcher
