// The HTTP API against a real index on loopback: every route, the JSON contract, errors as
// JSON with 4xx statuses, CORS only for configured origins, concurrent requests, and a live
// re-index picked up without a restart.
#include <gtest/gtest.h>
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "lectern/indexer/indexer.h"
#include "lectern/server/server.h"
#include "test_support.h"

namespace lectern::server {
namespace {

using nlohmann::json;
using testing::TempDir;
using testing::write_file;

// Percent-encodes everything but unreserved characters, as a client puts an id in a path.
std::string encoded(const std::string& text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char ch : text) {
    if (std::isalnum(ch) || ch == '-' || ch == '_' || ch == '.' || ch == '~') {
      out += static_cast<char>(ch);
    } else {
      out += '%';
      out += kHex[ch >> 4];
      out += kHex[ch & 15];
    }
  }
  return out;
}

class HttpApi : public ::testing::Test {
 protected:
  void SetUp() override {
    write_file(reviews_ / "betrayal.txt",
               "The Betrayal by Helen Dunmore\n\nReviewed by Ann Lee\n\nLeningrad in 1952: a doctor and a teacher under "
               "Stalin's last terror, years after the siege.\n");
    write_file(reviews_ / "siege.md", "---\ntitle: The Siege\nauthor: Helen Dunmore\ndate: 2019-04-28\n---\n\n"
                                      "The winter of 1941 in besieged Leningrad, told by a family.\n");
    write_file(reviews_ / "wolf.txt", "Wolf Hall by Hilary Mantel\n\nThomas Cromwell at the court of Henry VIII, 1527 to 1535.\n");
    index();
    ServerOptions options;
    options.databases = {db_};
    options.port = 0;  // the default threads and searchers: what users get
    options.cors_origins = {"https://books.example.org"};
    options.access_log = false;
    auto started = Server::start(options);
    ASSERT_TRUE(started) << started.error().message;
    server_ = std::make_unique<Server>(std::move(*started));
    serving_ = std::jthread([this] { (void)server_->serve(); });
    client_ = std::make_unique<httplib::Client>("127.0.0.1", server_->port());
    for (int i = 0; i < 100 && !client_->Get("/healthz"); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  void TearDown() override {
    if (server_) server_->stop();
  }

  void index() {
    indexer::IndexOptions options;
    options.database = db_;
    auto indexer = indexer::Indexer::open(options);
    ASSERT_TRUE(indexer) << indexer.error().message;
    ASSERT_TRUE(indexer->index({reviews_}));
  }

  json get_json(const std::string& path, int expected_status = 200) {
    auto response = client_->Get(path);
    EXPECT_TRUE(response) << path;
    if (!response) return {};
    EXPECT_EQ(response->status, expected_status) << path << ": " << response->body;
    EXPECT_NE(response->get_header_value("Content-Type").find("application/json"), std::string::npos) << path;
    return json::parse(response->body, nullptr, false);
  }

  // A counter of /metrics: `lectern_cache_hits_total`.
  double metric(const std::string& name) {
    auto response = client_->Get("/metrics");
    EXPECT_TRUE(response);
    const std::size_t at = response ? response->body.find("\n" + name + " ") : std::string::npos;
    EXPECT_NE(at, std::string::npos) << name;
    return at == std::string::npos ? -1.0 : std::stod(response->body.substr(at + name.size() + 2));
  }

  TempDir temp_;
  std::filesystem::path reviews_ = temp_ / "reviews";
  std::filesystem::path db_ = temp_ / "db";
  std::unique_ptr<Server> server_;
  std::jthread serving_;
  std::unique_ptr<httplib::Client> client_;
};

TEST_F(HttpApi, SearchAnswersTheSameJsonAsTheCommandLine) {
  const json results = get_json("/api/search?q=leningrad&facets=author&highlight=html");
  ASSERT_EQ(results["hits"].size(), 2u);
  EXPECT_EQ(results["query"], "leningrad");
  EXPECT_NE(results["hits"][0]["snippet"].get<std::string>().find("<mark>Leningrad</mark>"), std::string::npos);
  EXPECT_EQ(results["facets"]["author"][0]["value"], "Helen Dunmore");
  EXPECT_EQ(results["facets"]["author"][0]["count"], 2);
}

TEST_F(HttpApi, FiltersAndSortingComeFromTheQueryString) {
  const json filtered = get_json("/api/search?q=leningrad&period=1950..1960");
  ASSERT_EQ(filtered["hits"].size(), 1u);
  EXPECT_EQ(filtered["hits"][0]["title"], "The Betrayal");
  const json by_author = get_json("/api/search?author=Hilary%20Mantel");
  ASSERT_EQ(by_author["hits"].size(), 1u);
  EXPECT_EQ(by_author["hits"][0]["title"], "Wolf Hall");
  const json sorted = get_json("/api/search?q=leningrad&sort=date");
  EXPECT_EQ(sorted["hits"][0]["title"], "The Siege") << "the dated review first";
}

TEST_F(HttpApi, ExactSearchesTheQueryAsTypedAndStillOffersTheCorrection) {
  // "siege" alone chose the hits as typed; corrected, the best match holds both words.
  const json corrected = get_json("/api/search?q=lenigrad%20siege");
  EXPECT_EQ(corrected["corrected_query"], "leningrad siege");
  EXPECT_EQ(corrected["auto_corrected"], true);
  const json exact = get_json("/api/search?q=lenigrad%20siege&exact=1");
  EXPECT_EQ(exact["corrected_query"], "leningrad siege");
  EXPECT_EQ(exact["auto_corrected"], false);
  EXPECT_EQ(exact["query"], "lenigrad siege");
}

TEST_F(HttpApi, BadParametersAreJsonErrorsNamingTheParameter) {
  for (const std::string path : {"/api/search?q=x&limit=-1", "/api/search?q=x&exact=yes", "/api/search?q=x&offset=99999999999999999999",
                                 "/api/search?q=x&limit=5000", "/api/search?q=x&sort=sideways",
                                 "/api/search?q=x&facets=colour", "/api/search?q=x&reverse=1",
                                 "/api/search?q=%22unbalanced"}) {
    auto response = client_->Get(path);
    ASSERT_TRUE(response) << path;
    if (path.find("unbalanced") != std::string::npos && response->status == 200) continue;  // the parser may accept it
    EXPECT_EQ(response->status, 400) << path << ": " << response->body;
    const json body = json::parse(response->body, nullptr, false);
    ASSERT_TRUE(body.contains("error")) << path << ": " << response->body;
    EXPECT_EQ(body["error"]["code"], "invalid_argument") << path;
    EXPECT_FALSE(body["error"]["message"].get<std::string>().empty());
  }
  // Over the query cap: refused by the API (400), or by the HTTP layer past its URI limit (414),
  // in JSON either way.
  for (const std::size_t length : {3000u, 10000u}) {
    auto response = client_->Get("/api/search?q=" + std::string(length, 'a'));
    ASSERT_TRUE(response);
    EXPECT_TRUE(response->status == 400 || response->status == 414) << response->status;
    EXPECT_TRUE(json::parse(response->body, nullptr, false).contains("error")) << response->body;
  }
}

TEST_F(HttpApi, DocumentSimilarStatsAndSuggest) {
  const json results = get_json("/api/search?q=cromwell");
  ASSERT_EQ(results["hits"].size(), 1u);
  const std::string id = results["hits"][0]["id"];
  const json doc = get_json("/api/doc/" + encoded(id));
  EXPECT_EQ(doc["title"], "Wolf Hall");
  EXPECT_NE(doc["text"].get<std::string>().find("Henry VIII"), std::string::npos);
  const json missing = get_json("/api/doc/no-such-review", 404);
  EXPECT_EQ(missing["error"]["code"], "not_found");
  const json similar = get_json("/api/similar/" + encoded(id) + "?limit=5");
  EXPECT_TRUE(similar.contains("hits"));
  const json stats = get_json("/api/stats");
  EXPECT_EQ(stats["documents"], 3);
  const json suggest = get_json("/api/suggest?q=hel");
  ASSERT_FALSE(suggest["suggestions"].empty());
  EXPECT_EQ(suggest["suggestions"][0]["text"], "helen dunmore");
  EXPECT_EQ(suggest["suggestions"][0]["kind"], "author");
}

TEST_F(HttpApi, UnknownRoutesAndHealthAndMetrics) {
  const json unknown = get_json("/api/nothing", 404);
  EXPECT_EQ(unknown["error"]["code"], "not_found");
  const json health = get_json("/healthz");
  EXPECT_EQ(health["status"], "ok");
  EXPECT_EQ(health["documents"], 3);
  auto metrics = client_->Get("/metrics");
  ASSERT_TRUE(metrics);
  EXPECT_NE(metrics->body.find("lectern_http_requests_total{route=\"healthz\",status=\"200\"}"), std::string::npos)
      << metrics->body;
  EXPECT_NE(metrics->body.find("lectern_index_documents 3"), std::string::npos) << metrics->body;
}

TEST_F(HttpApi, CorsHeadersOnlyForConfiguredOrigins) {
  auto allowed = client_->Get("/api/search?q=leningrad", {{"Origin", "https://books.example.org"}});
  ASSERT_TRUE(allowed);
  EXPECT_EQ(allowed->get_header_value("Access-Control-Allow-Origin"), "https://books.example.org");
  auto other = client_->Get("/api/search?q=leningrad", {{"Origin", "https://evil.example.com"}});
  ASSERT_TRUE(other);
  EXPECT_FALSE(other->has_header("Access-Control-Allow-Origin"));
}

TEST_F(HttpApi, ConcurrentSearchesAllSucceed) {
  std::atomic<int> failures{0};
  std::vector<std::jthread> clients;
  for (int t = 0; t < 4; ++t) {
    clients.emplace_back([this, &failures] {
      httplib::Client client("127.0.0.1", server_->port());
      for (int i = 0; i < 25; ++i) {
        auto response = client.Get(i % 2 ? "/api/search?q=leningrad" : "/api/search?q=cromwell&facets=author");
        if (!response || response->status != 200) ++failures;
      }
    });
  }
  clients.clear();
  EXPECT_EQ(failures.load(), 0);
}

// A kept-alive connection holds a connection thread while it waits for its next request, as a
// browser's do between searches: a few idle ones must not leave a new visitor waiting.
TEST_F(HttpApi, IdleKeptAliveConnectionsDoNotKeepNewClientsWaiting) {
  std::vector<std::unique_ptr<httplib::Client>> idle;
  for (int i = 0; i < 12; ++i) {
    idle.push_back(std::make_unique<httplib::Client>("127.0.0.1", server_->port()));
    idle.back()->set_keep_alive(true);
    auto response = idle.back()->Get("/api/search?q=leningrad");
    ASSERT_TRUE(response && response->status == 200) << "client " << i;
  }
  httplib::Client late("127.0.0.1", server_->port());
  late.set_read_timeout(std::chrono::seconds(2));  // an idle connection holds its thread for 5
  auto response = late.Get("/api/search?q=cromwell");
  ASSERT_TRUE(response) << "no answer while " << idle.size() << " connections were idle";
  EXPECT_EQ(response->status, 200);
}

TEST_F(HttpApi, LiveReindexIsSeenWithoutARestart) {
  EXPECT_TRUE(get_json("/api/search?q=lighthouse")["hits"].empty());
  write_file(reviews_ / "keeper.txt", "The Keeper by Ana Ruiz\n\nA lighthouse keeper and his daughter, one winter.\n");
  index();
  const json after = get_json("/api/search?q=lighthouse");
  ASSERT_EQ(after["hits"].size(), 1u);
  EXPECT_EQ(after["hits"][0]["title"], "The Keeper");
}

TEST_F(HttpApi, ARepeatedSearchIsAnsweredFromTheCacheUntilTheIndexChanges) {
  auto counter = [this](const std::string& name) { return metric(name); };
  const double hits_before = counter("lectern_cache_hits_total");
  const json first = get_json("/api/search?q=winter&facets=author,decade");
  const json again = get_json("/api/search?facets=author,decade&q=winter");
  EXPECT_EQ(first, again);
  EXPECT_EQ(counter("lectern_cache_hits_total"), hits_before + 1) << "the same parameters in another order";
  get_json("/api/search?q=winter&facets=author");
  EXPECT_EQ(counter("lectern_cache_hits_total"), hits_before + 1) << "other parameters are another answer";
  // A commit moves the revision: the next answer is searched afresh and sees the new review.
  write_file(reviews_ / "frost.txt", "Frost by Ana Ruiz\n\nA winter of frost on the farm.\n");
  index();
  const json after = get_json("/api/search?q=winter&facets=author,decade");
  EXPECT_EQ(counter("lectern_cache_hits_total"), hits_before + 1);
  EXPECT_EQ(after["total_estimate"], first["total_estimate"].get<int>() + 1);
}

TEST_F(HttpApi, ARepeatedSuggestionIsAnsweredFromTheCacheUntilTheIndexChanges) {
  const double hits_before = metric("lectern_cache_hits_total");
  const json first = get_json("/api/suggest?q=lan");
  EXPECT_EQ(get_json("/api/suggest?q=lan"), first);
  EXPECT_EQ(metric("lectern_cache_hits_total"), hits_before + 1);
  const auto has = [](const json& answer, const std::string& text) {
    for (const auto& suggestion : answer["suggestions"]) {
      if (suggestion["text"] == text) return true;
    }
    return false;
  };
  EXPECT_FALSE(has(first, "lantern"));
  write_file(reviews_ / "lantern.txt", "The Lantern by Ana Ruiz\n\nA lantern, a lantern, and the lantern again.\n");
  index();
  const json after = get_json("/api/suggest?q=lan");
  EXPECT_EQ(metric("lectern_cache_hits_total"), hits_before + 1) << "a commit makes the cached answer stale";
  EXPECT_TRUE(has(after, "lantern")) << after.dump();
}

TEST(HttpApiStart, MissingIndexFailsAtStartWithAMessage) {
  TempDir temp;
  ServerOptions options;
  options.databases = {temp / "nowhere"};
  options.port = 0;
  auto started = Server::start(options);
  ASSERT_FALSE(started);
  EXPECT_EQ(started.error().code, ErrorCode::kNotFound);
  EXPECT_NE(started.error().message.find("lectern index"), std::string::npos);
}

TEST_F(HttpApi, ThePageAndTheWidgetAreServedFromTheBinary) {
  auto page = client_->Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->get_header_value("Content-Type").find("text/html"), std::string::npos);
  EXPECT_NE(page->body.find("src=\"/lectern.js\""), std::string::npos) << "assets named from the root";
  EXPECT_EQ(page->body.find("@BASE@"), std::string::npos);
  for (const char* path : {"/lectern.js", "/widget.js"}) {
    auto script = client_->Get(path);
    ASSERT_TRUE(script) << path;
    EXPECT_EQ(script->status, 200) << path;
    EXPECT_NE(script->get_header_value("Content-Type").find("javascript"), std::string::npos) << path;
    EXPECT_NE(script->body.find("attachShadow"), std::string::npos) << path << " mounts widgets in a shadow root";
  }
  auto style = client_->Get("/lectern.css");
  ASSERT_TRUE(style);
  EXPECT_NE(style->body.find("--lectern-accent"), std::string::npos);
  EXPECT_EQ(get_json("/style.css", 404)["error"]["code"], "not_found");
}

TEST_F(HttpApi, UnderABasePathThePageNamesItsAssetsThere) {
  ServerOptions options;
  options.databases = {db_};
  options.port = 0;
  options.base_path = "/search";
  options.access_log = false;
  auto started = Server::start(options);
  ASSERT_TRUE(started) << started.error().message;
  std::jthread serving([&] { (void)started->serve(); });
  httplib::Client client("127.0.0.1", started->port());
  for (int i = 0; i < 100 && !client.Get("/search/healthz"); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  auto page = client.Get("/search/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("src=\"/search/lectern.js\""), std::string::npos);
  EXPECT_NE(page->body.find("data-lectern=\"/search\""), std::string::npos);
  auto script = client.Get("/search/widget.js");
  ASSERT_TRUE(script);
  EXPECT_EQ(script->status, 200);
  auto bare = client.Get("/search");
  ASSERT_TRUE(bare);
  EXPECT_EQ(bare->status, 200);
  started->stop();
}

TEST_F(HttpApi, TheOpenApiDescriptionListsEveryRouteTheServerAnswers) {
  const json spec = get_json("/api/openapi.json");
  ASSERT_TRUE(spec.is_object());
  EXPECT_EQ(spec["openapi"], "3.0.3");
  const json results = get_json("/api/search?q=leningrad");
  const std::string id = results["hits"][0]["id"];
  std::size_t routes = 0;
  for (const auto& [route, operations] : spec["paths"].items()) {
    std::string path = route;
    if (const std::size_t brace = path.find("{id}"); brace != std::string::npos) path.replace(brace, 4, encoded(id));
    if (path == "/api/search" || path == "/api/suggest") path += "?q=leningrad";
    auto response = client_->Get(path);
    ASSERT_TRUE(response) << path;
    EXPECT_EQ(response->status, 200) << route << " is described but not answered: " << response->body;
    ++routes;
  }
  EXPECT_GE(routes, 10u);
  // Every key a hit has is in the schema's required list.
  const json& hit_schema = spec["components"]["schemas"]["Hit"]["required"];
  for (const auto& [key, value] : results["hits"][0].items()) {
    EXPECT_NE(std::find(hit_schema.begin(), hit_schema.end(), key), hit_schema.end()) << key << " is not described";
  }
}

TEST_F(HttpApi, ErrorCodesAreTheStableNamesTheDocsList) {
  EXPECT_EQ(get_json("/api/search?q=war&limit=nine", 400)["error"]["code"], "invalid_argument");
  EXPECT_EQ(get_json("/api/doc/" + encoded("/no/such/review.txt"), 404)["error"]["code"], "not_found");
}

}  // namespace
}  // namespace lectern::server
