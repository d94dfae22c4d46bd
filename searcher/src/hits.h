// From the documents of an MSet to Lectern's Hits: stored fields, snippet, highlighted title
// and the work's counts. Shared by search and similar, so their hits have one shape.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "lectern/searcher/searcher.h"
#include "snippet.h"
#include "works.h"

namespace lectern::searcher {

struct HitOptions {
  std::size_t offset = 0;  // of the MSet's first item in the whole list, for Hit::rank
  SnippetOptions snippet;
  // The query's terms that can match the text (text_terms_of): they place the snippet's window.
  std::vector<std::string> text_terms;
  bool collapsed = false;  // fill Hit::collapsed from the MSet's collapse counts
};

// The hits of `mset` (of `database`), in its order, with their works' counts from `works`
// (following `database`). `stemmer` must be the one the query was parsed with.
// `describe_paths` names the databases in the warning logged for a document whose data cannot
// be decoded. May throw Xapian::Error (the caller catches database errors).
std::vector<Hit> make_hits(const Xapian::MSet& mset, const Xapian::Database& database, WorkCounter& works, const Xapian::Stem& stemmer,
                           const HitOptions& options, std::string_view describe_paths);

}  // namespace lectern::searcher
