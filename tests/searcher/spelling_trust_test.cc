// "Did you mean" that people trust, on an index built by the real indexer (so with its real
// spelling data) of 50 reviews of real works, written here in our own words: 50 authors'
// names and titles, typed right, must never be "corrected", plain or quoted, alone or with a
// topic word; 30 realistic typos must be, to the right word.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lectern/indexer/indexer.h"
#include "lectern/searcher/searcher.h"
#include "test_support.h"

namespace lectern::searcher {
namespace {

struct Work {
  const char* title;
  const char* author;
  const char* about;  // a few words of our own about it
};

// Real works and authors; the sentences about them are ours.
constexpr Work kWorks[] = {
    {"Life and Fate", "Vasily Grossman", "Stalingrad, the camps and a family under Stalin"},
    {"Wolf Hall", "Hilary Mantel", "Thomas Cromwell at the court of Henry"},
    {"The Remains of the Day", "Kazuo Ishiguro", "an English butler remembers the years before the war"},
    {"Austerlitz", "W. G. Sebald", "a man looks for the parents he lost as a child"},
    {"Flights", "Olga Tokarczuk", "travel, bodies and anatomy in fragments"},
    {"My Brilliant Friend", "Elena Ferrante", "two girls grow up in a poor quarter of Naples"},
    {"A Grain of Wheat", "Ngugi wa Thiong'o", "Kenya on the eve of independence"},
    {"Things Fall Apart", "Chinua Achebe", "Okonkwo and the arrival of missionaries"},
    {"Half of a Yellow Sun", "Chimamanda Ngozi Adichie", "Nigeria and the Biafran war"},
    {"Kafka on the Shore", "Haruki Murakami", "a runaway boy and a man who talks to cats"},
    {"Snow", "Orhan Pamuk", "a poet in the border town of Kars"},
    {"Broken April", "Ismail Kadare", "a blood feud in the Albanian highlands"},
    {"The Savage Detectives", "Roberto Bolaño", "young poets across Mexico"},
    {"Blindness", "José Saramago", "an epidemic of white blindness empties a city"},
    {"The Leopard", "Giuseppe Tomasi di Lampedusa", "a Sicilian prince watches his world end"},
    {"Suite Française", "Irène Némirovsky", "the fall of France and the occupation"},
    {"Alone in Berlin", "Hans Fallada", "a couple writes postcards against the regime"},
    {"The Master and Margarita", "Mikhail Bulgakov", "the devil visits Moscow"},
    {"Doctor Zhivago", "Boris Pasternak", "a doctor and poet through the revolution"},
    {"Pnin", "Vladimir Nabokov", "an exiled professor on an American campus"},
    {"Orlando", "Virginia Woolf", "a life across four centuries"},
    {"Middlemarch", "George Eliot", "a provincial town and its marriages"},
    {"Villette", "Charlotte Brontë", "a teacher in a foreign school"},
    {"Persuasion", "Jane Austen", "a second chance eight years on"},
    {"Bleak House", "Charles Dickens", "a lawsuit that eats a fortune"},
    {"Jude the Obscure", "Thomas Hardy", "a stonemason who wants to study"},
    {"Howards End", "E. M. Forster", "two sisters and a house"},
    {"Burmese Days", "George Orwell", "a timber merchant in a colonial club"},
    {"Cannery Row", "John Steinbeck", "a street of canneries and its people"},
    {"Absalom, Absalom!", "William Faulkner", "a plantation dynasty told by its heirs"},
    {"Beloved", "Toni Morrison", "a house haunted after slavery"},
    {"Giovanni's Room", "James Baldwin", "an American in Paris and a lover"},
    {"Invisible Man", "Ralph Ellison", "a narrator no one sees"},
    {"Herzog", "Saul Bellow", "a professor writes letters he never sends"},
    {"Vineland", "Thomas Pynchon", "a father and daughter in California"},
    {"Underworld", "Don DeLillo", "a baseball and the waste of a century"},
    {"Suttree", "Cormac McCarthy", "a fisherman on the river at Knoxville"},
    {"Alias Grace", "Margaret Atwood", "a servant convicted of murder"},
    {"Runaway", "Alice Munro", "stories of women who leave"},
    {"Anil's Ghost", "Michael Ondaatje", "a forensic scientist in a civil war"},
    {"A Fine Balance", "Rohinton Mistry", "four strangers share a flat during the emergency"},
    {"Shame", "Salman Rushdie", "a country that is not quite Pakistan"},
    {"The God of Small Things", "Arundhati Roy", "twins in Kerala"},
    {"A Suitable Boy", "Vikram Seth", "a mother looks for a husband for her daughter"},
    {"The Inheritance of Loss", "Kiran Desai", "a judge and his granddaughter below Kanchenjunga"},
    {"Disgrace", "J. M. Coetzee", "a professor falls and goes to the country"},
    {"Burger's Daughter", "Nadine Gordimer", "the daughter of a revolutionary"},
    {"The Betrayal", "Helen Dunmore", "a doctor in Leningrad and the doctors' plot"},
    {"Stalingrad", "Antony Beevor", "the battle on the Volga"},
    {"Chernobyl Prayer", "Svetlana Alexievich", "voices after the reactor burned"},
};

// Realistic typos of words the index holds, with the correction they must get.
constexpr std::pair<const char*, const char*> kTypos[] = {
    {"grosman", "grossman"},       {"mantal", "mantel"},          {"ishigoro", "ishiguro"},
    {"sebbald", "sebald"},         {"ferrantte", "ferrante"},     {"achebbe", "achebe"},
    {"murakmi", "murakami"},       {"pamukk", "pamuk"},           {"saramgo", "saramago"},
    {"lampedsa", "lampedusa"},     {"bulgakob", "bulgakov"},      {"pasternac", "pasternak"},
    {"nabokof", "nabokov"},        {"middlemarsh", "middlemarch"}, {"villete", "villette"},
    {"persuasoin", "persuasion"},  {"steinbek", "steinbeck"},     {"faulkener", "faulkner"},
    {"pynchen", "pynchon"},        {"atwod", "atwood"},           {"ondatje", "ondaatje"},
    {"rushdei", "rushdie"},        {"coetze", "coetzee"},         {"gordimar", "gordimer"},
    {"stalingard", "stalingrad"},  {"leningard", "leningrad"},    {"zhivagoo", "zhivago"},
    {"margerita", "margarita"},    {"austerlits", "austerlitz"},  {"alexievitch", "alexievich"},
};

class SpellingTrust : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    folder_ = new lectern::testing::TempDir();
    int i = 0;
    for (const Work& work : kWorks) {
      lectern::testing::write_file(folder_->path() / "reviews" / ("review-" + std::to_string(i++) + ".txt"),
                                   std::string(work.title) + " by " + work.author + "\n\nA review of " + work.title +
                                       ": " + work.about + ". The war and the family matter most here.\n");
    }
    indexer::IndexOptions options;
    options.database = folder_->path() / "db";
    auto indexer = indexer::Indexer::open(options);
    ASSERT_TRUE(indexer) << indexer.error().message;
    ASSERT_TRUE(indexer->index({folder_->path() / "reviews"}));
  }
  static void TearDownTestSuite() { delete folder_; }

  SearchResults search(const std::string& query) {
    auto searcher = Searcher::open({.databases = {folder_->path() / "db"}});
    EXPECT_TRUE(searcher) << searcher.error().message;
    SearchRequest request;
    request.query = query;
    auto results = searcher->search(request);
    EXPECT_TRUE(results) << query << ": " << results.error().message;
    return results ? std::move(results).value() : SearchResults{};
  }

  static lectern::testing::TempDir* folder_;
};

lectern::testing::TempDir* SpellingTrust::folder_ = nullptr;

TEST_F(SpellingTrust, RealNamesAndTitlesTypedRightAreNeverCorrected) {
  std::size_t checked = 0;
  for (const Work& work : kWorks) {
    for (const std::string& query : {std::string(work.author), std::string(work.title), "\"" + std::string(work.title) + "\"",
                                     std::string(work.author) + " war", "author:\"" + std::string(work.author) + "\""}) {
      const SearchResults results = search(query);
      EXPECT_EQ(results.corrected_query, "") << "`" << query << "` was corrected";
      EXPECT_FALSE(results.auto_corrected) << query;
      EXPECT_GT(results.total_estimate, 0u) << query;
      ++checked;
    }
  }
  EXPECT_EQ(checked, 250u);
}

TEST_F(SpellingTrust, RealisticTyposAreCorrectedToTheRightWord) {
  for (const auto& [typo, right] : kTypos) {
    const SearchResults alone = search(typo);
    EXPECT_EQ(alone.corrected_query, right) << typo;
    EXPECT_TRUE(alone.auto_corrected) << typo << ": the typo alone finds nothing, so the correction is run";
    // With a topic word the typo's own results are the topic's; the corrected query's best
    // match holds both words, so it is shown instead.
    const SearchResults with_topic = search(std::string(typo) + " family");
    EXPECT_EQ(with_topic.corrected_query, std::string(right) + " family") << typo;
    EXPECT_TRUE(with_topic.auto_corrected) << typo << " family";
  }
}

TEST_F(SpellingTrust, AFieldValueIsCorrectedAndAFilterValueIsNot) {
  EXPECT_EQ(search("title:stalingard").corrected_query, "title:stalingrad");
  EXPECT_EQ(search("author:grosman").corrected_query, "author:grossman");
  EXPECT_EQ(search("authorexact:\"Vasily Grosman\" war").corrected_query, "");
}

}  // namespace
}  // namespace lectern::searcher
