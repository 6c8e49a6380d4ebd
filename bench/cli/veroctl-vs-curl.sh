#!/usr/bin/env bash
# How much does veroctl cost per request compared with curl sending the same request, measured in the same run
# against the same local vero-sandbox? Prints wall time per request and peak memory, and the ratios.
#   bash bench/cli/veroctl-vs-curl.sh [BUILD_DIR] [REQUESTS]   (REQUESTS per tool, in rounds of 10)
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

# Rounds of hyperfine (no shell between it and the program), curl then veroctl, then the other way round, every
# run's time kept and the medians compared: on a busy machine a burst of load then hits both alike, and the median
# ignores the runs it spoiled. (hyperfine is a bench-only tool: apt-get install hyperfine.)
command -v hyperfine >/dev/null || { echo "hyperfine is needed (apt-get install hyperfine)" >&2; exit 2; }
veroctl_run="$veroctl --base-url $base identify --id user-1 --email user-1@example.com --data '{\"plan\":\"pro\"}'"
curl_run="curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' -H 'Accept: application/json' --data '{\"auth_token\":\"$VERO_AUTH_TOKEN\",\"id\":\"user-1\",\"email\":\"user-1@example.com\",\"data\":{\"plan\":\"pro\"}}' $base/users/track"
rounds=$(((requests + 9) / 10))
for round in $(seq "$rounds"); do
    if [ $((round % 2)) -eq 1 ]; then first=$curl_run second=$veroctl_run; else first=$veroctl_run second=$curl_run; fi
    hyperfine -N -w 2 -r 10 --export-json "$work/round-$round.json" "$first" "$second" >/dev/null 2>"$work/hyperfine.err" \
        || { cat "$work/hyperfine.err" >&2; exit 1; }
done
python3 - "$work" "$rounds" <<'PY'
import json, statistics, sys
work, rounds = sys.argv[1], int(sys.argv[2])
times = {"curl": [], "veroctl": []}
for r in range(1, rounds + 1):
    for result in json.load(open(f"{work}/round-{r}.json"))["results"]:
        times["curl" if result["command"].startswith("curl") else "veroctl"] += [t * 1000 for t in result["times"]]
curl, vero = statistics.median(times["curl"]), statistics.median(times["veroctl"])
print(f"requests per tool:        {len(times['curl'])} (hyperfine, {rounds} rounds of 10, alternating which goes first)")
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
