// Sharded indexes (`lectern index --shards N`) and remote shards served by Xapian's own
// xapian-tcpsrv: searches, facets and sorting give what one database holding everything gives.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/wait.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <set>
#include <thread>

#include <nlohmann/json.hpp>

#include "run_command.h"
#include "test_support.h"

namespace lectern::testing {
namespace {

using nlohmann::json;

json run_json(const std::vector<std::string>& arguments) {
  const CommandOutput output = run_lectern(arguments);
  EXPECT_EQ(output.exit_status, 0) << output.err;
  return json::parse(output.out, nullptr, false);
}

// The hits' ids, as a set: shards number their documents differently, so ties may be ordered
// differently, but the same reviews must match.
std::set<std::string> ids(const json& results) {
  std::set<std::string> out;
  for (const auto& hit : results["hits"]) out.insert(hit["id"].get<std::string>());
  return out;
}

// The hits' values of `key` in order ("date", "period"): what a sort must agree on, since ties
// may come in another order.
std::vector<json> in_order(const json& results, const std::string& key) {
  std::vector<json> out;
  for (const auto& hit : results["hits"]) out.push_back(hit[key]);
  return out;
}

class Shards : public ::testing::Test {
 protected:
  void SetUp() override {
    corpus_ = source_dir() / "corpus";
    ASSERT_EQ(run_lectern({"index", corpus_.string(), "--db", single_.string(), "--json"}).exit_status, 0);
  }

  // Searches both indexes the same way and expects the same answer.
  void expect_same(const std::filesystem::path& sharded, const std::vector<std::string>& query,
                   const std::string& order_key = "") {
    std::vector<std::string> one{"search", "--db", single_.string(), "--json"};
    std::vector<std::string> many{"search", "--db", sharded.string(), "--json"};
    one.insert(one.end(), query.begin(), query.end());
    many.insert(many.end(), query.begin(), query.end());
    const json a = run_json(one);
    const json b = run_json(many);
    EXPECT_EQ(a["total_estimate"], b["total_estimate"]) << query.back();
    EXPECT_EQ(ids(a), ids(b)) << query.back();
    EXPECT_EQ(a["facets"], b["facets"]) << query.back();
    if (!order_key.empty()) EXPECT_EQ(in_order(a, order_key), in_order(b, order_key)) << query.back();
  }

  TempDir temp_;
  std::filesystem::path corpus_;
  std::filesystem::path single_ = temp_ / "single";
};

TEST_F(Shards, AShardedIndexSearchesLikeOneDatabase) {
  const auto sharded = temp_ / "sharded";
  const json summary = run_json({"index", corpus_.string(), "--db", sharded.string(), "--shards", "3", "--json"});
  const json single_stats = run_json({"stats", "--db", single_.string(), "--json"});
  EXPECT_EQ(summary["documents"], single_stats["documents"]);
  ASSERT_TRUE(std::filesystem::is_regular_file(sharded / "XAPIANDB"));
  for (int i = 1; i <= 3; ++i) {
    ASSERT_TRUE(std::filesystem::is_directory(sharded / ("shard-" + std::to_string(i))));
    const json shard = run_json({"stats", "--db", (sharded / ("shard-" + std::to_string(i))).string(), "--json"});
    EXPECT_GT(shard["documents"].get<int>(), 0) << "every shard holds some reviews";
  }
  expect_same(sharded, {"--limit", "50", "--facets", "author,decade,lang,tag,rating,format", "war"});
  expect_same(sharded, {"--limit", "50", "--sort", "date", "--facets", "reviewer", "leningrad OR siege OR rome"}, "date");
  expect_same(sharded, {"--limit", "50", "--sort", "date", "--reverse", "period:1900..2000"}, "date");
  expect_same(sharded, {"--limit", "50", "--sort", "period", "war OR love"}, "period");
  const json check = run_json({"check", "--db", sharded.string(), "--json"});
  EXPECT_EQ(check["ok"], true) << check.dump();
  EXPECT_EQ(check["documents"], single_stats["documents"]) << "every shard is checked";
  // The stub file itself is accepted as --db too.
  expect_same(sharded / "XAPIANDB", {"--limit", "20", "--facets", "author", "stalin"});
}

TEST_F(Shards, ReindexingAShardedIndexTouchesOnlyWhatChanged) {
  const auto reviews = temp_ / "reviews";
  for (int i = 0; i < 12; ++i) {
    write_file(reviews / ("r" + std::to_string(i) + ".txt"),
               "Book " + std::to_string(i) + " by Ann Writer\n\nA novel of Lisbon after the earthquake of 1755.\n");
  }
  const auto db = temp_ / "db";
  json summary = run_json({"index", reviews.string(), "--db", db.string(), "--shards", "2", "--json"});
  EXPECT_EQ(summary["added"], 12);
  summary = run_json({"index", reviews.string(), "--db", db.string(), "--json"});
  EXPECT_EQ(summary["added"], 0);
  EXPECT_EQ(summary["unchanged"], 12);
  write_file(reviews / "r3.txt", "Book 3 by Ann Writer\n\nNow a novel of Porto in 1820.\n");
  std::filesystem::remove(reviews / "r7.txt");
  summary = run_json({"index", reviews.string(), "--db", db.string(), "--json"});
  EXPECT_EQ(summary["updated"], 1);
  EXPECT_EQ(summary["deleted"], 1);
  EXPECT_EQ(summary["documents"], 11);
  EXPECT_EQ(run_json({"search", "--db", db.string(), "--json", "porto"})["hits"].size(), 1u);

  // The layout is kept: another number of shards, or sharding a one-database index, is refused.
  CommandOutput output = run_lectern({"index", reviews.string(), "--db", db.string(), "--shards", "3"});
  EXPECT_EQ(output.exit_status, 2);
  EXPECT_NE(output.err.find("has 2 shards"), std::string::npos) << output.err;
  output = run_lectern({"index", reviews.string(), "--db", single_.string(), "--shards", "2"});
  EXPECT_EQ(output.exit_status, 2);
  EXPECT_NE(output.err.find("one database"), std::string::npos) << output.err;
}

// A free TCP port on loopback (the kernel's pick; released again for the server to take).
int free_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  socklen_t length = sizeof address;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
  ::close(fd);
  return ntohs(address.sin_port);
}

// xapian-tcpsrv serving one database on loopback, stopped when this goes out of scope.
class TcpServer {
 public:
  TcpServer(const std::filesystem::path& database, int port) : port_(port) {
    pid_ = ::fork();
    if (pid_ == 0) {
      // Its own process group: on SIGTERM xapian-tcpsrv signals its whole group, which
      // would otherwise be this test and whatever runs it.
      ::setpgid(0, 0);
      const int quiet = ::open("/dev/null", O_WRONLY);  // it logs every connection
      ::dup2(quiet, STDOUT_FILENO);
      ::dup2(quiet, STDERR_FILENO);
      const std::string port_text = std::to_string(port);
      ::execlp("xapian-tcpsrv", "xapian-tcpsrv", "--interface", "127.0.0.1", "--port", port_text.c_str(),
               database.c_str(), static_cast<char*>(nullptr));
      ::_exit(127);
    }
    // Wait until it accepts connections.
    for (int i = 0; i < 100; ++i) {
      const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
      sockaddr_in address{};
      address.sin_family = AF_INET;
      address.sin_port = htons(static_cast<std::uint16_t>(port));
      address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
      const bool up = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
      ::close(fd);
      if (up) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }
  ~TcpServer() { stop(); }
  void stop() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGTERM);
    ::waitpid(pid_, nullptr, 0);
    pid_ = -1;
  }
  int port() const { return port_; }

 private:
  pid_t pid_ = -1;
  int port_;
};

TEST_F(Shards, RemoteShardsThroughXapianTcpsrvSearchLikeOneDatabase) {
  const auto sharded = temp_ / "sharded";
  ASSERT_EQ(run_lectern({"index", corpus_.string(), "--db", sharded.string(), "--shards", "2"}).exit_status, 0);
  TcpServer first(sharded / "shard-1", free_port());
  TcpServer second(sharded / "shard-2", free_port());
  const auto stub = temp_ / "remote.stub";
  write_file(stub, "# two shards on this machine's loopback\nremote 127.0.0.1:" + std::to_string(first.port()) +
                       "\nremote 127.0.0.1:" + std::to_string(second.port()) + "\n");
  expect_same(stub, {"--limit", "50", "--facets", "author,decade,lang,tag,rating,format", "war"});
  expect_same(stub, {"--limit", "50", "--sort", "date", "leningrad OR siege OR rome"}, "date");
  expect_same(stub, {"--limit", "50", "--sort", "period", "war OR love"}, "period");
  expect_same(stub, {"--limit", "50", "--sort", "rating", "--reverse", "period:1900..2000"});
  const json similar = run_json({"similar", "--db", stub.string(), "--json",
                                 (corpus_ / "txt" / "life-and-fate.txt").string()});
  EXPECT_FALSE(similar["hits"].empty());

  // With a shard down the search fails with a message that names it, rather than giving part.
  second.stop();
  const CommandOutput output = run_lectern({"search", "--db", stub.string(), "war"});
  EXPECT_NE(output.exit_status, 0);
  EXPECT_NE(output.err.find(std::to_string(second.port())), std::string::npos) << output.err;
  EXPECT_NE(output.err.find("xapian-tcpsrv"), std::string::npos) << output.err;
}

}  // namespace
}  // namespace lectern::testing
