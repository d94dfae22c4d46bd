#include "commands/command_line_help.h"

#include <algorithm>
#include <map>

namespace lectern::app {

namespace {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

std::string closest_name(std::string_view typed, const std::vector<std::string>& known) {
  std::string best;
  std::size_t best_distance = std::min<std::size_t>(3, std::max<std::size_t>(1, typed.size() / 3)) + 1;
  for (const std::string& name : known) {
    const std::size_t distance = edit_distance(typed, name);
    if (distance < best_distance) {
      best_distance = distance;
      best = name;
    }
  }
  return best;
}

std::string examples_for(std::string_view command) {
  static const std::map<std::string_view, std::string_view> kExamples = {
      {"", "lectern index ~/reviews\n  lectern search siege of leningrad\n  lectern serve --port 8080\n"
           "  lectern COMMAND --help    (the options of one command)"},
      {"index", "lectern index ~/reviews                     # later runs touch only what changed\n"
                "  lectern index ~/reviews --dry-run           # what a run would add, update and remove\n"
                "  lectern index ~/reviews --db big --shards 4 # a new index in four shards\n"
                "  lectern index exports/ --field-map title=bookTitle,text=reviewText\n"
                "  lectern export > backup.jsonl; lectern index --from-export backup.jsonl --db restored"},
      {"search", "lectern search siege of leningrad\n  lectern search '\"siege of leningrad\"' --fragments 3\n"
                 "  lectern search author:dunmore period:1940..1950\n"
                 "  lectern search 'period:\"Second World War\"' --facets author,decade --sort date\n"
                 "  lectern search --json 'title:wolf*' | jq '.hits[].title'"},
      {"similar", "lectern similar ~/reviews/the-betrayal.txt\n  lectern similar '/path/reviews.json#3' --json"},
      {"inspect", "lectern inspect ~/reviews/the-betrayal.txt\n  lectern inspect --json export.jsonl | jq '.reviews[0].period_evidence'"},
      {"stats", "lectern stats\n  lectern stats --json --db big"},
      {"serve", "lectern serve --port 8080                   # then open http://127.0.0.1:8080/\n"
                "  lectern serve --db shards.stub --host 0.0.0.0 --cors-origin https://books.example.org\n"
                "  lectern serve --base-path /search --threads 8"},
      {"prune", "lectern prune --dry-run\n  lectern prune --json"},
      {"check", "lectern check\n  lectern check --db big --json"},
      {"completions", "source <(lectern completions bash)\n  lectern completions zsh > ~/.zfunc/_lectern\n"
                      "  lectern completions fish > ~/.config/fish/completions/lectern.fish"},
      {"manpage", "lectern manpage | man -l -"},
      {"list", "lectern list\n  lectern list --author 'Helen Dunmore' --sort date\n  lectern list --period 1939..1945 --json"},
      {"show", "lectern show ~/reviews/the-betrayal.txt\n  lectern show '/path/reviews.json#3' --json | jq .terms_by_prefix.A"},
      {"remove", "lectern remove ~/reviews/drafts\n  lectern remove ~/reviews/old.txt --dry-run"},
      {"export", "lectern export > backup.jsonl\n  lectern index --from-export backup.jsonl --db restored   # ids and paths kept"},
  };
  const auto found = kExamples.find(command);
  if (found == kExamples.end()) return {};
  return "\nExamples:\n  " + std::string(found->second) + "\n";
}

}  // namespace lectern::app
