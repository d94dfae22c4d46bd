// The search page, its script and style sheet (web/) and the API description (docs/openapi.json),
// compiled in (see server/CMakeLists.txt).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lectern::server {

struct WebAsset {
  std::string body;
  const char* content_type;
};

// The asset served at `name` ("index.html", "lectern.js", "widget.js", "lectern.css", "openapi.json") under
// `base_path` (the server's --base-path, "" or "/search"), or nullopt for an unknown name.
std::optional<WebAsset> web_asset(std::string_view name, std::string_view base_path);

}  // namespace lectern::server
