#include "commands/command_options.h"

#include "commands/settings.h"

namespace lectern::app {

std::string default_database() { return current_settings().database.value; }

Result<indexer::ExtractOptions> extract_options(const std::string& language, const std::string& eras_file,
                                                const std::string& field_map) {
  indexer::ExtractOptions options;
  options.language = language;
  if (!eras_file.empty()) {
    auto gazetteer = indexer::load_gazetteer(eras_file);
    if (!gazetteer) return gazetteer.error();
    options.eras = std::move(*gazetteer);
  }
  if (!field_map.empty()) {
    auto map = indexer::parse_field_map(field_map);
    if (!map) return map.error();
    options.field_map = std::move(*map);
  }
  return options;
}

Result<searcher::Searcher> open_searcher(const std::vector<std::string>& databases) {
  searcher::SearcherOptions options;
  options.databases.assign(databases.begin(), databases.end());
  return searcher::Searcher::open(options);
}

}  // namespace lectern::app
