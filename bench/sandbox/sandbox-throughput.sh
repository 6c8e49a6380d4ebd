#!/usr/bin/env bash
# How many requests per second does vero-sandbox handle for real Track API calls, compared with its own
# heartbeat (same server, same run: the HTTP plumbing alone, no body, no state)? Measured with wrk (Debian
# package "wrk"). Prints requests/s for each case and the ratio to the heartbeat reference.
#   bash bench/sandbox/sandbox-throughput.sh [BUILD_DIR] [SECONDS] [CONNECTIONS]
set -euo pipefail
build=${1:-build}
seconds=${2:-5}
connections=${3:-8}
sandbox="$build/src/sandbox/vero-sandbox"
[ -x "$sandbox" ] || { echo "missing $sandbox: build first" >&2; exit 2; }
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 2; }

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

# Starts a sandbox with extra options; prints its root URL.
start_sandbox() {
    local name=$1
    shift
    "$sandbox" --port 0 --token bench-token --quiet "$@" >"$work/$name.out" 2>"$work/$name.err" &
    pids+=($!)
    for _ in $(seq 100); do
        grep -q '^listening on ' "$work/$name.out" 2>/dev/null && break
        sleep 0.1
    done
    sed -n 's/^listening on //p' "$work/$name.out"
}

cat >"$work/identify.lua" <<'LUA'
local n = 0
request = function()
  n = n + 1
  local body = string.format('{"auth_token":"bench-token","id":"user-%d","email":"user-%d@example.com","data":{"plan":"pro","n":%d}}', n, n, n)
  return wrk.format("POST", "/api/v2/users/track", {["Content-Type"] = "application/json"}, body)
end
LUA
cat >"$work/event.lua" <<'LUA'
local n = 0
request = function()
  n = n + 1
  local body = string.format('{"auth_token":"bench-token","identity":{"id":"user-%d"},"event_name":"Viewed Product","data":{"n":%d}}', n % 100, n)
  return wrk.format("POST", "/api/v2/events/track", {["Content-Type"] = "application/json"}, body)
end
LUA
cat >"$work/duplicate.lua" <<'LUA'
request = function()
  return wrk.format("POST", "/api/v2/events/track", {["Content-Type"] = "application/json"},
    '{"auth_token":"bench-token","identity":{"id":"user-1"},"event_name":"Viewed Product","data":{"same":true}}')
end
LUA
cat >"$work/form.lua" <<'LUA'
local n = 0
request = function()
  n = n + 1
  return wrk.format("PUT", "/api/v2/users/tags/edit", {["Content-Type"] = "application/x-www-form-urlencoded"},
    string.format('auth_token=bench-token&id=user-%d&add=%%5B%%22prospect%%22%%5D&remove=%%5B%%5D', n % 100))
end
LUA

# Runs wrk; prints requests/s. Any non-2xx answer means the benchmark measured errors, so it stops.
measure() {
    local url=$1 script=${2:-}
    local output
    if [ -n "$script" ]; then
        output=$(wrk -t2 -c"$connections" -d"${seconds}s" -s "$script" "$url")
    else
        output=$(wrk -t2 -c"$connections" -d"${seconds}s" "$url")
    fi
    if grep -q 'Non-2xx' <<<"$output"; then
        echo "non-2xx answers while measuring $url $script:" >&2
        echo "$output" >&2
        exit 1
    fi
    awk '/^Requests\/sec:/ { print $2 }' <<<"$output"
}

plain=$(start_sandbox plain)
stateful=$(start_sandbox stateful --state "$work/state.json")
[ -n "$plain" ] && [ -n "$stateful" ] || { echo "vero-sandbox did not start" >&2; exit 1; }

reference=$(measure "$plain/api/v2/heartbeat")
identify=$(measure "$plain" "$work/identify.lua")
event=$(measure "$plain" "$work/event.lua")
duplicate=$(measure "$plain" "$work/duplicate.lua")
form=$(measure "$plain" "$work/form.lua")
persisted=$(measure "$stateful" "$work/identify.lua")
users=$(curl -sf -H "Authorization: Bearer bench-token" "$plain/sandbox/" | sed -n 's/.*"users":\([0-9]*\).*/\1/p')
events=$(curl -sf -H "Authorization: Bearer bench-token" "$plain/sandbox/" | sed -n 's/.*"events":\([0-9]*\).*/\1/p')

echo "wrk: 2 threads, $connections connections, ${seconds}s per case; state at the end: $users users, $events events"
printf '%-44s %10s %8s\n' "case" "req/s" "ratio"
row() { awk -v name="$1" -v value="$2" -v ref="$reference" 'BEGIN { printf "%-44s %10.0f %8.2f\n", name, value, value / ref }'; }
row "heartbeat (reference: HTTP plumbing only)" "$reference"
row "identify, JSON, new user each time" "$identify"
row "event, JSON, stored" "$event"
row "event, JSON, dropped as duplicate" "$duplicate"
row "tags edit, form-encoded" "$form"
row "identify with --state (saved every 250 ms)" "$persisted"
