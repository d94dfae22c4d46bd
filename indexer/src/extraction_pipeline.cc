#include "extraction_pipeline.h"

#include <algorithm>
#include <filesystem>

#include "document_builder.h"
#include "lectern/common/schema.h"

namespace lectern::indexer {
namespace {

// Outcomes waiting for the writer, per worker: enough to keep the workers busy while the
// writer commits, few enough that the built documents stay a few megabytes.
constexpr std::size_t kWindowPerWorker = 32;

// The working set every extraction has besides its file: stemmers, the gazetteer, buffers.
constexpr std::uint64_t kExtractionBaseBytes = 16u << 20;

std::string mebibytes(std::uint64_t bytes) { return std::to_string((bytes + (1u << 20) - 1) >> 20) + " MiB"; }

}  // namespace

std::uint64_t estimated_extraction_bytes(std::uint64_t size, std::string_view format) {
  std::uint64_t factor = 8;  // text, JSON, CSV
  if (format == "md" || format == "rst") factor = 12;
  if (format == "html") factor = 24;  // gumbo's tree of the whole page
  return size * factor + kExtractionBaseBytes;
}

void MemoryBudget::acquire(std::uint64_t bytes) {
  std::unique_lock lock(mutex_);
  released_.wait(lock, [&] { return in_use_ == 0 || in_use_ + bytes <= capacity_; });
  in_use_ += bytes;
}

void MemoryBudget::release(std::uint64_t bytes) {
  {
    const std::lock_guard lock(mutex_);
    in_use_ -= bytes;
  }
  released_.notify_all();
}

ExtractionPipeline::ExtractionPipeline(const std::vector<const SourceFile*>& files, const ExtractOptions& options,
                                       unsigned jobs, MemoryBudget& memory)
    : files_(files),
      options_(options),
      memory_(memory),
      window_(std::max<std::size_t>(1, jobs) * kWindowPerWorker),
      ready_(window_) {
  const unsigned threads = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(files.size())));
  workers_.reserve(threads);
  for (unsigned t = 0; t < threads && !files.empty(); ++t) workers_.emplace_back([this] { work(); });
}

ExtractionPipeline::~ExtractionPipeline() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  workers_.clear();  // joins
}

FileOutcome ExtractionPipeline::extract(const SourceFile& file) {
  // Extraction reports errors as values; anything thrown past it (out of memory, a library's
  // exception) costs this file, never the worker thread and with it the run.
  try {
    return extract_or_throw(file);
  } catch (const std::exception& error) {
    FileOutcome outcome;
    outcome.error = std::string("extraction failed: ") + error.what();
    return outcome;
  } catch (const Xapian::Error& error) {  // not a std::exception
    FileOutcome outcome;
    outcome.error = "building its document failed: " + error.get_description();
    return outcome;
  }
}

FileOutcome ExtractionPipeline::extract_or_throw(const SourceFile& file) {
  FileOutcome outcome;
  auto reviews = extract_file(file.path, options_);
  if (!reviews) {
    outcome.error = reviews.error().message;
    return outcome;
  }
  for (const auto& review : *reviews) {
    for (const auto& warning : review.warnings) {
      if (std::find(outcome.warnings.begin(), outcome.warnings.end(), warning) == outcome.warnings.end()) {
        outcome.warnings.push_back(warning);
      }
    }
    outcome.documents.push_back({id_term(review.id), build_document(review, file.signature)});
  }
  return outcome;
}

void ExtractionPipeline::work() {
  std::unique_lock lock(mutex_);
  for (;;) {
    // A file is taken only while the writer is less than a window behind.
    changed_.wait(lock, [this] { return stopping_ || next_to_take_ >= files_.size() || next_to_take_ < next_to_give_ + window_; });
    if (stopping_ || next_to_take_ >= files_.size()) return;
    const std::size_t index = next_to_take_++;
    const SourceFile& file = *files_[index];
    lock.unlock();

    std::error_code error;
    const std::uint64_t size = std::filesystem::file_size(file.path, error);
    const std::uint64_t need = error ? kExtractionBaseBytes : estimated_extraction_bytes(size, file.format);
    FileOutcome outcome;
    // A file over the size limit is refused by extract_file without being read.
    if (need > memory_.capacity() && size <= kMaxReviewFileBytes) {
      outcome.error = "reading it would take about " + mebibytes(need) + ", over the memory budget of " +
                      mebibytes(memory_.capacity()) + " (raise it with --memory-budget)";
    } else {
      const std::uint64_t reserved = std::min(need, memory_.capacity());
      memory_.acquire(reserved);
      outcome = extract(file);
      memory_.release(reserved);
    }
    lock.lock();
    ready_[index % window_] = std::move(outcome);
    changed_.notify_all();
  }
}

std::optional<FileOutcome> ExtractionPipeline::next() {
  std::unique_lock lock(mutex_);
  if (next_to_give_ >= files_.size()) return std::nullopt;
  auto& slot = ready_[next_to_give_ % window_];
  changed_.wait(lock, [&] { return slot.has_value(); });
  FileOutcome outcome = std::move(*slot);
  slot.reset();
  ++next_to_give_;
  lock.unlock();
  changed_.notify_all();
  return outcome;
}

}  // namespace lectern::indexer
