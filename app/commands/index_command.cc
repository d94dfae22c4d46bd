// lectern index PATH... [--db DIR] [--full] [--dry-run] [--json] [--field-map SPEC] [--language CODE] [--jobs N]
//               [--shards N] [--file-time-limit S] [--memory-budget MIB] [--no-compact]
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <memory>
#include <optional>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "commands/command_options.h"
#include "commands/commands.h"
#include "commands/settings.h"
#include "commands/stop_signals.h"
#include "lectern/indexer/folder_watcher.h"
#include "lectern/indexer/indexer.h"
#include "lectern/searcher/results_json.h"

namespace lectern::app {
namespace {

struct IndexCommandOptions {
  std::vector<std::string> paths;
  std::string database = default_database();
  bool full = false;
  bool dry_run = false;
  bool json = false;
  ExtractionFlags extraction;
  std::vector<std::string> excludes;  // added to the config file's
  std::string from_export;            // a file of `lectern export` to write back
  bool checksum = false;
  bool watch = false;  // keep the index current until SIGINT or SIGTERM
  unsigned jobs = 0;
  unsigned shards = 0;
  std::string synonyms = current_settings().synonyms.value;
  double file_time_limit = 60;  // seconds; 0: none
  std::uint64_t memory_budget = 1024;  // MiB
  bool no_compact = false;
  bool quiet = false;  // lectern --quiet: no progress line, no summary
};

// The summary as JSON, indented, or on one line (`--watch --json` prints one per run).
std::string summary_json(const indexer::IndexSummary& summary, bool dry_run, bool one_line = false) {
  nlohmann::json skipped = nlohmann::json::array();
  for (const auto& file : summary.skipped) skipped.push_back({{"path", file.path}, {"reason", file.reason}});
  nlohmann::json object = {{"added", summary.added},         {"updated", summary.updated},
                           {"unchanged", summary.unchanged}, {"deleted", summary.deleted},
                           {"skipped", std::move(skipped)},  {"documents", summary.documents},
                           {"excluded", summary.excluded}};
  if (summary.bytes_after_compaction > 0) {
    object["compacted"] = {{"bytes_before", summary.bytes_before_compaction},
                           {"bytes_after", summary.bytes_after_compaction}};
  }
  if (!summary.warnings.empty()) {
    nlohmann::json warnings = nlohmann::json::array();
    for (const auto& file : summary.warnings) warnings.push_back({{"path", file.path}, {"warning", file.reason}});
    object["warnings"] = std::move(warnings);
  }
  if (dry_run) {
    object["dry_run"] = true;
    object["would_add"] = summary.planned_additions;
    object["would_update"] = summary.planned_updates;
    object["would_delete"] = summary.planned_deletions;
  }
  return object.dump(one_line ? -1 : 2, ' ', false, nlohmann::json::error_handler_t::replace);
}

void print_plan(const indexer::IndexSummary& summary, const std::string& database) {
  std::cout << "Dry run, nothing written to " << database << ": " << summary.planned_additions.size() << " files to add, "
            << summary.planned_updates.size() << " to re-index, " << summary.planned_deletions.size() << " to remove ("
            << summary.deleted << (summary.deleted == 1 ? " review" : " reviews") << "), " << summary.unchanged
            << " reviews unchanged.\n";
  for (const auto& path : summary.planned_additions) std::cout << "  add     " << path << '\n';
  for (const auto& path : summary.planned_updates) std::cout << "  update  " << path << '\n';
  for (const auto& path : summary.planned_deletions) std::cout << "  delete  " << path << '\n';
  for (const auto& file : summary.skipped) std::cout << "  skipped " << file.path << ": " << file.reason << '\n';
}

void print_summary(const indexer::IndexSummary& summary, const std::string& database) {
  std::cout << "Indexed " << summary.files << (summary.files == 1 ? " file" : " files") << " into " << database << ": "
            << summary.added << " added, " << summary.updated << " updated, " << summary.unchanged << " unchanged, "
            << summary.deleted << " deleted, " << summary.skipped.size() << " skipped"
            << (summary.excluded ? ", " + std::to_string(summary.excluded) + " excluded" : std::string()) << "; "
            << summary.documents
            << (summary.documents == 1 ? " review" : " reviews") << " in the index";
  if (summary.bytes_after_compaction > 0) {
    constexpr double kMiB = 1024.0 * 1024.0;
    std::cout << std::fixed << std::setprecision(1) << ", compacted from " << summary.bytes_before_compaction / kMiB
              << " to " << summary.bytes_after_compaction / kMiB << " MiB" << std::defaultfloat;
  }
  std::cout << ".\n";
  for (const auto& file : summary.skipped) std::cout << "  skipped " << file.path << ": " << file.reason << '\n';
  for (const auto& file : summary.warnings) std::cout << "  warning " << file.path << ": " << file.reason << '\n';
}

// Without a terminal, `-v` logs the progress this often.
constexpr std::chrono::seconds kLogProgressEvery{5};

// The last `width` characters of a path, for a progress line of fixed width.
std::string tail_of(const std::string& path, std::size_t width) {
  if (path.size() <= width) return path;
  std::size_t cut = path.size() - width + 1;
  while (cut < path.size() && (static_cast<unsigned char>(path[cut]) & 0xC0) == 0x80) ++cut;  // whole characters
  return "…" + path.substr(cut);
}

// "indexing [########............] 1200/20000 files  6%  410 files/s  about 41 s left  …/a.md".
std::string progress_line(const indexer::IndexProgress& progress, std::chrono::steady_clock::duration elapsed) {
  constexpr std::size_t kBarWidth = 20;
  const std::size_t total = std::max<std::size_t>(1, progress.files_total);
  const std::size_t done = std::min(progress.files_done, total);
  const std::size_t filled = done * kBarWidth / total;
  std::string line = "indexing [" + std::string(filled, '#') + std::string(kBarWidth - filled, '.') + "] " +
                     std::to_string(progress.files_done) + "/" + std::to_string(progress.files_total) + " files  " +
                     std::to_string(done * 100 / total) + "%";
  const double seconds = std::chrono::duration<double>(elapsed).count();
  if (seconds >= 1 && done > 0) {
    const double rate = done / seconds;
    line += "  " + std::to_string(static_cast<long long>(rate)) + " files/s";
    const double left = (total - done) / rate;
    if (done < total) line += "  about " + std::to_string(static_cast<long long>(left + 0.5)) + " s left";
  }
  line += "  " + std::to_string(static_cast<long long>(seconds)) + " s";
  if (!progress.current_file.empty() && done < total) line += "  " + tail_of(progress.current_file, 40);
  return line;
}

// The reviews of a `lectern export` file, all or nothing: a bad line stops the import before
// anything is written, naming the line.
Result<std::vector<Review>> read_export(const std::string& path) {
  std::ifstream file(path);
  if (!file) return Error::not_found("cannot read the export `" + path + "`");
  std::vector<Review> reviews;
  std::size_t number = 0;
  for (std::string line; std::getline(file, line);) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto review = searcher::review_from_json(line);
    if (!review) {
      return Error::invalid_argument("export `" + path + "` line " + std::to_string(number) + ": " + review.error().message +
                                     "; nothing was imported");
    }
    reviews.push_back(std::move(*review));
  }
  return reviews;
}

int run_import(const IndexCommandOptions& command) {
  if (!command.paths.empty()) {
    return report_error(Error::invalid_argument("--from-export reads one export file; name no other paths"));
  }
  auto reviews = read_export(command.from_export);
  if (!reviews) return report_error(reviews.error());
  indexer::IndexOptions options;
  options.database = command.database;
  options.shards = command.shards;
  auto indexer = indexer::Indexer::open(std::move(options));
  if (!indexer) return report_error(indexer.error());
  auto summary = indexer->import_reviews(*reviews);
  if (!summary) return report_error(summary.error());
  if (command.json) {
    std::cout << summary_json(*summary, false) << '\n';
  } else if (!command.quiet) {
    print_summary(*summary, command.database);
  }
  return kExitOk;
}

// How long a burst of changes must have been quiet before it is indexed, and the longest a
// burst may run before it is indexed anyway (a copy of thousands of files).
constexpr std::chrono::milliseconds kWatchSettle{500};
constexpr std::chrono::milliseconds kWatchLongest{10000};

// `index --watch`: after the first run, one incremental run (one commit) per burst of changes
// under the paths, until `stop`. A run that fails is reported and the watch goes on; a watch
// that cannot go on (the folders cannot be watched) ends with its error.
int watch_and_index(indexer::Indexer& indexer, const std::vector<std::filesystem::path>& paths,
                    const IndexCommandOptions& command, const std::atomic<bool>& stop) {
  auto watcher = indexer::FolderWatcher::open(paths, {command.database});
  if (!watcher) return report_error(watcher.error());
  if (!command.quiet && !command.json) {
    std::cerr << "lectern: watching " << watcher->folder_count() << " folder" << (watcher->folder_count() == 1 ? "" : "s")
              << " for changes (Ctrl-C stops)\n";
  }
  while (!stop) {
    Result<std::size_t> burst = watcher->wait_for_burst(kWatchSettle, kWatchLongest, stop);
    if (!burst) return report_error(burst.error());
    if (*burst == 0) break;  // stopped
    auto summary = indexer.index(paths);
    if (!summary) {
      report_error(summary.error());
      continue;
    }
    if (command.json) {
      std::cout << summary_json(*summary, false, true) << std::endl;
    } else if (!command.quiet) {
      print_summary(*summary, command.database);
    }
  }
  return kExitOk;
}

int run_index(const IndexCommandOptions& command) {
  if (!command.from_export.empty()) return run_import(command);
  if (command.paths.empty() && current_settings().roots.value.empty()) {
    return report_error(Error::invalid_argument(
        "name the files or folders to index, or list them as `roots` under [index] in " + current_settings().file.string()));
  }
  indexer::IndexOptions options;
  options.database = command.database;
  options.full = command.full;
  options.dry_run = command.dry_run;
  options.jobs = command.jobs;
  options.shards = command.shards;
  options.synonyms_file = command.synonyms;
  options.checksum = command.checksum;
  options.excludes = current_settings().excludes.value;
  options.excludes.insert(options.excludes.end(), command.excludes.begin(), command.excludes.end());
  options.memory_budget = command.memory_budget << 20;
  options.compact = !command.no_compact;
  auto extract = extract_options(command.extraction);
  if (!extract) return report_error(extract.error());
  options.extract = std::move(*extract);
  options.extract.time_limit = std::chrono::milliseconds(static_cast<long long>(command.file_time_limit * 1000));
  // A progress bar only for a person watching: on a terminal, and not when JSON is wanted.
  // Without a terminal, `-v` logs a progress line every few seconds instead.
  const bool show_progress = !command.json && !command.quiet && isatty(STDERR_FILENO);
  const auto started = std::chrono::steady_clock::now();
  if (show_progress) {
    options.on_progress = [started](const indexer::IndexProgress& progress) {
      std::fprintf(stderr, "\r\033[K%s", progress_line(progress, std::chrono::steady_clock::now() - started).c_str());
      std::fflush(stderr);
    };
  } else if (!command.quiet) {
    options.on_progress = [started, last = std::chrono::steady_clock::time_point{}](const indexer::IndexProgress& progress) mutable {
      const auto now = std::chrono::steady_clock::now();
      if (now - last < kLogProgressEvery && progress.files_done < progress.files_total) return;
      last = now;
      spdlog::debug("{}", progress_line(progress, now - started));
    };
  }
  auto indexer = indexer::Indexer::open(std::move(options));
  if (!indexer) return report_error(indexer.error());
  // No path given: the roots of the config file.
  const std::vector<std::string>& given = command.paths.empty() ? current_settings().roots.value : command.paths;
  std::vector<std::filesystem::path> paths(given.begin(), given.end());
  if (command.watch && command.dry_run) return report_error(Error::invalid_argument("--watch writes the index: it cannot be a --dry-run"));
  // Watching: the signals are blocked before the indexer's threads start, and stop the watch
  // between runs, never in the middle of one.
  std::atomic<bool> stop{false};
  std::optional<StopSignals> stop_signals;
  if (command.watch) stop_signals.emplace([&stop](int) { stop = true; });
  auto summary = indexer->index(paths);
  if (show_progress) std::fprintf(stderr, "\r\033[K");
  if (!summary) return report_error(summary.error());
  if (command.json) {
    std::cout << summary_json(*summary, command.dry_run, command.watch) << std::endl;
  } else if (command.dry_run) {
    print_plan(*summary, command.database);
  } else if (!command.quiet) {
    print_summary(*summary, command.database);
  }
  if (command.watch) return watch_and_index(*indexer, paths, command, stop);
  return kExitOk;
}

}  // namespace

void add_index_command(CLI::App& app, int* exit_status) {
  auto options = std::make_shared<IndexCommandOptions>();
  CLI::App* command = app.add_subcommand("index", "Index folders of reviews (incremental: only changed files are re-read)");
  command->add_option("paths", options->paths,
                      "Files or folders to index, walked recursively (default: index.roots of the config file)");
  command->add_option("--db", options->database, "Database folder (created if missing)")->capture_default_str();
  command->add_flag("--full", options->full, "Re-read every file and rebuild the index from scratch");
  command->add_flag("--dry-run", options->dry_run, "Show what would be added, re-indexed and removed; write nothing");
  command->add_flag("--json", options->json, "Print the summary as one JSON object (with --watch: one line per run)");
  command->add_flag("--watch", options->watch,
                    "After indexing, keep the index current as files are added, changed, renamed or removed, "
                    "one commit per burst of changes, until interrupted");
  add_extraction_options(*command, options->extraction);
  command->add_option("--exclude", options->excludes,
                      "Leave out files and folders matching this glob (*.bak, drafts/, archive/**); repeatable; "
                      "adds to the config file's `exclude` and a root's .lecternignore. Left-out files are removed "
                      "from the index");
  command->add_flag("--checksum", options->checksum,
                    "Also compare each file's content hash, not only its size and times (reads every file)");
  command->add_option("--from-export", options->from_export,
                      "Write back the reviews of a `lectern export` file, under their own ids and paths");
  command->add_option("-j,--jobs", options->jobs, "Extraction threads (default: one per core but one, which the writer needs)");
  command->add_option("--file-time-limit", options->file_time_limit,
                      "Seconds one file may take to read; a slower file is skipped with a reason (0: no limit)")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber);
  command->add_option("--memory-budget", options->memory_budget,
                      "MiB the files being read at once may take between them; a file that alone needs more is "
                      "skipped with a reason")
      ->capture_default_str()
      ->check(CLI::Range(std::uint64_t{16}, std::uint64_t{1} << 20));
  command->add_flag("--no-compact", options->no_compact,
                    "Leave a new or --full index as written instead of compacting it (compacting makes it about "
                    "40% smaller and takes a few percent more time)");
  command->add_option("--shards", options->shards,
                      "Split a new index into N shard databases written in parallel, listed by a stub file that "
                      "every command opens as one (docs/scaling.md)")
      ->check(CLI::Range(1u, 64u));
  command->add_option("--synonyms", options->synonyms,
                      "Synonym groups to add to the defaults, one per line: WWII | Second World War (kept for later runs)");
  command->callback([options, exit_status, command] {
    options->quiet = command->get_parent()->count("--quiet") > 0;
    *exit_status = run_index(*options);
  });
}

}  // namespace lectern::app
