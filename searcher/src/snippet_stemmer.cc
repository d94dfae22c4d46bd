#include "snippet_stemmer.h"

#include <algorithm>

namespace lectern::searcher {
namespace {

class QueryWordStemmer : public Xapian::StemImplementation {
 public:
  QueryWordStemmer(Xapian::Stem stemmer, std::vector<std::string> beginnings)
      : stemmer_(std::move(stemmer)), beginnings_(std::move(beginnings)) {}

  std::string operator()(const std::string& word) override {
    const bool ascii = std::all_of(word.begin(), word.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
    if (ascii && std::none_of(beginnings_.begin(), beginnings_.end(),
                              [&word](const std::string& beginning) { return word.starts_with(beginning); })) {
      return {};
    }
    return stemmer_(word);
  }

  std::string get_description() const override { return "query-words(" + stemmer_.get_description() + ")"; }

 private:
  Xapian::Stem stemmer_;
  std::vector<std::string> beginnings_;
};

}  // namespace

std::string stem_words_begin(std::string_view stem) {
  return std::string(stem.size() > 3 ? stem.substr(0, stem.size() - 1) : stem);
}

Xapian::Stem stemmer_for_query_words(const Xapian::Stem& stemmer, const std::vector<std::string>& text_terms) {
  std::vector<std::string> beginnings;
  for (const std::string& term : text_terms) {
    if (term.size() < 2 || term.front() != 'Z') continue;
    beginnings.push_back(stem_words_begin(std::string_view(term).substr(1)));
  }
  if (beginnings.empty()) return stemmer;
  return Xapian::Stem(new QueryWordStemmer(stemmer, std::move(beginnings)));
}

}  // namespace lectern::searcher
