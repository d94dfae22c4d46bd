#include "commands/settings.h"

#include <cstdlib>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>
#include <toml++/toml.h>

#include "commands/commands.h"

namespace lectern::app {
namespace {

namespace fs = std::filesystem;

Settings& installed() {
  static Settings settings;
  return settings;
}

std::string environment(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr ? value : "";
}

fs::path config_file_path() {
  if (const std::string explicit_file = environment("LECTERN_CONFIG"); !explicit_file.empty()) return explicit_file;
  if (const std::string xdg = environment("XDG_CONFIG_HOME"); !xdg.empty()) return fs::path(xdg) / "lectern" / "config.toml";
  return fs::path(environment("HOME")) / ".config" / "lectern" / "config.toml";
}

// "~/reviews" -> "/home/ann/reviews": paths in the file are written as people write them.
std::string expand_home(const std::string& path) {
  if (path == "~" || path.starts_with("~/")) return environment("HOME") + path.substr(1);
  return path;
}

// Reads one table of the file into the settings, refusing keys it does not know.
class TableReader {
 public:
  TableReader(const toml::table& table, std::string table_name, const fs::path& file)
      : table_(table), name_(std::move(table_name)), file_(file) {}

  Status unknown_keys(std::initializer_list<std::string_view> known) const {
    for (const auto& [key, node] : table_) {
      if (node.is_table() && name_.empty()) continue;  // [index], [serve]: read on their own
      if (std::find(known.begin(), known.end(), key.str()) != known.end()) continue;
      std::string list;
      for (std::string_view name : known) list += (list.empty() ? "" : ", ") + std::string(name);
      return error_at(node, "unknown setting `" + qualified(key.str()) + "` (known here: " + list + ")");
    }
    return Status::success();
  }

  Status read(std::string_view key, Setting<std::string>& setting, bool path = false) const {
    const toml::node* node = table_.get(key);
    if (node == nullptr) return Status::success();
    const auto value = node->value<std::string>();
    if (!value) return error_at(*node, "`" + qualified(key) + "` must be a string");
    setting = {path ? expand_home(*value) : *value, source()};
    return Status::success();
  }

  Status read(std::string_view key, Setting<int>& setting) const {
    const toml::node* node = table_.get(key);
    if (node == nullptr) return Status::success();
    const auto value = node->value<int64_t>();
    if (!value || *value < 0 || *value > 65535) return error_at(*node, "`" + qualified(key) + "` must be a whole number from 0 to 65535");
    setting = {static_cast<int>(*value), source()};
    return Status::success();
  }

  Status read(std::string_view key, Setting<std::vector<std::string>>& setting, bool paths = false) const {
    const toml::node* node = table_.get(key);
    if (node == nullptr) return Status::success();
    const toml::array* array = node->as_array();
    if (array == nullptr) return error_at(*node, "`" + qualified(key) + "` must be a list of strings, e.g. [\"a\", \"b\"]");
    std::vector<std::string> values;
    for (const toml::node& item : *array) {
      const auto text = item.value<std::string>();
      if (!text) return error_at(item, "`" + qualified(key) + "` must hold strings only");
      values.push_back(paths ? expand_home(*text) : *text);
    }
    setting = {std::move(values), source()};
    return Status::success();
  }

 private:
  std::string qualified(std::string_view key) const { return name_.empty() ? std::string(key) : name_ + "." + std::string(key); }
  std::string source() const { return "config file " + file_.string(); }
  Error error_at(const toml::node& node, const std::string& message) const {
    return Error::invalid_argument("config file `" + file_.string() + "` line " + std::to_string(node.source().begin.line) +
                                   ": " + message);
  }

  const toml::table& table_;
  std::string name_;
  const fs::path& file_;
};

Status read_config_file(Settings& settings) {
  std::error_code error;
  if (!fs::exists(settings.file, error)) return Status::success();
  settings.file_found = true;
  toml::table root;
  try {
    root = toml::parse_file(settings.file.string());
  } catch (const toml::parse_error& parse_error) {
    return Error::invalid_argument("config file `" + settings.file.string() + "` line " +
                                   std::to_string(parse_error.source().begin.line) + ": " +
                                   std::string(parse_error.description()));
  }
  const TableReader top(root, "", settings.file);
  if (Status status = top.unknown_keys({"database"}); !status) return status;
  if (Status status = top.read("database", settings.database, /*path=*/true); !status) return status;
  if (const toml::table* index = root["index"].as_table()) {
    const TableReader reader(*index, "index", settings.file);
    if (Status s = reader.unknown_keys({"roots", "exclude", "field_map", "synonyms", "eras", "language"}); !s) return s;
    if (Status s = reader.read("roots", settings.roots, /*paths=*/true); !s) return s;
    if (Status s = reader.read("exclude", settings.excludes); !s) return s;
    if (Status s = reader.read("field_map", settings.field_map); !s) return s;
    if (Status s = reader.read("synonyms", settings.synonyms, /*path=*/true); !s) return s;
    if (Status s = reader.read("eras", settings.eras, /*path=*/true); !s) return s;
    if (Status s = reader.read("language", settings.language); !s) return s;
  }
  if (const toml::table* serve = root["serve"].as_table()) {
    const TableReader reader(*serve, "serve", settings.file);
    if (Status s = reader.unknown_keys({"host", "port", "threads", "searchers", "cors_origins", "base_path"}); !s) return s;
    if (Status s = reader.read("host", settings.host); !s) return s;
    if (Status s = reader.read("port", settings.port); !s) return s;
    if (Status s = reader.read("threads", settings.threads); !s) return s;
    if (Status s = reader.read("searchers", settings.searchers); !s) return s;
    if (Status s = reader.read("cors_origins", settings.cors_origins); !s) return s;
    if (Status s = reader.read("base_path", settings.base_path); !s) return s;
  }
  return Status::success();
}

template <typename T>
nlohmann::json as_json(const Setting<T>& setting) {
  return {{"value", setting.value}, {"source", setting.source}};
}

template <typename T>
std::string as_text(const Setting<T>& setting) {
  if constexpr (std::is_same_v<T, std::vector<std::string>>) {
    std::string list;
    for (const auto& item : setting.value) list += (list.empty() ? "" : ", ") + ("\"" + item + "\"");
    return "[" + list + "]";
  } else if constexpr (std::is_same_v<T, int>) {
    return std::to_string(setting.value);
  } else {
    return "\"" + setting.value + "\"";
  }
}

// One setting as `lectern config` shows it, in JSON and as text.
struct ShownSetting {
  std::string_view section;  // "" for the top level
  std::string_view name;
  nlohmann::json json;
  std::string text;
  std::string source;
};

template <typename T>
ShownSetting shown(std::string_view section, std::string_view name, const Setting<T>& setting) {
  return {section, name, as_json(setting), as_text(setting), setting.source};
}

// Every setting, in the order the config file documents them: both forms print this one list.
std::vector<ShownSetting> shown_settings(const Settings& settings) {
  return {shown("", "database", settings.database),
          shown("index", "roots", settings.roots),
          shown("index", "exclude", settings.excludes),
          shown("index", "field_map", settings.field_map),
          shown("index", "synonyms", settings.synonyms),
          shown("index", "eras", settings.eras),
          shown("index", "language", settings.language),
          shown("serve", "host", settings.host),
          shown("serve", "port", settings.port),
          shown("serve", "threads", settings.threads),
          shown("serve", "searchers", settings.searchers),
          shown("serve", "cors_origins", settings.cors_origins),
          shown("serve", "base_path", settings.base_path)};
}

}  // namespace

Result<Settings> load_settings() {
  Settings settings;
  settings.file = config_file_path();
  if (Status status = read_config_file(settings); !status) return status.error();
  // The environment wins over the file.
  if (const std::string database = environment("LECTERN_DB"); !database.empty()) {
    settings.database = {database, "environment LECTERN_DB"};
  }
  return settings;
}

const Settings& current_settings() { return installed(); }
void use_settings(Settings settings) { installed() = std::move(settings); }

void add_config_command(CLI::App& app, int* exit_status) {
  auto json = std::make_shared<bool>(false);
  CLI::App* command = app.add_subcommand("config", "Show the settings in force and where each came from");
  command->add_flag("--json", *json, "Print them as one JSON object");
  command->callback([json, exit_status] {
    const Settings& settings = current_settings();
    const std::vector<ShownSetting> shown_list = shown_settings(settings);
    if (*json) {
      nlohmann::json object = {{"config_file", {{"path", settings.file.string()}, {"found", settings.file_found}}}};
      for (const ShownSetting& setting : shown_list) {
        nlohmann::json& place = setting.section.empty() ? object : object[std::string(setting.section)];
        place[std::string(setting.name)] = setting.json;
      }
      std::cout << object.dump(2) << '\n';
    } else {
      std::cout << "config file: " << settings.file.string() << (settings.file_found ? "" : " (not found; defaults in force)") << "\n\n";
      std::string_view section;
      for (const ShownSetting& setting : shown_list) {
        if (setting.section != section) std::cout << "\n[" << setting.section << "]\n";
        section = setting.section;
        const std::string_view name = setting.name;
        std::cout << name << std::string(name.size() < 20 ? 20 - name.size() : 1, ' ') << "= " << setting.text << "    # "
                  << setting.source << '\n';
      }
    }
    *exit_status = kExitOk;
  });
}

}  // namespace lectern::app
