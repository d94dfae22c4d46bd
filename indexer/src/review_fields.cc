#include "review_fields.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "field_values.h"
#include "lectern/common/text.h"
#include "line_text.h"
#include "names.h"
#include "period.h"

namespace lectern::indexer {
namespace {

// Keys reduced to lower-case letters and digits: "Date Read", "date_read" and "dateRead" are
// one key; "Autor/in" and "Übersetzer/in" drop their gendered suffix.
std::string canonical_key(std::string_view key) {
  std::string folded = text::fold_for_matching(key);
  for (std::string_view suffix : {"/innen", "/in", "(in)", "*in"}) {
    if (folded.size() > suffix.size() && folded.ends_with(suffix)) {
      folded.resize(folded.size() - suffix.size());
      break;
    }
  }
  std::string canonical;
  for (char ch : folded) {
    if (std::isalnum(static_cast<unsigned char>(ch)) || static_cast<unsigned char>(ch) >= 0x80) canonical += ch;
  }
  return canonical;
}

struct KeyAlias {
  std::string_view key;  // canonical
  Field field;
  int rank;
};

// Every key Lectern understands, in every format. Ranks order keys for the same field: a key
// that can only mean the work's title beats `title`, which blogs use for the post.
constexpr std::array kKeyAliases = std::to_array<KeyAlias>({
    {"title", Field::kTitle, 1},          {"booktitle", Field::kTitle, 3},      {"worktitle", Field::kTitle, 3},
    {"buchtitel", Field::kTitle, 3},      {"titel", Field::kTitle, 2},          {"titre", Field::kTitle, 2},
    {"titulo", Field::kTitle, 2},         {"titolo", Field::kTitle, 2},         {"name", Field::kTitle, 0},
    {"author", Field::kAuthor, 2},        {"authors", Field::kAuthor, 2},       {"bookauthor", Field::kAuthor, 3},
    {"autor", Field::kAuthor, 2},         {"autoren", Field::kAuthor, 2},       {"auteur", Field::kAuthor, 2},
    {"autore", Field::kAuthor, 2},        {"auteurs", Field::kAuthor, 2},       {"writer", Field::kAuthor, 1},
    {"by", Field::kAuthor, 1},            {"schrijver", Field::kAuthor, 1},     {"forfattare", Field::kAuthor, 1},
    {"translator", Field::kTranslator, 2}, {"translators", Field::kTranslator, 2}, {"translatedby", Field::kTranslator, 2},
    {"ubersetzer", Field::kTranslator, 2}, {"ubersetzung", Field::kTranslator, 2}, {"traducteur", Field::kTranslator, 2},
    {"traduction", Field::kTranslator, 2}, {"traductor", Field::kTranslator, 2}, {"traduttore", Field::kTranslator, 2},
    {"vertaler", Field::kTranslator, 2},  {"editor", Field::kEditor, 2},        {"editors", Field::kEditor, 2},
    {"editedby", Field::kEditor, 2},      {"herausgeber", Field::kEditor, 2},   {"illustrator", Field::kIllustrator, 2},
    {"illustrators", Field::kIllustrator, 2}, {"illustratedby", Field::kIllustrator, 2},
    {"reviewer", Field::kReviewer, 3},    {"reviewedby", Field::kReviewer, 3},  {"reviewauthor", Field::kReviewer, 2},
    {"rezensent", Field::kReviewer, 2},   {"critic", Field::kReviewer, 1},
    {"date", Field::kDate, 2},            {"pubdate", Field::kDate, 2},         {"posted", Field::kDate, 2},
    {"postdate", Field::kDate, 2},        {"dateposted", Field::kDate, 2},      {"reviewdate", Field::kDate, 3},
    {"datereviewed", Field::kDate, 3},    {"reviewed", Field::kDate, 2},        {"originaldate", Field::kDate, 1},
    {"finished", Field::kReadDate, 2},    {"datefinished", Field::kReadDate, 2}, {"finishedreading", Field::kReadDate, 2},
    {"dateread", Field::kReadDate, 2},    {"read", Field::kReadDate, 1},        {"readon", Field::kReadDate, 1},
    {"stop", Field::kReadDate, 1},        {"end", Field::kReadDate, 1},         {"enddate", Field::kReadDate, 1},
    {"gelesen", Field::kReadDate, 1},     {"lu", Field::kReadDate, 1},          {"lastdateread", Field::kReadDate, 2},
    {"datesread", Field::kReadDate, 1},   {"dateadded", Field::kReadDate, 0},
    {"rating", Field::kRating, 2},        {"myrating", Field::kRating, 3},      {"stars", Field::kRating, 1},
    {"score", Field::kRating, 1},         {"bewertung", Field::kRating, 2},     {"note", Field::kRating, 1},
    {"voto", Field::kRating, 2},          {"valoracion", Field::kRating, 2},    {"valutazione", Field::kRating, 2},
    {"beoordeling", Field::kRating, 2},   {"betyg", Field::kRating, 2},        {"starrating", Field::kRating, 2},
    {"published", Field::kPublicationYear, 1},  {"publicationyear", Field::kPublicationYear, 2},
    {"yearpublished", Field::kPublicationYear, 2}, {"originalpublicationyear", Field::kPublicationYear, 3},
    {"publishyear", Field::kPublicationYear, 2}, {"firstpublished", Field::kPublicationYear, 2},
    {"pubyear", Field::kPublicationYear, 2},     {"year", Field::kPublicationYear, 1},
    {"erscheinungsjahr", Field::kPublicationYear, 2}, {"erscheinungsdatum", Field::kPublicationYear, 2},
    {"period", Field::kPeriod, 2},        {"era", Field::kPeriod, 1},           {"zeitraum", Field::kPeriod, 1},
    {"language", Field::kLanguage, 2},    {"lang", Field::kLanguage, 2},        {"locale", Field::kLanguage, 1},
    {"sprache", Field::kLanguage, 2},     {"langue", Field::kLanguage, 2},      {"idioma", Field::kLanguage, 2},
    {"lingua", Field::kLanguage, 2},      {"taal", Field::kLanguage, 2},
    {"url", Field::kUrl, 2},              {"permalink", Field::kUrl, 2},        {"canonicalurl", Field::kUrl, 2},
    {"link", Field::kUrl, 1},
    {"tags", Field::kTags, 2},            {"tag", Field::kTags, 2},             {"keywords", Field::kTags, 1},
    {"categories", Field::kTags, 1},      {"category", Field::kTags, 1},        {"bookshelves", Field::kTags, 1},
    {"shelves", Field::kTags, 1},         {"genre", Field::kTags, 1},           {"genres", Field::kTags, 1},
    {"myreview", Field::kText, 2},        {"reviewtext", Field::kText, 2},      {"text", Field::kText, 1},
    {"body", Field::kText, 1},            {"content", Field::kText, 1},
    {"book", Field::kGroup, 2},           {"work", Field::kGroup, 2},           {"item", Field::kGroup, 2},
    {"itemreviewed", Field::kGroup, 2},   {"meta", Field::kGroup, 0},           {"metadata", Field::kGroup, 0},
    {"info", Field::kGroup, 0},           {"details", Field::kGroup, 0},
});

struct LanguageName {
  std::string_view name;  // folded
  std::string_view code;
};
constexpr std::array kLanguageNames = std::to_array<LanguageName>({
    {"english", "en"},     {"englisch", "en"},   {"anglais", "en"},    {"ingles", "en"},      {"inglese", "en"},
    {"eng", "en"},         {"german", "de"},     {"deutsch", "de"},    {"allemand", "de"},    {"aleman", "de"},
    {"tedesco", "de"},     {"deu", "de"},        {"ger", "de"},        {"french", "fr"},      {"francais", "fr"},
    {"franzosisch", "fr"}, {"frances", "fr"},    {"francese", "fr"},   {"fra", "fr"},         {"fre", "fr"},
    {"spanish", "es"},     {"espanol", "es"},    {"spanisch", "es"},   {"espagnol", "es"},    {"spagnolo", "es"},
    {"castellano", "es"},  {"spa", "es"},        {"italian", "it"},    {"italiano", "it"},    {"italienisch", "it"},
    {"italien", "it"},     {"ita", "it"},        {"dutch", "nl"},      {"nederlands", "nl"},  {"niederlandisch", "nl"},
    {"nld", "nl"},         {"portuguese", "pt"}, {"portugues", "pt"},  {"por", "pt"},         {"russian", "ru"},
    {"russisch", "ru"},    {"russkij", "ru"},    {"rus", "ru"},        {"swedish", "sv"},     {"svenska", "sv"},
    {"schwedisch", "sv"},  {"swe", "sv"},        {"danish", "da"},     {"dansk", "da"},       {"norwegian", "no"},
    {"norsk", "no"},       {"finnish", "fi"},    {"suomi", "fi"},      {"polish", "pl"},      {"polski", "pl"},
    {"czech", "cs"},       {"cestina", "cs"},    {"hungarian", "hu"},  {"magyar", "hu"},      {"romanian", "ro"},
    {"romana", "ro"},      {"turkish", "tr"},    {"turkce", "tr"},     {"greek", "el"},       {"catalan", "ca"},
    {"catala", "ca"},
});

// The first scalar of a value: the value itself, or the first item of a list.
std::string first_scalar(const RawValue& value) {
  if (value.is_scalar()) return value.scalar;
  for (const auto& item : value.items) {
    if (item.is_scalar() && !text::trim(item.scalar).empty()) return item.scalar;
  }
  return {};
}

// The member of a map whose canonical key is one of `keys`.
const RawValue* member(const RawValue& value, std::initializer_list<std::string_view> keys) {
  for (const auto& [key, part] : value.members) {
    const std::string canonical = canonical_key(key);
    if (std::find(keys.begin(), keys.end(), canonical) != keys.end()) return &part;
  }
  return nullptr;
}

// `{first: Ann, middle: B., last: Lee}` or `{name: Ann Lee}` as one string of names (a "first"
// that ends in "&" joins two people: `first: Margaret Weis &`, `last: Tracy Hickman`).
std::string name_from_parts(const RawValue& value) {
  if (const RawValue* name = member(value, {"name", "fullname", "displayname"})) return first_scalar(*name);
  std::string joined;
  for (const auto keys : {std::initializer_list<std::string_view>{"first", "firstname", "given", "givenname", "vorname", "prenom"},
                          std::initializer_list<std::string_view>{"middle", "middlename"},
                          std::initializer_list<std::string_view>{"last", "lastname", "family", "familyname", "surname", "nachname", "nom"}}) {
    if (const RawValue* part = member(value, keys)) {
      const std::string scalar = first_scalar(*part);
      const std::string_view piece = text::trim(scalar);
      if (!piece.empty()) joined += (joined.empty() ? "" : " ") + std::string(piece);
    }
  }
  return joined;
}

std::vector<std::string> names_of(const RawValue& value) {
  std::vector<std::string> names;
  auto add_text = [&names](std::string_view text) {
    for (auto& name : split_names(strip_inline_markup(text))) {
      if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end()) names.push_back(std::move(name));
    }
  };
  if (!value.members.empty()) {
    add_text(name_from_parts(value));
  } else if (value.is_scalar()) {
    add_text(value.scalar);
  }
  for (const auto& item : value.items) {
    if (!item.members.empty()) add_text(name_from_parts(item));
    else if (item.is_scalar()) add_text(item.scalar);
  }
  return names;
}

std::vector<std::string> list_of(const RawValue& value) {
  std::vector<std::string> out;
  auto add = [&out](std::string_view scalar) {
    std::size_t start = 0;
    while (start <= scalar.size()) {
      std::size_t end = scalar.find_first_of(",;", start);
      if (end == std::string_view::npos) end = scalar.size();
      std::string item = strip_inline_markup(scalar.substr(start, end - start));
      if (!item.empty() && std::find(out.begin(), out.end(), item) == out.end()) out.push_back(std::move(item));
      start = end + 1;
    }
  };
  if (value.is_scalar()) add(value.scalar);
  for (const auto& item : value.items) {
    if (item.is_scalar()) add(item.scalar);
  }
  return out;
}

// Every date a value holds: a scalar, the items of a list, or the end of a reading
// (`read: [{start: …, end: …}]`).
std::vector<std::string> dates_of(const RawValue& value) {
  std::vector<std::string> dates;
  auto add_scalar = [&dates](std::string_view scalar) {
    if (auto date = normalize_date(text::trim(scalar))) dates.push_back(*date);
  };
  auto add_map = [&](const RawValue& map) {
    if (const RawValue* end = member(map, {"end", "finished", "stop", "to", "date", "enddate", "dateread"})) {
      add_scalar(first_scalar(*end));
    }
  };
  if (!value.members.empty()) add_map(value);
  else if (value.is_scalar()) add_scalar(value.scalar);
  for (const auto& item : value.items) {
    if (!item.members.empty()) add_map(item);
    else if (item.is_scalar()) add_scalar(item.scalar);
  }
  return dates;
}

}  // namespace

KeyMeaning meaning_of_key(std::string_view key) {
  const std::string canonical = canonical_key(key);
  for (const KeyAlias& alias : kKeyAliases) {
    if (alias.key == canonical) return {alias.field, alias.rank};
  }
  return {};
}

std::string normalize_language(std::string_view value) {
  const std::string_view raw = text::trim(value);
  if (raw.size() >= 2 && is_ascii_letter(raw[0]) && is_ascii_letter(raw[1]) &&
      (raw.size() == 2 || raw[2] == '-' || raw[2] == '_')) {
    return {static_cast<char>(std::tolower(static_cast<unsigned char>(raw[0]))),
            static_cast<char>(std::tolower(static_cast<unsigned char>(raw[1])))};
  }
  const std::string folded = text::fold_for_matching(raw);
  for (const LanguageName& language : kLanguageNames) {
    if (folded == language.name) return std::string(language.code);
  }
  return {};
}

std::string strip_inline_markup(std::string_view value) {
  std::string decoded = text::decode_html_entities(value);
  std::string_view in = decoded;
  std::string out;
  for (std::size_t i = 0; i < in.size(); ++i) {
    const char ch = in[i];
    if (ch == '[' && i + 1 < in.size() && in[i + 1] == '[') {  // [[Target|Shown]] or [[Target]]
      const std::size_t close = in.find("]]", i + 2);
      if (close != std::string_view::npos) {
        const std::string_view inner = in.substr(i + 2, close - i - 2);
        const std::size_t bar = inner.find('|');
        out += bar == std::string_view::npos ? inner : inner.substr(bar + 1);
        i = close + 1;
        continue;
      }
    }
    if (ch == '[') {  // [shown](url)
      const std::size_t close = in.find(']', i);
      if (close != std::string_view::npos && close + 1 < in.size() && in[close + 1] == '(') {
        const std::size_t paren = in.find(')', close);
        if (paren != std::string_view::npos) {
          out += in.substr(i + 1, close - i - 1);
          i = paren;
          continue;
        }
      }
    }
    if (ch == '<') {  // an HTML tag: <i>, </em>, <br/>
      const std::size_t close = in.find('>', i);
      if (close != std::string_view::npos && close > i + 1 &&
          (is_ascii_letter(in[i + 1]) || in[i + 1] == '/') && in.substr(i, close - i).find('<', 1) == std::string_view::npos) {
        i = close;
        continue;
      }
    }
    if (ch == '*' || ch == '`' || (ch == '_' && (i == 0 || i + 1 == in.size() || in[i - 1] == ' ' || in[i + 1] == ' '))) {
      continue;
    }
    out += ch;
  }
  return text::clean_field(out);
}

std::string metadata_title(std::string_view title) {
  std::string cleaned = text::clean_field(title);
  const std::string folded = text::fold_for_matching(cleaned);
  for (std::string_view prefix : {"book review:", "book review -", "review:", "review -", "rezension:", "buchrezension:",
                                  "critique :", "critique:", "resena:", "recensione:", "recensie:", "recension:"}) {
    if (folded.starts_with(prefix)) {
      // The folded text keeps byte offsets for these ASCII-folded prefixes except "reseña".
      const std::size_t colon = cleaned.find_first_of(":-");
      if (colon != std::string::npos) cleaned = text::clean_field(std::string_view(cleaned).substr(colon + 1));
      break;
    }
  }
  // "(Mistborn, #1)", "(The Expanse #3)": a series position, not the title; unquoted in YAML,
  // the '#' starts a comment and leaves "(Mistborn," open.
  if (const std::size_t open = cleaned.rfind('('); open != std::string::npos && open > 0 &&
                                                   cleaned.find(')', open) == std::string::npos) {
    cleaned = text::clean_field(std::string_view(cleaned).substr(0, open));
  }
  if (!cleaned.empty() && cleaned.back() == ')') {
    const std::size_t open = cleaned.rfind('(');
    const std::string inside =
        open == std::string::npos ? std::string() : text::fold_for_matching(std::string_view(cleaned).substr(open));
    const bool series = inside.find('#') != std::string::npos || inside.find("series") != std::string::npos ||
                        inside.find(" book ") != std::string::npos || inside.find("vol.") != std::string::npos;
    if (open != std::string::npos && open > 0 && series) {
      cleaned = text::clean_field(std::string_view(cleaned).substr(0, open));
    }
  }
  return cleaned;
}

KeyMeaning FieldCollector::mapped_meaning(std::string_view key) const {
  // A key the user mapped (--field-map title=bookName) wins over every default.
  for (const auto& [field, mapped_key] : *field_map_) {
    if (mapped_key != key) continue;
    static constexpr std::pair<std::string_view, Field> kNames[] = {
        {"title", Field::kTitle},       {"author", Field::kAuthor},     {"reviewer", Field::kReviewer},
        {"date", Field::kDate},         {"rating", Field::kRating},     {"period", Field::kPeriod},
        {"language", Field::kLanguage}, {"url", Field::kUrl},           {"tags", Field::kTags},
        {"text", Field::kText}};
    for (const auto& [name, meaning] : kNames) {
      if (name == field) return {meaning, 100};
    }
  }
  return meaning_of_key(key);
}

bool FieldCollector::add(std::string_view key, const RawValue& value) {
  KeyMeaning meaning = mapped_meaning(key);
  const std::string canonical = canonical_key(key);
  // `review:` is the review's own group of fields, or its text; `read:` a reading log.
  if (canonical == "review") meaning = value.members.empty() ? KeyMeaning{Field::kText, 1} : KeyMeaning{Field::kGroup, 0};
  if (meaning.field == Field::kNone) return false;
  found_any_ = true;
  if (meaning.field == Field::kGroup) {
    if (value.members.empty()) return false;
    add_group(value, meaning.rank);
    return true;
  }
  add_field(meaning.field, value, meaning.rank);
  return true;
}

void FieldCollector::add_group(const RawValue& value, int rank_bonus) {
  for (const auto& [key, part] : value.members) {
    KeyMeaning meaning = mapped_meaning(key);
    if (canonical_key(key) == "name") meaning = {Field::kTitle, 1};  // book: {name: …}
    if (meaning.field == Field::kNone || meaning.field == Field::kGroup) continue;
    add_field(meaning.field, part, meaning.rank + rank_bonus);
  }
}

void FieldCollector::add_field(Field field, const RawValue& value, int rank) {
  switch (field) {
    case Field::kTitle: {
      std::string title = metadata_title(strip_inline_markup(first_scalar(value)));
      if (!title.empty()) title_.offer(std::move(title), rank);
      break;
    }
    case Field::kAuthor:
      if (auto names = names_of(value); !names.empty()) authors_.offer(std::move(names), rank);
      break;
    case Field::kTranslator:
      if (auto names = names_of(value); !names.empty()) translators_.offer(std::move(names), rank);
      break;
    case Field::kEditor:
      if (auto names = names_of(value); !names.empty()) editors_.offer(std::move(names), rank);
      break;
    case Field::kIllustrator:
      if (auto names = names_of(value); !names.empty()) illustrators_.offer(std::move(names), rank);
      break;
    case Field::kReviewer: {
      const auto names = names_of(value);
      std::string joined;
      for (const auto& name : names) joined += (joined.empty() ? "" : ", ") + name;
      if (!joined.empty()) reviewer_.offer(std::move(joined), rank);
      break;
    }
    case Field::kDate:
      if (auto dates = dates_of(value); !dates.empty()) date_.offer(dates.front(), rank);
      break;
    case Field::kReadDate:
      // Read more than once: the latest reading is the one the review speaks of.
      if (auto dates = dates_of(value); !dates.empty()) read_date_.offer(*std::max_element(dates.begin(), dates.end()), rank);
      break;
    case Field::kRating:
      // A bare 0 is "not rated" in library exports (Goodreads' My Rating), never zero stars.
      if (text::trim(std::string_view(first_scalar(value))) == "0") break;
      if (auto rating = parse_rating(text::trim(std::string_view(first_scalar(value))))) rating_.offer(*rating, rank);
      break;
    case Field::kPublicationYear: {
      // "1937", "2009-05-28", "27.11.2019", "May 2004": the year of whatever date it is.
      const std::string raw(text::trim(std::string_view(first_scalar(value))));
      int year = 0;
      for (std::size_t i = 0; i + 4 <= raw.size(); ++i) {
        const bool four = std::all_of(raw.begin() + static_cast<std::ptrdiff_t>(i), raw.begin() + static_cast<std::ptrdiff_t>(i + 4),
                                      [](char ch) { return ch >= '0' && ch <= '9'; });
        const bool bounded = (i == 0 || !std::isdigit(static_cast<unsigned char>(raw[i - 1]))) &&
                             (i + 4 == raw.size() || !std::isdigit(static_cast<unsigned char>(raw[i + 4])));
        if (four && bounded) {
          year = std::stoi(raw.substr(i, 4));
          break;
        }
      }
      if (year >= 1000 && year <= 2100) publication_year_.offer(year, rank);
      break;
    }
    case Field::kPeriod:
      if (auto period = parse_period_value(first_scalar(value))) period_.offer(*period, rank);
      break;
    case Field::kLanguage:
      if (auto code = normalize_language(first_scalar(value)); !code.empty()) language_.offer(std::move(code), rank);
      break;
    case Field::kUrl:
      if (auto url = text::clean_field(first_scalar(value)); !url.empty()) url_.offer(std::move(url), rank);
      break;
    case Field::kTags:
      if (auto tags = list_of(value); !tags.empty()) tags_.offer(std::move(tags), rank);
      break;
    case Field::kText:
      if (value.is_scalar() && text_.size() < value.scalar.size()) text_ = value.scalar;
      break;
    case Field::kNone:
    case Field::kGroup:
      break;
  }
}

void FieldCollector::fill(Review& review) const {
  if (title_.value) review.title = *title_.value;
  if (authors_.value) review.authors = *authors_.value;
  if (translators_.value) review.translators = *translators_.value;
  if (editors_.value) review.editors = *editors_.value;
  if (illustrators_.value) review.illustrators = *illustrators_.value;
  if (reviewer_.value) review.reviewer = *reviewer_.value;
  if (date_.value) review.date = *date_.value;
  else if (read_date_.value) review.date = *read_date_.value;
  if (rating_.value) review.rating = *rating_.value;
  if (publication_year_.value) review.publication_year = *publication_year_.value;
  if (period_.value) review.period = *period_.value;
  if (language_.value) review.language = *language_.value;
  if (url_.value) review.url = *url_.value;
  if (tags_.value) review.tags = *tags_.value;
}

}  // namespace lectern::indexer

namespace lectern::indexer {
namespace {

}  // namespace

std::optional<std::pair<std::string_view, std::string_view>> parse_key_value_line(std::string_view line) {
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 40) return std::nullopt;
  const std::string_view key = text::trim(line.substr(0, colon));
  if (key.empty() || key.front() == '#' || key.front() == '-' || key.front() == '*' || key.front() == '>') return std::nullopt;
  if (std::count(key.begin(), key.end(), ' ') > 3) return std::nullopt;
  if (key.find("//") != std::string_view::npos || line.substr(colon).starts_with("://")) return std::nullopt;  // a URL
  // Dataview's inline fields (Obsidian) double the colon: `Author:: [[Helen Dunmore]]`.
  const std::size_t value_start = line.substr(colon).starts_with("::") ? colon + 2 : colon + 1;
  return std::pair{key, text::trim(line.substr(value_start))};
}

bool is_inline_field(std::string_view line) {
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || !line.substr(colon).starts_with(":: ")) return false;
  return parse_key_value_line(line).has_value();
}

void fill_missing(Review& review, const Review& extra) {
  if (review.title.empty()) review.title = extra.title;
  if (review.authors.empty()) review.authors = extra.authors;
  if (review.translators.empty()) review.translators = extra.translators;
  if (review.editors.empty()) review.editors = extra.editors;
  if (review.illustrators.empty()) review.illustrators = extra.illustrators;
  if (review.reviewer.empty()) review.reviewer = extra.reviewer;
  if (review.date.empty()) review.date = extra.date;
  if (!review.rating) review.rating = extra.rating;
  if (!review.publication_year) review.publication_year = extra.publication_year;
  if (!review.period) review.period = extra.period;
  if (review.language.empty()) review.language = extra.language;
  if (review.url.empty()) review.url = extra.url;
  if (review.tags.empty()) review.tags = extra.tags;
}

std::size_t read_header_block(std::string_view text, FieldCollector& fields, bool strict) {
  std::size_t pos = 0;
  while (pos < text.size() && (text[pos] == '\n' || text[pos] == '\r' || text[pos] == ' ' || text[pos] == '\t')) ++pos;
  std::vector<std::pair<std::string_view, std::string_view>> pairs;
  std::size_t known = 0;
  std::size_t end = pos;
  while (end < text.size()) {
    const std::size_t line_end = std::min(text.find('\n', end), text.size());
    const std::string_view line = text::trim(text.substr(end, line_end - end));
    if (line.empty()) break;
    const auto pair = parse_key_value_line(line);
    if (!pair) {
      if (strict || pairs.empty()) return 0;
    } else {
      const bool meaningful = meaning_of_key(pair->first).field != Field::kNone;
      if (!strict && pairs.empty() && !meaningful) return 0;
      if (meaningful) ++known;
      pairs.push_back(*pair);
    }
    end = line_end + 1;
  }
  if (pairs.empty() || (strict && known < 2)) return 0;
  for (const auto& [key, value] : pairs) {
    if (!value.empty()) fields.add(key, RawValue::of(std::string(value)));
  }
  return std::min(end, text.size());
}

}  // namespace lectern::indexer
