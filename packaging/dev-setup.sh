#!/usr/bin/env bash
# One entry point for newcomers and CI:
#   bash packaging/dev-setup.sh run    install what is missing, build, start the app (sandbox workspace by default)
#   bash packaging/dev-setup.sh test   install what is missing, build, run the whole test suite
# Debian 12 / Ubuntu; packages come from apt (through sudo when not root). Nothing else is downloaded.
set -euo pipefail

mode=${1:-}
case "$mode" in
    run | test) ;;
    *)
        echo "usage: bash packaging/dev-setup.sh run|test" >&2
        exit 2
        ;;
esac

cd "$(dirname "$0")/.."
build_dir=${VERO_BUILD_DIR:-build}

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    # vero-sandbox's HTTP(S) server (TLS through GnuTLS)
    libmicrohttpd-dev
    qtkeychain-qt6-dev libqt6sql6-sqlite libgl-dev
    # Qt's own strings (standard buttons, context menus, file dialogs) in German, French and Spanish
    qt6-translations-l10n
    # tests: a real Secret Service for the keychain, TLS certificates for the sandbox, curl for "copy as curl"
    dbus gnome-keyring openssl curl
    # packaging checks: the .desktop file and AppStream metadata are validated as tests; CPack asks dpkg-shlibdeps
    # (dpkg-dev) for the .deb's dependencies
    desktop-file-utils appstream dpkg-dev
    # the accessibility test lists the app's tree over AT-SPI under Xvfb; the screenshots are taken under Xvfb
    at-spi2-core python3-pyatspi xvfb xauth imagemagick
)

install_missing() {
    local missing=()
    for package in "${packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return
    fi
    echo "Installing: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVERO_WERROR="${VERO_WERROR:-OFF}"
    cmake --build "$build_dir" -j"$(nproc)"
}

run_tests() {
    # The keychain tests need a Secret Service: a private D-Bus session with an unlocked gnome-keyring whose
    # files live in a throw-away folder. VERO_STRICT_TESTS turns a missing keychain or sandbox into a failure,
    # not a skip (VERO_REQUIRE in tests/support).
    local keyring_home
    keyring_home=$(mktemp -d)
    trap 'rm -rf "$keyring_home"' RETURN
    dbus-run-session -- bash -c '
        set -e
        export XDG_DATA_HOME="$1/data" XDG_CONFIG_HOME="$1/config" XDG_RUNTIME_DIR="$1/run"
        mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
        printf vero-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        export VERO_STRICT_TESTS=1
        ctest --test-dir "$2" --output-on-failure --timeout 600
    ' keyring "$keyring_home" "$build_dir"
}

install_missing
build
if [ "$mode" = test ]; then
    run_tests
elif [ -x "$build_dir/src/app/vero-admin" ]; then
    exec "$build_dir/src/app/vero-admin"
else
    exec "$build_dir/src/cli/veroctl" --help
fi
