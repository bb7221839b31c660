-- wrk script for bench/load.sh: the liveness probe, the HTTP floor of the same server and connections.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("wrk_requests=%d\nwrk_seconds=%.3f\nerrors=%d\np50_ms=%.2f\np99_ms=%.2f\n",
    summary.requests, summary.duration / 1e6, e.connect + e.read + e.write + e.timeout + e.status,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
