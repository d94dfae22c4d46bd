// Running the `lectern` binary from end-to-end tests and capturing what it prints.
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "test_support.h"

namespace lectern::testing {

struct CommandOutput {
  int exit_status = -1;
  std::string out;  // standard output
  std::string err;  // standard error
};

inline std::string shell_quote(const std::string& argument) {
  std::string quoted = "'";
  for (char ch : argument) quoted += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
  return quoted + "'";
}

// Runs `command` with /bin/sh, its standard error kept apart and no standard input.
inline CommandOutput run_shell(const std::string& command) {
  static int counter = 0;
  const auto err_file = std::filesystem::temp_directory_path() /
                        ("lectern-stderr-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  CommandOutput output;
  FILE* pipe = ::popen((command + " 2>" + shell_quote(err_file.string()) + " </dev/null").c_str(), "r");
  if (pipe == nullptr) return output;
  char buffer[4096];
  std::size_t read;
  while ((read = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) output.out.append(buffer, read);
  const int status = ::pclose(pipe);
  output.exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  output.err = read_file(err_file);
  std::filesystem::remove(err_file);
  return output;
}

// Runs the lectern binary under test with `arguments`, in `working_dir`.
inline CommandOutput run_lectern(const std::vector<std::string>& arguments,
                                 const std::filesystem::path& working_dir = std::filesystem::current_path()) {
  // Hermetic: no config file of the machine's user, unless a test names one.
  const char* config = std::getenv("LECTERN_CONFIG");
  std::string command = "cd " + shell_quote(working_dir.string()) + " && " +
                        (config == nullptr ? "LECTERN_CONFIG=/nonexistent/lectern-config.toml " : "") +
                        shell_quote(LECTERN_BINARY);
  for (const auto& argument : arguments) {
    command += ' ';
    command += shell_quote(argument);
  }
  return run_shell(command);
}

}  // namespace lectern::testing
