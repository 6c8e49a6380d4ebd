#!/usr/bin/env bash
# How much memory and time does veroctl take when a server answers with far more than any answer should be?
# A local server (python3) sends MEGABYTES of body as fast as veroctl reads it; veroctl reads its limit
# (ApiResult::MaxBodyBytes, 4 MiB), says it cut the rest, and hangs up. Prints peak RSS and wall time, and the
# same for a 1 KB answer as the baseline.
#   bash bench/cli/veroctl-large-answer.sh [BUILD_DIR] [MEGABYTES]
set -euo pipefail
build=${1:-build}
megabytes=${2:-300}
veroctl="$build/src/cli/veroctl"
[ -x "$veroctl" ] || { echo "missing $veroctl: build first" >&2; exit 2; }
command -v python3 >/dev/null || { echo "python3 is needed for the server" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time is needed to measure peak memory" >&2; exit 2; }

work=$(mktemp -d)
trap 'kill "$server_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
cat >"$work/server.py" <<'PY'
import socket, sys, threading
size = int(sys.argv[1])
listener = socket.socket()
listener.bind(('127.0.0.1', 0))
listener.listen(8)
print(listener.getsockname()[1], flush=True)
chunk = b'x' * 65536
def answer(connection):
    try:
        request = b''
        while b'\r\n\r\n' not in request:
            request += connection.recv(65536)
        length = size if b'/users/unsubscribe' in request else 1000
        connection.sendall(b'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n' % length)
        while length > 0:
            sent = connection.send(chunk[:min(length, len(chunk))])
            length -= sent
    except OSError:
        pass  # veroctl hung up: what it should do
    finally:
        connection.close()
while True:
    threading.Thread(target=answer, args=(listener.accept()[0],), daemon=True).start()
PY
python3 "$work/server.py" $((megabytes * 1000 * 1000)) >"$work/port" &
server_pid=$!
for _ in $(seq 50); do
    [ -s "$work/port" ] && break
    sleep 0.1
done
base="http://127.0.0.1:$(cat "$work/port")/api/v2"
export VERO_AUTH_TOKEN=bench-token XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"

measure() { # prints "KiB seconds exit"
    set +e
    /usr/bin/time -f '%M %e %x' -o "$work/time" "$veroctl" --base-url "$base" "$@" >/dev/null 2>"$work/err"
    set -e
    cat "$work/time"
}
read -r small_kib small_s _ < <(measure tags --id u1 --add a)
read -r large_kib large_s large_exit < <(measure unsubscribe --id u1)
echo "answer of 1 KB:           peak RSS ${small_kib} KiB, ${small_s} s"
echo "answer of ${megabytes} MB:          peak RSS ${large_kib} KiB, ${large_s} s, exit code ${large_exit}"
echo "veroctl said:             $(tail -n 1 "$work/err")"
