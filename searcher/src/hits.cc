#include "hits.h"

#include <spdlog/spdlog.h>

#include "lectern/common/document_data.h"
#include "lectern/common/schema.h"
#include "lectern/common/terms.h"
#include "snippet_stemmer.h"
#include "snippet_window.h"

namespace lectern::searcher {
namespace {

// The review id from the document's id term, for documents whose data cannot be decoded.
std::string id_from_terms(const Xapian::Document& document) {
  const std::string prefix(schema::kPrefixId);
  Xapian::TermIterator term = document.termlist_begin();
  term.skip_to(prefix);
  if (term == document.termlist_end()) return {};
  const std::string value = *term;
  return value.compare(0, prefix.size(), prefix) == 0 ? value.substr(prefix.size()) : std::string();
}

}  // namespace

std::vector<Hit> make_hits(const Xapian::MSet& mset, const Xapian::Database& database, WorkCounter& works, const Xapian::Stem& stemmer,
                           const HitOptions& options, std::string_view describe_paths) {
  std::vector<Hit> hits;
  hits.reserve(mset.size());
  const Xapian::Stem snippet_stemmer = stemmer_for_query_words(stemmer, options.text_terms);
  const TextTermWords words = text_term_words(database, options.text_terms, snippet_stemmer);
  std::size_t index = 0;
  for (auto it = mset.begin(); it != mset.end(); ++it, ++index) {
    Hit hit;
    hit.rank = options.offset + index + 1;
    hit.score = it.get_weight();
    if (options.collapsed) hit.collapsed = it.get_collapse_count();
    const Xapian::Document document = it.get_document();
    Result<Review> review = decode_document_data(document.get_data());
    if (review.ok()) {
      hit.id = std::move(review->id);
      hit.path = std::move(review->path);
      hit.title = std::move(review->title);
      hit.authors = std::move(review->authors);
      hit.reviewer = std::move(review->reviewer);
      hit.date = std::move(review->date);
      hit.rating = review->rating;
      hit.period = review->period;
      hit.snippet =
          windowed_snippet(mset, database, document, review->text, options.snippet, snippet_stemmer, words);
      hit.title_highlighted = highlight_title(mset, hit.title, snippet_stemmer, options.snippet.highlight);
    } else {
      spdlog::warn("document {} of {}: {}", *it, describe_paths, review.error().message);
    }
    if (hit.id.empty()) hit.id = id_from_terms(document);
    if (hit.path.empty()) hit.path = document.get_value(schema::kSlotSourcePath);
    if (!hit.title.empty()) {
      // The key the indexer stored (schema::kSlotWork), made again from the stored fields it
      // was made from: reading the value is a B-tree lookup per hit.
      hit.work = review.ok() ? terms::work_key(hit.title, hit.authors.empty() ? std::string_view() : hit.authors.front())
                             : document.get_value(schema::kSlotWork);
      hit.reviews_of_work = works.reviews_of(hit.work);
      hit.mentions_of_work = works.mentions_of(hit.work, hit.title);
    }
    hits.push_back(std::move(hit));
  }
  return hits;
}

}  // namespace lectern::searcher
