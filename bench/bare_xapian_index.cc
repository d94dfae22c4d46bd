// The baseline Lectern's indexing speed is compared against: the plainest Xapian indexer of
// the same files (TermGenerator with positions and an English stemmer, the text as document
// data, one commit at the end), as measured for other tools in shared/ANCHORS.md.
//
// Usage: bare_xapian_index FOLDER DATABASE
#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: bare_xapian_index FOLDER DATABASE\n";
    return 2;
  }
  try {
    Xapian::WritableDatabase database(argv[2], Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::TermGenerator generator;
    generator.set_stemmer(Xapian::Stem("english"));
    std::size_t count = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[1])) {
      if (!entry.is_regular_file()) continue;
      std::ifstream stream(entry.path(), std::ios::binary);
      std::ostringstream contents;
      contents << stream.rdbuf();
      Xapian::Document document;
      generator.set_document(document);
      generator.index_text(contents.str());
      document.set_data(contents.str());
      const std::string id = "Q" + entry.path().string();
      document.add_boolean_term(id);
      database.replace_document(id, document);
      ++count;
    }
    database.commit();
    std::cout << count << " documents\n";
  } catch (const Xapian::Error& error) {
    std::cerr << "bare_xapian_index: " << error.get_description() << '\n';
    return 1;
  }
  return 0;
}
