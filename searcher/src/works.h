// Reviews cross-linked by work: how many reviews of a hit's work the collection holds, and how
// many mention or recommend it.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>

#include <xapian.h>

namespace lectern::searcher {

// Counts for one search; caches by work key, so a page with three reviews of one work asks
// once. May throw Xapian::Error (the caller catches database errors).
class WorkCounter {
 public:
  explicit WorkCounter(const Xapian::Database& database);

  // Reviews whose work key is `work` (the kPrefixWork term's frequency).
  std::size_t reviews_of(const std::string& work);

  // Reviews mentioning the work with key `work` and title `title`: those with a mentioned-work
  // term (schema::kPrefixMentionedWork) for the key, or for the title with no author, when the
  // index has such terms; otherwise those whose mentions field holds the title as a phrase.
  std::size_t mentions_of(const std::string& work, std::string_view title);

 private:
  std::size_t count(const Xapian::Query& query);

  const Xapian::Database& database_;
  bool has_mentioned_work_terms_;
  std::map<std::string, std::size_t> reviews_;
  std::map<std::string, std::size_t> mentions_;
};

}  // namespace lectern::searcher
