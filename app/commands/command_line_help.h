// The command line's help for people: "did you mean" for a mistyped command or option, and the
// examples that end every --help.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lectern::app {

// The name in `known` closest to `typed` (at most a third of its letters off, and at most 3),
// or "" when none is close.
std::string closest_name(std::string_view typed, const std::vector<std::string>& known);

// Examples for `lectern COMMAND --help` ("" for the top level), as a --help footer.
std::string examples_for(std::string_view command);

}  // namespace lectern::app
