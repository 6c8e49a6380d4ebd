#!/usr/bin/env python3
"""Lists vero-admin's accessible tree as a screen reader sees it, over AT-SPI, and checks it.

Run inside a private D-Bus session (run-atspi-test.sh makes one); starts an X server of its own (Xvfb, on a
display number it picks itself, so parallel runs never collide). Starts the app with
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 on private config and data folders, waits for it on the AT-SPI desktop, prints
every node (role, name, description, states) and fails when an input or button a user can reach has no name or
no description, or when a form's inputs are missing from the tree.

Usage: list_accessible_tree.py VERO_ADMIN [EXPECTED_NAMES_FILE]
"""
import os
import subprocess
import sys
import tempfile
import time

import pyatspi

# Roles a user types into, chooses from or presses.
INPUT_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_TABLE, pyatspi.ROLE_LIST, pyatspi.ROLE_TREE, pyatspi.ROLE_SLIDER,
}
# Qt's own parts of composite widgets, named by their owner: a combo box's inner line edit and list, a table's
# header buttons and cells, a scroll bar's buttons, a line edit's clear button.
INTERNAL_PARENT_ROLES = {
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_LIST, pyatspi.ROLE_SCROLL_BAR,
    pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_PAGE_TAB_LIST, pyatspi.ROLE_TABLE_COLUMN_HEADER,
    pyatspi.ROLE_TABLE_ROW_HEADER, pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TREE_ITEM,
    pyatspi.ROLE_MENU_BAR, pyatspi.ROLE_MENU, pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY,
}
START_TIMEOUT_SECONDS = 60


def find_app(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        try:
            if app is not None and app.get_process_id() == pid and app.childCount > 0:
                return app
        except Exception:  # an application that went away while listed
            continue
    return None


def find_named(node, name, role=None):
    try:
        if node.name == name and (role is None or node.getRole() == role):
            return node
        children = [node.getChildAtIndex(index) for index in range(node.childCount)]
    except Exception:  # a node destroyed while searched
        return None
    for child in children:
        found = find_named(child, name, role) if child is not None else None
        if found is not None:
            return found
    return None


def walk(node, depth, parents, lines, problems, names, path=""):
    try:
        role = node.getRole()
        name = node.name or ""
        description = node.description or ""
        states = node.getState()
    except Exception as error:  # a node destroyed while walking
        lines.append("  " * depth + "(gone: %s)" % error)
        return
    showing = states.contains(pyatspi.STATE_SHOWING)
    lines.append("%s%s %r%s%s" % ("  " * depth, node.getRoleName(), name,
                                  " — %r" % description if description else "",
                                  "" if showing else " [hidden]"))
    names.append(name)
    here = "%s/%s %r" % (path, node.getRoleName(), name)
    internal = any(parent in INTERNAL_PARENT_ROLES for parent in parents)
    # A tool bar's overflow button while hidden (all its actions fit): Qt gives it no name, the owner names it
    # when it can show (the history toolbar does); a hidden one is out of a user's reach.
    hidden_overflow = (parents and parents[-1] == pyatspi.ROLE_TOOL_BAR and not showing
                       and role in (pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON))
    if role in INPUT_ROLES and not internal and not hidden_overflow and not name.strip():
        problems.append("%s without a name, at %s" % (node.getRoleName(), here))
    # What a screen reader says after the name: what the input is for, or what the button does.
    if role in INPUT_ROLES and not internal and not hidden_overflow and not description.strip():
        problems.append("%s without a description, at %s" % (node.getRoleName(), here))
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            walk(child, depth + 1, parents + [role], lines, problems, names, here)


def start_xvfb():
    """Xvfb on the first free display, which it reports through -displayfd; returns (process, ":N")."""
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as reported:
        number = reported.readline().strip()
    if not number:
        xvfb.kill()
        raise RuntimeError("Xvfb did not start")
    return xvfb, ":" + number


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    program = sys.argv[1]
    expected = []
    if len(sys.argv) > 2:
        with open(sys.argv[2], encoding="utf-8") as names_file:
            expected = [line.strip() for line in names_file if line.strip() and not line.startswith("#")]
    home = tempfile.mkdtemp(prefix="vero-atspi-")
    env = dict(os.environ)
    env.update({
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_QPA_PLATFORM": "xcb",
        "XDG_CONFIG_HOME": os.path.join(home, "config"),
        "XDG_DATA_HOME": os.path.join(home, "data"),
        "XDG_CACHE_HOME": os.path.join(home, "cache"),
    })
    xvfb, display = start_xvfb()
    env["DISPLAY"] = display
    app_process = subprocess.Popen([program], env=env)
    try:
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        app = None
        while app is None and time.monotonic() < deadline:
            if app_process.poll() is not None:
                print("vero-admin ended with %d before it was seen" % app_process.returncode, file=sys.stderr)
                return 1
            app = find_app(app_process.pid)
            if app is None:
                time.sleep(0.5)
        if app is None:
            print("vero-admin did not appear on the AT-SPI desktop", file=sys.stderr)
            return 1
        # The main window is there, with the widgets of its first frame.
        time.sleep(1)
        lines, problems, names = [], [], []
        walk(app, 0, [], lines, problems, names)
        print("\n".join(lines))
        # The window builds each operation's form the first time it is shown: show each one, as a user choosing
        # it in the operation list does, and check its nodes too.
        operations = find_named(app, "Operations")
        if operations is None:
            problems.append("no operation list named 'Operations'")
        else:
            titles = [operations.getChildAtIndex(index).name for index in range(operations.childCount)]
            for title in titles:
                # Its item in the Operation menu (Ctrl+1 to Ctrl+8), pressed through AT-SPI.
                item = find_named(app, title, pyatspi.ROLE_MENU_ITEM)
                if item is None:
                    problems.append("no menu item %r" % title)
                    continue
                item.queryAction().doAction(0)
                time.sleep(0.3)
                more_problems = []
                walk(app, 0, [], [], more_problems, names)
                problems.extend(problem for problem in more_problems if problem not in problems)
        missing = [name for name in expected if name not in names]
        for name in missing:
            problems.append("no node named %r" % name)
        print("\n%d nodes, %d problems" % (len(lines), len(problems)))
        for problem in problems:
            print("PROBLEM: " + problem)
        return 1 if problems else 0
    finally:
        app_process.terminate()
        try:
            app_process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            app_process.kill()
        xvfb.terminate()
        xvfb.wait()


if __name__ == "__main__":
    sys.exit(main())
