// A time limit on the extraction of one file. Every stage is meant to be linear in its input,
// but a limit makes sure that one file nobody foresaw can never stall a run: the extraction
// running on a thread checks the limit in its long loops (check_time_budget()), and when it
// has passed, the file is given up with a reason and the run goes on.
//
// The limit is per thread, set for the length of one extraction by a ScopedTimeBudget, so the
// parsers need no extra parameter. Outside of one, check_time_budget() does nothing.
#pragma once

#include <chrono>
#include <stdexcept>

namespace lectern::indexer {

// Thrown by check_time_budget() when the limit has passed; extract_bytes() turns it into an
// error value, so it never leaves the extraction.
class TimeBudgetExceeded : public std::runtime_error {
 public:
  TimeBudgetExceeded() : std::runtime_error("time budget exceeded") {}
};

class ScopedTimeBudget {
 public:
  // A zero limit sets none. Budgets do not nest: an inner one is ignored.
  explicit ScopedTimeBudget(std::chrono::milliseconds limit);
  ~ScopedTimeBudget();
  ScopedTimeBudget(const ScopedTimeBudget&) = delete;
  ScopedTimeBudget& operator=(const ScopedTimeBudget&) = delete;

 private:
  bool owner_ = false;
};

// Throws TimeBudgetExceeded when this thread's extraction is past its limit. Cheap enough for
// a loop: it reads the clock only every few hundred calls.
void check_time_budget();

}  // namespace lectern::indexer
