// lectern stats [--db DIR] [--json] [--top N]: the collection at a glance.
#include <algorithm>
#include <iostream>
#include <map>
#include <memory>

#include "commands/command_options.h"
#include "commands/commands.h"
#include "lectern/searcher/results_json.h"
#include "lectern/searcher/searcher.h"

namespace lectern::app {
namespace {

struct StatsCommandOptions {
  std::vector<std::string> databases = {default_database()};
  bool json = false;
  std::size_t top = 10;
};

constexpr std::size_t kBarWidth = 40;

std::string counts_line(const std::vector<searcher::FacetValue>& values) {
  std::string line;
  for (const auto& value : values) {
    line += (line.empty() ? "" : " · ") + value.value + " " + std::to_string(value.count);
  }
  return line.empty() ? "(none)" : line;
}

std::string padded(const std::string& text, std::size_t width) {
  // Display width: count code points, not bytes, so that "Irène" lines up.
  std::size_t length = 0;
  for (unsigned char ch : text) length += (ch & 0xC0) != 0x80;
  return text + std::string(width > length ? width - length : 0, ' ');
}

std::string bar(std::size_t count, std::size_t largest) {
  const std::size_t cells = largest == 0 ? 0 : std::max<std::size_t>(1, count * kBarWidth / largest);
  std::string drawn;
  for (std::size_t i = 0; i < cells; ++i) drawn += "█";
  return drawn;
}

// The timeline: one row per century that any period covers, one character per decade, from
// blank (no review) through ▁ to █ (the most covered decade).
void print_timeline(const std::vector<searcher::DecadeCount>& covered) {
  if (covered.empty()) return;
  static constexpr const char* kShades[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
  std::size_t largest = 0;
  std::map<int, std::size_t> by_decade;
  for (const auto& decade : covered) {
    largest = std::max(largest, decade.count);
    by_decade[decade.decade] = decade.count;
  }
  const auto century_of = [](int decade) { return decade >= 0 ? decade / 100 * 100 : -((-decade + 99) / 100 * 100); };
  std::cout << "\nTimeline: reviews whose period covers each decade (a character a decade; █ = " << largest << "):\n";
  for (int century = century_of(covered.front().decade); century <= century_of(covered.back().decade); century += 100) {
    std::string row;
    bool any = false;
    for (int decade = century; decade < century + 100; decade += 10) {
      const auto found = by_decade.find(decade);
      if (found == by_decade.end()) {
        row += " ";
        continue;
      }
      any = true;
      row += kShades[std::min<std::size_t>(7, (found->second * 8 - 1) / largest)];
    }
    if (!any) continue;
    const std::string label = searcher::decade_label(century);
    std::cout << "  " << std::string(9 - std::min<std::size_t>(9, label.size()), ' ') << label << "  " << row << '\n';
  }
}

void print_stats(const searcher::CollectionStats& stats) {
  std::cout << stats.documents << (stats.documents == 1 ? " review" : " reviews") << " of " << stats.works
            << (stats.works == 1 ? " work" : " works") << "\n\n";
  std::cout << "Formats:    " << counts_line(stats.formats) << '\n';
  std::cout << "Languages:  " << counts_line(stats.languages) << "\n\n";
  std::cout << "Most reviewed authors:\n";
  std::size_t width = 0;
  for (const auto& author : stats.top_authors) width = std::max(width, author.value.size());
  for (const auto& author : stats.top_authors) {
    std::cout << "  " << padded(author.value, width) << "  " << author.count << '\n';
  }
  if (stats.top_authors.empty()) std::cout << "  (none)\n";
  std::cout << "\nReviews by the decade their period begins:\n";
  std::size_t largest = 0;
  for (const auto& decade : stats.decades) largest = std::max(largest, decade.count);
  for (const auto& decade : stats.decades) {
    std::cout << "  " << std::string(9 - std::min<std::size_t>(9, searcher::decade_label(decade.decade).size()), ' ')
              << searcher::decade_label(decade.decade) << "  " << bar(decade.count, largest) << ' ' << decade.count
              << '\n';
  }
  std::cout << "  " << stats.without_period << (stats.without_period == 1 ? " review" : " reviews")
            << " without a known period\n";
  print_timeline(stats.decades_covered);
}

int run_stats(const StatsCommandOptions& command) {
  auto searcher = open_searcher(command.databases);
  if (!searcher) return report_error(searcher.error());
  auto stats = searcher->collection_stats(command.top);
  if (!stats) return report_error(stats.error());
  if (command.json) {
    std::cout << searcher::stats_to_json(*stats) << '\n';
  } else {
    print_stats(*stats);
  }
  return kExitOk;
}

}  // namespace

void add_stats_command(CLI::App& app, int* exit_status) {
  auto options = std::make_shared<StatsCommandOptions>();
  CLI::App* command = app.add_subcommand("stats", "The collection at a glance: formats, languages, authors, decades");
  add_databases_option(*command, options->databases, "count");
  command->add_flag("--json", options->json, "Print the counts as JSON (docs/search-json.md)");
  command->add_option("--top", options->top, "Values per list (authors, languages, formats)")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000));
  command->callback([options, exit_status] { *exit_status = run_stats(*options); });
}

}  // namespace lectern::app
