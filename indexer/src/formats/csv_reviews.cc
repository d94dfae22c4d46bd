// CSV library exports (Goodreads, StoryGraph, a spreadsheet of reviews): one review per row
// that has review text. The header names the columns; each row's cells go through the same
// field normaliser as front matter keys, so `My Review`, `Date Read`, `My Rating` and
// `Bookshelves` mean what they mean everywhere. A CSV whose columns hold no review text is
// refused with its column names and the --field-map that would read it.
#include <string>
#include <vector>

#include "formats/format_parsers.h"
#include "formats/markup_fragment.h"
#include "lectern/common/text.h"
#include "provenance.h"
#include "review_fields.h"
#include "time_budget.h"

namespace lectern::indexer {
namespace {

using Row = std::vector<std::string>;

// RFC 4180 records: fields separated by commas, quoted fields may hold commas, doubled quotes
// and line breaks. Linear in the input.
std::vector<Row> read_records(std::string_view csv) {
  std::vector<Row> rows;
  Row row;
  std::string field;
  bool quoted = false;
  bool any = false;
  for (std::size_t i = 0; i < csv.size(); ++i) {
    const char ch = csv[i];
    if (quoted) {
      if (ch == '"') {
        if (i + 1 < csv.size() && csv[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        field += ch;
      }
      continue;
    }
    if (ch == '"' && field.empty()) {
      quoted = true;
      any = true;
    } else if (ch == ',') {
      row.push_back(std::move(field));
      field.clear();
      any = true;
    } else if (ch == '\n' || ch == '\r') {
      if (ch == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') ++i;
      if (any || !field.empty()) {
        row.push_back(std::move(field));
        rows.push_back(std::move(row));
      }
      row.clear();
      field.clear();
      any = false;
    } else {
      field += ch;
      any = true;
    }
  }
  if (any || !field.empty()) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  return rows;
}

// Goodreads writes ISBNs as ="0140449132" so that spreadsheets keep the leading zero.
std::string cell_value(std::string_view cell) {
  cell = text::trim(cell);
  if (cell.size() >= 3 && cell.starts_with("=\"") && cell.back() == '"') cell = cell.substr(2, cell.size() - 3);
  return std::string(cell);
}

// Goodreads' own link markup inside reviews: [b:Title|123|Title (Series #1)|Author|url] and
// [a:Name|123|Name|url] show as their first part.
std::string without_goodreads_links(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '[' && i + 2 < text.size() && (text[i + 1] == 'b' || text[i + 1] == 'a') && text[i + 2] == ':') {
      const std::size_t close = text.find(']', i);
      const std::size_t bar = text.find('|', i);
      if (close != std::string_view::npos && bar != std::string_view::npos && bar < close) {
        out += text.substr(i + 3, bar - i - 3);
        i = close;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

std::string column_list(const Row& header) {
  std::string names;
  for (std::size_t i = 0; i < header.size() && i < 12; ++i) names += (i ? ", `" : "`") + header[i] + "`";
  if (header.size() > 12) names += ", ...";
  return names;
}

}  // namespace

Result<std::vector<Review>> parse_csv(std::string_view utf8, const ExtractOptions& options) {
  if (utf8.starts_with("\xEF\xBB\xBF")) utf8.remove_prefix(3);
  const std::vector<Row> records = read_records(utf8);
  if (records.empty()) return Error::unsupported("empty CSV file");
  const Row& header = records.front();
  bool has_text_column = false;
  for (const auto& column : header) {
    const KeyMeaning meaning = meaning_of_key(column);
    const bool mapped_text = options.field_map.count("text") && options.field_map.at("text") == column;
    if (mapped_text || meaning.field == Field::kText || text::fold_for_matching(column) == "review") has_text_column = true;
  }
  if (!has_text_column) {
    return Error::unsupported("CSV with columns " + column_list(header) +
                              ": none holds review text; name the one that does with --field-map text=COLUMN");
  }
  std::vector<Review> reviews;
  for (std::size_t r = 1; r < records.size(); ++r) {
    check_time_budget();
    const Row& row = records[r];
    FieldCollector fields(options.field_map);
    for (std::size_t c = 0; c < row.size() && c < header.size(); ++c) {
      std::string value = cell_value(row[c]);
      if (!value.empty()) fields.add(header[c], RawValue::of(std::move(value)));
    }
    // Rows without review text are the rest of a library (books read, or to read), not reviews.
    const std::string body = text_from_markup_fragment(without_goodreads_links(fields.text()));
    if (body.empty()) continue;
    Review review;
    fields.fill(review);
    credit_set_fields(review, "CSV columns");
    review.text = body;
    reviews.push_back(std::move(review));
  }
  if (reviews.empty()) return Error::unsupported("CSV export without review text in any row");
  return reviews;
}

}  // namespace lectern::indexer
