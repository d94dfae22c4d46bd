#include "synonyms.h"

#include <algorithm>
#include <vector>

#include "lectern/common/text.h"

namespace lectern::searcher {
namespace {

struct Word {
  std::size_t begin = 0;  // byte offsets in the query
  std::size_t end = 0;
  bool plain = false;  // a candidate for expansion
};

bool is_space(char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v'; }

bool is_word_byte(char ch) {
  const auto byte = static_cast<unsigned char>(ch);
  return byte >= 0x80 || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
         ch == '_' || ch == '\'';
}

bool is_operator(std::string_view word) {
  for (std::string_view op : {"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"}) {
    if (word == op) return true;
  }
  return false;
}

// Splits the query into words, marking those that may be expanded. Anything between words
// other than white space (brackets, quotes, operators' slashes) ends a run of plain words,
// which is what `run` records.
std::vector<std::vector<Word>> plain_runs(std::string_view query) {
  std::vector<std::vector<Word>> runs(1);
  bool in_quotes = false;
  std::size_t i = 0;
  auto end_run = [&runs] {
    if (!runs.back().empty()) runs.emplace_back();
  };
  while (i < query.size()) {
    const char ch = query[i];
    if (ch == '"') {
      in_quotes = !in_quotes;
      end_run();
      ++i;
      continue;
    }
    if (is_space(ch)) {
      ++i;
      continue;
    }
    if (!is_word_byte(ch)) {
      end_run();
      ++i;
      continue;
    }
    Word word;
    word.begin = i;
    while (i < query.size() && is_word_byte(query[i])) ++i;
    word.end = i;
    const char before = word.begin > 0 ? query[word.begin - 1] : ' ';
    const char after = i < query.size() ? query[i] : ' ';
    const std::string_view text = query.substr(word.begin, word.end - word.begin);
    const bool ends_cleanly = is_space(after) || after == ')' || after == ',' || after == ';' || after == '!' ||
                              after == '?' || (after == '.' && (i + 1 >= query.size() || query[i + 1] != '.'));
    word.plain = !in_quotes && !is_operator(text) && (is_space(before) || before == '(') && ends_cleanly;
    if (!word.plain) {
      end_run();
      // A field name, a field value, a wildcard or a word glued to punctuation: skip the rest
      // of the token so that "title:second world" does not start a run at "second".
      while (i < query.size() && !is_space(query[i]) && query[i] != ')') ++i;
      continue;
    }
    runs.back().push_back(word);
  }
  if (runs.back().empty()) runs.pop_back();
  return runs;
}

std::string key_of(std::string_view query, const std::vector<Word>& run, std::size_t first, std::size_t count) {
  std::string key;
  for (std::size_t k = first; k < first + count; ++k) {
    if (!key.empty()) key += ' ';
    key += text::to_lower(query.substr(run[k].begin, run[k].end - run[k].begin));
  }
  return key;
}

std::vector<std::string> phrase_synonyms(const Xapian::Database& database, const std::string& key) {
  std::vector<std::string> phrases;
  for (auto it = database.synonyms_begin(key); it != database.synonyms_end(key); ++it) {
    const std::string synonym = *it;
    if (synonym.find(' ') != std::string::npos && synonym.find('"') == std::string::npos) phrases.push_back(synonym);
  }
  return phrases;
}

struct Replacement {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string text;
};

}  // namespace

std::string add_phrase_synonyms(std::string_view query, const Xapian::Database& database) {
  if (database.synonym_keys_begin() == database.synonym_keys_end()) return std::string(query);
  if (std::count(query.begin(), query.end(), '"') % 2 != 0) return std::string(query);

  std::vector<Replacement> replacements;
  for (const auto& run : plain_runs(query)) {
    std::size_t first = 0;
    while (first < run.size()) {
      std::size_t matched = 0;
      std::vector<std::string> phrases;
      for (std::size_t count = std::min(kMaxSynonymKeyWords, run.size() - first); count >= 1; --count) {
        phrases = phrase_synonyms(database, key_of(query, run, first, count));
        if (!phrases.empty()) {
          matched = count;
          break;
        }
      }
      if (matched == 0) {
        ++first;
        continue;
      }
      Replacement replacement{run[first].begin, run[first + matched - 1].end, "("};
      replacement.text += query.substr(replacement.begin, replacement.end - replacement.begin);
      for (const auto& phrase : phrases) replacement.text += " OR \"" + phrase + "\"";
      replacement.text += ")";
      replacements.push_back(std::move(replacement));
      first += matched;
    }
  }
  std::string rewritten;
  std::size_t copied = 0;
  for (const auto& replacement : replacements) {
    rewritten += query.substr(copied, replacement.begin - copied);
    rewritten += replacement.text;
    copied = replacement.end;
  }
  rewritten += query.substr(copied);
  return rewritten;
}

}  // namespace lectern::searcher
