#include "commands/command_options.h"

#include <filesystem>

#include "commands/settings.h"

namespace lectern::app {

std::string default_database() { return current_settings().database.value; }

void add_databases_option(CLI::App& command, std::vector<std::string>& databases, const std::string& verb) {
  command.add_option("--db", databases, "Database folder; repeat to " + verb + " several shards as one")
      ->capture_default_str()
      ->allow_extra_args(false);
}

void add_extraction_options(CLI::App& command, ExtractionFlags& flags) {
  command.add_option("--field-map", flags.field_map,
                     "JSON keys and HTML meta tags for Lectern fields, e.g. text=reviewText,author=bookAuthor");
  command.add_option("--eras", flags.eras, "Era gazetteer to use instead of the built-in one (format: docs/eras.md)");
  command.add_option("--language", flags.language, "Force the language of every review (ISO 639-1, e.g. de)");
  command.add_option("--period-weights", flags.period_weights,
                     "Weights of the period reader to use instead of the built-in ones "
                     "(format: indexer/data/period_weights.tsv; docs/eras.md)");
}

Result<indexer::ExtractOptions> extract_options(const ExtractionFlags& flags) {
  indexer::ExtractOptions options;
  options.language = flags.language;
  if (!flags.eras.empty()) {
    auto gazetteer = indexer::load_gazetteer(flags.eras);
    if (!gazetteer) return gazetteer.error();
    options.eras = std::move(*gazetteer);
  }
  if (!flags.period_weights.empty()) {
    auto weights = indexer::load_period_weights(flags.period_weights);
    if (!weights) return weights.error();
    options.period_weights = std::move(*weights);
  }
  if (!flags.field_map.empty()) {
    auto map = indexer::parse_field_map(flags.field_map);
    if (!map) return map.error();
    options.field_map = std::move(*map);
  }
  return options;
}

void add_filter_options(CLI::App& command, searcher::Filters& filters) {
  // Repeatable filters take one value per flag: a word after them is the query, not a second value.
  const auto repeatable = [&command](const std::string& name, auto& values, const std::string& help) {
    command.add_option(name, values, help + "; repeatable")->allow_extra_args(false)->group("Filters");
  };
  repeatable("--author", filters.authors, "Only reviews of works by this author (full name)");
  repeatable("--reviewer", filters.reviewers, "Only reviews written by this reviewer (full name)");
  repeatable("--lang", filters.languages, "Only reviews in this language (ISO 639-1, e.g. de)");
  repeatable("--tag", filters.tags, "Only reviews with this tag");
  repeatable("--decade", filters.decades, "Only reviews of works set in this decade (1940s)");
  command.add_option("--period", filters.period,
                     "Only reviews whose period overlaps: 1940..1950, 1940s, 19th-century, \"Second World War\"")
      ->group("Filters");
  command.add_option("--rating", filters.rating, "Only reviews rated in this range of 0-5: 4..5, 4.., 5")
      ->group("Filters");
  command.add_option("--date", filters.date, "Only reviews written in this range: 2010-01-01..2015-12-31, 2012")
      ->group("Filters");
}

Result<indexer::Indexer> open_existing_index(const std::string& database, bool dry_run) {
  if (!std::filesystem::exists(database)) {
    return Error::not_found("no database at `" + database + "`; index some reviews first");
  }
  indexer::IndexOptions options;
  options.database = database;
  options.dry_run = dry_run;
  return indexer::Indexer::open(std::move(options));
}

Result<searcher::Searcher> open_searcher(const std::vector<std::string>& databases) {
  searcher::SearcherOptions options;
  options.databases.assign(databases.begin(), databases.end());
  return searcher::Searcher::open(options);
}

}  // namespace lectern::app
