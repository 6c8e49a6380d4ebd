#!/usr/bin/env bash
# Throughput of `veroctl bulk` (ROWS tag edits, concurrency 6) against nginx on loopback answering Vero's success
# body, beside `wrk -c6` sending the same requests to the same server in the same run. Prints requests per second
# of each and the ratio. nginx and wrk are bench-only tools (apt-get install nginx-light wrk). When the build has
# bench_qnam_floor (bench/bulk/CMakeLists.txt), the same requests sent by a bare QNetworkAccessManager are measured
# too: the most any sender built on QNAM can do here.
#   bash bench/bulk/bulk-vs-wrk.sh [BUILD_DIR] [ROWS]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
rows=${2:-20000}
veroctl="$build/src/cli/veroctl"
[ -x "$veroctl" ] || { echo "missing $veroctl: build first" >&2; exit 2; }
for tool in nginx wrk; do
    command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || { echo "$tool is needed (apt-get install $tool)" >&2; exit 2; }
done
nginx=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d)
trap 'kill "$nginx_pid" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$work/nginx"
sed -e "s|@PORT@|$port|g" -e "s|@PREFIX@|$work/nginx|g" "$here/nginx/nginx.conf.in" >"$work/nginx/nginx.conf"
"$nginx" -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" 2>/dev/null &
nginx_pid=$!
for _ in $(seq 50); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/" && break
    sleep 0.1
done
base="http://127.0.0.1:$port/api/v2"
export VERO_AUTH_TOKEN=bench-token XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"

awk -v n="$rows" 'BEGIN { print "id,add"; for (i = 1; i <= n; i++) printf "cust-%d,vip\n", i }' >"$work/tags.csv"

start=$(date +%s%N)
"$veroctl" --base-url "$base" bulk --op tags --file "$work/tags.csv" --concurrency 6 --yes >"$work/bulk.out" 2>"$work/bulk.err" \
    || { echo "veroctl bulk failed:" >&2; tail -5 "$work/bulk.err" >&2; exit 1; }
end=$(date +%s%N)
veroctl_rps=$(awk -v n="$rows" -v ns=$((end - start)) 'BEGIN { printf "%.0f", n / (ns / 1e9) }')

floor="$build/bench/bulk/bench_qnam_floor"
floor_rps=
if [ -x "$floor" ]; then
    floor_rps=$("$floor" "$base/users/tags/edit" "$rows" 6 | sed -n 's/^QNAM alone: \([0-9]*\) requests\/s$/\1/p')
fi
wrk_rps=$(wrk -t2 -c6 -d5s -s "$here/nginx/tags.lua" "http://127.0.0.1:$port/" | awk '/^Requests\/sec:/ { printf "%.0f", $2 }')
echo "veroctl bulk: $rows tag edits, concurrency 6: $veroctl_rps requests/s"
echo "wrk -c6 on the same server:               $wrk_rps requests/s"
if [ -n "$floor_rps" ]; then
    echo "QNAM alone, same requests, 6 in flight:   $floor_rps requests/s"
fi
awk -v a="$veroctl_rps" -v b="$wrk_rps" 'BEGIN { printf "ratio veroctl bulk/wrk:  %.3f\n", a / b }'
if [ -n "$floor_rps" ]; then
    awk -v a="$floor_rps" -v b="$wrk_rps" -v v="$veroctl_rps" \
        'BEGIN { printf "ratio QNAM alone/wrk:   %.3f\nratio veroctl bulk/QNAM alone: %.3f\n", a / b, v / a }'
fi
