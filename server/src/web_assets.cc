#include "web_assets.h"

namespace lectern {
// Generated from web/ by lectern_embed_text().
std::string_view web_index_html();
std::string_view web_lectern_js();
std::string_view web_lectern_css();
std::string_view web_openapi_json();
}  // namespace lectern

namespace lectern::server {
namespace {

// The page names its assets as "@BASE@/lectern.js", so that it works under any --base-path.
std::string with_base(std::string_view text, std::string_view base_path) {
  constexpr std::string_view kMarker = "@BASE@";
  std::string out;
  out.reserve(text.size());
  std::size_t start = 0;
  for (std::size_t at = text.find(kMarker); at != std::string_view::npos; at = text.find(kMarker, start)) {
    out.append(text.substr(start, at - start)).append(base_path);
    start = at + kMarker.size();
  }
  out.append(text.substr(start));
  return out;
}

}  // namespace

std::optional<WebAsset> web_asset(std::string_view name, std::string_view base_path) {
  if (name == "index.html") return WebAsset{with_base(web_index_html(), base_path), "text/html; charset=utf-8"};
  // One script is both the page's and the widget's: it mounts on every [data-lectern] element.
  if (name == "lectern.js" || name == "widget.js") {
    return WebAsset{std::string(web_lectern_js()), "text/javascript; charset=utf-8"};
  }
  if (name == "lectern.css") return WebAsset{std::string(web_lectern_css()), "text/css; charset=utf-8"};
  if (name == "openapi.json") return WebAsset{std::string(web_openapi_json()), "application/json; charset=utf-8"};
  return std::nullopt;
}

}  // namespace lectern::server
