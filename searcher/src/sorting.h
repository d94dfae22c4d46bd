// SearchRequest::sort on a Xapian::Enquire.
#pragma once

#include <memory>

#include <xapian.h>

#include "lectern/common/result.h"
#include "lectern/searcher/searcher.h"

namespace lectern::searcher {

// Sorts by one value slot, reviews without the value last in either direction.
class MissingLastKeyMaker : public Xapian::KeyMaker {
 public:
  MissingLastKeyMaker(Xapian::valueno slot, bool descending) : slot_(slot), descending_(descending) {}
  std::string operator()(const Xapian::Document& document) const override;

 private:
  Xapian::valueno slot_;
  bool descending_;
};

// Sets the order of `enquire`: relevance, or the sort's value in its natural direction
// (flipped by `reverse`) and then relevance; Xapian breaks the remaining ties by document id,
// so pages never overlap. `key_maker` receives the KeyMaker the enquire refers to and must
// outlive the search. kInvalidArgument for `reverse` with relevance.
Status apply_sort(Xapian::Enquire& enquire, SortOrder sort, bool reverse, std::unique_ptr<Xapian::KeyMaker>& key_maker);

}  // namespace lectern::searcher
