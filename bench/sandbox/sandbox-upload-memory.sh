#!/usr/bin/env bash
# How much memory does vero-sandbox take when a client uploads far more than its 1 MiB body limit, and when
# many rejected bodies just under the limit end up in its request log? Prints the peak resident set (VmHWM
# from /proc/PID/status) of a fresh sandbox after each case, and what the client was answered.
#   bash bench/sandbox/sandbox-upload-memory.sh [BUILD_DIR or vero-sandbox binary] [UPLOAD_MB] [REJECTED]
set -euo pipefail
target=${1:-build}
upload_mb=${2:-512}
rejected=${3:-200}
sandbox=$target
[ -d "$target" ] && sandbox="$target/src/sandbox/vero-sandbox"
[ -x "$sandbox" ] || { echo "missing $sandbox: build first" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 2; }

work=$(mktemp -d)
pid=
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# Starts a fresh sandbox in the background; sets pid and url.
start_sandbox() {
    [ -n "$pid" ] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
    "$sandbox" --port 0 --token bench-token --quiet >"$work/out" 2>"$work/err" &
    pid=$!
    url=
    for _ in $(seq 100); do
        url=$(sed -n 's/^listening on //p' "$work/out")
        [ -n "$url" ] && return 0
        sleep 0.1
    done
    echo "vero-sandbox did not start" >&2
    exit 1
}

# Peak and current resident set of the running sandbox, in KiB.
memory() { awk '/^VmHWM:/ { peak = $2 } /^VmRSS:/ { now = $2 } END { printf "%9d %9d", peak, now }' "/proc/$pid/status"; }

truncate -s "${upload_mb}M" "$work/big" # sparse: costs no disk
printf '%-58s %9s %9s %s\n' "case" "peak KiB" "now KiB" "answer"

start_sandbox
printf '%-58s %s %s\n' "idle sandbox" "$(memory)" "-"

start_sandbox
answer=$(curl -s -o /dev/null -w '%{http_code}' --max-time 120 -H 'Content-Type: application/json' \
    --data-binary @"$work/big" "$url/api/v2/users/track" || true)
printf '%-58s %s %s\n' "${upload_mb} MB body with Content-Length" "$(memory)" "$answer"

start_sandbox
answer=$(curl -s -o /dev/null -w '%{http_code}' --max-time 120 -H 'Content-Type: application/json' \
    -H 'Transfer-Encoding: chunked' --data-binary @"$work/big" "$url/api/v2/users/track" || true)
printf '%-58s %s %s\n' "${upload_mb} MB body, chunked" "$(memory)" "$answer"

# Bodies just under the limit that fail validation (data is not an object): each is answered 400 and logged.
start_sandbox
{
    printf '{"auth_token":"bench-token","id":"u","data":"'
    head -c $((1024 * 1024 - 100)) /dev/zero | tr '\0' a
    printf '"}'
} >"$work/rejected.json"
for _ in $(seq "$rejected"); do
    curl -s -o /dev/null -H 'Content-Type: application/json' --data-binary @"$work/rejected.json" \
        "$url/api/v2/users/track"
done
answer=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
    --data-binary @"$work/rejected.json" "$url/api/v2/users/track" || true)
printf '%-58s %s %s\n' "$rejected rejected bodies of 1 MiB - 100 bytes in the log" "$(memory)" "$answer"
