#include "http_errors.h"

#include <nlohmann/json.hpp>

namespace lectern::server {

int http_status(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidArgument: return 400;
    case ErrorCode::kNotFound: return 404;
    case ErrorCode::kUnsupported: return 422;
    case ErrorCode::kIOError: return 503;
    case ErrorCode::kCorruption:
    case ErrorCode::kInternal: return 500;
  }
  return 500;
}

std::string error_code_slug(ErrorCode code) {
  std::string slug(error_code_name(code));
  for (char& ch : slug) {
    if (ch == ' ') ch = '_';
  }
  return slug;
}

std::string error_json(const Error& error) {
  const nlohmann::json body = {{"error", {{"code", error_code_slug(error.code)}, {"message", error.message}}}};
  return body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace lectern::server
