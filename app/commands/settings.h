// The settings in force for a run of `lectern`, and where each came from. Precedence: a
// command-line option, then the environment (LECTERN_DB), then the config file
// ($LECTERN_CONFIG, else $XDG_CONFIG_HOME/lectern/config.toml, else ~/.config/lectern/config.toml),
// then Lectern's default. `lectern config` prints them (docs/configuration.md).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "lectern/common/result.h"

namespace lectern::app {

// One setting's value and where it came from: "default", "environment LECTERN_DB",
// "config file /home/ann/.config/lectern/config.toml".
template <typename T>
struct Setting {
  T value{};
  std::string source = "default";
};

struct Settings {
  std::filesystem::path file;  // the config file looked for
  bool file_found = false;

  Setting<std::string> database{"lectern-db"};
  // [index]
  Setting<std::vector<std::string>> roots;     // indexed when `lectern index` names no path
  Setting<std::vector<std::string>> excludes;  // globs, as --exclude
  Setting<std::string> field_map;
  Setting<std::string> synonyms;
  Setting<std::string> eras;
  Setting<std::string> language;
  // [serve]
  Setting<std::string> host{"127.0.0.1"};
  Setting<int> port{8080};
  Setting<int> threads{0};
  Setting<int> searchers{0};
  Setting<std::vector<std::string>> cors_origins;
  Setting<std::string> base_path;
};

// Reads the environment and the config file. Errors (kInvalidArgument) name the file, the line
// and what is wrong: malformed TOML, an unknown key (with the known ones), a value of the
// wrong type. A missing file is no error.
Result<Settings> load_settings();

// The settings main() loaded, for the commands' defaults (Lectern's defaults before that).
const Settings& current_settings();
void use_settings(Settings settings);

// Adds `lectern config [--json]`: the settings in force and where each came from.
void add_config_command(CLI::App& app, int* exit_status);

}  // namespace lectern::app
