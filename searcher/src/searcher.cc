#include "lectern/searcher/searcher.h"

#include <algorithm>
#include <limits>
#include <string>
#include <utility>

#include <spdlog/spdlog.h>
#include <xapian.h>

#include "lectern/common/document_data.h"
#include "lectern/common/schema.h"
#include "query_builder.h"
#include "snippet.h"

namespace lectern::searcher {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kRebuild = "rebuild it with `lectern index --full`";

std::string quoted(const fs::path& path) { return "`" + path.string() + "`"; }

// "DatabaseCorruptError: Couldn't read enough (EOF)"
std::string describe(const Xapian::Error& error) { return std::string(error.get_type()) + ": " + error.get_msg(); }

Error not_found(const fs::path& path) {
  return Error::not_found("no Lectern index at " + quoted(path) + ": run `lectern index FOLDER --db " +
                          path.string() + "` first");
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

Result<Xapian::Database> open_shard(const fs::path& path) {
  std::error_code ignored;
  if (!fs::exists(path, ignored)) return not_found(path);
  try {
    Xapian::Database shard(path.string());
    if (Status status = check_schema_version(shard, path); !status.ok()) return status.error();
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

struct Searcher::Impl {
  std::vector<fs::path> paths;
  std::vector<Xapian::Database> shards;  // each on its own, for per-index metadata checks
  Xapian::Database database;             // all shards as one

  std::string describe_paths() const {
    std::string joined;
    for (const auto& path : paths) joined += (joined.empty() ? "" : ", ") + quoted(path);
    return joined;
  }

  Status reopen() {
    database.reopen();  // the shards share their internals with `database`, so they follow
    for (std::size_t i = 0; i < shards.size(); ++i) {
      if (Status status = check_schema_version(shards[i], paths[i]); !status.ok()) return status;
    }
    return Status::success();
  }

  Result<SearchResults> search(const SearchRequest& request) {
    const Xapian::Stem stemmer = query_stemmer(request.language);
    Result<Xapian::Query> query = build_query(request.query, database, stemmer, request.language);
    if (!query.ok()) return query.error();

    SearchResults results;
    results.query = request.query;
    results.offset = request.offset;
    results.limit = request.limit;
    if (query->empty()) return results;  // only punctuation, or nothing at all

    Xapian::Enquire enquire(database);
    enquire.set_query(*query);
    enquire.set_weighting_scheme(Xapian::BM25Weight());
    const Xapian::MSet mset = enquire.get_mset(clamp_count(request.offset), clamp_count(request.limit));
    results.total_estimate = mset.get_matches_estimated();
    results.total_lower_bound = mset.get_matches_lower_bound();
    results.total_upper_bound = mset.get_matches_upper_bound();

    results.hits.reserve(mset.size());
    std::size_t index = 0;
    for (auto it = mset.begin(); it != mset.end(); ++it, ++index) {
      Hit hit;
      hit.rank = request.offset + index + 1;
      hit.score = it.get_weight();
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
        hit.snippet = make_snippet(mset, review->text, request.snippet_length, stemmer, request.highlight);
      } else {
        spdlog::warn("document {} of {}: {}", *it, describe_paths(), review.error().message);
      }
      if (hit.id.empty()) hit.id = id_from_terms(document);
      if (hit.path.empty()) hit.path = document.get_value(schema::kSlotSourcePath);
      results.hits.push_back(std::move(hit));
    }
    return results;
  }
};

Searcher::Searcher(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Searcher::Searcher(Searcher&&) noexcept = default;
Searcher& Searcher::operator=(Searcher&&) noexcept = default;
Searcher::~Searcher() = default;

Result<Searcher> Searcher::open(const SearcherOptions& options) {
  if (options.databases.empty()) return Error::invalid_argument("no index to search: name at least one with `--db`");
  auto impl = std::make_unique<Impl>();
  try {
    for (const auto& path : options.databases) {
      Result<Xapian::Database> shard = open_shard(path);
      if (!shard.ok()) return shard.error();
      impl->database.add_database(*shard);
      impl->paths.push_back(path);
      impl->shards.push_back(std::move(shard).value());
    }
  } catch (const Xapian::Error& error) {
    return Error::internal("opening the Lectern index failed: " + describe(error));
  }
  return Searcher(std::move(impl));
}

Result<SearchResults> Searcher::search(const SearchRequest& request) {
  if (!impl_) return Error::internal("search on a moved-from Searcher");
  // A writer may commit while we read; Xapian then asks for a reopen. Once is enough: a second
  // failure means the writer is committing faster than we can search.
  for (int attempt = 0;; ++attempt) {
    try {
      return impl_->search(request);
    } catch (const Xapian::DatabaseModifiedError& error) {
      if (attempt > 0) {
        return Error::io_error("the index at " + impl_->describe_paths() +
                               " kept changing during the search: " + error.get_msg() + "; try again");
      }
      try {
        if (Status status = impl_->reopen(); !status.ok()) return status.error();
      } catch (const Xapian::Error& reopen_error) {
        return Error::corruption("cannot reopen the Lectern index at " + impl_->describe_paths() + " (" +
                                 reopen_error.get_msg() + "): " + std::string(kRebuild));
      }
    } catch (const Xapian::QueryParserError& error) {
      return Error::invalid_argument("cannot parse query `" + request.query + "`: " + error.get_msg());
    } catch (const Xapian::DatabaseError& error) {
      return Error::corruption("cannot read the Lectern index at " + impl_->describe_paths() + " (" +
                               describe(error) + "): " + std::string(kRebuild));
    } catch (const Xapian::Error& error) {
      return Error::internal("search for `" + request.query + "` failed: " + describe(error));
    }
  }
}

Status Searcher::reopen() {
  if (!impl_) return Error::internal("reopen on a moved-from Searcher");
  try {
    return impl_->reopen();
  } catch (const Xapian::DatabaseNotFoundError&) {
    return Error::not_found("the Lectern index at " + impl_->describe_paths() +
                            " has gone: run `lectern index FOLDER --db DIR` to rebuild it");
  } catch (const Xapian::DatabaseError& error) {
    return Error::corruption("cannot reopen the Lectern index at " + impl_->describe_paths() + " (" +
                             describe(error) + "): " + std::string(kRebuild));
  } catch (const Xapian::Error& error) {
    return Error::internal("reopening the Lectern index failed: " + describe(error));
  }
}

std::size_t Searcher::document_count() const {
  if (!impl_) return 0;
  try {
    return impl_->database.get_doccount();
  } catch (const Xapian::Error&) {
    return 0;  // the next search reports what is wrong
  }
}

}  // namespace lectern::searcher
