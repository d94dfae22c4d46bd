#include "suggest.h"

#include <algorithm>
#include <limits>
#include <map>
#include <mutex>
#include <unordered_map>
#include <utility>

#include "lectern/common/schema.h"
#include "lectern/common/text.h"

namespace lectern::searcher {
namespace {

// Appends the `budget` most reviewed of `found` (the first found among equals) while `out`
// has room for `limit`. Only those few are sorted: a short prefix finds thousands.
void take_best(std::vector<Suggestion> found, std::size_t budget, std::size_t limit, std::vector<Suggestion>& out) {
  if (out.size() >= limit) return;
  const std::size_t take = std::min({found.size(), budget, limit - out.size()});
  std::vector<std::size_t> order(found.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(take), order.end(),
                    [&found](std::size_t a, std::size_t b) {
                      return found[a].reviews != found[b].reviews ? found[a].reviews > found[b].reviews : a < b;
                    });
  for (std::size_t i = 0; i < take; ++i) out.push_back(std::move(found[order[i]]));
}

// The terms with `prefix` then `rest`, without `prefix`, with their frequencies, in term
// order: at most `limit` of them.
template <typename Visit>
void walk_terms(const Xapian::Database& database, std::string_view prefix, std::string_view rest, std::size_t limit,
                Visit visit) {
  const std::string start = std::string(prefix) + std::string(rest);
  std::size_t walked = 0;
  for (auto term = database.allterms_begin(start); term != database.allterms_end(start) && walked < limit;
       ++term, ++walked) {
    visit((*term).substr(prefix.size()), term.get_termfreq());
  }
}

// The tables of `database` in state `snapshot`, shared by every Searcher of the process that
// reads that state, and read by the first to ask while the others wait: reading them is a
// walk of every title and author term, once per commit.
std::shared_ptr<const SuggestTables> shared_tables(const Xapian::Database& database, const std::string& snapshot) {
  static std::mutex mutex;
  static std::map<std::string, std::weak_ptr<const SuggestTables>> by_snapshot;
  const std::lock_guard lock(mutex);
  std::erase_if(by_snapshot, [](const auto& entry) { return entry.second.expired(); });
  if (auto found = by_snapshot[snapshot].lock()) return found;
  auto tables = std::make_shared<const SuggestTables>(SuggestTables::read(
      database, "", std::numeric_limits<std::size_t>::max(), Suggester::kAuthorScanLimit));
  by_snapshot[snapshot] = tables;
  return tables;
}

}  // namespace

SuggestTables SuggestTables::read(const Xapian::Database& database, std::string_view title_prefix,
                                  std::size_t title_limit, std::size_t author_limit) {
  SuggestTables tables;
  // A work key is "title|author": works of one title by several authors are one suggestion,
  // since picking it types the same title. Keys sort by title, so equal titles are adjacent
  // except where one title begins another ("war" < "war and peace|…" < "war|…"): hence the map.
  std::unordered_map<std::string, std::size_t> title_at;
  walk_terms(database, schema::kPrefixWork, title_prefix, title_limit,
             [&](const std::string& key, Xapian::doccount reviews) {
               std::string title = key.substr(0, key.find('|'));
               const auto [it, added] = title_at.try_emplace(title, tables.titles.size());
               if (added) {
                 tables.titles.push_back({std::move(title), reviews});
               } else {
                 tables.titles[it->second].reviews += reviews;
               }
             });
  std::sort(tables.titles.begin(), tables.titles.end(), [](const Named& a, const Named& b) { return a.text < b.text; });
  walk_terms(database, schema::kPrefixAuthorExact, "", author_limit,
             [&](const std::string& name, Xapian::doccount reviews) { tables.authors.push_back({name, reviews}); });
  for (std::uint32_t author = 0; author < tables.authors.size(); ++author) {
    const std::string& name = tables.authors[author].text;
    for (std::uint32_t at = 0; at < name.size(); ++at) {
      if (at == 0 || name[at - 1] == ' ') tables.name_words.push_back({author, at});
    }
  }
  std::sort(tables.name_words.begin(), tables.name_words.end(),
            [&tables](const NameWord& a, const NameWord& b) { return tables.from(a) < tables.from(b); });
  return tables;
}

void SuggestTables::add_authors(std::string_view prefix, std::size_t budget, std::size_t limit,
                                std::vector<Suggestion>& out) const {
  auto first = std::lower_bound(name_words.begin(), name_words.end(), prefix,
                                [this](const NameWord& word, std::string_view key) { return from(word) < key; });
  std::vector<std::uint32_t> matched;
  for (auto word = first; word != name_words.end() && from(*word).starts_with(prefix); ++word) {
    matched.push_back(word->author);
  }
  // In the authors' order, once each ("anna annan" has two words starting with "ann").
  std::sort(matched.begin(), matched.end());
  matched.erase(std::unique(matched.begin(), matched.end()), matched.end());
  std::vector<Suggestion> found;
  found.reserve(matched.size());
  for (std::uint32_t author : matched) found.push_back({authors[author].text, "author", authors[author].reviews});
  take_best(std::move(found), budget, limit, out);
}

void SuggestTables::add_titles(std::string_view prefix, std::size_t budget, std::size_t limit,
                               std::vector<Suggestion>& out) const {
  auto first = std::lower_bound(titles.begin(), titles.end(), prefix,
                                [](const Named& title, std::string_view key) { return title.text < key; });
  std::vector<Suggestion> found;
  for (auto title = first; title != titles.end() && title->text.starts_with(prefix); ++title) {
    found.push_back({title->text, "title", title->reviews});
  }
  take_best(std::move(found), budget, limit, out);
}

void Suggester::follow(const Xapian::Database& database, const std::string& snapshot) {
  if (database_ == &database && !snapshot.empty() && snapshot == snapshot_) return;
  database_ = &database;
  snapshot_ = snapshot;
  tables_ = snapshot.empty() ? nullptr : shared_tables(database, snapshot);
}

std::vector<Suggestion> Suggester::suggest(std::string_view typed, std::size_t limit) {
  std::vector<Suggestion> suggestions;
  const std::string prefix = text::fold_for_matching(text::trim(typed));
  if (prefix.empty() || limit == 0 || database_ == nullptr) return suggestions;
  std::shared_ptr<const SuggestTables> tables = tables_;
  if (!tables) {
    tables = std::make_shared<const SuggestTables>(SuggestTables::read(*database_, prefix, kScanLimit, kAuthorScanLimit));
  }
  tables->add_authors(prefix, limit / 2 + 1, limit, suggestions);
  tables->add_titles(prefix, limit / 2 + 1, limit, suggestions);
  add_words(prefix, limit, suggestions);
  return suggestions;
}

// Words from the spelling table, which holds every word of three letters or more with how
// often it is used, and nothing else: the terms' own table keeps each term's postings beside
// it, and walking a short prefix's terms there read megabytes of them. The most used are then
// asked how many reviews hold them. Other words (shorter, with digits) and an index without
// spelling data are found among the terms.
void Suggester::add_words(std::string_view prefix, std::size_t limit, std::vector<Suggestion>& out) const {
  std::vector<Suggestion> found;
  auto word = database_->spellings_begin();
  word.skip_to(std::string(prefix));
  for (std::size_t walked = 0; word != database_->spellings_end() && walked < kScanLimit; ++word, ++walked) {
    std::string text = *word;
    if (!text.starts_with(prefix)) break;
    found.push_back({std::move(text), "word", word.get_termfreq()});
  }
  const std::size_t before = out.size();
  take_best(std::move(found), limit, limit, out);
  for (std::size_t i = before; i < out.size(); ++i) out[i].reviews = database_->get_termfreq(out[i].text);
  out.erase(std::remove_if(out.begin() + static_cast<std::ptrdiff_t>(before), out.end(),
                           [](const Suggestion& suggestion) { return suggestion.reviews == 0; }),
            out.end());
  if (out.size() == before) {
    found.clear();
    walk_terms(*database_, "", prefix, kScanLimit, [&](const std::string& term, Xapian::doccount reviews) {
      found.push_back({term, "word", reviews});
    });
    take_best(std::move(found), limit, limit, out);
  }
}

}  // namespace lectern::searcher
