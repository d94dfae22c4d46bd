#include "commands/results_text.h"

#include <cstdlib>

#include <unistd.h>

#include <cstdio>
#include <filesystem>

namespace lectern::app {
namespace {

std::string describe_period(const std::optional<YearSpan>& period) {
  if (!period) return {};
  auto year = [](int y) { return y < 0 ? std::to_string(-y) + " BC" : std::to_string(y); };
  return period->start == period->end ? year(period->start) : year(period->start) + "–" + year(period->end);
}

std::string display_path(const std::string& path) {
  std::error_code error;
  const auto relative = std::filesystem::relative(path, std::filesystem::current_path(error), error);
  if (error || relative.empty() || relative.string().starts_with("..")) return path;
  return relative.string();
}

std::string describe_rating(double rating) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g/5", rating);
  return buffer;
}

std::string plural(std::size_t count, const std::string& one, const std::string& many) {
  return std::to_string(count) + " " + (count == 1 ? one : many);
}

void print_hit(std::ostream& out, const searcher::Hit& hit, bool bold) {
  const std::string on = bold ? "\033[1m" : "";
  const std::string off = bold ? "\033[0m" : "";
  std::string authors;
  for (const auto& author : hit.authors) authors += (authors.empty() ? "" : ", ") + author;
  out << hit.rank << ". " << on << (hit.title.empty() ? "(untitled)" : hit.title) << off;
  if (!authors.empty()) out << " by " << authors;
  if (const std::string period = describe_period(hit.period); !period.empty()) out << "  [" << period << "]";
  out << "\n   " << display_path(hit.path);
  if (!hit.date.empty()) out << " · " << hit.date;
  if (hit.rating) out << " · " << describe_rating(*hit.rating);
  if (hit.collapsed > 0) out << " · +" << plural(hit.collapsed, "more matching review", "more matching reviews");
  if (hit.reviews_of_work > 1) out << " · " << plural(hit.reviews_of_work, "review", "reviews") << " of this work";
  if (hit.mentions_of_work > 0) out << " · mentioned in " << plural(hit.mentions_of_work, "review", "reviews");
  out << '\n';
  if (!hit.snippet.empty()) out << "   " << hit.snippet << '\n';
  out << '\n';
}

void print_facets(std::ostream& out, const std::vector<searcher::FacetCounts>& facets) {
  if (facets.empty()) return;
  out << "Facets:\n";
  for (const auto& facet : facets) {
    out << "  " << facet.name << ":";
    if (facet.values.empty()) out << " (none)";
    bool first = true;
    for (const auto& value : facet.values) {
      out << (first ? " " : ", ") << value.value << " (" << value.count << ")";
      first = false;
    }
    out << '\n';
  }
}

}  // namespace

bool valid_color(const std::string& color) { return color == "auto" || color == "always" || color == "never"; }

std::optional<searcher::Highlight> highlight_mode(const std::string& name, bool json, const std::string& color) {
  if (!name.empty()) return searcher::parse_highlight(name);
  if (json) return searcher::Highlight::kHtml;
  if (color == "always") return searcher::Highlight::kAnsi;
  if (color == "never") return searcher::Highlight::kNone;
  const char* no_color = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  const bool colour_wanted = (no_color == nullptr || *no_color == '\0') && !(term != nullptr && std::string(term) == "dumb");
  return isatty(STDOUT_FILENO) && colour_wanted ? searcher::Highlight::kAnsi : searcher::Highlight::kNone;
}

void print_results(std::ostream& out, const searcher::SearchResults& results, const ResultsHeading& heading, bool bold,
                   bool collapsed) {
  const auto counted = [&](std::size_t count, const std::string& one, const std::string& many) {
    return plural(count, one, many) + " " + (count == 1 ? heading.verb_one : heading.verb) + " " + heading.object;
  };
  if (results.auto_corrected && results.corrected_from_nothing) {
    out << "Nothing matches `" << results.query << "`; showing results for `" << results.corrected_query
        << "` instead.\n";
  } else if (results.auto_corrected) {
    out << "Showing results for `" << results.corrected_query << "`, which match better than `" << results.query
        << "` (search as typed with --exact).\n";
  } else if (!results.corrected_query.empty()) {
    out << "Did you mean `" << results.corrected_query << "`?\n";
  }
  if (results.hits.empty()) {
    if (!results.notice.empty()) {
      out << results.notice << ".\n";
    } else if (results.total_estimate > 0) {
      out << "About " << counted(results.total_estimate, "review", "reviews") << "; none on this page.\n";
    } else {
      out << "No reviews " << heading.verb << " " << heading.object << ".\n";
    }
    print_facets(out, results.facets);
    return;
  }
  const std::string matched = collapsed ? counted(results.total_estimate, "work", "works")
                                        : counted(results.total_estimate, "review", "reviews");
  const bool exact = results.total_lower_bound == results.total_upper_bound;
  out << (exact ? "" : "About ") << matched << "; showing " << results.hits.front().rank << "–"
      << results.hits.back().rank << ".\n";
  if (!results.notice.empty()) out << results.notice << ".\n";
  out << '\n';
  for (const auto& hit : results.hits) print_hit(out, hit, bold);
  print_facets(out, results.facets);
}

}  // namespace lectern::app
