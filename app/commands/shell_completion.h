// Shell completions and the man page, generated from the CLI11 definitions of the commands, so
// they can never disagree with `--help`: `lectern completions bash|zsh|fish` and
// `lectern manpage`, also run at build time and installed by `cmake --install`.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace lectern::app {

// A completion script for `shell` ("bash", "zsh" or "fish") covering every command of `app`,
// its options and their values: files or folders where an option takes a path, the choices
// where its type is a set ("{ansi,html,plain,none}"). Empty for another shell.
std::string completion_script(const CLI::App& app, const std::string& shell);

// lectern(1) in roff: the commands, each with its usage, options and examples.
std::string man_page(const CLI::App& app, const std::string& version);

// Adds `completions SHELL` and `manpage`; they print to standard output.
void add_completion_commands(CLI::App& app, int* exit_status);

}  // namespace lectern::app
