#include "lectern/indexer/check.h"

#include <xapian.h>

#include <optional>
#include <sstream>

#include "lectern/common/document_data.h"
#include "lectern/common/schema.h"
#include "lectern/common/stub.h"

namespace lectern::indexer {
namespace {

constexpr std::size_t kMaxProblems = 100;

void note(CheckReport& report, std::string problem) {
  if (report.problems.size() < kMaxProblems) report.problems.push_back(std::move(problem));
}

bool has_term_with_prefix(const Xapian::Document& document, std::string_view prefix) {
  auto term = document.termlist_begin();
  term.skip_to(std::string(prefix));
  return term != document.termlist_end() && (*term).compare(0, prefix.size(), prefix) == 0;
}

Result<CheckReport> check_one(const std::filesystem::path& path) {
  std::error_code ignored;
  if (!std::filesystem::exists(path, ignored)) {
    return Error::not_found("no database at `" + path.string() + "`; index some reviews first");
  }
  CheckReport report;
  try {
    std::ostringstream xapian_report;
    report.xapian_errors = Xapian::Database::check(path.string(), Xapian::DBCHECK_SHORT_TREE, &xapian_report);
    if (report.xapian_errors > 0) note(report, "Xapian's check found errors: " + xapian_report.str().substr(0, 500));
    Xapian::Database database(path.string());
    report.documents = database.get_doccount();
    const std::string version = database.get_metadata(std::string(schema::kMetadataVersionKey));
    if (version != std::to_string(schema::kVersion)) {
      note(report, "schema version is `" + version + "`, this Lectern writes " + std::to_string(schema::kVersion) +
                       ": rebuild with `lectern index --full`");
    }
    for (auto posting = database.postlist_begin(""); posting != database.postlist_end(""); ++posting) {
      const Xapian::Document document = database.get_document(*posting);
      const std::string where = "document " + std::to_string(*posting);
      if (!has_term_with_prefix(document, schema::kPrefixId)) note(report, where + " has no id term");
      if (!has_term_with_prefix(document, schema::kPrefixSourceFile)) note(report, where + " has no source-file term");
      auto review = decode_document_data(document.get_data());
      if (!review) {
        note(report, where + " has data that does not decode: " + review.error().message);
      } else if (review->period && review->period->start > review->period->end) {
        note(report, where + " (`" + review->id + "`) has a period that ends before it starts");
      }
      if (document.get_value(schema::kSlotSourcePath).empty()) note(report, where + " has no source path value");
    }
  } catch (const Xapian::DatabaseNotFoundError&) {
    return Error::not_found("no Xapian database at `" + path.string() + "`");
  } catch (const Xapian::Error& error) {
    return Error::corruption("cannot check the database at `" + path.string() + "`: " + error.get_msg());
  }
  return report;
}

}  // namespace

Result<CheckReport> check_database(const std::filesystem::path& path) {
  const std::optional<std::filesystem::path> stub_file = stub::stub_file_of(path);
  if (!stub_file) return check_one(path);
  // A sharded index: each local shard is checked on its own, its findings named after it.
  auto shards = stub::read_stub(*stub_file);
  if (!shards) return shards.error();
  CheckReport total;
  for (const stub::Shard& shard : *shards) {
    if (shard.kind == stub::Shard::Kind::kRemote) {
      return Error::unsupported("shard `" + shard.line + "` of `" + path.string() +
                                "` is remote: run `lectern check` on the machine that holds it");
    }
    auto part = check_one(shard.path);
    if (!part) return part.error();
    total.documents += part->documents;
    total.xapian_errors += part->xapian_errors;
    for (const auto& problem : part->problems) note(total, "shard `" + shard.path.filename().string() + "`: " + problem);
  }
  return total;
}

}  // namespace lectern::indexer
