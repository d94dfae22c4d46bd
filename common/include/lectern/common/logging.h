// The one door to logging. Commands call configure_logging once from main(); libraries log
// through spdlog's default logger and never configure it. An error is logged once, where it is
// handled, not at every level it passes through.
#pragma once

namespace lectern {

enum class Verbosity { kQuiet, kNormal, kVerbose };

// Sends log lines to standard error: warnings and errors at kNormal, debug detail at kVerbose,
// errors only at kQuiet.
void configure_logging(Verbosity verbosity);

}  // namespace lectern
