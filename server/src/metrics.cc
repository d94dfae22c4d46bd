#include "metrics.h"

#include <sstream>

namespace lectern::server {

void Metrics::record(const std::string& route, int status, std::chrono::microseconds latency) {
  const double ms = static_cast<double>(latency.count()) / 1000.0;
  std::lock_guard lock(mutex_);
  ++requests_[{route, status}];
  for (std::size_t i = 0; i < kBucketsMs.size(); ++i) {
    if (ms <= kBucketsMs[i]) ++buckets_[i];
  }
  ++count_;
  sum_seconds_ += ms / 1000.0;
}

std::string Metrics::render(const std::map<std::string, double>& gauges) const {
  std::ostringstream out;
  std::lock_guard lock(mutex_);
  out << "# HELP lectern_http_requests_total Requests answered, by route and status.\n"
      << "# TYPE lectern_http_requests_total counter\n";
  for (const auto& [key, count] : requests_) {
    out << "lectern_http_requests_total{route=\"" << key.first << "\",status=\"" << key.second << "\"} " << count << '\n';
  }
  out << "# HELP lectern_http_request_duration_seconds Time to answer a request.\n"
      << "# TYPE lectern_http_request_duration_seconds histogram\n";
  for (std::size_t i = 0; i < kBucketsMs.size(); ++i) {
    out << "lectern_http_request_duration_seconds_bucket{le=\"" << kBucketsMs[i] / 1000.0 << "\"} " << buckets_[i] << '\n';
  }
  out << "lectern_http_request_duration_seconds_bucket{le=\"+Inf\"} " << count_ << '\n'
      << "lectern_http_request_duration_seconds_sum " << sum_seconds_ << '\n'
      << "lectern_http_request_duration_seconds_count " << count_ << '\n';
  for (const auto& [name, value] : gauges) {
    // Names ending in _total only ever grow: counters, in Prometheus' terms.
    out << "# TYPE " << name << (name.ends_with("_total") ? " counter\n" : " gauge\n") << name << ' '
        << static_cast<std::uint64_t>(value) << '\n';
  }
  return out.str();
}

}  // namespace lectern::server
