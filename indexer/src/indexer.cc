#include "lectern/indexer/indexer.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <map>
#include <mutex>
#include <set>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include <spdlog/spdlog.h>
#include <xapian.h>

#include "compaction.h"
#include "document_builder.h"
#include "extraction_pipeline.h"
#include "file_walker.h"
#include "lectern/common/schema.h"
#include "lectern/common/stub.h"
#include "lectern/common/synonyms.h"

namespace lectern::indexer {
namespace {

namespace fs = std::filesystem;

// The progress callback runs after this many files are written, or this long after the last
// report when files are slow.
constexpr std::size_t kProgressEveryFiles = 128;
constexpr std::chrono::milliseconds kProgressEvery{500};

// True only when the file system says `path` does not exist; any other failure to look (a
// folder without permission, an I/O error) is not proof that a review is gone.
bool confirmed_absent(const std::string& path) {
  std::error_code error;
  const fs::file_status status = fs::symlink_status(path, error);
  return status.type() == fs::file_type::not_found ||
         error == std::errc::no_such_file_or_directory || error == std::errc::not_a_directory;
}

std::vector<std::string> split_roots(const std::string& text) {
  std::vector<std::string> roots;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    if (end > start) roots.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return roots;
}

// The plain cause of a failed write, from the system error Xapian met ("Error writing block
// 268" alone says nothing); empty when it was not one of these.
std::string write_failure_cause(const Xapian::Error& error) {
  const char* system_error = error.get_error_string();
  const std::string cause = system_error != nullptr ? system_error : "";
  const std::string message = error.get_msg();
  const auto says = [&](std::string_view words) {
    return cause.find(words) != std::string::npos || message.find(words) != std::string::npos;
  };
  if (says("No space left")) return "the disk is full (no space left on the device)";
  if (says("Disk quota exceeded")) return "the disk quota is exceeded";
  if (says("File too large")) return "a file size limit was reached (File too large)";
  if (says("Read-only file system")) return "the file system is read-only";
  return {};
}

std::string database_message(const fs::path& database, const Xapian::Error& error) {
  const std::string cause = write_failure_cause(error);
  std::string message = "database `" + database.string() + "`: ";
  if (!cause.empty()) return message + "cannot write: " + cause + " (" + error.get_msg() + "); free space and run again";
  message += error.get_msg();
  if (const char* system_error = error.get_error_string(); system_error != nullptr) message += std::string(" (") + system_error + ")";
  return message;
}


// Words worth suggesting as spelling corrections: the unprefixed, unstemmed terms (lower case
// first byte: prefixes are capitals) made of letters, long enough to be misspelled.
bool is_spelling_word(const std::string& term) {
  if (term.size() < 3 || !(std::islower(static_cast<unsigned char>(term[0])) || static_cast<unsigned char>(term[0]) >= 0x80)) {
    return false;
  }
  return std::none_of(term.begin(), term.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); });
}

// Extraction threads when none are asked for: one per core but one, which the writer needs. With
// a realistic vocabulary Xapian's writing costs as much as extraction, and on two cores a second
// extraction thread starves the writer: 20,000 reviews took 62.6 s with one and 76.6 s with two
// (docs/benchmarks.md).
unsigned default_jobs() {
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  return std::max(1u, cores - 1);
}

// FNV-1a: the same shard for a path on every machine and build, unlike std::hash.
std::uint64_t stable_hash(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ull;
  for (unsigned char ch : text) hash = (hash ^ ch) * 1099511628211ull;
  return hash;
}

// What of the extraction options changes what a file gives: the field map, a forced language,
// a gazetteer or period weights of the user's. "" for the defaults.
std::string extraction_key(const ExtractOptions& options) {
  std::string key;
  for (const auto& [field, source] : options.field_map) key += field + "=" + source + ",";
  if (!options.language.empty()) key += "language=" + options.language + ",";
  if (options.eras) key += "eras=" + std::to_string(options.eras->eras().size()) + ",";
  if (options.period_weights) {
    key += "period-weights=" + std::to_string(stable_hash(format_period_weights(*options.period_weights))) + ",";
  }
  return key;
}


}  // namespace

struct Indexer::Impl {
  IndexOptions options;  // options.database is this shard's folder
  Xapian::WritableDatabase database;
  IndexSummary summary;
  std::string user_synonyms;  // the text of the user's synonyms file, if any, validated
  std::size_t shard = 0;        // which shard this is...
  std::size_t shard_count = 1;  // ...of how many
  std::shared_ptr<MemoryBudget> memory;  // shared by the shards of one index

  // Xapian commits what is pending when the database is closed: the spelling changes of the
  // documents written since the last commit go with them.
  ~Impl() {
    try {
      flush_spellings();
    } catch (const Xapian::Error&) {
      // The database is failing; its destructor will not commit either.
    }
  }

  bool owns(const std::string& path) const { return shard_count == 1 || stable_hash(path) % shard_count == shard; }

  // Rewrites Xapian's synonym table from Lectern's default groups and the user's: every
  // expression of a group lists every other one, keyed by its folded words.
  void write_synonyms() {
    std::vector<std::string> keys(database.synonym_keys_begin(), database.synonym_keys_end());
    for (const auto& key : keys) database.clear_synonyms(key);
    std::vector<SynonymGroup> groups = default_synonyms();
    if (auto user = parse_synonyms(user_synonyms); user) groups.insert(groups.end(), user->begin(), user->end());
    for (const auto& group : groups) {
      for (const auto& expression : group.expressions) {
        for (const auto& other : group.expressions) {
          if (other != expression) database.add_synonym(expression, other);
        }
      }
    }
    database.set_metadata(std::string(schema::kMetadataUserSynonymsKey), user_synonyms);
  }

  std::size_t existing_count(const std::string& term) const { return database.get_termfreq(term); }

  bool unchanged(const SourceFile& file) const {
    const std::string term = source_file_term(file.path);
    auto posting = database.postlist_begin(term);
    if (posting == database.postlist_end(term)) return false;
    return database.get_document(*posting).get_value(schema::kSlotSourceSignature) == file.signature;
  }

  // The spelling dictionary counts each word once per occurrence in the indexed documents, so
  // that corrections prefer words the collection really uses; documents leaving the index take
  // their counts with them. The changes are summed here and handed to Xapian by word before
  // each commit (flush_spellings): a call per word per document cost 7% of a run.
  void add_spellings(const Xapian::Document& document) {
    for (auto term = document.termlist_begin(); term != document.termlist_end(); ++term) {
      if (is_spelling_word(*term)) spelling_changes[*term] += term.get_wdf();
    }
    if (spelling_changes.size() > kMaxSpellingChanges) flush_spellings();
  }
  void remove_spellings(Xapian::docid id) {
    const Xapian::Document document = database.get_document(id);
    for (auto term = document.termlist_begin(); term != document.termlist_end(); ++term) {
      if (is_spelling_word(*term)) spelling_changes[*term] -= term.get_wdf();
    }
  }
  void flush_spellings() {
    for (const auto& [word, change] : spelling_changes) {
      if (change > 0) database.add_spelling(word, static_cast<Xapian::termcount>(change));
      if (change < 0) database.remove_spelling(word, static_cast<Xapian::termcount>(-change));
    }
    spelling_changes.clear();
  }
  void delete_with_spellings(Xapian::docid id) {
    remove_spellings(id);
    database.delete_document(id);
  }

  void write(const SourceFile& file, FileOutcome& outcome) {
    const std::string file_term = source_file_term(file.path);
    if (!outcome.error.empty()) {
      const std::size_t kept = existing_count(file_term);
      summary.skipped.push_back({file.path, kept ? outcome.error + " (the previously indexed version is kept)" : outcome.error});
      return;
    }
    for (const auto& warning : outcome.warnings) summary.warnings.push_back({file.path, warning});
    std::vector<Xapian::docid> old_ids(database.postlist_begin(file_term), database.postlist_end(file_term));
    std::set<Xapian::docid> kept_ids;
    for (Xapian::docid id : old_ids) remove_spellings(id);
    for (auto& built : outcome.documents) {
      if (database.term_exists(built.id_term)) ++summary.updated;
      else ++summary.added;
      kept_ids.insert(database.replace_document(built.id_term, built.document));
      add_spellings(built.document);
    }
    for (Xapian::docid id : old_ids) {
      if (kept_ids.count(id)) continue;
      database.delete_document(id);
      ++summary.deleted;
    }
  }

  // The indexed files, each with the real path stored on its documents.
  std::vector<std::pair<std::string, std::string>> indexed_files() const {
    std::vector<std::pair<std::string, std::string>> files;  // (file term, path)
    const std::string prefix(schema::kPrefixSourceFile);
    for (auto term = database.allterms_begin(prefix); term != database.allterms_end(prefix); ++term) {
      auto posting = database.postlist_begin(*term);
      if (posting == database.postlist_end(*term)) continue;
      files.emplace_back(*term, database.get_document(*posting).get_value(schema::kSlotSourcePath));
    }
    return files;
  }

  void delete_file_documents(const std::string& file_term) {
    const std::vector<Xapian::docid> ids(database.postlist_begin(file_term), database.postlist_end(file_term));
    for (Xapian::docid id : ids) delete_with_spellings(id);
    summary.deleted += ids.size();
  }

  // Removes the documents of files that are gone: only under the roots of this run, only where
  // the walk read every folder, and only when the file system confirms the file is absent or
  // the walk saw it and no longer takes it (now hidden, say). Files elsewhere are never touched
  // by an unrelated run; `prune` handles them.
  void delete_vanished(const WalkResult& walk) {
    std::unordered_set<std::string> seen;
    for (const auto& file : walk.files) seen.insert(file.path);
    for (const auto& [term, path] : indexed_files()) {
      if (seen.count(path) || !walk.saw_everything_under(path)) continue;
      std::error_code error;
      const bool still_there = fs::exists(fs::symlink_status(path, error));
      if (confirmed_absent(path) || (!error && still_there)) delete_file_documents(term);
    }
  }

  // The roots recorded by earlier runs plus this run's, written back only when they grow.
  void record_roots(const std::vector<std::string>& roots) {
    const std::string key(schema::kMetadataRootsKey);
    std::vector<std::string> known = split_roots(database.get_metadata(key));
    bool grew = false;
    for (const auto& root : roots) {
      if (std::find(known.begin(), known.end(), root) == known.end()) {
        known.push_back(root);
        grew = true;
      }
    }
    if (!grew) return;
    std::string text;
    for (const auto& root : known) text += root + "\n";
    database.set_metadata(key, text);
  }

  void delete_everything() {
    flush_spellings();
    std::vector<Xapian::docid> ids(database.postlist_begin(""), database.postlist_end(""));
    for (Xapian::docid id : ids) database.delete_document(id);
    std::vector<std::pair<std::string, Xapian::termcount>> spellings;
    for (auto word = database.spellings_begin(); word != database.spellings_end(); ++word) {
      spellings.emplace_back(*word, word.get_termfreq());
    }
    for (const auto& [word, frequency] : spellings) database.remove_spelling(word, frequency);
  }

  // True when this run changed something worth a commit. A run that finds nothing to do makes
  // no new revision, so readers and replicas are not disturbed for nothing.
  bool pending_changes() const {
    return summary.added + summary.updated + summary.deleted > documents_at_last_commit || metadata_changed;
  }
  void commit_step() {
    if (!pending_changes()) return;
    flush_spellings();
    database.commit();
    ++summary.commits;
    documents_at_last_commit = summary.added + summary.updated + summary.deleted;
    metadata_changed = false;
  }

  void write_metadata(const WalkResult& walk) {
    const std::string version_key(schema::kMetadataVersionKey);
    const std::string version = std::to_string(schema::kVersion);
    const bool fresh = database.get_metadata(version_key).empty();
    if (database.get_metadata(version_key) != version) {
      database.set_metadata(version_key, version);
      metadata_changed = true;
    }
    if (options.full || fresh || database.get_metadata(std::string(schema::kMetadataUserSynonymsKey)) != user_synonyms) {
      write_synonyms();
      metadata_changed = true;
    }
    const std::string roots_before = database.get_metadata(std::string(schema::kMetadataRootsKey));
    record_roots(walk.roots);
    if (database.get_metadata(std::string(schema::kMetadataRootsKey)) != roots_before) metadata_changed = true;
  }

  // A --full run rebuilds in one transaction: it starts by deleting everything, so a commit part
  // of the way would leave a database missing reviews. An incremental run commits in steps
  // instead: every step is consistent (a file's reviews are replaced together), and a run
  // stopped part-way leaves its finished files indexed, so the next run only does the rest.
  Status run(const std::vector<fs::path>& paths) {
    auto walk = walk_paths(paths, options.excludes, options.checksum);
    if (!walk) return walk.error();
    summary = {};
    documents_at_last_commit = 0;
    metadata_changed = false;
    // A file read with other extraction options than last time has changed as far as the index
    // is concerned: the options are part of its signature (nothing is added for the defaults).
    if (const std::string key = extraction_key(options.extract); !key.empty()) {
      for (SourceFile& file : walk->files) {
        if (!file.signature.empty()) file.signature += "|" + key;
      }
    }
    if (shard_count > 1) {
      // Each shard walks the same folders and keeps its own files; the first reports the walk.
      std::erase_if(walk->files, [this](const SourceFile& file) { return !owns(file.path); });
      if (shard != 0) walk->skipped.clear();
    }
    summary.files = walk->files.size();
    if (shard == 0) summary.excluded = walk->excluded;
    summary.skipped = walk->skipped;
    std::sort(summary.skipped.begin(), summary.skipped.end(),
              [](const SkippedFile& a, const SkippedFile& b) { return a.path < b.path; });

    if (options.dry_run) {
      plan(*walk);
      return Status::success();
    }
    const unsigned jobs = options.jobs ? options.jobs : default_jobs();
    // Only a database this run creates is compacted: a compacted copy swapped in under a reader
    // that reopens mixes old tables with new ones in Xapian 1.4 (glass keeps its open files).
    const bool from_nothing =
        database.get_doccount() == 0 && database.get_metadata(std::string(schema::kMetadataVersionKey)).empty();
    if (options.full) {
      database.begin_transaction();
      delete_everything();
    }
    write_metadata(*walk);

    IndexProgress progress{0, walk->files.size()};
    std::vector<const SourceFile*> todo;
    for (const auto& file : walk->files) {
      if (!options.full && unchanged(file)) {
        summary.unchanged += existing_count(source_file_term(file.path));
        ++progress.files_done;
      } else {
        todo.push_back(&file);
      }
    }
    if (options.on_progress && !todo.empty()) options.on_progress(progress);
    // Workers extract while this thread writes; each step's commit lets them run ahead.
    ExtractionPipeline pipeline(todo, options.extract, jobs, *memory);
    auto last_report = std::chrono::steady_clock::now();
    for (std::size_t i = 0; auto outcome = pipeline.next(); ++i) {
      write(*todo[i], *outcome);
      ++progress.files_done;
      progress.current_file = todo[i]->path;
      const std::size_t written = summary.added + summary.updated + summary.deleted;
      if (!options.full && written >= documents_at_last_commit + std::max<std::size_t>(1, options.commit_every)) {
        commit_step();
      }
      // Every 128 files, and twice a second when files are slow, so the bar never stalls.
      const bool batch_done = (i + 1) % kProgressEveryFiles == 0 || i + 1 == todo.size();
      const auto now = std::chrono::steady_clock::now();
      if (options.on_progress && (batch_done || now - last_report >= kProgressEvery)) {
        options.on_progress(progress);
        last_report = now;
      }
    }

    delete_vanished(*walk);
    if (options.full) {
      flush_spellings();
      database.commit_transaction();
      ++summary.commits;
    } else {
      commit_step();
    }
    if (options.compact && from_nothing && summary.added > 0) compact();
    summary.documents = database.get_doccount();
    return Status::success();
  }

  // Compacts the database this run built; a failure leaves it as written, with a warning.
  void compact() {
    Result<Compaction> done = compact_in_place(database, options.database);
    if (!done) {
      summary.warnings.push_back({options.database.string(), done.error().message});
      return;
    }
    summary.bytes_before_compaction = done->bytes_before;
    summary.bytes_after_compaction = done->bytes_after;
  }

  // What run() would do, from the walk and the stored signatures alone: nothing is extracted or
  // written. Counts are of files, except `unchanged` and `deleted`, which count reviews.
  void plan(const WalkResult& walk) {
    for (const auto& file : walk.files) {
      const std::string term = source_file_term(file.path);
      if (!options.full && unchanged(file)) {
        summary.unchanged += existing_count(term);
      } else if (database.term_exists(term)) {
        ++summary.updated;
        summary.planned_updates.push_back(file.path);
      } else {
        ++summary.added;
        summary.planned_additions.push_back(file.path);
      }
    }
    std::unordered_set<std::string> seen;
    for (const auto& file : walk.files) seen.insert(file.path);
    for (const auto& [term, path] : indexed_files()) {
      if (seen.count(path)) continue;
      std::error_code error;
      const bool still_there = fs::exists(fs::symlink_status(path, error));
      const bool gone = options.full || (walk.saw_everything_under(path) && (confirmed_absent(path) || (!error && still_there)));
      if (!gone) continue;
      summary.deleted += existing_count(term);
      summary.planned_deletions.push_back(path);
    }
    summary.documents = database.get_doccount();
  }

  // Writes exported reviews (this shard's), a file's reviews together, as a run writes
  // extracted ones.
  void import_reviews(const std::vector<Review>& reviews) {
    summary = {};
    documents_at_last_commit = 0;
    metadata_changed = false;
    std::map<std::string, std::vector<const Review*>> by_file;
    for (const Review& review : reviews) {
      if (owns(review.path)) by_file[review.path].push_back(&review);
    }
    for (const auto& [path, file_reviews] : by_file) {
      FileOutcome outcome;
      for (const Review* review : file_reviews) outcome.documents.push_back({id_term(review->id), build_document(*review, "")});
      const SourceFile file{path, file_reviews.front()->format, ""};
      write(file, outcome);
      if (summary.added + summary.updated + summary.deleted >= documents_at_last_commit + std::max<std::size_t>(1, options.commit_every)) {
        commit_step();
      }
    }
    summary.files = by_file.size();
    commit_step();
    summary.documents = database.get_doccount();
  }

  // Takes the files at or under `targets` (absolute, normalised) out of the index, leaving the
  // files themselves alone; with options.dry_run, only says which.
  PruneSummary remove(const std::vector<std::string>& targets) {
    PruneSummary result;
    summary = {};
    documents_at_last_commit = 0;
    metadata_changed = false;
    for (const auto& [term, path] : indexed_files()) {
      if (!is_under(path, targets)) continue;
      result.paths.push_back(path);
      if (options.dry_run) {
        result.deleted += existing_count(term);
      } else {
        delete_file_documents(term);
      }
    }
    if (!options.dry_run) {
      result.deleted = summary.deleted;
      commit_step();
    }
    result.documents = database.get_doccount();
    return result;
  }

  // Removes the reviews of indexed files confirmed gone, wherever they are, as long as the root
  // they were indexed under (or, for files indexed before roots were recorded, their folder) is
  // still there: an unmounted drive keeps its reviews.
  Result<PruneSummary> prune() {
    PruneSummary result;
    summary = {};
    documents_at_last_commit = 0;
    metadata_changed = false;
    const std::vector<std::string> roots = split_roots(database.get_metadata(std::string(schema::kMetadataRootsKey)));
    std::set<std::string> missing_roots;
    for (const auto& [term, path] : indexed_files()) {
      if (!confirmed_absent(path)) continue;
      std::string root;
      for (const auto& candidate : roots) {
        if (is_under(path, {candidate}) && candidate.size() > root.size()) root = candidate;
      }
      if (root.empty()) root = fs::path(path).parent_path().string();
      std::error_code error;
      if (!fs::is_directory(root, error) && !fs::exists(root, error)) {
        missing_roots.insert(root);
        continue;
      }
      result.paths.push_back(path);
      if (!options.dry_run) delete_file_documents(term);
    }
    result.missing_roots.assign(missing_roots.begin(), missing_roots.end());
    result.deleted = summary.deleted;
    if (!options.dry_run) commit_step();
    result.documents = database.get_doccount();
    return result;
  }

  std::size_t documents_at_last_commit = 0;
  // Spelling frequency changes not yet handed to Xapian, by word (add_spellings).
  std::unordered_map<std::string, long long> spelling_changes;
  static constexpr std::size_t kMaxSpellingChanges = 200000;
  bool metadata_changed = false;
};

// A Lectern index is one database, or a folder of shards listed by its stub file. Returns the
// folders to open, creating a new sharded layout when asked.
namespace {

Result<std::vector<fs::path>> database_layout(const IndexOptions& options) {
  if (auto stub_file = stub::stub_file_of(options.database)) {
    auto shards = stub::read_stub(*stub_file);
    if (!shards) return shards.error();
    std::vector<fs::path> paths;
    for (const auto& shard : *shards) {
      if (shard.kind == stub::Shard::Kind::kRemote) {
        return Error::invalid_argument("`" + options.database.string() + "` lists a remote shard (`" + shard.line +
                                       "`): index each shard on the machine that holds it, with its own --db");
      }
      paths.push_back(shard.path);
    }
    if (options.shards > 1 && options.shards != paths.size()) {
      return Error::invalid_argument("`" + options.database.string() + "` has " + std::to_string(paths.size()) +
                                     " shards, not " + std::to_string(options.shards) +
                                     ": a sharded index keeps its number of shards (index into a new folder to change it)");
    }
    return paths;
  }
  if (options.shards <= 1) return std::vector<fs::path>{options.database};
  std::error_code error;
  if (fs::exists(options.database, error) && !fs::is_empty(options.database, error)) {
    return Error::invalid_argument("`" + options.database.string() + "` already holds an index that is one database; "
                                   "index into a new folder to split it into " + std::to_string(options.shards) + " shards");
  }
  std::vector<fs::path> paths;
  for (unsigned i = 1; i <= options.shards; ++i) paths.push_back(options.database / ("shard-" + std::to_string(i)));
  return paths;
}

}  // namespace

// How many documents Xapian buffers before writing them out (it reads XAPIAN_FLUSH_THRESHOLD
// when a database is opened for writing; 1.4 has no other way to set it). Its default of
// 10,000 keeps a run's postings in growing in-memory maps: with 500, 20,000 reviews index in
// 39 s instead of 47 s, in 73 MB instead of 182 MB (docs/benchmarks.md). Only a flush, not a
// commit: commits stay every IndexOptions::commit_every documents. A value set by the user wins.
constexpr const char* kFlushThreshold = "500";

Result<Indexer> Indexer::open(IndexOptions given) {
  ::setenv("XAPIAN_FLUSH_THRESHOLD", kFlushThreshold, /*overwrite=*/0);
  // Opens one database (the index, or one shard) for writing, with the checks of its schema.
  auto open_database = [](IndexOptions options) -> Result<std::unique_ptr<Impl>> {
    std::error_code error;
    fs::create_directories(options.database, error);
    if (error) {
      return Error::io_error("cannot create database folder `" + options.database.string() + "`: " + error.message());
    }
    auto impl = std::make_unique<Impl>();
    try {
      impl->database = Xapian::WritableDatabase(options.database.string(), Xapian::DB_CREATE_OR_OPEN);
    } catch (const Xapian::DatabaseLockError& e) {
      return Error::io_error("database `" + options.database.string() +
                             "` is locked: another `lectern index` is writing to it; wait for it to finish");
    } catch (const Xapian::DatabaseCorruptError& e) {
      return Error::corruption(database_message(options.database, e) + "; remove the folder and index again");
    } catch (const Xapian::Error& e) {
      return Error::corruption(database_message(options.database, e) +
                               " (is it a Lectern index? choose another --db folder or remove this one)");
    }
    const std::string version = impl->database.get_metadata(std::string(schema::kMetadataVersionKey));
    if (!options.full && !version.empty() && version != std::to_string(schema::kVersion)) {
      return Error::corruption("database `" + options.database.string() + "` was built by another version of Lectern (schema " +
                               version + ", this one writes " + std::to_string(schema::kVersion) +
                               "); rebuild it with `lectern index --full`");
    }
    impl->user_synonyms = impl->database.get_metadata(std::string(schema::kMetadataUserSynonymsKey));
    if (!options.synonyms_file.empty()) {
      std::ifstream stream(options.synonyms_file, std::ios::binary);
      if (!stream) return Error::not_found("cannot read synonyms file `" + options.synonyms_file.string() + "`");
      impl->user_synonyms.assign(std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>());
      if (auto groups = parse_synonyms(impl->user_synonyms); !groups) {
        return Error::invalid_argument("synonyms file `" + options.synonyms_file.string() + "`: " + groups.error().message);
      }
    }
    impl->options = std::move(options);
    return impl;
  };
  auto layout = database_layout(given);
  if (!layout) return layout.error();
  const bool new_stub = given.shards > 1 && !stub::stub_file_of(given.database);
  std::vector<std::unique_ptr<Impl>> shards;
  for (std::size_t i = 0; i < layout->size(); ++i) {
    IndexOptions shard_options = given;
    if (layout->size() > 1) {
      // The cores are shared out between the shards, which run side by side.
      const unsigned cores = given.jobs ? given.jobs : std::max(1u, std::thread::hardware_concurrency());
      // (Here every core is shared out: each shard has its own writer thread as well.)
      shard_options.jobs = std::max<unsigned>(1, cores / static_cast<unsigned>(layout->size()));
    }
    shard_options.database = (*layout)[i];
    auto impl = open_database(shard_options);
    if (!impl) return impl.error();
    (*impl)->memory = shards.empty() ? std::make_shared<MemoryBudget>(given.memory_budget) : shards.front()->memory;
    (*impl)->shard = i;
    (*impl)->shard_count = layout->size();
    shards.push_back(std::move(*impl));
  }
  if (new_stub) {
    std::vector<std::string> names;
    for (const auto& path : *layout) names.push_back(path.filename().string());
    if (Status written = stub::write_folder_stub(given.database, names); !written) return written.error();
  }
  return Indexer(std::move(shards));
}



Indexer::Indexer(std::vector<std::unique_ptr<Impl>> shards) : shards_(std::move(shards)) {}
Indexer::Indexer(Indexer&&) noexcept = default;
Indexer& Indexer::operator=(Indexer&&) noexcept = default;
Indexer::~Indexer() = default;

namespace {

// The run of every shard as one: counts add up, the walk's skipped folders are the first
// shard's (each shard walked the same folders), lists are joined in path order.
IndexSummary merged(std::vector<IndexSummary> parts) {
  IndexSummary total;
  for (IndexSummary& part : parts) {
    total.added += part.added;
    total.updated += part.updated;
    total.unchanged += part.unchanged;
    total.deleted += part.deleted;
    total.excluded += part.excluded;
    total.documents += part.documents;
    total.files += part.files;
    total.commits += part.commits;
    total.bytes_before_compaction += part.bytes_before_compaction;
    total.bytes_after_compaction += part.bytes_after_compaction;
    for (auto list : {&IndexSummary::skipped, &IndexSummary::warnings}) {
      (total.*list).insert((total.*list).end(), (part.*list).begin(), (part.*list).end());
    }
    for (auto list : {&IndexSummary::planned_additions, &IndexSummary::planned_updates, &IndexSummary::planned_deletions}) {
      (total.*list).insert((total.*list).end(), (part.*list).begin(), (part.*list).end());
    }
  }
  auto by_path = [](const SkippedFile& a, const SkippedFile& b) { return a.path < b.path; };
  std::sort(total.skipped.begin(), total.skipped.end(), by_path);
  std::sort(total.warnings.begin(), total.warnings.end(), by_path);
  for (auto list : {&IndexSummary::planned_additions, &IndexSummary::planned_updates, &IndexSummary::planned_deletions}) {
    std::sort((total.*list).begin(), (total.*list).end());
  }
  return total;
}

}  // namespace

Result<PruneSummary> Indexer::prune() {
  PruneSummary total;
  for (auto& shard : shards_) {
    try {
      auto part = shard->prune();
      if (!part) return part.error();
      total.deleted += part->deleted;
      total.documents += part->documents;
      total.paths.insert(total.paths.end(), part->paths.begin(), part->paths.end());
      for (const auto& root : part->missing_roots) {
        if (std::find(total.missing_roots.begin(), total.missing_roots.end(), root) == total.missing_roots.end()) {
          total.missing_roots.push_back(root);
        }
      }
    } catch (const Xapian::Error& e) {
      return Error::io_error(database_message(shard->options.database, e) + "; nothing was pruned");
    }
  }
  std::sort(total.paths.begin(), total.paths.end());
  return total;
}

Result<IndexSummary> Indexer::import_reviews(const std::vector<Review>& reviews) {
  std::vector<IndexSummary> parts;
  for (auto& shard : shards_) {
    try {
      shard->import_reviews(reviews);
      parts.push_back(shard->summary);
    } catch (const Xapian::Error& e) {
      return Error::io_error(database_message(shard->options.database, e) + "; the steps committed before are kept");
    }
  }
  return merged(parts);
}

Result<PruneSummary> Indexer::remove(const std::vector<fs::path>& paths) {
  std::vector<std::string> targets;
  for (const fs::path& path : paths) {
    std::error_code error;
    fs::path absolute = fs::absolute(path, error).lexically_normal();
    // The index holds real paths; a file already deleted is named as it was.
    if (fs::exists(absolute, error)) absolute = fs::weakly_canonical(absolute, error);
    std::string target = absolute.string();
    if (target.size() > 1 && target.back() == '/') target.pop_back();
    targets.push_back(std::move(target));
  }
  PruneSummary total;
  for (auto& shard : shards_) {
    try {
      const PruneSummary part = shard->remove(targets);
      total.deleted += part.deleted;
      total.documents += part.documents;
      total.paths.insert(total.paths.end(), part.paths.begin(), part.paths.end());
    } catch (const Xapian::Error& e) {
      return Error::io_error(database_message(shard->options.database, e) + "; nothing was removed");
    }
  }
  if (total.paths.empty()) {
    std::string named;
    for (const fs::path& path : paths) named += (named.empty() ? "`" : ", `") + path.string() + "`";
    return Error::not_found("nothing in the index is at or under " + named + " (`lectern list` shows what is)");
  }
  std::sort(total.paths.begin(), total.paths.end());
  return total;
}

Result<IndexSummary> Indexer::index(const std::vector<fs::path>& paths) {
  // One shard's run; any failure becomes the error that names its database.
  auto run_shard = [&paths](Impl& shard) -> Result<IndexSummary> {
    try {
      Status status = shard.run(paths);
      if (!status) return status.error();
      return shard.summary;
    } catch (const Xapian::Error& e) {
      try {
        shard.database.cancel_transaction();
        shard.spelling_changes.clear();  // they were the cancelled documents'
      } catch (const Xapian::Error&) {
        // No transaction was open, or cancelling failed too: nothing was committed either way.
      }
      return Error::io_error(database_message(shard.options.database, e) +
                             (shard.options.full || shard.summary.commits == 0
                                  ? "; nothing from this run was committed"
                                  : "; the files indexed before the failure are kept, run again to finish"));
    }
  };
  if (shards_.size() == 1) return run_shard(*shards_.front());

  // Shards are written side by side, each in its own thread; progress is reported as totals.
  std::mutex progress_lock;
  std::vector<IndexProgress> progress(shards_.size());
  const auto report = shards_.front()->options.on_progress;
  for (std::size_t i = 0; i < shards_.size(); ++i) {
    shards_[i]->options.on_progress = [&, i](const IndexProgress& part) {
      if (!report) return;
      std::lock_guard<std::mutex> hold(progress_lock);
      progress[i] = part;
      IndexProgress total;
      for (const auto& each : progress) {
        total.files_done += each.files_done;
        total.files_total += each.files_total;
      }
      report(total);
    };
  }
  std::vector<std::optional<Result<IndexSummary>>> outcomes(shards_.size());
  {
    std::vector<std::jthread> workers;
    for (std::size_t i = 0; i < shards_.size(); ++i) {
      workers.emplace_back([&, i] { outcomes[i].emplace(run_shard(*shards_[i])); });
    }
  }
  for (auto& shard : shards_) shard->options.on_progress = report;
  std::vector<IndexSummary> parts;
  for (auto& outcome : outcomes) {
    if (!outcome->ok()) return outcome->error();
    parts.push_back(std::move(*outcome).value());
  }
  return merged(std::move(parts));
}

}  // namespace lectern::indexer
