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

peak_kib() {
    /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n 1
}

# Interleaved, one curl then one veroctl (then the other way round), each timed from spawn to exit without a
# shell in between, and the medians compared: on a busy machine a burst of load then hits both alike, and the
# median ignores the runs it spoiled.
python3 - "$requests" "$veroctl" "$base" "$VERO_AUTH_TOKEN" <<'PY'
import statistics, subprocess, sys, time
requests, veroctl, base, token = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
def veroctl_cmd(i):
    return [veroctl, "--base-url", base, "identify", "--id", f"user-{i}", "--email", f"user-{i}@example.com",
            "--data", '{"plan":"pro"}']
def curl_cmd(i):
    body = f'{{"auth_token":"{token}","id":"user-{i}","email":"user-{i}@example.com","data":{{"plan":"pro"}}}}'
    return ["curl", "-sf", "-o", "/dev/null", "-X", "POST", "-H", "Content-Type: application/json",
            "-H", "Accept: application/json", "--data", body, f"{base}/users/track"]
def timed(cmd):
    start = time.perf_counter_ns()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
    return (time.perf_counter_ns() - start) / 1e6
timed(curl_cmd(0)); timed(veroctl_cmd(0))  # warm caches
times = {"curl": [], "veroctl": []}
for i in range(1, requests + 1):
    order = [("curl", curl_cmd), ("veroctl", veroctl_cmd)]
    for name, cmd in (order if i % 2 else order[::-1]):
        times[name].append(timed(cmd(i)))
curl, vero = statistics.median(times["curl"]), statistics.median(times["veroctl"])
print(f"requests per tool:        {requests} (one process per request, interleaved with the other tool's)")
print(f"curl:    per request      {curl:.3f} ms (median; mean {statistics.mean(times['curl']):.3f})")
print(f"veroctl: per request      {vero:.3f} ms (median; mean {statistics.mean(times['veroctl']):.3f})")
print(f"ratio veroctl/curl time:  {vero / curl:.2f}")
PY
if [ -x /usr/bin/time ]; then
    curl_kib=$(peak_kib curl -sf -o /dev/null "$base/heartbeat")
    veroctl_kib=$(peak_kib "$veroctl" --base-url "$base" heartbeat)
    echo "peak RSS curl / veroctl:  ${curl_kib} KiB / ${veroctl_kib} KiB"
    awk -v a="$veroctl_kib" -v b="$curl_kib" 'BEGIN { printf "ratio veroctl/curl RSS:   %.2f\n", a / b }'
fi
