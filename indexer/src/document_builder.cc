#include "document_builder.h"

#include <algorithm>
#include <memory>
#include <vector>

#include "lectern/analysis/analysis.h"
#include "lectern/common/document_data.h"
#include "lectern/common/schema.h"
#include "lectern/common/terms.h"
#include "lectern/common/text.h"
#include "lectern/common/text_checkpoints.h"

namespace lectern::indexer {
namespace {

namespace schema = lectern::schema;

// "20150303" from "2015-03-03", "20150300" from "2015-03"; 0 when there is no date.
double date_number(std::string_view iso_date) {
  std::string digits;
  for (char ch : iso_date) {
    if (ch >= '0' && ch <= '9') digits.push_back(ch);
  }
  if (digits.size() < 4) return 0;
  digits.resize(8, '0');
  return std::stod(digits);
}

// Pieces of the text are this long at least, and there are at most kMaxCheckpoints of them: a
// snippet reads a window of a few pieces around its matches.
constexpr std::size_t kCheckpointBytes = 256;
constexpr std::size_t kMaxCheckpoints = 1024;

bool is_ascii_space(char ch) { return ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\f' || ch == '\v'; }

// Indexes `text` (folded, as every field is) in pieces that end at white space, and returns
// where each piece starts: the term position its first word gets and its byte offset in the
// text as stored, then the position and offset just past the end. Cutting at white space
// leaves the terms and positions exactly those of one index_text call.
std::vector<TextCheckpoint> index_text_in_pieces(Xapian::TermGenerator& generator, std::string_view text) {
  std::vector<TextCheckpoint> checkpoints;
  const std::size_t piece = std::max(kCheckpointBytes, text.size() / kMaxCheckpoints + 1);
  const auto position = [&generator] { return static_cast<std::uint32_t>(generator.get_termpos() + 1); };
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = std::min(text.size(), start + piece);
    // On to the next white space: never inside a word or a UTF-8 sequence.
    while (end < text.size() && !is_ascii_space(text[end])) ++end;
    checkpoints.push_back({position(), static_cast<std::uint32_t>(start)});
    generator.index_text(analysis::fold_diacritics(text.substr(start, end - start)));
    start = end;
  }
  checkpoints.push_back({position(), static_cast<std::uint32_t>(text.size())});
  return checkpoints;
}

}  // namespace

std::string id_term(std::string_view review_id) { return terms::bounded_term(schema::kPrefixId, review_id); }

std::string source_file_term(std::string_view path) {
  return terms::bounded_term(schema::kPrefixSourceFile, path);
}

std::string work_key(const Review& review) {
  return terms::work_key(review.title, review.authors.empty() ? std::string_view() : review.authors.front());
}

Xapian::Document build_document(const Review& review, std::string_view source_signature) {
  Xapian::Document document;
  Xapian::TermGenerator generator;
  generator.set_document(document);
  generator.set_stemmer(analysis::make_stemmer(review.language));
  generator.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  // Stopwords keep their positional terms (phrases still match them) but get no stemmed term,
  // so they do not weigh in ranking.
  const std::unique_ptr<Xapian::Stopper> stopper = analysis::make_stopper(review.language);
  generator.set_stopper(stopper.get());
  generator.set_stopper_strategy(Xapian::TermGenerator::STOP_STEMMED);
  // Text reaches Xapian with its diacritics removed, as queries do, so that `miserables`
  // finds "Misérables"; snippets are cut from the stored original.
  auto index_text = [&](const std::string& text, Xapian::termcount weight = 1, std::string_view prefix = {}) {
    generator.index_text(analysis::fold_diacritics(text), weight, std::string(prefix));
  };

  // Each field is indexed twice: under its prefix for field search, and in the body with extra
  // weight so that a title or author match ranks first in plain searches. The position gap
  // keeps phrases from matching across fields.
  auto index_field = [&](const std::string& value, std::string_view prefix, unsigned body_weight) {
    if (value.empty()) return;
    index_text(value, 1, prefix);
    generator.increase_termpos(schema::kFieldPositionGap);
    index_text(value, body_weight);
    generator.increase_termpos(schema::kFieldPositionGap);
  };
  index_field(review.title, schema::kPrefixTitle, schema::kTitleWeight);
  for (const auto& author : review.authors) index_field(author, schema::kPrefixAuthor, schema::kAuthorWeight);
  index_field(review.reviewer, schema::kPrefixReviewer, schema::kReviewerWeight);

  document.add_value(schema::kSlotTextCheckpoints, encode_text_checkpoints(index_text_in_pieces(generator, review.text)));
  generator.increase_termpos(schema::kFieldPositionGap);
  for (const auto& caption : review.captions) {
    index_text(caption, 1, schema::kPrefixCaption);
    index_text(caption);
    generator.increase_termpos(schema::kFieldPositionGap);
  }
  for (const auto& work : review.mentions) {
    index_text(work.title, 1, schema::kPrefixMentions);
    index_text(work.author, 1, schema::kPrefixMentions);
    generator.increase_termpos(schema::kFieldPositionGap);
  }

  document.add_boolean_term(id_term(review.id));
  document.add_boolean_term(source_file_term(review.path));
  for (const auto& author : review.authors) document.add_boolean_term(terms::exact_term(schema::kPrefixAuthorExact, author));
  if (!review.reviewer.empty()) document.add_boolean_term(terms::exact_term(schema::kPrefixReviewerExact, review.reviewer));
  if (!review.language.empty()) document.add_boolean_term(terms::exact_term(schema::kPrefixLanguage, review.language));
  if (!review.format.empty()) document.add_boolean_term(terms::exact_term(schema::kPrefixFormat, review.format));
  for (const auto& tag : review.tags) document.add_boolean_term(terms::exact_term(schema::kPrefixTag, tag));
  const std::string work = work_key(review);
  if (!review.title.empty()) document.add_boolean_term(terms::bounded_term(schema::kPrefixWork, work));
  for (const auto& mentioned : review.mentions) {
    if (mentioned.title.empty()) continue;
    document.add_boolean_term(
        terms::bounded_term(schema::kPrefixMentionedWork, terms::work_key(mentioned.title, mentioned.author)));
  }

  if (review.period) {
    const int first = std::min(review.period->start, review.period->end);
    const int last = std::max(review.period->start, review.period->end);
    // Floor to decades; a span of thousands of years adds at most a few hundred terms.
    for (int decade = terms::decade_of(first); decade <= last; decade += 10) {
      document.add_boolean_term(terms::decade_term(decade));
    }
    document.add_value(schema::kSlotPeriodStart, Xapian::sortable_serialise(first));
    document.add_value(schema::kSlotPeriodEnd, Xapian::sortable_serialise(last));
    document.add_value(schema::kSlotPeriodSpan, std::to_string(first) + ":" + std::to_string(last));
  }
  if (const double date = date_number(review.date); date > 0) {
    document.add_value(schema::kSlotDate, Xapian::sortable_serialise(date));
  }
  if (review.rating) document.add_value(schema::kSlotRating, Xapian::sortable_serialise(*review.rating));
  if (!review.title.empty()) {
    // An untitled review is no work's: a key of "|surname" would collapse unrelated reviews.
    document.add_value(schema::kSlotTitleSort, work.substr(0, work.find('|')));
    document.add_value(schema::kSlotWork, work);
  }
  document.add_value(schema::kSlotSourceSignature, std::string(source_signature));
  document.add_value(schema::kSlotSourcePath, review.path);
  std::string authors;
  for (const auto& author : review.authors) {
    if (!authors.empty()) authors += schema::kValueSeparator;
    authors += author;
  }
  if (!authors.empty()) document.add_value(schema::kSlotAuthors, authors);
  if (!review.reviewer.empty()) document.add_value(schema::kSlotReviewer, review.reviewer);
  // The facet slots hold what the boolean terms hold, after their prefix.
  const auto term_value = [](std::string_view prefix, std::string_view value) {
    return terms::exact_term(prefix, value).substr(prefix.size());
  };
  std::string tags;
  for (const auto& tag : review.tags) {
    const std::string value = term_value(schema::kPrefixTag, tag);
    if (value.empty()) continue;
    if (!tags.empty()) tags += schema::kValueSeparator;
    tags += value;
  }
  if (!tags.empty()) document.add_value(schema::kSlotTags, tags);
  if (!review.language.empty()) document.add_value(schema::kSlotLanguage, term_value(schema::kPrefixLanguage, review.language));
  if (!review.format.empty()) document.add_value(schema::kSlotFormat, term_value(schema::kPrefixFormat, review.format));

  // Ascending sort keys (schema.h): the value, or one that sorts after every value.
  for (const auto& [slot, ascending] : {std::pair{schema::kSlotDate, schema::kSlotDateAscending},
                                        std::pair{schema::kSlotRating, schema::kSlotRatingAscending},
                                        std::pair{schema::kSlotTitleSort, schema::kSlotTitleAscending},
                                        std::pair{schema::kSlotPeriodStart, schema::kSlotPeriodAscending}}) {
    const std::string value = document.get_value(slot);
    document.add_value(ascending, value.empty() ? std::string(schema::kMissingLast) : value);
  }

  document.set_data(encode_document_data(review));
  return document;
}

}  // namespace lectern::indexer
