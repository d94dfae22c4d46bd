// The indexer's extraction stage: files are read, parsed and turned into Xapian documents on
// worker threads while the calling thread writes the documents of earlier files. There is no
// batch barrier: a worker takes the next file as soon as it is done with one, up to a window of
// files ahead of the writer, and the writer takes outcomes in file order (so a run gives the
// same document ids whatever the number of threads).
//
// Memory is bounded whatever the collection's size: at most `window` outcomes wait for the
// writer, and the files being extracted at once never need more than `memory_budget` bytes
// between them by estimate (extraction takes a multiple of a file's size that depends on its
// format; see estimated_extraction_bytes). A file whose estimate alone is over the budget is
// not read: its outcome is an error that says so. A file that waits for memory blocks only the
// worker that took it.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <xapian.h>

#include "file_walker.h"
#include "lectern/indexer/extract.h"

namespace lectern::indexer {

struct BuiltDocument {
  std::string id_term;
  Xapian::Document document;
};

// What extracting one file gave: its documents, or the reason it was skipped.
struct FileOutcome {
  std::vector<BuiltDocument> documents;
  std::vector<std::string> warnings;
  std::string error;  // empty on success
};

// About how many bytes extracting a file of `size` bytes in `format` takes at its peak
// (measured on large files: text 7x, Markdown 10x, HTML 22x, JSON 6x its size, plus the
// program's working set), rounded up.
std::uint64_t estimated_extraction_bytes(std::uint64_t size, std::string_view format);

// Bytes of memory shared by every extraction of a run, the shards' included: acquire() waits
// until the extractions under way leave room (one alone always fits). Thread-safe.
class MemoryBudget {
 public:
  explicit MemoryBudget(std::uint64_t capacity) : capacity_(capacity) {}
  std::uint64_t capacity() const { return capacity_; }
  void acquire(std::uint64_t bytes);
  void release(std::uint64_t bytes);

 private:
  const std::uint64_t capacity_;
  std::mutex mutex_;
  std::condition_variable released_;
  std::uint64_t in_use_ = 0;
};

class ExtractionPipeline {
 public:
  // Starts `jobs` workers over `files`; both `files` and `memory` must outlive the pipeline.
  ExtractionPipeline(const std::vector<const SourceFile*>& files, const ExtractOptions& options, unsigned jobs,
                     MemoryBudget& memory);
  ~ExtractionPipeline();  // stops and joins the workers; outcomes not taken are discarded

  ExtractionPipeline(const ExtractionPipeline&) = delete;
  ExtractionPipeline& operator=(const ExtractionPipeline&) = delete;

  // The outcome of the next file in order, waiting until it is ready; nullopt after the last.
  std::optional<FileOutcome> next();

 private:
  void work();
  FileOutcome extract(const SourceFile& file);
  FileOutcome extract_or_throw(const SourceFile& file);

  const std::vector<const SourceFile*>& files_;
  const ExtractOptions& options_;
  MemoryBudget& memory_;
  const std::size_t window_;

  std::mutex mutex_;
  std::condition_variable changed_;
  std::size_t next_to_take_ = 0;   // the next file a worker starts
  std::size_t next_to_give_ = 0;   // the next file the writer receives
  bool stopping_ = false;
  std::vector<std::optional<FileOutcome>> ready_;  // a ring of window_ slots, by file index

  std::vector<std::jthread> workers_;
};

}  // namespace lectern::indexer
