// Lectern's HTTP JSON API: search, suggestions, stored reviews, similar reviews, collection
// statistics, health and metrics, for embedding review search in a site. The routes and their
// JSON are documented in docs/http-api.md; search results use the same serializer as
// `lectern search --json` (docs/search-json.md).
//
// Safe by default: it listens on loopback unless told otherwise, is read-only, caps every
// request (query length, limit, offset, fragments, time), answers every bad request with a JSON
// error and a 4xx status, and sends CORS headers only to the origins it is given.
//
// Thread model: one Server per process; its connections are served by `threads` worker
// threads, and a request that searches lends a Searcher of its own from a pool of `searchers`
// (Xapian handles are not thread-safe), waiting for one when all are lent. A kept-alive
// connection holds its thread between requests, so threads are many and cheap; searching is
// bound by the cores, so searchers are two per core (one per core left cores idle while a
// search waited on a read or was descheduled; more only take turns, each with caches of its own). Every request first reopens its Searcher, so an index
// being re-indexed live is picked up without a restart. stop() may be called from any thread
// (a signal handler's thread).
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "lectern/common/result.h"

namespace lectern::server {

inline constexpr unsigned kDefaultThreadsPerCore = 8;
inline constexpr unsigned kDefaultSearchersPerCore = 2;

struct ServerOptions {
  std::vector<std::filesystem::path> databases;  // one index, or several shards searched as one
  std::string host = "127.0.0.1";                // loopback: only this machine can connect
  int port = 8080;                               // 0 picks a free port (see Server::port())
  unsigned threads = 0;    // connection threads; 0 means kDefaultThreadsPerCore per core (at least 16)
  unsigned searchers = 0;  // searches run at once; 0 means kDefaultSearchersPerCore per core
  std::vector<std::string> cors_origins;         // origins allowed to call the API from a browser
  std::string base_path;                         // a prefix for every route, e.g. "/search"; "" for none
  // Caps on what one request may ask.
  std::size_t max_query_bytes = 2048;
  std::size_t max_limit = 100;
  std::size_t max_offset = 10000;
  std::size_t max_fragments = 5;
  unsigned time_limit_ms = 2000;        // reads and writes on a connection
  unsigned query_time_limit_ms = 500;   // matching per search: then the best found so far
  bool access_log = true;         // one line per request through spdlog
  // Answers to repeated searches and stats requests kept per index revision (0: none).
  std::size_t cache_entries = 1024;
  std::size_t cache_bytes = 64u << 20;
};

class Server {
 public:
  // Opens the databases and binds the port. Errors: those of opening the index (kNotFound,
  // kCorruption: the message says what to run), kInvalidArgument for bad options, kIOError when
  // the address cannot be bound (in use, or not this machine's).
  static Result<Server> start(const ServerOptions& options);

  Server(Server&&) noexcept;
  Server& operator=(Server&&) noexcept;
  ~Server();

  // The port it listens on (the one chosen when options.port was 0).
  int port() const;

  // Serves requests until stop() is called. Errors: kIOError when listening fails.
  Status serve();

  // Makes serve() return after the requests in flight finish. Safe from any thread.
  void stop();

 private:
  struct Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace lectern::server
