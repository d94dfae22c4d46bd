// Extraction cost against file size: generates reviews dense with years (the input that made
// the period passes quadratic) from 10 KB to 10 MB, in paragraphs and as one endless line, and
// prints the time per megabyte for each. A linear extractor prints a flat column.
//
//   build/release/bench/extraction_scaling [MAX_MB]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

#include "lectern/indexer/extract.h"

namespace {

std::string generate(std::size_t bytes, bool one_line, std::uint32_t seed) {
  std::mt19937 random(seed);
  std::uniform_int_distribution<int> year(1000, 2020);
  std::uniform_int_distribution<int> later(1, 30);
  std::string text = "Years of Iron by Some Author\n\n";
  while (text.size() < bytes) {
    const int start = year(random);
    text += "In " + std::to_string(start) + " the army marched, and by " + std::to_string(start + later(random)) +
            " the war was over; the 1930s, the Siege of Leningrad and the 19th century were recalled.";
    text += one_line ? " " : "\n\n";
  }
  return text;
}

double seconds_to_extract(const std::string& text) {
  const lectern::indexer::ExtractOptions options;
  const auto started = std::chrono::steady_clock::now();
  auto reviews = lectern::indexer::extract_bytes(text, "txt", "/bench/review.txt", options);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  if (!reviews) std::fprintf(stderr, "extraction failed: %s\n", reviews.error().message.c_str());
  return seconds;
}

}  // namespace

int main(int argc, char** argv) {
  const double max_mb = argc > 1 ? std::atof(argv[1]) : 10.0;
  std::printf("%10s  %14s  %14s  %14s  %14s\n", "size", "paragraphs s", "s per MB", "one line s", "s per MB");
  for (const std::size_t kb : {10, 100, 1000, 10000}) {
    if (kb / 1000.0 > max_mb) break;
    const std::string paragraphs = generate(kb * 1000, false, 7);
    const std::string line = generate(kb * 1000, true, 7);
    const double mb = paragraphs.size() / 1e6;
    const double p = seconds_to_extract(paragraphs);
    const double l = seconds_to_extract(line);
    std::printf("%8zu KB  %14.3f  %14.3f  %14.3f  %14.3f\n", kb, p, p / mb, l, l / mb);
    std::fflush(stdout);
  }
  return 0;
}
