#include "time_budget.h"

#include <optional>

namespace lectern::indexer {
namespace {

// Calls between two readings of the clock.
constexpr unsigned kCallsPerClockReading = 256;

thread_local std::optional<std::chrono::steady_clock::time_point> deadline;
thread_local unsigned calls_since_reading = 0;

}  // namespace

ScopedTimeBudget::ScopedTimeBudget(std::chrono::milliseconds limit) {
  if (limit.count() <= 0 || deadline) return;
  deadline = std::chrono::steady_clock::now() + limit;
  calls_since_reading = 0;
  owner_ = true;
}

ScopedTimeBudget::~ScopedTimeBudget() {
  if (owner_) deadline.reset();
}

void check_time_budget() {
  if (!deadline || ++calls_since_reading < kCallsPerClockReading) return;
  calls_since_reading = 0;
  if (std::chrono::steady_clock::now() > *deadline) throw TimeBudgetExceeded();
}

}  // namespace lectern::indexer
