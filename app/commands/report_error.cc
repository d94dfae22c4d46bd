#include <iostream>

#include "commands/commands.h"

namespace lectern::app {

int report_error(const Error& error) {
  std::cerr << "lectern: " << error.message << '\n';
  switch (error.code) {
    case ErrorCode::kInvalidArgument: return kExitUsage;
    case ErrorCode::kNotFound:
    case ErrorCode::kCorruption:
    case ErrorCode::kIOError:
    case ErrorCode::kUnsupported:
    case ErrorCode::kInternal: return kExitFailure;
  }
  return kExitFailure;
}

}  // namespace lectern::app
