// A match set read from postings holds exactly the documents Xapian's matcher finds, for
// every kind of query it evaluates, and declines the kinds it cannot.
#include <gtest/gtest.h>

#include <xapian.h>

#include <random>
#include <string>
#include <vector>

#include "match_set.h"
#include "test_support.h"

namespace lectern::searcher {
namespace {

using Q = Xapian::Query;

// The document ids Xapian's matcher finds for `query`, ascending.
std::vector<Xapian::docid> matched_by_xapian(const Xapian::Database& database, const Q& query) {
  Xapian::Enquire enquire(database);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  std::vector<Xapian::docid> ids;
  const Xapian::MSet mset = enquire.get_mset(0, database.get_doccount() + 1);
  for (auto it = mset.begin(); it != mset.end(); ++it) ids.push_back(*it);
  return ids;
}

std::vector<Xapian::docid> members(const MatchSet& set) {
  std::vector<Xapian::docid> ids;
  set.for_each([&](Xapian::docid id) { ids.push_back(id); });
  return ids;
}

class MatchSets : public ::testing::Test {
 protected:
  // 300 documents holding each of the words a..f at random, with positions; then every
  // seventh deleted, so that the ids have gaps as an index updated in place has.
  void SetUp() override {
    Xapian::WritableDatabase writable((dir_.path() / "db").string(), Xapian::DB_CREATE);
    std::mt19937 random(11);
    for (int i = 0; i < 300; ++i) {
      Xapian::Document document;
      Xapian::termpos position = 1;
      for (const char* word : {"a", "b", "c", "d", "e", "f"}) {
        if (random() % 3 == 0) document.add_posting(word, position++);
      }
      document.add_value(0, std::to_string(i % 10));
      writable.add_document(document);
    }
    for (Xapian::docid id = 7; id <= 300; id += 7) writable.delete_document(id);
    writable.commit();
    database_ = Xapian::Database((dir_.path() / "db").string());
  }

  void expect_same_as_xapian(const Q& query) {
    const std::optional<MatchSet> set = MatchSet::of(query, database_);
    ASSERT_TRUE(set.has_value()) << query.get_description();
    const std::vector<Xapian::docid> expected = matched_by_xapian(database_, query);
    EXPECT_EQ(members(*set), expected) << query.get_description();
    EXPECT_EQ(set->size(), expected.size()) << query.get_description();
  }

  lectern::testing::TempDir dir_;
  Xapian::Database database_;
};

TEST_F(MatchSets, HoldWhatTheMatcherFindsForEveryBooleanShape) {
  const Q a("a"), b("b"), c("c"), d("d");
  expect_same_as_xapian(a);
  expect_same_as_xapian(Q(Q::OP_OR, a, b));
  expect_same_as_xapian(Q(Q::OP_AND, a, Q(Q::OP_OR, b, c)));
  expect_same_as_xapian(Q(Q::OP_AND_NOT, Q(Q::OP_OR, a, b), c));
  expect_same_as_xapian(Q(Q::OP_XOR, a, b));
  expect_same_as_xapian(Q(Q::OP_FILTER, Q(Q::OP_OR, a, d), b));
  expect_same_as_xapian(Q(Q::OP_AND_MAYBE, a, b));
  expect_same_as_xapian(Q(Q::OP_SCALE_WEIGHT, Q(Q::OP_AND, c, d), 0.5));
  const std::vector<Q> words = {a, b, c};
  expect_same_as_xapian(Q(Q::OP_SYNONYM, words.begin(), words.end()));
  expect_same_as_xapian(Q(Q::OP_MAX, words.begin(), words.end()));
  expect_same_as_xapian(Q::MatchAll);
  expect_same_as_xapian(Q(Q::OP_AND_NOT, Q::MatchAll, a));
  expect_same_as_xapian(Q("no-such-word"));
  expect_same_as_xapian(Q(Q::OP_AND, a, Q("no-such-word")));
}

TEST_F(MatchSets, SkipDeletedDocuments) {
  const std::optional<MatchSet> all = MatchSet::of(Q::MatchAll, database_);
  ASSERT_TRUE(all.has_value());
  EXPECT_EQ(all->size(), database_.get_doccount());
  for (const Xapian::docid id : members(*all)) EXPECT_NE(id % 7, 0u) << id << " was deleted";
}

TEST_F(MatchSets, DeclineQueriesThatCheckPositionsValuesOrExpansions) {
  const std::vector<Q> pair = {Q("a"), Q("b")};
  EXPECT_FALSE(MatchSet::of(Q(Q::OP_PHRASE, pair.begin(), pair.end()), database_).has_value());
  EXPECT_FALSE(MatchSet::of(Q(Q::OP_NEAR, pair.begin(), pair.end(), 3), database_).has_value());
  EXPECT_FALSE(MatchSet::of(Q(Q::OP_VALUE_RANGE, 0, "2", "5"), database_).has_value());
  EXPECT_FALSE(MatchSet::of(Q(Q::OP_WILDCARD, "a"), database_).has_value());
  EXPECT_FALSE(MatchSet::of(Q(Q::OP_OR, Q("a"), Q(Q::OP_VALUE_GE, 0, "5")), database_).has_value())
      << "a part it cannot read declines the whole query";
}

}  // namespace
}  // namespace lectern::searcher

namespace lectern::searcher {
namespace {

class TermSets : public MatchSets {};

TEST_F(TermSets, CachedSetsAreTheSetsOfThePostings) {
  TermSetCache cache;
  cache.follow("index@1");
  const Xapian::Query query(Xapian::Query::OP_OR, Xapian::Query("a"), Xapian::Query("b"));
  const std::optional<MatchSet> first = MatchSet::of(query, database_, &cache);
  EXPECT_GT(cache.bytes(), 0u) << "a and b are in a third of the documents each: common enough to keep";
  const std::optional<MatchSet> again = MatchSet::of(query, database_, &cache);
  ASSERT_TRUE(first && again);
  EXPECT_EQ(members(*again), matched_by_xapian(database_, query));
  EXPECT_EQ(members(*again), members(*first));
}

TEST_F(TermSets, ANewSnapshotForgetsEverySet) {
  TermSetCache cache;
  cache.follow("index@1");
  (void)MatchSet::of(Xapian::Query("a"), database_, &cache);
  ASSERT_GT(cache.bytes(), 0u);
  cache.follow("index@2");
  EXPECT_EQ(cache.bytes(), 0u);
  cache.follow("");
  (void)MatchSet::of(Xapian::Query("a"), database_, &cache);
  EXPECT_EQ(cache.bytes(), 0u) << "an index whose state is unknown keeps nothing";
}

TEST_F(TermSets, TheBudgetDropsTheLeastRecentlyUsed) {
  const std::size_t one_set = (database_.get_lastdocid() / 64 + 1) * sizeof(std::uint64_t);
  TermSetCache cache(2 * one_set);
  cache.follow("index@1");
  for (const char* term : {"a", "b", "a", "c"}) (void)MatchSet::of(Xapian::Query(term), database_, &cache);
  EXPECT_EQ(cache.bytes(), 2 * one_set) << "never more than the budget";
  EXPECT_TRUE(cache.holds("a")) << "used again after b";
  EXPECT_TRUE(cache.holds("c"));
  EXPECT_FALSE(cache.holds("b")) << "the least recently used";
  EXPECT_EQ(members(*MatchSet::of(Xapian::Query("b"), database_, &cache)), matched_by_xapian(database_, Xapian::Query("b")))
      << "b, dropped for c, is read again";
}

}  // namespace
}  // namespace lectern::searcher
