#!/bin/sh
# Builds the .deb with CPack, lists and checks its contents and dependencies, unpacks it into a throw-away root
# and runs the installed programs from there, as a user's `apt install ./vero-admin_*.deb` would place them.
#
# Usage: check-deb.sh BUILD_DIR VERSION APP_ID
set -eu

build=$1
version=$2
app_id=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
    echo "check-deb: $*" >&2
    exit 1
}

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb=$(find "$work/out" -maxdepth 1 -name '*.deb' | head -n 1)
[ -n "$deb" ] || fail "no .deb in $work/out"
echo "built $(basename "$deb")"

# The control fields.
[ "$(dpkg-deb -f "$deb" Package)" = vero-admin ] || fail "package name is $(dpkg-deb -f "$deb" Package)"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "version is $(dpkg-deb -f "$deb" Version), not $version"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for package in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite \
    qt6-qpa-plugins libqt6keychain1 libmicrohttpd12 libc6 libstdc++6; do
    echo "$depends" | tr ',' '\n' | sed 's/^ *//; s/ .*//; s/|.*//' | grep -qx "$package" \
        || fail "Depends lacks $package"
done

# Qt's own strings in the user's language come from Debian's catalogues of Qt.
dpkg-deb -f "$deb" Recommends | grep -q 'qt6-translations-l10n' || fail "Recommends lacks qt6-translations-l10n"

# The files, in the standard places.
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents"
cat "$work/contents"
for path in /usr/bin/vero-admin /usr/bin/veroctl /usr/bin/vero-sandbox \
    "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml" \
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" "/usr/share/icons/hicolor/256x256/apps/$app_id.png" \
    /usr/share/vero-admin/translations/vero-admin_en.qm; do
    grep -qx "$path" "$work/contents" || fail "the package has no $path"
done
# The keychain module, which the programs load on first use from beside themselves (../lib/.../vero-admin).
grep -qE '^/usr/lib/(.*/)?vero-admin/vero-keychain\.so$' "$work/contents" || fail "the package has no keychain module"
# Nothing from the build or the tests leaks in.
if grep -E 'tst_|/include/|\.a$|CMakeFiles|/home/|/work/' "$work/contents"; then
    fail "the package carries build or test files"
fi

# Unpacked into a root of its own: the programs run from there and say the version from BuildInfo.h. No
# display is needed for --version.
root=$work/root
dpkg-deb -x "$deb" "$root"
# Each says its own name: "veroctl 0.1.0", not the app's.
for program in vero-admin veroctl vero-sandbox; do
    output=$(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=xcb "$root/usr/bin/$program" --version 2>&1) \
        || fail "$program --version failed: $output"
    echo "$program --version: $output"
    [ "$output" = "$program $version" ] || fail "$program --version says \"$output\", not \"$program $version\""
done
# The installed veroctl finds the installed keychain module: with no session bus it says so in words, rather than
# that the module is missing.
home=$work/home
mkdir -p "$home"
XDG_CONFIG_HOME=$home XDG_DATA_HOME=$home "$root/usr/bin/veroctl" workspace add Packaged \
    --base-url http://127.0.0.1:9/api/v2 >/dev/null || fail "veroctl workspace add failed"
keychain=$(echo token | env XDG_CONFIG_HOME="$home" XDG_DATA_HOME="$home" \
    DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent "$root/usr/bin/veroctl" workspace set-token Packaged 2>&1) || true
echo "keychain without a session bus: $keychain"
echo "$keychain" | grep -q 'no D-Bus session bus' || fail "the installed veroctl did not reach its keychain module"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "installed desktop file is invalid"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" \
    || fail "installed metainfo is invalid"
echo "check-deb: all good"
