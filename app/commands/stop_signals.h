// SIGINT and SIGTERM taken by one thread that waits for them, so that a clean stop (`serve`,
// `index --watch`) never runs inside a signal handler.
#pragma once

#include <csignal>
#include <functional>
#include <thread>

namespace lectern::app {

class StopSignals {
 public:
  // Blocks SIGINT and SIGTERM in this thread (and the threads it starts afterwards) and calls
  // `on_stop` from a waiting thread when one arrives. Construct before starting other threads.
  explicit StopSignals(std::function<void(int signal)> on_stop);
  // Wakes the waiting thread if no signal came, and joins it.
  ~StopSignals();
  StopSignals(const StopSignals&) = delete;
  StopSignals& operator=(const StopSignals&) = delete;

 private:
  sigset_t signals_;
  std::jthread waiter_;
};

}  // namespace lectern::app
