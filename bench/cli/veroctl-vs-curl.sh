#!/usr/bin/env bash
# How much does veroctl cost per request compared with curl sending the same request, measured in the same run
# against the same local vero-sandbox? Prints wall time per request and peak memory, and the ratios.
#   bash bench/cli/veroctl-vs-curl.sh [BUILD_DIR] [REQUESTS]
set -euo pipefail
build=${1:-build}
requests=${2:-200}
veroctl="$build/src/cli/veroctl"
sandbox="$build/src/sandbox/vero-sandbox"
for binary in "$veroctl" "$sandbox"; do
    [ -x "$binary" ] || { echo "missing $binary: build first" >&2; exit 2; }
done
command -v curl >/dev/null || { echo "curl is needed as the reference" >&2; exit 2; }

work=$(mktemp -d)
trap 'kill "$sandbox_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
"$sandbox" --port 0 --token bench-token >"$work/out" 2>/dev/null &
sandbox_pid=$!
for _ in $(seq 50); do
    grep -q '^listening on ' "$work/out" 2>/dev/null && break
    sleep 0.1
done
root=$(sed -n 's/^listening on //p' "$work/out")
[ -n "$root" ] || { echo "vero-sandbox did not start" >&2; exit 1; }
base="$root/api/v2"
export VERO_AUTH_TOKEN=bench-token XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"

now_ns() { date +%s%N; }

run_veroctl() {
    "$veroctl" --base-url "$base" identify --id "user-$1" --email "user-$1@example.com" \
        --data '{"plan":"pro"}' >/dev/null
}
run_curl() {
    curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' -H 'Accept: application/json' \
        --data "{\"auth_token\":\"$VERO_AUTH_TOKEN\",\"id\":\"user-$1\",\"email\":\"user-$1@example.com\",\"data\":{\"plan\":\"pro\"}}" \
        "$base/users/track"
}
time_loop() {
    local start end
    start=$(now_ns)
    for i in $(seq "$requests"); do "$1" "$i"; done
    end=$(now_ns)
    echo $(((end - start) / requests / 1000)) # microseconds per request
}
peak_kib() {
    /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n 1
}

run_curl 0 && run_veroctl 0 # warm caches
curl_us=$(time_loop run_curl)
veroctl_us=$(time_loop run_veroctl)
echo "requests per tool:        $requests (sequential, one process per request)"
echo "curl:    per request      $((curl_us / 1000)).$(printf %03d $((curl_us % 1000))) ms"
echo "veroctl: per request      $((veroctl_us / 1000)).$(printf %03d $((veroctl_us % 1000))) ms"
awk -v a="$veroctl_us" -v b="$curl_us" 'BEGIN { printf "ratio veroctl/curl time:  %.2f\n", a / b }'
if [ -x /usr/bin/time ]; then
    curl_kib=$(peak_kib curl -sf -o /dev/null "$base/heartbeat")
    veroctl_kib=$(peak_kib "$veroctl" --base-url "$base" heartbeat)
    echo "peak RSS curl / veroctl:  ${curl_kib} KiB / ${veroctl_kib} KiB"
    awk -v a="$veroctl_kib" -v b="$curl_kib" 'BEGIN { printf "ratio veroctl/curl RSS:   %.2f\n", a / b }'
fi
