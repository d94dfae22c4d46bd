// The era gazetteer: named periods of history ("the Siege of Leningrad", "the Victorian era",
// "WWII") and the years they conventionally cover. Period extraction uses it to date a review
// that names an era instead of giving years, and a query can name an era in place of years.
//
// Lectern ships a default gazetteer (common/data/eras.tsv, compiled into the binary, so nothing
// is read at run time); users extend or replace it with their own file in the same format,
// documented in docs/eras.md. A Gazetteer is an immutable value: build one with
// parse_gazetteer(), share it freely between threads.
#pragma once

#include <map>
#include <unordered_set>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lectern/common/result.h"
#include "lectern/common/review.h"

namespace lectern::eras {

struct Era {
  std::string name;                  // the canonical name, the first one on its line
  std::vector<std::string> aliases;  // every name on the line, the canonical one first, as written
  // The years the era covers; nullopt for a phrase listed only to hide a shorter era name that
  // it contains ("Holy Roman Empire" is not the Roman Empire).
  std::optional<YearSpan> years;
  int line = 0;  // 1-based line of the gazetteer file, for messages
  // Words of which the text must name at least one for these names to count: an ambiguous
  // name ("the Civil War") is the American one only beside "Confederate" or "Gettysburg".
  // Empty for the usual, unconditional era.
  std::vector<std::string> context;
};

// Where a text names an era: the era, and the bytes of the text that name it.
struct EraMention {
  const Era* era = nullptr;  // points into the Gazetteer that found it; valid while it lives
  std::size_t offset = 0;    // byte offset of the first character of the name in the text
  std::size_t length = 0;    // bytes, up to the end of the name's last word
};

class Gazetteer {
 public:
  // An empty gazetteer: finds nothing.
  Gazetteer() = default;

  // Every era, in file order.
  const std::vector<Era>& eras() const { return eras_; }

  // The era called `name` (any of its aliases), or nullptr; names that need a context
  // (Era::context) are not found here, since a bare name cannot settle which era is meant. Letter case, diacritics,
  // apostrophes, hyphens, a leading "the" and a trailing "era", "period" or "age" do not
  // matter: "the second-world-war", "WWII", "victorian", "Hundred Years War" all resolve.
  const Era* find(std::string_view name) const;

  // Every era named in `text` (UTF-8), in text order, without overlaps: where names overlap
  // the longest wins, so "the Harlem Renaissance" is not also the Renaissance. Matching is by
  // whole words, ignores case and diacritics, except that each word an alias capitalises
  // must be capitalised in the text ("the Cold War", not "a cold war between sisters").
  // Phrases listed without years hide what they contain and are not reported. A name whose
  // era has a context counts only when the same text names one of the context words; of
  // several such eras the first in the file whose context the text meets wins.
  std::vector<EraMention> find_mentions(std::string_view text) const;

 private:
  friend Result<Gazetteer> parse_gazetteer(std::string_view text);

  // One alias as the matcher sees it: folded words, and which of them must be capitalised.
  struct Pattern {
    std::vector<std::string> words;
    std::vector<bool> capitalised;
    std::size_t era = 0;  // index into eras_
  };

  std::vector<Era> eras_;
  struct Scan;  // one text being read by find_mentions (eras.cc)
  // True when the text of `scan` names one of the context words of era `era`.
  bool context_holds(std::size_t era, Scan& scan) const;

  std::vector<Pattern> patterns_;              // sorted by first word, then longest first
  std::vector<std::vector<Pattern>> context_patterns_;  // per era: its context words, as patterns
  std::unordered_set<std::string> first_words_;  // the first word of every pattern
  std::map<std::string, std::size_t> by_key_;  // find()'s key of every alias -> index into eras_
};

// Parses a gazetteer file (format in docs/eras.md): one era per line,
// `names<TAB>start<TAB>end[<TAB>context]`, names (and context words) separated by " | ",
// years as 1939, -44 or "44 BC".
// Returns kInvalidArgument naming the line and what is wrong with it ("line 12: end year 1930
// is before start year 1939") for a malformed line or an alias used twice.
Result<Gazetteer> parse_gazetteer(std::string_view text);

// Lectern's built-in gazetteer (common/data/eras.tsv, embedded at build time). Built on first
// use and never modified; a test guarantees that it parses.
const Gazetteer& default_gazetteer();

// Lectern's built-in table of people and their life spans (common/data/people.tsv, in the same
// format): a work whose title names one of them ("Van Gogh: The Life") is about that life.
const Gazetteer& default_people();

}  // namespace lectern::eras
