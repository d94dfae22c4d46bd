// The one place where Lectern's error categories become HTTP statuses, and the JSON body every
// error response carries: {"error": {"code": "invalid_argument", "message": "..."}}.
#pragma once

#include <string>

#include "lectern/common/result.h"

namespace lectern::server {

// kInvalidArgument -> 400, kNotFound -> 404, kUnsupported -> 422, kIOError -> 503 (the index is
// busy or gone: try again), kCorruption and kInternal -> 500.
int http_status(ErrorCode code);

// The machine-readable name of a code: "invalid_argument", "not_found", ...
std::string error_code_slug(ErrorCode code);

// {"error": {"code", "message"}} for `error`.
std::string error_json(const Error& error);

}  // namespace lectern::server
