// The text of common/data/eras.tsv, compiled in by CMake (common/src/eras_data.cc.in) so that
// the default gazetteer needs no data file at run time.
#pragma once

#include <string_view>

namespace lectern::eras::detail {

std::string_view embedded_eras_tsv();

}  // namespace lectern::eras::detail
