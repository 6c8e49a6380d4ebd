#!/usr/bin/env bash
# Start-up time and memory of Vero Admin's main window against a bare Qt window, measured in the same run on the
# same platform (offscreen unless QT_QPA_PLATFORM says otherwise). Prints medians over RUNS starts and the ratios.
#   bash bench/app/startup.sh [BUILD_DIR] [RUNS]
set -euo pipefail
build=${1:-build}
runs=${2:-15}
bench="$build/bench/app/bench_startup"
[ -x "$bench" ] || { echo "missing $bench: build first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export XDG_RUNTIME_DIR="$work/run"
mkdir -m 700 "$XDG_RUNTIME_DIR"

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
measure() { # mode -> "wall_ms window_ms rss_kib" medians
    local mode=$1 wall=() window=() rss=()
    for _ in $(seq "$runs"); do
        local start end line
        start=$(date +%s%N)
        line=$("$bench" "$mode" 2>/dev/null)
        end=$(date +%s%N)
        wall+=($(((end - start) / 1000000)))
        window+=("$(sed -n 's/.*window_ms=\([0-9]*\).*/\1/p' <<<"$line")")
        rss+=("$(sed -n 's/.*rss_kib=\([0-9]*\).*/\1/p' <<<"$line")")
    done
    echo "$(printf '%s\n' "${wall[@]}" | median) $(printf '%s\n' "${window[@]}" | median) $(printf '%s\n' "${rss[@]}" | median)"
}

"$bench" bare >/dev/null 2>&1 && "$bench" app >/dev/null 2>&1 # warm the file cache
read -r bare_wall bare_window bare_rss <<<"$(measure bare)"
read -r app_wall app_window app_rss <<<"$(measure app)"
echo "platform: $QT_QPA_PLATFORM, runs: $runs (medians)"
echo "bare Qt window:   process ${bare_wall} ms, window on screen ${bare_window} ms, RSS ${bare_rss} KiB"
echo "Vero Admin:       process ${app_wall} ms, window on screen ${app_window} ms, RSS ${app_rss} KiB"
awk -v a="$app_wall" -v b="$bare_wall" 'BEGIN { printf "ratio process time:     %.2f\n", a / b }'
awk -v a="$app_window" -v b="$bare_window" 'BEGIN { printf "ratio window time:      %.2f\n", a / b }'
awk -v a="$app_rss" -v b="$bare_rss" 'BEGIN { printf "ratio resident memory:  %.2f\n", a / b }'
