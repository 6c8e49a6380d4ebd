#!/usr/bin/env bash
# How fast can anything built on QNetworkAccessManager send tag edits? bench_qnam (a bare QNAM client: the PUT
# veroctl bulk sends, 6 in flight, nothing else done per request) against wrk -c6, both to nginx on loopback in
# the same run (bench/nginx). Every request Vero Admin sends goes through QNAM, so this is the ceiling of
# `veroctl bulk` here. nginx and wrk are bench-only tools (apt-get install nginx-light wrk).
#   bash bench/qnam/qnam-ceiling.sh [BUILD_DIR] [REQUESTS]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
requests=${2:-20000}
client="$build/bench/qnam/bench_qnam"
[ -x "$client" ] || { echo "missing $client: build first" >&2; exit 2; }
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

qnam_rps=$("$client" "http://127.0.0.1:$port/api/v2/users/tags/edit" "$requests" 6 | sed -n 's/.*: \([0-9]*\) requests\/s$/\1/p')
wrk_rps=$(wrk -t2 -c6 -d5s -s "$here/nginx/tags.lua" "http://127.0.0.1:$port/" | awk '/^Requests\/sec:/ { printf "%.0f", $2 }')
echo "bare QNetworkAccessManager: $requests tag edits, 6 in flight: $qnam_rps requests/s"
echo "wrk -c6 on the same server:                         $wrk_rps requests/s"
awk -v a="$qnam_rps" -v b="$wrk_rps" 'BEGIN { printf "ratio bare QNAM/wrk:  %.3f\n", a / b }'
