// Reviews cross-linked by work: how many reviews of a hit's work the collection holds, and how
// many mention or recommend it.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>

#include <xapian.h>

namespace lectern::searcher {

// Counts by work key, remembered for as long as the index is in one state: a page with three
// reviews of one work asks once, and so does every later page showing the work, until a commit
// changes the counts (counting mentions is a search of its own, once a twentieth of a search's
// time). One Searcher's (not thread-safe). May throw Xapian::Error (the caller catches
// database errors).
class WorkCounter {
 public:
  // Counts in `database`, in state `snapshot` (Searcher::snapshot): what was remembered is
  // forgotten when the snapshot differs from the last one's, or is empty (remote shards, whose
  // state is not known). Called before each page's hits; `database` must outlive the calls
  // that follow.
  void follow(const Xapian::Database& database, const std::string& snapshot);

  // Reviews whose work key is `work` (the kPrefixWork term's frequency).
  std::size_t reviews_of(const std::string& work);

  // Reviews mentioning the work with key `work` and title `title`: those with a mentioned-work
  // term (schema::kPrefixMentionedWork) for the key, or for the title with no author, when the
  // index has such terms; otherwise those whose mentions field holds the title as a phrase.
  std::size_t mentions_of(const std::string& work, std::string_view title);

 private:
  std::size_t count(const Xapian::Query& query);

  const Xapian::Database* database_ = nullptr;
  std::string snapshot_;
  bool has_mentioned_work_terms_ = false;
  std::map<std::string, std::size_t> reviews_;
  std::map<std::string, std::size_t> mentions_;
};

}  // namespace lectern::searcher
