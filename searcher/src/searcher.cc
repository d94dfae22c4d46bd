#include "lectern/searcher/searcher.h"

#include <algorithm>
#include <chrono>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>

#include <xapian.h>

#include "facets.h"
#include "filters.h"
#include "hits.h"
#include "lectern/common/document_data.h"
#include "lectern/common/schema.h"
#include "lectern/common/stub.h"
#include "lectern/common/text.h"
#include "query_builder.h"
#include "similar.h"
#include "snippet_window.h"
#include "sorting.h"
#include "stats.h"
#include "suggest.h"

namespace lectern::searcher {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kRebuild = "rebuild it with `lectern index --full`";

std::string quoted(const fs::path& path) { return "`" + path.string() + "`"; }

// "DatabaseCorruptError: Couldn't read enough (EOF)"
std::string describe(const Xapian::Error& error) { return std::string(error.get_type()) + ": " + error.get_msg(); }

Error not_found(const fs::path& path) {
  return Error::not_found("no Lectern index at " + quoted(path) + ": run `lectern index FOLDER --db " + path.string() +
                          "` first");
}

Error unreadable(const fs::path& path, const Xapian::Error& error) {
  return Error::corruption("cannot read the Lectern index at " + quoted(path) + " (" + describe(error) +
                           "): " + std::string(kRebuild));
}

// Accepts an index without a version (written before versions were stored) and one of this
// schema version; anything else was laid out differently and would give wrong results.
Status check_schema_version(const Xapian::Database& shard, const fs::path& path) {
  const std::string version = shard.get_metadata(std::string(schema::kMetadataVersionKey));
  if (version.empty() || version == std::to_string(schema::kVersion)) return Status::success();
  return Error::corruption("the Lectern index at " + quoted(path) + " has schema version `" + version +
                           "` but this Lectern reads version " + std::to_string(schema::kVersion) + ": " +
                           std::string(kRebuild));
}

// The single databases an index at some path is made of, found while it is opened: their
// revisions together say which revision of the index is open (Xapian gives no revision for a
// database of several shards), and a remote shard gives none at all.
struct SingleDatabases {
  std::vector<Xapian::Database> local;
  bool all_local = true;
};

// A stub (a sharded index's folder, or a stub file) is opened as one database by Xapian, whose
// metadata is then only its first shard's: each shard's version is checked on its own, and each
// local shard is kept in `singles` (a local shard that is a stub itself is read in turn).
Status check_stub_shards(const fs::path& path, SingleDatabases& singles, int depth = 0) {
  const std::optional<fs::path> stub_file = stub::stub_file_of(path);
  if (!stub_file) return Status::success();
  auto shards = stub::read_stub(*stub_file);
  if (!shards) return shards.error();
  for (const stub::Shard& entry : *shards) {
    const bool local = entry.kind == stub::Shard::Kind::kLocal;
    if (local && depth < 4 && stub::stub_file_of(entry.path)) {
      if (Status status = check_stub_shards(entry.path, singles, depth + 1); !status.ok()) return status;
      continue;
    }
    const fs::path where = local ? entry.path : fs::path(entry.line);
    try {
      Xapian::Database shard = local ? Xapian::Database(entry.path.string())
                                     : Xapian::Remote::open(entry.host.empty() ? "localhost" : entry.host, entry.port);
      if (Status status = check_schema_version(shard, where); !status.ok()) return status.error();
      if (local) singles.local.push_back(std::move(shard));
      else singles.all_local = false;
    } catch (const Xapian::NetworkError& error) {
      return Error::io_error("shard `" + entry.line + "` of " + quoted(path) + " cannot be reached (" + describe(error) +
                             "): is its xapian-tcpsrv running?");
    } catch (const Xapian::DatabaseNotFoundError&) {
      return not_found(where);
    } catch (const Xapian::DatabaseError& error) {
      return unreadable(where, error);
    }
  }
  return Status::success();
}

// Opens the index at `path` as one database, adding the single databases it is made of to
// `singles`.
Result<Xapian::Database> open_shard(const fs::path& path, SingleDatabases& singles) {
  std::error_code ignored;
  if (!fs::exists(path, ignored)) return not_found(path);
  try {
    if (Status status = check_stub_shards(path, singles); !status.ok()) return status.error();
    Xapian::Database shard(path.string());
    if (Status status = check_schema_version(shard, path); !status.ok()) return status.error();
    if (!stub::stub_file_of(path)) singles.local.push_back(shard);
    return shard;
  } catch (const Xapian::DatabaseNotFoundError&) {
    return not_found(path);
  } catch (const Xapian::DatabaseError& error) {  // corrupt, wrong version, unreadable files
    return unreadable(path, error);
  } catch (const Xapian::Error& error) {
    return Error::internal("opening the Lectern index at " + quoted(path) + " failed: " + describe(error));
  }
}

Xapian::doccount clamp_count(std::size_t count) {
  return static_cast<Xapian::doccount>(std::min<std::size_t>(count, std::numeric_limits<Xapian::doccount>::max()));
}

// offset + limit, without overflowing.
std::size_t page_end(std::size_t offset, std::size_t limit) {
  return limit > std::numeric_limits<std::size_t>::max() - offset ? std::numeric_limits<std::size_t>::max()
                                                                  : offset + limit;
}

// Totals are exact when Xapian looks at this many matches at least; past it they are
// estimates with bounds, unless facets or collapsing make the search look at every match.
constexpr std::size_t kExactTotalsUpTo = 1000;

// How long a search keeps retrying on fresh snapshots while a writer commits under it.
constexpr std::chrono::milliseconds kRetryFor{3000};


// True when `query` checks where its words stand (a phrase, NEAR), which Xapian does by reading
// the words' positions in every candidate review.
bool checks_positions(const Xapian::Query& query) {
  const auto op = query.get_type();
  if (op == Xapian::Query::OP_PHRASE || op == Xapian::Query::OP_NEAR) return true;
  for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
    if (checks_positions(query.get_subquery(i))) return true;
  }
  return false;
}

std::string no_words_notice(const std::string& query) {
  return "`" + query + "` has no words to search for: try words, a \"phrase\" or a filter such as author:dunmore";
}

// The match counts of an MSet, as SearchResults reports them.
void set_totals(const Xapian::MSet& mset, SearchResults& results) {
  results.total_estimate = mset.get_matches_estimated();
  results.total_lower_bound = mset.get_matches_lower_bound();
  results.total_upper_bound = mset.get_matches_upper_bound();
}

// How hits are made for a request (SearchRequest or SimilarRequest): paging and snippets.
template <typename Request>
HitOptions hit_options(const Request& request) {
  HitOptions options;
  options.offset = request.offset;
  options.snippet = {request.snippet_length, request.fragments, request.highlight};
  return options;
}

}  // namespace

struct Searcher::Impl {
  std::vector<fs::path> paths;
  std::vector<Xapian::Database> shards;  // each on its own, for per-index metadata checks
  Xapian::Database database;             // all shards as one
  // Each single database under `paths`, whose revisions sum to revision(); reopened before
  // `database`, so that the revision reported is never newer than the one searched.
  std::vector<Xapian::Database> revision_sources;
  bool all_local = true;  // no remote shard
  std::string uuid;       // `database`'s when it was opened
  FacetColumns facet_columns;
  TermSetCache term_sets;
  WorkCounter works;
  Suggester suggester;
  // One stemmer per language, kept for the Searcher's life: a stemmer remembers the words it has
  // stemmed, and snippets stem every word of every hit. A Searcher is one thread's, and so are
  // these.
  std::map<std::string, Xapian::Stem> stemmers;

  // One query parsing chain per language, built on first use (query_builder.h).
  std::map<std::string, std::unique_ptr<QueryChain>> query_chains;

  const Xapian::Stem& stemmer_for(const std::string& language) {
    auto found = stemmers.find(language);
    if (found == stemmers.end()) found = stemmers.emplace(language, query_stemmer(language)).first;
    return found->second;
  }

  Result<ParsedQuery> parse(const std::string& query, const std::string& language) {
    std::unique_ptr<QueryChain>& chain = query_chains[language];
    if (!chain) chain = std::make_unique<QueryChain>(language, stemmer_for(language));
    return chain->parse(query, database);
  }

  std::string snapshot() const {
    if (!all_local) return {};
    try {
      return database.get_uuid() + "@" + std::to_string(revision());
    } catch (const Xapian::Error&) {
      return {};
    }
  }

  // (Re)opens every database under `paths`, checking each one's schema.
  Status open_databases() {
    std::vector<Xapian::Database> opened_shards;
    Xapian::Database combined;
    SingleDatabases singles;
    for (const auto& path : paths) {
      Result<Xapian::Database> shard = open_shard(path, singles);
      if (!shard.ok()) return shard.error();
      combined.add_database(*shard);
      opened_shards.push_back(std::move(shard).value());
    }
    shards = std::move(opened_shards);
    database = std::move(combined);
    revision_sources = std::move(singles.local);
    all_local = singles.all_local;
    uuid = database.get_uuid();
    return Status::success();
  }

  std::uint64_t revision() const {
    try {
      std::uint64_t total = 0;
      for (const auto& source : revision_sources) total += source.get_revision();
      return total;
    } catch (const Xapian::Error&) {
      return 0;
    }
  }

  std::string describe_paths() const {
    std::string joined;
    for (const auto& path : paths) joined += (joined.empty() ? "" : ", ") + quoted(path);
    return joined;
  }

  // Moves to the newest revision and checks its schema. A writer committing twice while the
  // version is read discards the revision being read (DatabaseModifiedError): that is no
  // damage, so it reopens again, until kRetryFor has passed.
  Status reopen() {
    const auto deadline = std::chrono::steady_clock::now() + kRetryFor;
    for (;;) {
      try {
        for (Xapian::Database& source : revision_sources) source.reopen();
        database.reopen();  // the shards share their internals with `database`, so they follow
        // A database replaced by another (compacted or rebuilt, then moved into place) has a
        // new uuid, and a reopened Xapian 1.4 database would read its new version file with
        // the old tables' files: such a database is opened afresh.
        if (all_local && database.get_uuid() != uuid) {
          if (Status status = open_databases(); !status.ok()) return status;
        }
        for (std::size_t i = 0; i < shards.size(); ++i) {
          if (Status status = check_schema_version(shards[i], paths[i]); !status.ok()) return status;
        }
        return Status::success();
      } catch (const Xapian::DatabaseModifiedError&) {
        if (std::chrono::steady_clock::now() >= deadline) throw;
      }
    }
  }

  // Runs `query` for `request` into `results`: totals, hits and facets.
  Status run(const Xapian::Query& query, const SearchRequest& request, const std::vector<FacetKind>& facet_kinds,
             const Xapian::Stem& stemmer, SearchResults& results) {
    // Facets are counted in a pass of their own (count_facets), except for a query that checks
    // word positions: checking a phrase twice costs more than weighing every match once.
    std::optional<FacetCounter> facets;  // declared before the enquire, which refers to it
    if (!facet_kinds.empty() && checks_positions(query)) facets.emplace(facet_counter(request, facet_kinds));
    Xapian::Enquire enquire = enquire_for(query, request, Xapian::BM25Weight());
    if (Status status = apply_sort(enquire, request.sort, request.reverse); !status.ok()) return status;
    if (facets) facets->attach(enquire);
    const bool every_match = facets.has_value() || request.collapse_by_work;
    // count_facets, when it follows, finds the exact totals: this pass needs only the page.
    const bool totals_follow = !facet_kinds.empty() && !facets;
    const std::size_t check_at_least =
        every_match    ? database.get_doccount()
        : totals_follow ? page_end(request.offset, request.limit)
                        : std::max(page_end(request.offset, request.limit), kExactTotalsUpTo);
    const Xapian::MSet mset =
        enquire.get_mset(clamp_count(request.offset), clamp_count(request.limit), clamp_count(check_at_least));
    set_totals(mset, results);
    HitOptions options = hit_options(request);
    options.collapsed = request.collapse_by_work;
    options.text_terms = text_terms_of(query);
    works.follow(database, snapshot());
    results.hits = make_hits(mset, database, works, stemmer, options, describe_paths());
    if (facets) {
      results.facets = facets->counts(request.facet_limit);
    } else if (!facet_kinds.empty()) {
      count_facets(query, request, facet_kinds, results);
    }
    return Status::success();
  }

  // An enquire for `query` with what every pass of `request` shares: the weighting, collapsing
  // and the time limit.
  Xapian::Enquire enquire_for(const Xapian::Query& query, const SearchRequest& request, const Xapian::Weight& weight) {
    Xapian::Enquire enquire(database);
    enquire.set_query(query);
    enquire.set_weighting_scheme(weight);
    if (request.collapse_by_work) enquire.set_collapse_key(schema::kSlotWork);
    if (request.time_limit_ms > 0) enquire.set_time_limit(request.time_limit_ms / 1000.0);
    return enquire;
  }

  // Counts with in-memory columns (facet_columns.h) when the index is one local database: over
  // several shards Xapian hands a match spy each shard's own document ids, without saying which
  // shard they are from.
  FacetCounter facet_counter(const SearchRequest& request, const std::vector<FacetKind>& facet_kinds) {
    std::function<std::shared_ptr<const FacetColumn>(Xapian::valueno)> column_of;
    if (all_local && revision_sources.size() == 1) {
      column_of = [this](Xapian::valueno slot) { return facet_columns.get(database, snapshot(), slot); };
    }
    return FacetCounter(request.facets, facet_kinds, column_of);
  }

  // Counts the facets of every match of `query` in a pass of its own: the ranked pass stops
  // once it knows the top hits, while counting must visit every match, which it does faster
  // unweighted and in document order. Its totals are exact, and replace the estimates. The
  // matches are read from the terms' postings when the query allows it (match_set.h) and the
  // columns are in memory; Xapian's matcher finds them otherwise. Counts and totals are of
  // reviews, so a search collapsed by work, whose totals are of works, takes the matcher.
  void count_facets(const Xapian::Query& query, const SearchRequest& request, const std::vector<FacetKind>& facet_kinds,
                    SearchResults& results) {
    FacetCounter facets = facet_counter(request, facet_kinds);  // outlives the enquire, which refers to it
    if (facets.in_memory() && !request.collapse_by_work) {
      term_sets.follow(snapshot());
      if (const std::optional<MatchSet> matches = MatchSet::of(query, database, &term_sets)) {
        facets.count(*matches);
        results.total_estimate = results.total_lower_bound = results.total_upper_bound = matches->size();
        results.facets = facets.counts(request.facet_limit);
        return;
      }
    }
    Xapian::Enquire enquire = enquire_for(query, request, Xapian::BoolWeight());
    enquire.set_docid_order(Xapian::Enquire::ASCENDING);
    facets.attach(enquire);
    const Xapian::MSet all = enquire.get_mset(0, 0, database.get_doccount());
    set_totals(all, results);
    results.facets = facets.counts(request.facet_limit);
  }

  // How many of its query's words the best match of `query` holds, each word counted once
  // however many of its terms matched (as written, by its stem, in a field): how well the
  // collection answers the query. 0 when nothing matches.
  std::size_t words_in_best_match(const Xapian::Query& query, const Xapian::Stem& stemmer) {
    Xapian::Enquire enquire(database);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BM25Weight());
    const Xapian::MSet best = enquire.get_mset(0, 1);
    if (best.empty()) return 0;
    std::set<std::string> words;
    for (auto term = enquire.get_matching_terms_begin(best.begin()); term != enquire.get_matching_terms_end(best.begin());
         ++term) {
      std::string word = *term;
      const bool stemmed = !word.empty() && word.front() == 'Z';
      std::size_t letters = stemmed ? 1 : 0;
      while (letters < word.size() && word[letters] >= 'A' && word[letters] <= 'Z') ++letters;  // field prefixes
      word.erase(0, letters);
      if (!word.empty()) words.insert(stemmed ? word : stemmer(word));
    }
    return words.size();
  }

  Result<SearchResults> search(const SearchRequest& request) {
    std::vector<FacetKind> facet_kinds;
    for (const auto& name : request.facets) {
      Result<FacetKind> kind = parse_facet_name(name);
      if (!kind.ok()) return kind.error();
      facet_kinds.push_back(*kind);
    }
    Result<Xapian::Query> filter = filters_query(request.filters);
    if (!filter.ok()) return filter.error();
    const Xapian::Stem& stemmer = stemmer_for(request.language);
    Result<ParsedQuery> parsed = parse(request.query, request.language);
    if (!parsed.ok()) return parsed.error();

    SearchResults results;
    results.query = request.query;
    results.offset = request.offset;
    results.limit = request.limit;
    results.corrected_query = parsed->corrected;
    const bool everything = request.match_all && parsed->query.empty() && filter->empty();
    if (parsed->query.empty() && filter->empty() && !everything) {
      results.notice = no_words_notice(request.query);
      results.nothing_to_search = true;
      return results;
    }
    const Xapian::Query query = everything ? Xapian::Query::MatchAll : apply_filter(parsed->query, *filter);
    if (Status status = run(query, request, facet_kinds, stemmer, results);
        !status.ok()) {
      return status.error();
    }
    // Reviews without a date sort last, so a first hit without one means no match has a date:
    // say so rather than let relevance order pass for date order.
    if (request.sort == SortOrder::kDate && !results.hits.empty() && results.hits.front().date.empty()) {
      results.notice = "none of the matching reviews has a date, so --sort date leaves them in order of relevance";
    }
    // A phrase is the user's exact words: corrected only when it finds nothing as typed.
    if (parsed->correction_inside_quotes && results.total_upper_bound > 0) results.corrected_query.clear();
    if (results.total_upper_bound == 0 && is_only_stopwords(request.query, request.language)) {
      results.notice = "`" + request.query +
                       "` is made only of words too common to search for on their own: add a word that says what "
                       "you are looking for, or put them in quotes as a phrase";
      return results;
    }
    // A correction (spelling.h: only of words no review holds) is applied when the query as
    // typed finds nothing, or when the best match of the corrected query holds more of its
    // words than the best match of the query as typed holds of its own (the misspelt word
    // matched nothing, so the other words alone chose the hits: "grosman war" finds war
    // novels, "grossman war" Grossman's). A correction that only trades one matching word for
    // another is offered, not applied. The decision is the same on every page. `auto_correct`
    // off (--exact) keeps the query as typed.
    if (request.auto_correct && !results.corrected_query.empty()) {
      Result<ParsedQuery> corrected = parse(results.corrected_query, request.language);
      if (corrected.ok() && !corrected->query.empty()) {
        const Xapian::Query corrected_query = apply_filter(corrected->query, *filter);
        const bool better = results.total_upper_bound == 0 ||
                            words_in_best_match(corrected_query, stemmer) >
                                words_in_best_match(apply_filter(parsed->query, *filter), stemmer);
        SearchResults retry = results;
        if (better) {
          if (Status status = run(corrected_query, request, facet_kinds, stemmer, retry); !status.ok()) return status.error();
        }
        if (better && retry.total_upper_bound > 0) {
          retry.auto_corrected = true;
          retry.corrected_from_nothing = results.total_upper_bound == 0;
          return retry;
        }
      }
    }
    return results;
  }

  Result<SearchResults> similar(const SimilarRequest& request) {
    Result<Xapian::docid> review = find_review(database, request.review);
    if (!review.ok()) return review.error();
    const Xapian::Stem& stemmer = stemmer_for(review_language(database, *review));
    const Xapian::Query query = similar_query(database, *review);

    SearchResults results;
    results.query = request.review;
    results.offset = request.offset;
    results.limit = request.limit;
    if (query.empty()) {
      results.notice = "`" + request.review + "` has no words to compare with other reviews";
      return results;
    }
    Xapian::Enquire enquire(database);
    enquire.set_query(query);
    enquire.set_weighting_scheme(Xapian::BM25Weight());
    const Xapian::MSet mset =
        enquire.get_mset(clamp_count(request.offset), clamp_count(request.limit),
                         clamp_count(std::max(page_end(request.offset, request.limit), kExactTotalsUpTo)));
    set_totals(mset, results);
    HitOptions options = hit_options(request);
    options.text_terms = text_terms_of(query);
    works.follow(database, snapshot());
    results.hits = make_hits(mset, database, works, stemmer, options, describe_paths());
    return results;
  }

  Result<Review> review(const std::string& reference) {
    Result<Xapian::docid> id = find_review(database, reference);
    if (!id.ok()) return id.error();
    return decode_document_data(database.get_document(*id).get_data());
  }

  std::vector<Suggestion> suggest(std::string_view typed, std::size_t limit) {
    suggester.follow(database, snapshot());
    return suggester.suggest(typed, limit);
  }

  // Runs `work` (a search, a similar, the stats), turning Xapian's exceptions into errors that
  // say what to do. A writer may commit while we read; Xapian then asks for a reopen, and the
  // work runs again on the fresh snapshot, until it succeeds or kRetryFor has passed (a writer
  // committing every fraction of a second must not fail every heavy search).
  template <typename Work>
  auto guarded(const std::string& what, Work&& work) -> decltype(work()) {
    const auto deadline = std::chrono::steady_clock::now() + kRetryFor;
    for (int attempt = 0;; ++attempt) {
      try {
        return work();
      } catch (const Xapian::DatabaseModifiedError& error) {
        if (std::chrono::steady_clock::now() >= deadline) {
          return Error::io_error("the index at " + describe_paths() + " kept changing during the " + what + ": " +
                                 error.get_msg() + "; try again");
        }
        try {
          if (Status status = reopen(); !status.ok()) return status.error();
        } catch (const Xapian::DatabaseModifiedError& reopen_error) {
          return Error::io_error("the index at " + describe_paths() + " kept changing during the " + what + ": " +
                                 reopen_error.get_msg() + "; try again");
        } catch (const Xapian::Error& reopen_error) {
          return Error::corruption("cannot reopen the Lectern index at " + describe_paths() + " (" +
                                   reopen_error.get_msg() + "): " + std::string(kRebuild));
        }
      } catch (const Xapian::QueryParserError& error) {
        return Error::invalid_argument("cannot parse the " + what + ": " + error.get_msg());
      } catch (const Xapian::DatabaseError& error) {
        return Error::corruption("cannot read the Lectern index at " + describe_paths() + " (" + describe(error) +
                                 "): " + std::string(kRebuild));
      } catch (const Xapian::Error& error) {
        return Error::internal("the " + what + " failed: " + describe(error));
      }
    }
  }
};

Searcher::Searcher(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Searcher::Searcher(Searcher&&) noexcept = default;
Searcher& Searcher::operator=(Searcher&&) noexcept = default;
Searcher::~Searcher() = default;

Result<Searcher> Searcher::open(const SearcherOptions& options) {
  if (options.databases.empty()) return Error::invalid_argument("no index to search: name at least one with `--db`");
  auto impl = std::make_unique<Impl>();
  impl->paths = options.databases;
  try {
    if (Status status = impl->open_databases(); !status.ok()) return status.error();
  } catch (const Xapian::Error& error) {
    return Error::internal("opening the Lectern index failed: " + describe(error));
  }
  return Searcher(std::move(impl));
}

Result<SearchResults> Searcher::search(const SearchRequest& request) {
  if (!impl_) return Error::internal("search on a moved-from Searcher");
  if (Status valid = validate(request); !valid) return valid.error();
  return impl_->guarded("search for `" + request.query + "`", [&] { return impl_->search(request); });
}

Result<SearchResults> Searcher::similar(const SimilarRequest& request) {
  if (!impl_) return Error::internal("similar on a moved-from Searcher");
  return impl_->guarded("search for reviews like `" + request.review + "`", [&] { return impl_->similar(request); });
}

Result<CollectionStats> Searcher::collection_stats(std::size_t top) {
  if (!impl_) return Error::internal("stats on a moved-from Searcher");
  return impl_->guarded("count of the collection",
                        [&]() -> Result<CollectionStats> { return searcher::collection_stats(impl_->database, top); });
}

Result<Searcher::StoredReview> Searcher::stored(const std::string& reference) {
  if (!impl_) return Error::internal("show on a moved-from Searcher");
  return impl_->guarded("look-up of `" + reference + "`", [&]() -> Result<StoredReview> {
    Result<Xapian::docid> id = find_review(impl_->database, reference);
    if (!id.ok()) return id.error();
    const Xapian::Document document = impl_->database.get_document(*id);
    Result<Review> review = decode_document_data(document.get_data());
    if (!review.ok()) return review.error();
    StoredReview stored;
    stored.review = std::move(review).value();
    for (auto term = document.termlist_begin(); term != document.termlist_end(); ++term) {
      const std::string text = *term;
      std::size_t prefix = 0;
      while (prefix < text.size() && text[prefix] >= 'A' && text[prefix] <= 'Z') ++prefix;
      stored.terms_by_prefix[text.substr(0, prefix)].push_back(text.substr(prefix));
    }
    for (auto value = document.values_begin(); value != document.values_end(); ++value) {
      stored.values[value.get_valueno()] = *value;
    }
    return stored;
  });
}

Status Searcher::for_each_review(const std::function<void(const Review&)>& visit) {
  if (!impl_) return Error::internal("export on a moved-from Searcher");
  // Not retried like a search: a second pass would visit the first reviews twice.
  try {
    Xapian::Database& database = impl_->database;
    for (auto posting = database.postlist_begin(""); posting != database.postlist_end(""); ++posting) {
      Result<Review> review = decode_document_data(database.get_document(*posting).get_data());
      if (!review.ok()) return review.error();
      visit(*review);
    }
    return Status::success();
  } catch (const Xapian::DatabaseModifiedError&) {
    return Error::io_error("the index at " + impl_->describe_paths() + " changed during the export; run it again");
  } catch (const Xapian::Error& error) {
    return Error::io_error("cannot read the Lectern index at " + impl_->describe_paths() + " (" + describe(error) + ")");
  }
}

Status Searcher::reopen() {
  if (!impl_) return Error::internal("reopen on a moved-from Searcher");
  try {
    return impl_->reopen();
  } catch (const Xapian::DatabaseModifiedError& error) {
    return Error::io_error("the index at " + impl_->describe_paths() + " kept changing while it was reopened (" +
                           describe(error) + "); try again");
  } catch (const Xapian::DatabaseNotFoundError&) {
    return Error::not_found("the Lectern index at " + impl_->describe_paths() +
                            " has gone: run `lectern index FOLDER --db DIR` to rebuild it");
  } catch (const Xapian::DatabaseError& error) {
    return Error::corruption("cannot reopen the Lectern index at " + impl_->describe_paths() + " (" + describe(error) +
                             "): " + std::string(kRebuild));
  } catch (const Xapian::Error& error) {
    return Error::internal("reopening the Lectern index failed: " + describe(error));
  }
}

Result<Review> Searcher::review(const std::string& reference) {
  if (!impl_) return Error::internal("review on a moved-from Searcher");
  return impl_->guarded("look-up of `" + reference + "`", [&] { return impl_->review(reference); });
}

Result<std::vector<Suggestion>> Searcher::suggest(std::string_view typed, std::size_t limit) {
  if (!impl_) return Error::internal("suggest on a moved-from Searcher");
  return impl_->guarded("suggestions for `" + std::string(typed) + "`",
                        [&]() -> Result<std::vector<Suggestion>> { return impl_->suggest(typed, limit); });
}

std::uint64_t Searcher::revision() const {
  if (!impl_) return 0;
  return impl_->revision();
}

std::string Searcher::snapshot() const { return impl_ ? impl_->snapshot() : std::string(); }

std::size_t Searcher::document_count() const {
  if (!impl_) return 0;
  try {
    return impl_->database.get_doccount();
  } catch (const Xapian::Error&) {
    return 0;  // the next search reports what is wrong
  }
}

}  // namespace lectern::searcher
