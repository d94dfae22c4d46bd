// lectern inspect FILE [--json]: what Lectern extracts from one file, without indexing it.
#include <filesystem>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "commands/command_options.h"
#include "commands/commands.h"
#include "commands/settings.h"
#include "lectern/indexer/extract.h"
#include "lectern/searcher/results_json.h"

namespace lectern::app {
namespace {

struct InspectCommandOptions {
  std::string path;
  bool json = false;
  ExtractionFlags extraction;
};

// The stored review's JSON (searcher::review_to_json, as GET /api/doc gives it) plus what only
// extraction knows: the evidence for the period, where each field came from, what the text
// lost and why, and the warnings.
nlohmann::json review_json(const Review& review) {
  nlohmann::json object = nlohmann::json::parse(searcher::review_to_json(review));
  nlohmann::json evidence = nlohmann::json::array();
  for (const auto& item : review.period_evidence) {
    evidence.push_back({{"text", item.text},
                        {"years", {{"start", item.years.start}, {"end", item.years.end}}},
                        {"role", item.role},
                        {"weight", item.weight}});
  }
  object["period_evidence"] = std::move(evidence);
  object["warnings"] = review.warnings;
  object["sources"] = review.sources;
  nlohmann::json dropped = nlohmann::json::array();
  for (const auto& item : review.dropped) dropped.push_back({{"text", item.text}, {"reason", item.reason}});
  object["dropped"] = std::move(dropped);
  if (review.publication_year) object["publication_year"] = *review.publication_year;
  return object;
}

std::string join(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& value : values) out += (out.empty() ? "" : "; ") + value;
  return out;
}

void print_review(const Review& review) {
  // "  title: The Betrayal  [heading]": the value, and the part of the file it came from.
  auto line = [&review](const char* name, const std::string& value) {
    if (value.empty()) return;
    std::cout << "  " << name << ": " << value;
    if (const auto source = review.sources.find(name); source != review.sources.end()) std::cout << "  [" << source->second << "]";
    std::cout << '\n';
  };
  std::cout << review.id << '\n';
  line("title", review.title);
  line("authors", join(review.authors));
  line("editors", join(review.editors));
  line("translators", join(review.translators));
  line("illustrators", join(review.illustrators));
  line("reviewer", review.reviewer);
  line("date", review.date);
  if (review.rating) line("rating", std::to_string(*review.rating).substr(0, 4) + " / 5");
  line("period", review.period ? std::to_string(review.period->start) + " to " + std::to_string(review.period->end) : "(none)");
  line("language", review.language);
  line("tags", join(review.tags));
  line("captions", join(review.captions));
  for (const auto& work : review.mentions) line("mentions", work.title + (work.author.empty() ? "" : " by " + work.author));
  for (const auto& warning : review.warnings) std::cout << "  warning: " << warning << '\n';
  if (!review.dropped.empty()) {
    // The last entry may count the lines past the list's bound: "802 more lines".
    std::size_t lines = review.dropped.size();
    if (review.dropped.back().reason == "not listed") lines += std::stoul(review.dropped.back().text) - 1;
    std::cout << "  dropped: " << lines << (lines == 1 ? " line" : " lines")
              << " kept out of the text (inspect --json lists them with the reasons)\n";
  }
  std::cout << "  text:\n";
  std::size_t start = 0;
  while (start < review.text.size()) {
    const std::size_t end = std::min(review.text.find('\n', start), review.text.size());
    std::cout << "    " << review.text.substr(start, end - start) << '\n';
    start = end + 1;
  }
}

int run_inspect(const InspectCommandOptions& command) {
  auto options = extract_options(command.extraction);
  if (!options) return report_error(options.error());
  // Say what is wrong with the path itself before any format is blamed.
  std::error_code error;
  const auto status = std::filesystem::status(command.path, error);
  if (status.type() == std::filesystem::file_type::not_found) {
    return report_error(Error::not_found("no such file `" + command.path + "`"));
  }
  if (status.type() == std::filesystem::file_type::directory) {
    return report_error(Error::invalid_argument("`" + command.path +
                                                "` is a folder: inspect reads one file (lectern index reads folders)"));
  }
  auto reviews = indexer::extract_file(command.path, *options);
  if (!reviews) return report_error(Error{reviews.error().code, "cannot read `" + command.path + "`: " + reviews.error().message});
  if (command.json) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& review : *reviews) list.push_back(review_json(review));
    nlohmann::json object = {{"path", command.path}, {"reviews", std::move(list)}};
    std::cout << object.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  } else {
    for (const auto& review : *reviews) print_review(review);
  }
  return kExitOk;
}

}  // namespace

void add_inspect_command(CLI::App& app, int* exit_status) {
  auto options = std::make_shared<InspectCommandOptions>();
  CLI::App* command = app.add_subcommand("inspect", "Show what Lectern extracts from a file, without indexing it");
  command->add_option("file", options->path, "The review file")->required();
  command->add_flag("--json", options->json, "Print the extraction as JSON");
  add_extraction_options(*command, options->extraction);
  command->callback([options, exit_status] { *exit_status = run_inspect(*options); });
}

}  // namespace lectern::app
