// Request counters and latencies for GET /metrics, in Prometheus' text format: requests by
// route and status, a latency histogram, and gauges the caller supplies (documents, index
// revision, reopens). Safe for concurrent use.
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace lectern::server {

class Metrics {
 public:
  void record(const std::string& route, int status, std::chrono::microseconds latency);

  // The exposition text, with `gauges` (name, value) appended.
  std::string render(const std::map<std::string, double>& gauges) const;

 private:
  static constexpr std::array<double, 9> kBucketsMs = {1, 2, 5, 10, 25, 50, 100, 250, 1000};
  mutable std::mutex mutex_;
  std::map<std::pair<std::string, int>, std::uint64_t> requests_;
  std::array<std::uint64_t, kBucketsMs.size()> buckets_{};
  std::uint64_t count_ = 0;
  double sum_seconds_ = 0;
};

}  // namespace lectern::server
