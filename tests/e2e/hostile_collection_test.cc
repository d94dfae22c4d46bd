// A collection as hostile as the reliability issue lists, mixed with good reviews: every good
// review must be indexed and found, every bad file skipped or handled with a reason, within a
// stated time and memory, and nothing may crash or hang. The bounds are safety nets for a
// sanitizer build on a small machine, not speed targets (those are in bench/).
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <chrono>
#include <random>
#include <string>

#include <nlohmann/json.hpp>

#include "run_command.h"
#include "test_support.h"

namespace lectern::testing {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;
using namespace std::string_literals;

// What the whole run may take, wall clock and peak memory of the indexer.
constexpr auto kMaxRunTime = std::chrono::seconds(240);
constexpr long kMaxPeakKilobytes = 1536 * 1024;

// Files in one folder: the issue's "10,000 files in one folder".
constexpr int kCrowdedFolderFiles = 10000;

std::string good_review(const std::string& marker) {
  return "The Salt Road by Mara Lind\n\nA caravan crosses the desert in the winter of 1412; the guide is " + marker +
         ", and nobody trusts him.\n";
}

std::string utf16le(std::string_view ascii, bool bom) {
  std::string out = bom ? std::string("\xFF\xFE") : std::string();
  for (char c : ascii) {
    out += c;
    out += '\0';
  }
  return out;
}

class HostileCollection : public ::testing::Test {
 protected:
  void SetUp() override {
    // Good reviews, each findable by its own made-up word.
    for (int i = 0; i < 20; ++i) good("good/review-" + std::to_string(i) + ".txt", "goodmarker" + std::to_string(i));
    write_file(reviews_ / "good/post.md", "---\ntitle: Glass Rivers\nauthor: Noor Haddad\n---\n\nA story of goodmarkermd and rivers.\n");
    write_file(reviews_ / "good/page.html",
               "<html><head><title>Paper Moons by Ana Ruiz</title></head><body><article><p>A tale of goodmarkerhtml "
               "and paper.</p></article></body></html>");
    write_file(reviews_ / "good/list.json", R"([{"title": "A", "author": "Jo Park", "text": "About goodmarkerjson."}])");

    // Binary data with a text extension, and NUL bytes in a review.
    std::mt19937 random(7);
    std::string binary(64 * 1024, '\0');
    for (char& byte : binary) byte = static_cast<char>(random() % 256);
    write_file(reviews_ / "bad/binary.txt", binary);
    write_file(reviews_ / "bad/nul.md", "# Nul by Ann Lee\n\nText with a\0NUL byte and hostilenul words.\n"s);
    // Invalid UTF-8 (Latin-1) and UTF-16 with and without a byte-order mark: converted.
    write_file(reviews_ / "odd/latin1.txt", "Caf\xE9 by Ann Lee\n\nA review about hostilelatin and caf\xE9s.\n");
    write_file(reviews_ / "odd/utf16-bom.txt", utf16le("Sixteen by Ann Lee\n\nA review about hostilebom and bytes.\n", true));
    write_file(reviews_ / "odd/utf16.txt", utf16le("Sixteen by Bo Lee\n\nA review about hostilenobom and bytes.\n", false));
    // 200 MB: refused by size, never read (sparse, so the test costs no disk).
    {
      write_file(reviews_ / "bad/huge.txt", "x");
      fs::resize_file(reviews_ / "bad/huge.txt", 200u << 20);
    }
    // A 10 MB line dense with years, and words longer than Xapian's term limit.
    {
      std::string line = "THE LONG LINE by Ann Lee\n\nhostilelongline ";
      while (line.size() < (10u << 20)) line += "in " + std::to_string(1000 + random() % 1000) + " the army moved on, ";
      write_file(reviews_ / "odd/long-line.txt", line + "\n");
      write_file(reviews_ / "odd/long-words.txt",
                 "Long Words by Ann Lee\n\nhostilelongword " + std::string(5000, 'a') + " " + std::string(300, 'b') + "\n");
    }
    // Malformed JSON, YAML and HTML; a YAML alias bomb; HTML nested 100,000 levels deep.
    write_file(reviews_ / "bad/broken.json", R"([{"title": "Broken", "text": "never closed)");
    write_file(reviews_ / "odd/broken-yaml.md", "---\ntitle: \"Unclosed\nauthor: [Someone\n---\n\n# Fallback by Ann Lee\n\nhostileyaml text.\n");
    {
      std::string bomb = "---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
      for (char name = 'b'; name <= 'j'; ++name) {
        const char previous = static_cast<char>(name - 1);
        bomb += std::string(1, name) + ": &" + name + " [";
        for (int k = 0; k < 9; ++k) bomb += std::string(k ? "," : "") + "*" + previous;
        bomb += "]\n";
      }
      write_file(reviews_ / "odd/alias-bomb.md", bomb + "title: Bomb\n---\n\nhostilebomb text.\n");
    }
    write_file(reviews_ / "bad/broken.html", "<html><body><div><p>hostilehtml <b>unclosed <i>tags & stray < signs");
    {
      std::string deep = "<html><body>";
      for (int i = 0; i < 100000; ++i) deep += "<div>";
      deep += "A deep review about hostiledeep things.";
      for (int i = 0; i < 100000; ++i) deep += "</div>";
      write_file(reviews_ / "odd/deep.html", deep + "</body></html>");
    }
    // 10,000 files in one folder, 50 nested folders.
    for (int i = 0; i < kCrowdedFolderFiles; ++i) {
      write_file(reviews_ / "crowd" / ("r" + std::to_string(i) + ".txt"), "Crowd " + std::to_string(i) + " by Ann Lee\n\nA crowded review.\n");
    }
    fs::path nested = reviews_ / "nested";
    for (int i = 0; i < 50; ++i) nested /= "level" + std::to_string(i);
    good(fs::relative(nested / "bottom.txt", reviews_).string(), "goodmarkernested");
    // File names with a newline and with invalid UTF-8 bytes.
    good("odd/new\nline.txt", "hostilenewline");
    good("odd/bad-\xFF-byte.txt", "hostilebadbyte");
    // A FIFO: skipped with a reason, never opened (opening one would hang).
    ASSERT_EQ(::mkfifo((reviews_ / "bad/pipe.txt").c_str(), 0644), 0);
  }

  void good(const std::string& relative, const std::string& marker) { write_file(reviews_ / relative, good_review(marker)); }

  std::size_t hits(const std::string& query) {
    const CommandOutput output = run_lectern({"search", "--db", db_.string(), "--json", query});
    EXPECT_EQ(output.exit_status, 0) << query << ": " << output.err;
    const json results = json::parse(output.out, nullptr, false);
    return results.is_discarded() ? 0 : results["hits"].size();
  }

  static std::string reason_for(const json& summary, const std::string& path_end) {
    for (const auto& skipped : summary["skipped"]) {
      const std::string path = skipped["path"];
      if (path.ends_with(path_end)) return skipped["reason"];
    }
    return "(not skipped)";
  }

  TempDir temp_;
  fs::path reviews_ = temp_ / "reviews";
  fs::path db_ = temp_ / "db";
};

TEST_F(HostileCollection, EveryGoodReviewIsIndexedAndEveryBadFileHasAReason) {
  const auto started = std::chrono::steady_clock::now();
  const CommandOutput output = run_lectern({"index", reviews_.string(), "--db", db_.string(), "--json"});
  const auto elapsed = std::chrono::steady_clock::now() - started;
  rusage usage{};
  ASSERT_EQ(::getrusage(RUSAGE_CHILDREN, &usage), 0);
  ASSERT_EQ(output.exit_status, 0) << output.err;
  const json summary = json::parse(output.out);

  EXPECT_LT(elapsed, kMaxRunTime) << "the run took " << std::chrono::duration<double>(elapsed).count() << " s";
  EXPECT_LT(usage.ru_maxrss, kMaxPeakKilobytes) << "peak memory " << usage.ru_maxrss / 1024 << " MiB";
  std::printf("hostile collection: %.1f s, peak %ld MiB, %d documents\n", std::chrono::duration<double>(elapsed).count(),
              usage.ru_maxrss / 1024, summary["documents"].get<int>());

  // Every good review, and the odd ones that are still reviews, are found by their words.
  for (int i = 0; i < 20; ++i) EXPECT_EQ(hits("goodmarker" + std::to_string(i)), 1u) << i;
  for (const char* word : {"goodmarkermd", "goodmarkerhtml", "goodmarkerjson", "goodmarkernested", "hostilelatin",
                           "hostilebom", "hostilenobom", "hostilelongline", "hostilelongword", "hostileyaml",
                           "hostiledeep", "hostilenewline", "hostilebadbyte", "hostilehtml"}) {
    EXPECT_EQ(hits(word), 1u) << word;
  }
  EXPECT_EQ(hits("crowded"), 10u) << "a page of the crowded folder's 10,000 reviews";
  const CommandOutput crowd = run_lectern({"search", "--db", db_.string(), "--json", "crowded", "--limit", "1"});
  EXPECT_EQ(json::parse(crowd.out)["total_estimate"], kCrowdedFolderFiles) << crowd.out;

  // Every bad file is skipped with a reason that says why.
  EXPECT_NE(reason_for(summary, "bad/binary.txt").find("binary"), std::string::npos) << reason_for(summary, "bad/binary.txt");
  EXPECT_NE(reason_for(summary, "bad/huge.txt").find("too large"), std::string::npos) << reason_for(summary, "bad/huge.txt");
  EXPECT_NE(reason_for(summary, "bad/broken.json").find("JSON"), std::string::npos) << reason_for(summary, "bad/broken.json");
  EXPECT_NE(reason_for(summary, "bad/pipe.txt").find("not a regular file"), std::string::npos)
      << reason_for(summary, "bad/pipe.txt");
  // The NUL file is read (NULs are not text) or skipped as binary: either way, with no crash.
  const std::string nul_reason = reason_for(summary, "bad/nul.md");
  EXPECT_TRUE(nul_reason == "(not skipped)" || nul_reason.find("binary") != std::string::npos) << nul_reason;
  // The alias bomb costs its front matter, not the run.
  EXPECT_LE(hits("hostilebomb"), 1u);

  // The file name with an invalid byte has an id that the JSON carries and `similar` takes back.
  const CommandOutput found = run_lectern({"search", "--db", db_.string(), "--json", "hostilebadbyte"});
  const json hit = json::parse(found.out)["hits"][0];
  const std::string id = hit["id"];
  EXPECT_NE(id.find("bad-%FF-byte.txt"), std::string::npos) << id;
  const CommandOutput similar = run_lectern({"similar", "--db", db_.string(), "--json", id});
  EXPECT_EQ(similar.exit_status, 0) << similar.err;

  // A second run changes nothing and reports the same bad files again.
  const CommandOutput again = run_lectern({"index", reviews_.string(), "--db", db_.string(), "--json"});
  ASSERT_EQ(again.exit_status, 0) << again.err;
  const json second = json::parse(again.out);
  EXPECT_EQ(second["added"], 0);
  EXPECT_EQ(second["updated"], 0);
  EXPECT_EQ(second["deleted"], 0);
  EXPECT_EQ(second["documents"], summary["documents"]);
}

}  // namespace
}  // namespace lectern::testing
