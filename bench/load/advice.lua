-- wrk script for bench/load.sh: POST /api/v1/holistic/advice rotating through many users' tokens.
-- Usage: wrk ... -s advice.lua URL -- USERS_FILE
-- USERS_FILE has `user_id token locale` lines (bench/load/prepare.py). One request in 20 goes to a small set of
-- repeat users (kept under the per-user burst limit); the rest walk the whole list, each thread from its own offset.
-- Prints key=value lines: the status counts (anything but 200 is an error) and latency percentiles.

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local categories = { "mind", "body", "soul" }
local messages = {
  en = { "", "how can I feel better this week", "I sleep badly and wake up tired",
         "what should I eat before a run", "I feel anxious at work lately", "ideas to relax in the evening",
         "my back hurts after sitting all day", "how do I build a meditation habit" },
  es = { "", "como puedo sentirme mejor esta semana", "duermo mal y me despierto cansada",
         "que deberia comer antes de correr", "me siento ansioso en el trabajo", "ideas para relajarme por la noche",
         "me duele la espalda despues de estar sentado", "como empiezo a meditar cada dia" },
}

local users = {}
local n = 0
status_200, status_202, status_other = 0, 0, 0

function init(args)
  for line in io.lines(args[1]) do
    local user, token, locale = line:match("^(%S+) (%S+) (%S+)$")
    table.insert(users, { id = user, auth = "Bearer " .. token, locale = locale })
  end
  n = id * 7919
end

function request()
  n = n + 1
  local user
  if n % 20 == 0 then
    user = users[(n / 20) % math.min(100, #users) + 1]
  else
    user = users[n % #users + 1]
  end
  local category = categories[n % 3 + 1]
  local texts = messages[user.locale]
  local message = texts[(n * 31) % #texts + 1]
  local metadata = string.format('{"locale":"%s"', user.locale)
  if message ~= "" then metadata = metadata .. string.format(',"message":"%s"', message) end
  local body = string.format('{"user_id":"%s","category":"%s","metadata":%s}}', user.id, category, metadata)
  return wrk.format("POST", "/api/v1/holistic/advice",
    { ["Authorization"] = user.auth, ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  if status == 200 then status_200 = status_200 + 1
  elseif status == 202 then status_202 = status_202 + 1
  else status_other = status_other + 1 end
end

function done(summary, latency, requests)
  local ok, accepted, other = 0, 0, 0
  for _, thread in ipairs(threads) do
    ok = ok + thread:get("status_200")
    accepted = accepted + thread:get("status_202")
    other = other + thread:get("status_other")
  end
  local e = summary.errors
  io.write(string.format("wrk_requests=%d\nwrk_seconds=%.3f\nstatus_200=%d\nstatus_202=%d\nstatus_other=%d\n",
    summary.requests, summary.duration / 1e6, ok, accepted, other))
  io.write(string.format("socket_errors=%d\n", e.connect + e.read + e.write + e.timeout))
  io.write(string.format("p50_ms=%.1f\np95_ms=%.1f\np99_ms=%.1f\nmax_ms=%.1f\n", latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
