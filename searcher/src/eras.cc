#include "eras.h"

#include "lectern/common/eras.h"

namespace lectern::searcher {

std::optional<YearSpan> find_era(std::string_view name) {
  const eras::Era* era = eras::default_gazetteer().find(name);
  if (era == nullptr) return std::nullopt;
  return era->years;
}

}  // namespace lectern::searcher
