// The baseline Lectern's indexing speed is compared against: the plainest Xapian indexer of
// the same files (TermGenerator with positions and an English stemmer, the text as document
// data, one commit at the end), as measured for other tools in shared/ANCHORS.md. With --tuned,
// the same loop with what Xapian offers for bulk loads: no fsync while building (DB_NO_SYNC)
// and a commit every 1,000 documents, which keeps Xapian's buffers small.
//
// Usage: bare_xapian_index [--tuned] FOLDER DATABASE
#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

int main(int argc, char** argv) {
  const bool tuned = argc == 4 && std::string(argv[1]) == "--tuned";
  if (argc != 3 && !tuned) {
    std::cerr << "usage: bare_xapian_index [--tuned] FOLDER DATABASE\n";
    return 2;
  }
  const char* folder = argv[argc - 2];
  const char* path = argv[argc - 1];
  try {
    Xapian::WritableDatabase database(path, Xapian::DB_CREATE_OR_OVERWRITE | (tuned ? Xapian::DB_NO_SYNC : 0));
    Xapian::TermGenerator generator;
    generator.set_stemmer(Xapian::Stem("english"));
    std::size_t count = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
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
      if (++count % 1000 == 0 && tuned) database.commit();
    }
    database.commit();
    std::cout << count << " documents\n";
  } catch (const Xapian::Error& error) {
    std::cerr << "bare_xapian_index: " << error.get_description() << '\n';
    return 1;
  }
  return 0;
}
