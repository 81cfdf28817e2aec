-- Appended to every scenario: one JSON line with the figures the bench needs.
-- Threads are kept so done() can read each thread's own counters (`completed`, logins).
local threads = {}

function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

function done(summary, latency, requests)
  local completed = 0
  for _, thread in ipairs(threads) do
    completed = completed + (tonumber(thread:get("completed")) or 0)
  end
  local errors = summary.errors
  io.write(string.format(
    'BENCH {"requests":%d,"duration_us":%d,"status_errors":%d,"socket_errors":%d,' ..
      '"p50_us":%d,"p99_us":%d,"mean_us":%.1f,"completed":%d}\n',
    summary.requests, summary.duration, errors.status,
    errors.connect + errors.read + errors.write + errors.timeout,
    latency:percentile(50), latency:percentile(99), latency.mean, completed))
end
