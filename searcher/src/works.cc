#include "works.h"

#include <algorithm>
#include <vector>

#include "lectern/analysis/analysis.h"
#include "lectern/common/schema.h"
#include "lectern/common/terms.h"

namespace lectern::searcher {
namespace {

// The title as the indexer's mentions field holds it: a phrase of its words, each with the
// field prefix, unstemmed, tokenised by the same TermGenerator.
Xapian::Query mentions_phrase(std::string_view title) {
  Xapian::Document scratch;
  Xapian::TermGenerator generator;
  generator.set_document(scratch);
  generator.index_text(analysis::fold_diacritics(title), 1, std::string(schema::kPrefixMentions));
  std::vector<std::pair<Xapian::termpos, std::string>> words;
  for (auto term = scratch.termlist_begin(); term != scratch.termlist_end(); ++term) {
    for (auto pos = term.positionlist_begin(); pos != term.positionlist_end(); ++pos) words.emplace_back(*pos, *term);
  }
  std::sort(words.begin(), words.end());
  std::vector<Xapian::Query> terms;
  for (const auto& word : words) terms.emplace_back(word.second);
  if (terms.size() == 1) return terms.front();
  return Xapian::Query(Xapian::Query::OP_PHRASE, terms.begin(), terms.end(), terms.size());
}

}  // namespace

void WorkCounter::follow(const Xapian::Database& database, const std::string& snapshot) {
  if (database_ == &database && !snapshot.empty() && snapshot == snapshot_) return;
  database_ = &database;
  snapshot_ = snapshot;
  reviews_.clear();
  mentions_.clear();
  const std::string prefix(schema::kPrefixMentionedWork);
  has_mentioned_work_terms_ = database.allterms_begin(prefix) != database.allterms_end(prefix);
}

std::size_t WorkCounter::count(const Xapian::Query& query) {
  if (query.empty()) return 0;
  Xapian::Enquire enquire(*database_);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  const Xapian::MSet mset = enquire.get_mset(0, 0, database_->get_doccount());
  return mset.get_matches_estimated();
}

std::size_t WorkCounter::reviews_of(const std::string& work) {
  if (work.empty()) return 0;
  const auto cached = reviews_.find(work);
  if (cached != reviews_.end()) return cached->second;
  const std::size_t reviews = database_->get_termfreq(terms::bounded_term(schema::kPrefixWork, work));
  reviews_.emplace(work, reviews);
  return reviews;
}

std::size_t WorkCounter::mentions_of(const std::string& work, std::string_view title) {
  if (work.empty()) return 0;
  const auto cached = mentions_.find(work);
  if (cached != mentions_.end()) return cached->second;
  std::size_t mentions = 0;
  if (has_mentioned_work_terms_) {
    const std::string prefix(schema::kPrefixMentionedWork);
    const std::string title_only = work.substr(0, work.find('|') + 1);  // "betrayal|"
    const std::string exact = terms::bounded_term(prefix, work);
    const std::string by_title = terms::bounded_term(prefix, title_only);
    // Most works are mentioned by no review, or by one kind of mention only: then the counts
    // of the terms are the answer, without a search for the reviews holding either.
    const Xapian::doccount exact_reviews = database_->get_termfreq(exact);
    const Xapian::doccount title_reviews = title_only == work ? 0 : database_->get_termfreq(by_title);
    if (exact_reviews == 0 || title_reviews == 0) {
      mentions = exact_reviews + title_reviews;
    } else {
      mentions = count(Xapian::Query(Xapian::Query::OP_OR, Xapian::Query(exact), Xapian::Query(by_title)));
    }
  } else {
    mentions = count(mentions_phrase(title));
  }
  mentions_.emplace(work, mentions);
  return mentions;
}

}  // namespace lectern::searcher
