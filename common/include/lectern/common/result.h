// Errors as values. Every function that crosses a module boundary and can fail for reasons a
// user causes (a bad file, a bad query, a missing database) returns Result<T> or Status rather
// than throwing. Exceptions from libraries (Xapian::Error, YAML, JSON) are caught at the
// boundary and turned into an Error whose message says what went wrong, where, and what to do.
#pragma once

#include <cassert>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace lectern {

// Domain categories, never transport codes: the CLI and the HTTP server each map these to
// exit statuses or HTTP statuses in exactly one place.
enum class ErrorCode {
  kInvalidArgument,  // the caller's input is malformed (bad query, bad option value)
  kNotFound,         // a file, database or document does not exist
  kCorruption,       // stored data cannot be read back (damaged database, bad document data)
  kIOError,          // the operating system refused a read or write
  kUnsupported,      // the input is understood but cannot be handled (binary file, empty file)
  kInternal,         // a bug or an unexpected library failure
};

// The lower-case name of a code, e.g. "invalid argument".
std::string_view error_code_name(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;

  static Error invalid_argument(std::string message) { return {ErrorCode::kInvalidArgument, std::move(message)}; }
  static Error not_found(std::string message) { return {ErrorCode::kNotFound, std::move(message)}; }
  static Error corruption(std::string message) { return {ErrorCode::kCorruption, std::move(message)}; }
  static Error io_error(std::string message) { return {ErrorCode::kIOError, std::move(message)}; }
  static Error unsupported(std::string message) { return {ErrorCode::kUnsupported, std::move(message)}; }
  static Error internal(std::string message) { return {ErrorCode::kInternal, std::move(message)}; }
};

// Holds either a T or an Error. Access the value only after checking ok().
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}  // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }

  T& value() & { assert(ok()); return std::get<T>(state_); }
  const T& value() const& { assert(ok()); return std::get<T>(state_); }
  T&& value() && { assert(ok()); return std::get<T>(std::move(state_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Error& error() const { assert(!ok()); return std::get<Error>(state_); }

 private:
  std::variant<T, Error> state_;
};

// The result of an operation that produces nothing but can fail.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(Error error) : error_(std::move(error)), ok_(false) {}  // NOLINT: implicit by design
  static Status success() { return {}; }

  bool ok() const { return ok_; }
  explicit operator bool() const { return ok_; }
  const Error& error() const { assert(!ok_); return error_; }

 private:
  Error error_;
  bool ok_ = true;
};

}  // namespace lectern
