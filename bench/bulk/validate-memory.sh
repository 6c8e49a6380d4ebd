#!/usr/bin/env bash
# Peak memory of `veroctl bulk --dry-run` (validation of every row, nothing sent) for a small and a large CSV:
# the ratio shows whether memory grows with the file. Usage: bench/bulk/validate-memory.sh [BUILD_DIR] [ROWS]
set -euo pipefail
build=${1:-build}
rows=${2:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
make_csv() { # rows file
    awk -v n="$1" 'BEGIN { print "id,email,plan,age"; for (i = 1; i <= n; i++) printf "cust-%d,u%d@example.com,pro,%d\n", i, i, i % 90 }' >"$2"
}
peak() { # file -> KiB
    /usr/bin/time -f %M "$build/src/cli/veroctl" bulk --op identify --file "$1" --dry-run --base-url http://127.0.0.1:9/api/v2 \
        2>&1 >/dev/null | tail -1
}
make_csv 1000 "$work/small.csv"
make_csv "$rows" "$work/large.csv"
small=$(peak "$work/small.csv")
start=$(date +%s.%N)
large=$(peak "$work/large.csv")
seconds=$(echo "$(date +%s.%N) - $start" | bc)
size=$(du -k "$work/large.csv" | cut -f1)
echo "validate 1000 rows: peak ${small} KiB"
echo "validate ${rows} rows (${size} KiB file): peak ${large} KiB in ${seconds} s"
echo "ratio large/small peak: $(echo "scale=2; $large / $small" | bc)"
