#include "spelling.h"

#include <algorithm>
#include <vector>

#include "lectern/analysis/analysis.h"
#include "lectern/common/schema.h"
#include "lectern/common/text.h"

namespace lectern::searcher {
namespace {

// Words shorter than this are left alone: too many words are one letter away from them.
constexpr std::size_t kMinCorrectedLength = 4;
// Words of at least this many bytes may be corrected by two edits; shorter ones by one.
constexpr std::size_t kTwoEditsFromLength = 8;


struct QueryWord {
  std::size_t start = 0;  // bytes in the query
  std::size_t end = 0;
  bool quoted = false;    // inside "..."
  bool correctable = false;
  std::string folded;     // lower case
};

bool is_word_byte(char ch) {
  return static_cast<unsigned char>(ch) >= 0x80 || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
         (ch >= '0' && ch <= '9') || ch == '_';
}

// Every field but the searchable ones is an exact filter or a spec (`tag:`, `period:`), whose
// values are never words to correct.
bool is_filter_field(std::string_view name) {
  return std::none_of(schema::kFreeTextFields.begin(), schema::kFreeTextFields.end(),
                      [name](const auto& field) { return field.name == name; });
}

// The words of the query with where they stand; a field name (a word right before ':') and the
// value of a filter field (the word or quoted run right after `tag:`) cannot be corrected.
std::vector<QueryWord> query_words(std::string_view query) {
  std::vector<QueryWord> words;
  bool quoted = false;
  bool quoted_filter_value = false;  // inside the quotes of `authorexact:"..."`
  std::size_t at = 0;
  while (at < query.size()) {
    if (query[at] == '"') {
      quoted = !quoted;
      if (!quoted) quoted_filter_value = false;
      ++at;
      continue;
    }
    if (!is_word_byte(query[at])) {
      ++at;
      continue;
    }
    std::size_t end = at;
    while (end < query.size() && is_word_byte(query[end])) ++end;
    QueryWord word{at, end, quoted, true, text::to_lower(query.substr(at, end - at))};
    const bool field_name = end < query.size() && query[end] == ':';
    const bool after_filter = at > 0 && query[at - 1] == ':' && !words.empty() && is_filter_field(words.back().folded);
    if (field_name || after_filter || quoted_filter_value) word.correctable = false;
    if (field_name && is_filter_field(word.folded) && end + 1 < query.size() && query[end + 1] == '"') {
      quoted_filter_value = true;
    }
    words.push_back(std::move(word));
    at = end;
  }
  return words;
}

bool has_digit(std::string_view word) {
  return std::any_of(word.begin(), word.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

}  // namespace

bool index_knows_word(const std::string& word, const Xapian::Database& database, const Xapian::Stem& stemmer) {
  const std::string stem = stemmer(word);
  if (database.term_exists(word) || database.term_exists("Z" + stem)) return true;
  for (const auto& field : schema::kFreeTextFields) {
    const std::string prefix(field.prefix);
    if (database.term_exists(prefix + word) || database.term_exists("Z" + prefix + stem)) return true;
  }
  return false;
}

SpellingCorrection correct_spelling(std::string_view query, std::string_view language, const Xapian::Database& database,
                                    const Xapian::Stem& stemmer) {
  SpellingCorrection correction;
  std::string corrected(query);
  bool changed = false;
  const std::vector<QueryWord> words = query_words(query);
  for (std::size_t i = words.size(); i-- > 0;) {  // from the end, so earlier positions stay valid
    const QueryWord& word = words[i];
    if (!word.correctable || word.folded.size() < kMinCorrectedLength || has_digit(word.folded)) continue;
    if (analysis::is_stopword(language, word.folded)) continue;
    if (database.synonyms_begin(word.folded) != database.synonyms_end(word.folded)) continue;
    if (index_knows_word(word.folded, database, stemmer)) continue;
    // Short words have many neighbours two letters away ("viking" -> "king", "spanish" ->
    // "danish"): they get one edit, longer ones two ("stalingard" -> "stalingrad").
    const unsigned max_edits = word.folded.size() < kTwoEditsFromLength ? 1 : 2;
    const std::string proposed = database.get_spelling_suggestion(word.folded, max_edits);
    if (proposed.empty() || proposed == word.folded || !index_knows_word(proposed, database, stemmer)) continue;
    corrected.replace(word.start, word.end - word.start, proposed);
    changed = true;
    correction.inside_quotes = correction.inside_quotes || word.quoted;
  }
  if (changed) correction.query = std::move(corrected);
  return correction;
}

}  // namespace lectern::searcher
