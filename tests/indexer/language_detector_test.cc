#include "language_detector.h"

#include <gtest/gtest.h>

namespace lectern::indexer {
namespace {

TEST(LanguageDetector, TellsCommonReviewLanguagesApart) {
  EXPECT_EQ(detect_language("A novel about the siege of Leningrad in the winter of 1941, told by a young woman "
                            "who keeps her father and brother alive through the hunger."),
            "en");
  EXPECT_EQ(detect_language("Ein Roman über die Belagerung von Leningrad im Winter 1941, erzählt aus der Sicht "
                            "einer jungen Frau, die ihren Vater und ihren Bruder durch den Hunger bringt."),
            "de");
  EXPECT_EQ(detect_language("Un roman sur le siège de Leningrad pendant l'hiver 1941, raconté par une jeune femme "
                            "qui garde son père et son frère en vie malgré la faim."),
            "fr");
  EXPECT_EQ(detect_language("Una novela sobre el asedio de Leningrado durante el invierno de 1941, contada por una "
                            "joven que mantiene vivos a su padre y a su hermano a pesar del hambre."),
            "es");
}

TEST(LanguageDetector, ShortOrEmptyTextGivesNoAnswer) {
  EXPECT_EQ(detect_language(""), "");
  EXPECT_EQ(detect_language("Leningrad"), "");
}

}  // namespace
}  // namespace lectern::indexer
