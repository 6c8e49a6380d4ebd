#!/bin/sh
# Takes the README's screenshot of the main window under Xvfb, on a fresh install (private config and data
# folders), so it shows what a newcomer sees: the Sandbox workspace. The sandbox is first given a few users and
# an event through its own Track API, exactly as the app would send them.
#
# Usage: packaging/screenshot.sh [OUTPUT.png]
#   VERO_BUILD_DIR   build folder with src/app/vero-admin and src/sandbox/vero-sandbox (default: build)
#   VERO_SCREENSHOT_WAIT   seconds to let the window settle before the shot (default: 6)
#   VERO_SCREENSHOT_SIZE   the window's size in device-independent pixels (default: 1280x800)
#   VERO_SCREENSHOT_SCALE  QT_SCALE_FACTOR; the screen grows with it (default: 1)
#   VERO_SCREENSHOT_THEME  light, or dark: the platform palette of qt6ct's "darker" colour scheme, as a dark
#                          desktop gives it (needs qt6ct; default: light)
#   VERO_SCREENSHOT_DISPLAY  an X display number to start Xvfb on (default: the first free one, by xvfb-run)
# docs/screenshots/ holds main-{light,dark}[@2x].png, taken at 1024x700.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/resources/screenshots/main-window.png}
build=${VERO_BUILD_DIR:-$root/build}
app=$build/src/app/vero-admin
sandbox=$build/src/sandbox/vero-sandbox
wait_seconds=${VERO_SCREENSHOT_WAIT:-6}
size=${VERO_SCREENSHOT_SIZE:-1280x800}
scale=${VERO_SCREENSHOT_SCALE:-1}
theme=${VERO_SCREENSHOT_THEME:-light}
width=${size%x*}
height=${size#*x}
screen="$((width * scale))x$((height * scale))x24"

for tool in xvfb-run import curl; do
    command -v "$tool" >/dev/null || { echo "screenshot.sh: $tool is needed" >&2; exit 1; }
done
for program in "$app" "$sandbox"; do
    [ -x "$program" ] || { echo "screenshot.sh: $program is not built (set VERO_BUILD_DIR)" >&2; exit 1; }
done
case $out in /*) ;; *) out=$PWD/$out ;; esac
mkdir -p "$(dirname "$out")"

home=$(mktemp -d)
sandbox_pid=
cleanup() {
    [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null || true
    rm -rf "$home"
}
trap cleanup EXIT
export XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_CACHE_HOME="$home/cache"
export XDG_RUNTIME_DIR="$home/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# Where the app keeps the sandbox's state (QStandardPaths::AppDataLocation for vero-admin/vero-admin).
state_dir=$XDG_DATA_HOME/vero-admin/vero-admin
mkdir -p "$state_dir"

# Seed the sandbox state through its API, then stop it so it saves.
"$sandbox" --port 0 --state "$state_dir/sandbox-state.json" --token seed-token \
    >"$home/sandbox.out" 2>"$home/sandbox.log" &
sandbox_pid=$!
url=
for _ in $(seq 100); do
    url=$(sed -n 's/.*listening on \(http[^ ]*\).*/\1/p' "$home/sandbox.out" | head -n 1)
    [ -n "$url" ] && break
    sleep 0.1
done
[ -n "$url" ] || { echo "screenshot.sh: vero-sandbox did not start:" >&2; cat "$home/sandbox.log" >&2; exit 1; }
send() {
    curl -sS -f -o /dev/null -X "$1" -H 'Content-Type: application/json' -d "$3" "$url/api/v2/$2"
}
send POST users/track '{"auth_token":"seed-token","id":"ada-1815","email":"ada@example.com","data":{"first_name":"Ada","plan":"pro"}}'
send POST users/track '{"auth_token":"seed-token","id":"grace-1906","email":"grace@example.com","data":{"first_name":"Grace","plan":"team"}}'
send PUT users/tags/edit '{"auth_token":"seed-token","id":"ada-1815","add":["beta","vip"],"remove":[]}'
send POST events/track '{"auth_token":"seed-token","identity":{"id":"ada-1815","email":"ada@example.com"},"event_name":"Viewed pricing","data":{"page":"/pricing"}}'
send POST users/unsubscribe '{"auth_token":"seed-token","id":"grace-1906"}'
kill -TERM "$sandbox_pid"
wait "$sandbox_pid" || true
sandbox_pid=

if [ "$theme" = dark ]; then
    schemes=/usr/share/qt6ct/colors
    [ -f "$schemes/darker.conf" ] || { echo "screenshot.sh: the dark theme needs qt6ct" >&2; exit 1; }
    mkdir -p "$XDG_CONFIG_HOME/qt6ct"
    # The colours only: the same style and font as the light shot, so the two differ in nothing else.
    printf '[Appearance]\ncolor_scheme_path=%s/darker.conf\ncustom_palette=true\nstyle=Fusion\n[Fonts]\ngeneral="DejaVu Sans,9,-1,5,50,0,0,0,0,0"\nfixed="DejaVu Sans Mono,9,-1,5,50,0,0,0,0,0"\n' "$schemes" \
        >"$XDG_CONFIG_HOME/qt6ct/qt6ct.conf"
    export QT_QPA_PLATFORMTHEME=qt6ct
fi
export QT_SCALE_FACTOR="$scale"

shoot='
    "$1" -qwindowgeometry "$4+0+0" &
    app_pid=$!
    sleep "$2"
    import -window root "$3"
    kill "$app_pid"
    wait "$app_pid" || true
'
if [ -n "${VERO_SCREENSHOT_DISPLAY:-}" ]; then
    Xvfb ":$VERO_SCREENSHOT_DISPLAY" -screen 0 "$screen" -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    sleep 2
    DISPLAY=":$VERO_SCREENSHOT_DISPLAY" sh -c "$shoot" screenshot "$app" "$wait_seconds" "$out" "$size"
    kill "$xvfb_pid"
else
    xvfb-run -a -s "-screen 0 $screen" sh -c "$shoot" screenshot "$app" "$wait_seconds" "$out" "$size"
fi
echo "$out"
