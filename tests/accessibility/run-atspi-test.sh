#!/bin/sh
# Runs list_accessible_tree.py in a private D-Bus session, where the AT-SPI bus is started on demand
# (at-spi2-core's at-spi-bus-launcher); the script starts its own Xvfb. Without those tools the test is skipped (exit 77),
# unless VERO_STRICT_TESTS=1 asks for a failure, as VERO_REQUIRE does in the C++ tests.
#
# Usage: run-atspi-test.sh VERO_ADMIN EXPECTED_NAMES_FILE
set -eu

here=$(cd "$(dirname "$0")" && pwd)
missing=
for tool in Xvfb dbus-run-session; do
    command -v "$tool" >/dev/null || missing="$missing $tool"
done
[ -x /usr/libexec/at-spi-bus-launcher ] || missing="$missing at-spi2-core"
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || missing="$missing python3-pyatspi"
if [ -n "$missing" ]; then
    if [ "${VERO_STRICT_TESTS:-0}" != 0 ]; then
        echo "Required, and missing (VERO_STRICT_TESTS=1):$missing" >&2
        exit 1
    fi
    echo "SKIP: missing$missing"
    exit 77
fi
# The system's Python, whose pyatspi comes from Debian's python3-pyatspi.
exec dbus-run-session -- /usr/bin/python3 "$here/list_accessible_tree.py" "$@"
