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
  // Stable names for clients (docs/http-api.md, docs/openapi.json), not the human wording.
  switch (code) {
    case ErrorCode::kInvalidArgument: return "invalid_argument";
    case ErrorCode::kNotFound: return "not_found";
    case ErrorCode::kUnsupported: return "unsupported";
    case ErrorCode::kIOError: return "io_error";
    case ErrorCode::kCorruption: return "corruption";
    case ErrorCode::kInternal: return "internal";
  }
  return "internal";
}

std::string error_json(const Error& error) {
  const nlohmann::json body = {{"error", {{"code", error_code_slug(error.code)}, {"message", error.message}}}};
  return body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace lectern::server
