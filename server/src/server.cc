#include "lectern/server/server.h"

#include <httplib.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

#include <nlohmann/json.hpp>

#include "http_errors.h"
#include "lectern/searcher/results_json.h"
#include "metrics.h"
#include "request_params.h"
#include "response_cache.h"
#include "searcher_pool.h"
#include "web_assets.h"

namespace lectern::server {
namespace {

constexpr const char* kJson = "application/json; charset=utf-8";

Params params_of(const httplib::Request& request) {
  return Params{[&request](const std::string& name) -> std::optional<std::string> {
                  if (!request.has_param(name)) return std::nullopt;
                  return request.get_param_value(name);
                },
                [&request](const std::string& name) {
                  std::vector<std::string> values;
                  const std::size_t count = request.get_param_value_count(name);
                  for (std::size_t i = 0; i < count; ++i) values.push_back(request.get_param_value(name, i));
                  return values;
                }};
}

void send_error(httplib::Response& response, const Error& error) {
  response.status = http_status(error.code);
  response.set_content(error_json(error), kJson);
}

}  // namespace

struct Server::Impl {
  ServerOptions options;
  SearcherPool pool;
  ResponseCache cache;
  Metrics metrics;
  httplib::Server http;
  int port = 0;

  explicit Impl(ServerOptions given)
      : options(std::move(given)),
        pool(searcher::SearcherOptions{options.databases},
             options.searchers ? options.searchers
                               : kDefaultSearchersPerCore * std::max(1u, std::thread::hardware_concurrency())),
        cache(options.cache_entries, options.cache_bytes) {}

  // The cache key of a request on the index in state `snapshot` (Searcher::snapshot): the route
  // and every parameter, in the order httplib keeps them (sorted by name, repeats in the order
  // given).
  static std::string cache_key(std::string_view route, const std::string& snapshot, const httplib::Request& request) {
    std::string key(route);
    key += '|' + snapshot;
    for (const auto& [name, value] : request.params) {
      key += '|';
      key += name;
      key += '=';
      key += value;
    }
    return key;
  }

  // Runs `handle` with a lent Searcher, turning every failure into a JSON error.
  template <typename Handle>
  void with_searcher(httplib::Response& response, Handle&& handle) {
    auto lease = pool.lend();
    if (!lease) return send_error(response, lease.error());
    handle(**lease);
  }

  // Answers `request` from the cache when the index is in the state the answer was made in;
  // else with `compute`'s JSON body, kept for next time. Errors are never kept, and nothing is
  // kept for an index whose state cannot be told (remote shards).
  template <typename Compute>
  void answer_cached(std::string_view route, searcher::Searcher& searcher, const httplib::Request& request,
                     httplib::Response& response, Compute&& compute) {
    const std::string snapshot = searcher.snapshot();
    const std::string key = snapshot.empty() ? std::string() : cache_key(route, snapshot, request);
    if (!key.empty()) {
      if (std::optional<std::string> cached = cache.get(key)) return response.set_content(std::move(*cached), kJson);
    }
    Result<std::string> body = compute();
    if (!body) return send_error(response, body.error());
    if (!key.empty()) cache.put(key, *body);
    response.set_content(std::move(*body), kJson);
  }

  // ---- routes (docs/http-api.md) ----

  void get_search(const httplib::Request& request, httplib::Response& response) {
    auto search = search_request(params_of(request), options);
    if (!search) return send_error(response, search.error());
    with_searcher(response, [&](searcher::Searcher& searcher) {
      answer_cached("search", searcher, request, response, [&]() -> Result<std::string> {
        auto results = searcher.search(*search);
        if (!results) return results.error();
        return searcher::results_to_json(*results);
      });
    });
  }

  void get_suggest(const httplib::Request& request, httplib::Response& response) {
    const std::string typed = request.has_param("q") ? request.get_param_value("q") : "";
    if (typed.size() > options.max_query_bytes) {
      return send_error(response, Error::invalid_argument("`q` is too long for suggestions"));
    }
    std::size_t limit = 8;
    if (request.has_param("limit")) {
      auto parsed = parse_count("limit", request.get_param_value("limit"), 50);
      if (!parsed) return send_error(response, parsed.error());
      limit = *parsed;
    }
    // Cached like searches: typing sends the same few short prefixes over and over.
    with_searcher(response, [&](searcher::Searcher& searcher) {
      answer_cached("suggest", searcher, request, response, [&]() -> Result<std::string> {
        auto suggestions = searcher.suggest(typed, limit);
        if (!suggestions) return suggestions.error();
        return searcher::suggestions_to_json(typed, *suggestions);
      });
    });
  }

  void get_doc(const httplib::Request& request, httplib::Response& response) {
    const std::string id = request.matches[1];
    with_searcher(response, [&](searcher::Searcher& searcher) {
      auto review = searcher.review(id);
      if (!review) return send_error(response, review.error());
      response.set_content(searcher::review_to_json(*review), kJson);
    });
  }

  void get_similar(const httplib::Request& request, httplib::Response& response) {
    searcher::SimilarRequest similar;
    similar.review = request.matches[1];
    for (const auto& [name, target, max] : {std::tuple{"limit", &similar.limit, options.max_limit},
                                            std::tuple{"offset", &similar.offset, options.max_offset}}) {
      if (!request.has_param(name)) continue;
      auto parsed = parse_count(name, request.get_param_value(name), max);
      if (!parsed) return send_error(response, parsed.error());
      *target = *parsed;
    }
    with_searcher(response, [&](searcher::Searcher& searcher) {
      auto results = searcher.similar(similar);
      if (!results) return send_error(response, results.error());
      response.set_content(searcher::results_to_json(*results), kJson);
    });
  }

  void get_stats(const httplib::Request& request, httplib::Response& response) {
    with_searcher(response, [&](searcher::Searcher& searcher) {
      answer_cached("stats", searcher, request, response, [&]() -> Result<std::string> {
        auto stats = searcher.collection_stats();
        if (!stats) return stats.error();
        return searcher::stats_to_json(*stats);
      });
    });
  }

  void get_healthz(const httplib::Request&, httplib::Response& response) {
    with_searcher(response, [&](searcher::Searcher& searcher) {
      const nlohmann::json body = {{"status", "ok"}, {"documents", searcher.document_count()}, {"revision", searcher.revision()}};
      response.set_content(body.dump(), kJson);
    });
  }

  void get_metrics(const httplib::Request&, httplib::Response& response) {
    std::map<std::string, double> gauges{{"lectern_index_reopens_total", static_cast<double>(pool.reopen_count())},
                                         {"lectern_cache_hits_total", static_cast<double>(cache.hits())},
                                         {"lectern_cache_misses_total", static_cast<double>(cache.misses())}};
    if (auto lease = pool.lend()) {
      gauges["lectern_index_documents"] = static_cast<double>((*lease)->document_count());
      gauges["lectern_index_revision"] = static_cast<double>((*lease)->revision());
    }
    response.set_content(metrics.render(gauges), "text/plain; version=0.0.4");
  }

  // The page and the widget's files. Cached by browsers for a short while only, so that an
  // upgraded server's page is picked up soon.
  void get_asset(const httplib::Request& request, httplib::Response& response) {
    const std::string name = request.matches.size() > 1 && !std::string(request.matches[1]).empty()
                                 ? std::string(request.matches[1])
                                 : std::string("index.html");
    std::optional<WebAsset> asset = web_asset(name, options.base_path);
    if (!asset) return send_error(response, Error::not_found("no file `" + name + "` here"));
    response.set_header("Cache-Control", "public, max-age=300");
    response.set_header("X-Content-Type-Options", "nosniff");
    response.set_content(std::move(asset->body), asset->content_type);
  }

  // ---- plumbing ----

  // Every route through one door: timing, the access log and CORS.
  httplib::Server::Handler route(const std::string& name,
                                 void (Impl::*handler)(const httplib::Request&, httplib::Response&)) {
    return [this, name, handler](const httplib::Request& request, httplib::Response& response) {
      const auto started = std::chrono::steady_clock::now();
      allow_origin(request, response);
      (this->*handler)(request, response);
      const auto took = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);
      // httplib fills in 200 after the handler when it set no status.
      metrics.record(name, response.status == -1 ? 200 : response.status, took);
    };
  }

  void allow_origin(const httplib::Request& request, httplib::Response& response) const {
    if (!request.has_header("Origin")) return;
    const std::string origin = request.get_header_value("Origin");
    const bool allowed = std::any_of(options.cors_origins.begin(), options.cors_origins.end(),
                                     [&](const std::string& known) { return known == "*" || known == origin; });
    if (!allowed) return;
    response.set_header("Access-Control-Allow-Origin", origin);
    response.set_header("Vary", "Origin");
  }

  void install_routes() {
    const std::string base = options.base_path;
    http.Get(base + "/api/search", route("search", &Impl::get_search));
    http.Get(base + "/api/suggest", route("suggest", &Impl::get_suggest));
    http.Get(base + R"(/api/doc/(.+))", route("doc", &Impl::get_doc));
    http.Get(base + R"(/api/similar/(.+))", route("similar", &Impl::get_similar));
    http.Get(base + "/api/stats", route("stats", &Impl::get_stats));
    http.Get(base + "/healthz", route("healthz", &Impl::get_healthz));
    http.Get(base + "/metrics", route("metrics", &Impl::get_metrics));
    http.Get(base + R"(/(index\.html|lectern\.js|widget\.js|lectern\.css)?)", route("page", &Impl::get_asset));
    if (!base.empty()) http.Get(base, route("page", &Impl::get_asset));
    http.Get(base + R"(/api/(openapi\.json))", route("openapi", &Impl::get_asset));
    // A browser asks before a cross-origin call with custom headers.
    http.Options(R"(.*)", [this](const httplib::Request& request, httplib::Response& response) {
      allow_origin(request, response);
      response.set_header("Access-Control-Allow-Methods", "GET, OPTIONS");
      response.set_header("Access-Control-Allow-Headers", "Content-Type");
      response.status = 204;
    });
    // Anything else (unknown routes, other methods) still answers in JSON.
    http.set_error_handler([](const httplib::Request& request, httplib::Response& response) {
      if (!response.body.empty()) return;
      const Error error = response.status == 404
                              ? Error::not_found("no route `" + request.path + "`: see docs/http-api.md for the routes")
                              : Error::invalid_argument("the request cannot be served (HTTP " + std::to_string(response.status) + ")");
      response.set_content(error_json(error), kJson);
    });
    http.set_exception_handler([](const httplib::Request&, httplib::Response& response, std::exception_ptr) {
      send_error(response, Error::internal("the request failed unexpectedly; the server log has the details"));
    });
    if (options.access_log) {
      http.set_logger([](const httplib::Request& request, const httplib::Response& response) {
        spdlog::info("{} {} {} {}", request.remote_addr, request.method, request.target.empty() ? request.path : request.target,
                     response.status);
      });
    }
  }
};

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::Server(Server&&) noexcept = default;
Server& Server::operator=(Server&&) noexcept = default;
Server::~Server() {
  if (impl_) impl_->http.stop();
}

Result<Server> Server::start(const ServerOptions& options) {
  if (options.databases.empty()) return Error::invalid_argument("no index to serve: name it with `--db`");
  if (!options.base_path.empty() && (options.base_path.front() != '/' || options.base_path.back() == '/')) {
    return Error::invalid_argument("`--base-path` must start with '/' and not end with one (got `" + options.base_path + "`)");
  }
  auto impl = std::make_unique<Impl>(options);
  // Open the index now, so that a wrong --db fails at start, not at the first request.
  {
    auto lease = impl->pool.lend();
    if (!lease) return lease.error();
  }
  const unsigned threads =
      options.threads ? options.threads : std::max(16u, kDefaultThreadsPerCore * std::thread::hardware_concurrency());
  impl->http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  impl->http.set_read_timeout(std::chrono::milliseconds(options.time_limit_ms));
  impl->http.set_write_timeout(std::chrono::milliseconds(options.time_limit_ms));
  impl->http.set_payload_max_length(64 * 1024);
  // Headers and body go out as separate writes; with Nagle's algorithm the body then waits for
  // the client's delayed ACK, 40 ms per request on a kept-alive connection.
  impl->http.set_tcp_nodelay(true);
  impl->install_routes();
  if (options.port == 0) {
    impl->port = impl->http.bind_to_any_port(options.host);
  } else if (impl->http.bind_to_port(options.host, options.port)) {
    impl->port = options.port;
  } else {
    impl->port = -1;
  }
  if (impl->port <= 0) {
    return Error::io_error("cannot listen on " + options.host + ":" + std::to_string(options.port) +
                           " (in use, or not an address of this machine); choose another with --host/--port");
  }
  return Server(std::move(impl));
}

int Server::port() const { return impl_ ? impl_->port : -1; }

Status Server::serve() {
  if (!impl_) return Error::internal("serve on a moved-from Server");
  if (!impl_->http.listen_after_bind()) {
    return Error::io_error("the server stopped listening on " + impl_->options.host + ":" + std::to_string(impl_->port));
  }
  return Status::success();
}

void Server::stop() {
  if (impl_) impl_->http.stop();
}

}  // namespace lectern::server
