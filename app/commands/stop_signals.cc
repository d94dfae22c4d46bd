#include "commands/stop_signals.h"

#include <pthread.h>

#include <atomic>
#include <memory>

namespace lectern::app {

StopSignals::StopSignals(std::function<void(int signal)> on_stop) {
  sigemptyset(&signals_);
  sigaddset(&signals_, SIGINT);
  sigaddset(&signals_, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals_, nullptr);
  waiter_ = std::jthread([signals = signals_, on_stop = std::move(on_stop)](std::stop_token stop) {
    int received = 0;
    sigwait(&signals, &received);
    // Woken by the destructor rather than by a signal from outside: nothing to stop.
    if (!stop.stop_requested()) on_stop(received);
  });
}

StopSignals::~StopSignals() {
  waiter_.request_stop();
  pthread_kill(waiter_.native_handle(), SIGTERM);
}

}  // namespace lectern::app
