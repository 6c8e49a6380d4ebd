#!/usr/bin/env bash
# Start-up of Vero Admin against a bare QMainWindow with a QLabel (bench_startup bare), measured in the same run:
#   - time from exec to the first frame of the main window (both quit there: vero-admin with
#     VERO_QUIT_AFTER_FIRST_FRAME=1), mean of hyperfine runs;
#   - resident memory of the whole process tree (vero-admin and its vero-sandbox child) two seconds after start.
# Under Xvfb (a display of its own) and offscreen. Prints one line per figure: name value reference ratio.
#   bash bench/app/startup.sh [--build DIR] [--runs N] [--history-rows N | --history-db FILE] [--display :N]
#                             [--platform xvfb|offscreen|both]
# --history-rows generates a history of N rows first (bench_history); --history-db copies one made before.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=build runs=20 history_rows=0 history_db= display=:91 platforms=both
while [ $# -gt 0 ]; do
    case $1 in
        --build) build=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --history-rows) history_rows=$2; shift 2 ;;
        --history-db) history_db=$2; shift 2 ;;
        --display) display=$2; shift 2 ;;
        --platform) platforms=$2; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
app="$build/src/app/vero-admin"
bare="$build/bench/app/bench_startup"
generate="$build/bench/history/bench_history"
for binary in "$app" "$bare"; do
    [ -x "$binary" ] || { echo "missing $binary: build first" >&2; exit 2; }
done
command -v hyperfine >/dev/null || { echo "hyperfine is needed" >&2; exit 2; }

work=$(mktemp -d)
xvfb_pid=
cleanup() { [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/run"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
suffix=empty
if [ -n "$history_db" ]; then
    history_rows=$("$generate" --db "$history_db" --count-only 2>/dev/null | tail -1)
    # A file of an older schema cannot be read read-only: it would be measured as an empty history.
    [ "$history_rows" -gt 0 ] || { echo "$history_db reads as empty (an older schema? open it once with bench_history --db FILE --rows N --generate-only)" >&2; exit 2; }
fi
[ "$history_rows" -gt 0 ] && suffix="${history_rows}rows"

# Resident KiB of a process and all its descendants.
tree_rss() {
    ps -e -o pid=,ppid=,rss= | awk -v root="$1" '
        { parent[$1] = $2; rss[$1] = $3 }
        END { for (p in rss) { q = p; while (q != "" && q != root && q in parent && q != 1) q = parent[q]; if (q == root) sum += rss[p] } print sum }'
}
rss_after_2s() { # command... -> KiB
    "$@" >/dev/null 2>&1 &
    local pid=$!
    sleep 2
    local kib
    kib=$(tree_rss "$pid")
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null || true
    echo "$kib"
}
mean_ms() { # command -> mean milliseconds over $runs runs
    hyperfine --style none --warmup 3 --runs "$runs" --export-json "$work/h.json" "$1" >/dev/null 2>&1
    python3 -c 'import json,sys; print("%.1f" % (json.load(open(sys.argv[1]))["results"][0]["mean"] * 1000))' "$work/h.json"
}
figure() { awk -v n="$1" -v v="$2" -v r="$3" 'BEGIN { printf "%s %s %s %.2f\n", n, v, r, (r > 0 ? v / r : 0) }'; }

if [ "$history_rows" -gt 0 ]; then
    # The app makes its data folder on first start; then its history file is replaced by the one measured with.
    VERO_QUIT_AFTER_FIRST_FRAME=1 QT_QPA_PLATFORM=offscreen "$app" >/dev/null 2>&1 || true
    history_file=$(find "$XDG_DATA_HOME" -name history.sqlite | head -1)
    [ -n "$history_file" ] || { echo "the app made no history file under $XDG_DATA_HOME" >&2; exit 1; }
    rm -f "$history_file" "$history_file-wal" "$history_file-shm"
    if [ -n "$history_db" ]; then
        cp "$history_db" "$history_file"
    else
        "$generate" --rows "$history_rows" --db "$history_file" --generate-only >&2
    fi
fi

for platform in xvfb offscreen; do
    [ "$platforms" = both ] || [ "$platforms" = "$platform" ] || continue
    if [ "$platform" = xvfb ]; then
        Xvfb "$display" -screen 0 1024x700x24 -nolisten tcp >/dev/null 2>&1 &
        xvfb_pid=$!
        for _ in $(seq 50); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done
        export QT_QPA_PLATFORM=xcb DISPLAY=$display
    else
        export QT_QPA_PLATFORM=offscreen
    fi
    bare_ms=$(mean_ms "$bare bare")
    app_ms=$(mean_ms "env VERO_QUIT_AFTER_FIRST_FRAME=1 $app")
    figure "startup-first-frame-ms-$platform-$suffix" "$app_ms" "$bare_ms"
    bare_kib=$(rss_after_2s "$bare" bare --stay)
    app_kib=$(rss_after_2s "$app")
    figure "startup-tree-rss-kib-$platform-$suffix" "$app_kib" "$bare_kib"
    if [ "$platform" = xvfb ]; then
        kill "$xvfb_pid" 2>/dev/null; wait "$xvfb_pid" 2>/dev/null || true; xvfb_pid=
    fi
done
