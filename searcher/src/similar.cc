#include "similar.h"

#include <vector>

#include "lectern/common/schema.h"
#include "lectern/common/terms.h"
#include "lectern/common/text.h"

namespace lectern::searcher {
namespace {

constexpr std::size_t kIdsListed = 5;

bool is_upper(char ch) { return ch >= 'A' && ch <= 'Z'; }

// Accepts body words: stemmed ("Z" then a lower-case word) when `stemmed`, else unstemmed
// (starting with anything but a capital, which would be a prefix).
class BodyTermDecider : public Xapian::ExpandDecider {
 public:
  explicit BodyTermDecider(bool stemmed) : stemmed_(stemmed) {}
  bool operator()(const std::string& term) const override {
    std::string_view word = term;
    if (stemmed_) {
      if (word.size() < 2 || word[0] != 'Z' || is_upper(word[1])) return false;
      word.remove_prefix(1);
    } else if (word.empty() || is_upper(word[0])) {
      return false;
    }
    return word.size() > 1;
  }

 private:
  bool stemmed_;
};

bool has_stemmed_body_terms(const Xapian::Database& database, Xapian::docid review) {
  Xapian::TermIterator term = database.termlist_begin(review);
  term.skip_to("Z");
  for (; term != database.termlist_end(review); ++term) {
    const std::string& name = *term;
    if (name.empty() || name[0] != 'Z') return false;
    if (name.size() > 1 && !is_upper(name[1])) return true;
  }
  return false;
}

std::vector<Xapian::docid> postings(const Xapian::Database& database, const std::string& term) {
  std::vector<Xapian::docid> documents;
  for (auto it = database.postlist_begin(term); it != database.postlist_end(term); ++it) documents.push_back(*it);
  return documents;
}

// The document's id term ("Q" + id, hashed if long), or empty.
std::string id_term_of(const Xapian::Database& database, Xapian::docid document) {
  const std::string prefix(schema::kPrefixId);
  Xapian::TermIterator term = database.termlist_begin(document);
  term.skip_to(prefix);
  if (term == database.termlist_end(document) || (*term).compare(0, prefix.size(), prefix) != 0) return {};
  return *term;
}

std::string id_of(const Xapian::Database& database, Xapian::docid document) {
  const std::string term = id_term_of(database, document);
  return term.empty() ? term : term.substr(schema::kPrefixId.size());
}

}  // namespace

Result<Xapian::docid> find_review(const Xapian::Database& database, std::string_view reference) {
  if (reference.empty()) return Error::invalid_argument("name a review by its id or its file's path");
  // An id spells a file name's invalid bytes as "%XX"; the raw name given as a path finds it too.
  const std::vector<Xapian::docid> by_id =
      postings(database, terms::bounded_term(schema::kPrefixId, text::escape_invalid_utf8(reference)));
  if (!by_id.empty()) return by_id.front();
  const std::vector<Xapian::docid> by_path =
      postings(database, terms::bounded_term(schema::kPrefixSourceFile, reference));
  if (by_path.size() == 1) return by_path.front();
  if (by_path.empty()) {
    return Error::not_found("no review in the index has the id or path `" + std::string(reference) +
                            "`: give a path as `lectern index` saw it, or an id from `lectern search --json`");
  }
  std::string ids;
  for (std::size_t i = 0; i < by_path.size() && i < kIdsListed; ++i) {
    ids += (ids.empty() ? "" : ", ") + ("`" + id_of(database, by_path[i]) + "`");
  }
  if (by_path.size() > kIdsListed) ids += ", …";
  return Error::invalid_argument("`" + std::string(reference) + "` holds " + std::to_string(by_path.size()) +
                                 " reviews: name one by its id: " + ids);
}

Xapian::Query similar_query(const Xapian::Database& database, Xapian::docid review, Xapian::termcount terms) {
  Xapian::Enquire enquire(database);
  Xapian::RSet relevant;
  relevant.add_document(review);
  const BodyTermDecider decider(has_stemmed_body_terms(database, review));
  const Xapian::ESet eset = enquire.get_eset(terms, relevant, &decider);
  if (eset.empty()) return Xapian::Query();
  const Xapian::Query words(Xapian::Query::OP_OR, eset.begin(), eset.end());
  const std::string id_term = id_term_of(database, review);
  if (id_term.empty()) return words;
  return Xapian::Query(Xapian::Query::OP_AND_NOT, words, Xapian::Query(id_term));
}

std::string review_language(const Xapian::Database& database, Xapian::docid review) {
  const std::string prefix(schema::kPrefixLanguage);
  Xapian::TermIterator term = database.termlist_begin(review);
  term.skip_to(prefix);
  if (term == database.termlist_end(review)) return {};
  const std::string& name = *term;
  if (name.compare(0, prefix.size(), prefix) != 0 || (name.size() > prefix.size() && is_upper(name[prefix.size()]))) {
    return {};
  }
  return name.substr(prefix.size());
}

}  // namespace lectern::searcher
