// lectern serve [--db DIR]... [--host 127.0.0.1] [--port 8080] [--threads N] [--searchers N]
//               [--cors-origin ORIGIN]... [--base-path /search]
// Serves the HTTP JSON API (docs/http-api.md) until SIGINT or SIGTERM.
#include <atomic>
#include <optional>
#include <iostream>
#include <memory>
#include <thread>

#include <spdlog/spdlog.h>

#include "commands/command_options.h"
#include "commands/commands.h"
#include "commands/settings.h"
#include "commands/stop_signals.h"
#include "lectern/server/server.h"

namespace lectern::app {
namespace {

// The server's options with the config file's [serve] settings as their defaults.
server::ServerOptions configured_server_options() {
  const Settings& settings = current_settings();
  server::ServerOptions options;
  options.host = settings.host.value;
  options.port = settings.port.value;
  options.threads = static_cast<unsigned>(settings.threads.value);
  options.searchers = static_cast<unsigned>(settings.searchers.value);
  options.cors_origins = settings.cors_origins.value;
  options.base_path = settings.base_path.value;
  return options;
}

struct ServeCommandOptions {
  std::vector<std::string> databases = {default_database()};
  server::ServerOptions server = configured_server_options();
};

int run_serve(ServeCommandOptions& command) {
  command.server.databases.assign(command.databases.begin(), command.databases.end());
  // A signal may come while the server starts: remembered, and the server then not run.
  std::atomic<bool> stopping{false};
  std::optional<server::Server> http;  // declared first: it outlives the thread that stops it
  std::atomic<server::Server*> running{nullptr};
  // Declared before the server starts its threads, so that they inherit the blocked signals.
  StopSignals stop_signals([&stopping, &running](int signal) {
    spdlog::info("signal {}: stopping", signal);
    stopping = true;
    if (server::Server* server = running.load()) server->stop();
  });
  auto started = server::Server::start(command.server);
  if (!started) return report_error(started.error());
  http.emplace(std::move(*started));
  running = &*http;
  if (stopping) return kExitOk;
  std::cerr << "lectern: serving " << command.databases.front() << (command.databases.size() > 1 ? " and more" : "")
            << " on http://" << command.server.host << ":" << http->port() << command.server.base_path
            << "/api/search?q=... (Ctrl-C stops)\n";
  Status served = http->serve();
  if (!served) return report_error(served.error());
  return kExitOk;
}

}  // namespace

void add_serve_command(CLI::App& app, int* exit_status) {
  auto options = std::make_shared<ServeCommandOptions>();
  CLI::App* command = app.add_subcommand("serve", "Serve the HTTP JSON API for a site (docs/http-api.md)");
  add_databases_option(*command, options->databases, "serve");
  command->add_option("--host", options->server.host, "Address to listen on (loopback by default: only this machine)")
      ->capture_default_str();
  command->add_option("--port", options->server.port, "Port to listen on; 0 picks a free one")->capture_default_str();
  command->add_option("--threads", options->server.threads,
                      "Connection threads: a kept-alive connection holds one (default: 8 per core, at least 16)");
  command->add_option("--searchers", options->server.searchers,
                      "Searches run at once; more wait their turn (default: two per core)");
  command->add_option("--cors-origin", options->server.cors_origins,
                      "An origin allowed to call the API from a browser (https://example.org, or *); repeatable")
      ->allow_extra_args(false);
  command->add_option("--base-path", options->server.base_path, "A prefix for every route, e.g. /search");
  command->add_flag("--no-access-log{false}", options->server.access_log,
                    "Do not log one line per request to standard error");
  command->add_option("--query-time-limit", options->server.query_time_limit_ms,
                      "Milliseconds of matching per search, then the best found so far (0: no limit)")
      ->capture_default_str();
  command->add_option("--cache-entries", options->server.cache_entries,
                      "Answers to repeated searches kept for the current index revision (0: none)")
      ->capture_default_str();
  command->callback([options, exit_status] { *exit_status = run_serve(*options); });
}

}  // namespace lectern::app
