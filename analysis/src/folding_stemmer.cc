#include <libstemmer.h>

#include <string>
#include <unordered_map>

#include "lectern/analysis/analysis.h"
#include "lectern/common/language.h"
#include "lectern/common/text.h"

namespace lectern::analysis {
namespace {

bool is_ascii(std::string_view word) {
  for (unsigned char ch : word) {
    if (ch >= 0x80) return false;
  }
  return true;
}

// A Xapian stemmer backed by libstemmer directly, so that every Snowball language is
// available whatever Xapian was built with, and whose output is folded so that accented and
// unaccented spellings meet. Xapian shares one implementation between copies of a Stem, and an
// sb_stemmer is not thread-safe: hence "one per thread" in the header.
class FoldingStemmer : public Xapian::StemImplementation {
 public:
  FoldingStemmer(sb_stemmer* stemmer, std::string_view name) : stemmer_(stemmer), name_(name) {}
  ~FoldingStemmer() override { sb_stemmer_delete(stemmer_); }
  FoldingStemmer(const FoldingStemmer&) = delete;
  FoldingStemmer& operator=(const FoldingStemmer&) = delete;

  // Words repeat (a few hundred make up most of any text), so stems are remembered: indexing
  // and snippets stem every word they see. The memo is cleared when it grows past a bound.
  std::string operator()(const std::string& word) override {
    if (const auto known = memo_.find(word); known != memo_.end()) return known->second;
    if (memo_.size() >= kMemoWords) memo_.clear();
    return memo_.emplace(word, stem(word)).first->second;
  }

  std::string get_description() const override { return "lectern-folding-" + name_; }

 private:
  static constexpr std::size_t kMemoWords = 100000;  // a few MB at most

  std::string stem(const std::string& word) {
    const sb_symbol* stemmed =
        sb_stemmer_stem(stemmer_, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
    if (stemmed == nullptr) return word;  // out of memory in libstemmer: the word itself still matches
    std::string result(reinterpret_cast<const char*>(stemmed), static_cast<std::size_t>(sb_stemmer_length(stemmer_)));
    return is_ascii(result) ? result : fold_diacritics(result);
  }

  sb_stemmer* stemmer_;
  std::string name_;
  std::unordered_map<std::string, std::string> memo_;
};

}  // namespace

Xapian::Stem make_stemmer(std::string_view language) {
  const std::string_view name = snowball_name(language.empty() ? kDefaultLanguage : language);
  if (name.empty()) return Xapian::Stem();
  sb_stemmer* stemmer = sb_stemmer_new(std::string(name).c_str(), "UTF_8");
  if (stemmer == nullptr) return Xapian::Stem();
  // Xapian::Stem takes ownership of the implementation (it is reference counted).
  return Xapian::Stem(new FoldingStemmer(stemmer, name));
}

std::string fold_diacritics(std::string_view utf8) {
  if (is_ascii(utf8)) return std::string(utf8);
  return text::strip_diacritics(utf8);
}

}  // namespace lectern::analysis
