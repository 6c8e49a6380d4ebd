#!/usr/bin/env python3
"""Every screenshot of the AppStream metainfo is a file of the repository, published under the project's URL.

An image's URL is the homepage the metainfo declares, then "vero-admin/", then the file's path in the repository
(docs/screenshots/NAME.png); the file must exist, be a PNG of the width and height given, and have a caption.

Usage: check-metainfo-screenshots.py METAINFO REPOSITORY_ROOT
"""
import struct
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def png_size(path):
    header = path.read_bytes()[:24]
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", header[16:24])


def main():
    metainfo, root = Path(sys.argv[1]), Path(sys.argv[2])
    component = ET.parse(metainfo).getroot()
    homepage = component.findtext("url[@type='homepage']")
    if not homepage:
        return "the metainfo declares no homepage URL"
    base = homepage.rstrip("/") + "/vero-admin/"
    problems, seen = [], 0
    for screenshot in component.iter("screenshot"):
        if not (screenshot.findtext("caption") or "").strip():
            problems.append("a screenshot without a caption")
        for image in screenshot.iter("image"):
            seen += 1
            url = (image.text or "").strip()
            if not url.startswith(base):
                problems.append(f"{url}: not under {base}")
                continue
            relative = url[len(base):]
            path = root / relative
            if not relative.startswith("docs/screenshots/") or not path.is_file():
                problems.append(f"{url}: no file {relative} in the repository")
                continue
            size = png_size(path)
            declared = (int(image.get("width", 0)), int(image.get("height", 0)))
            if size != declared:
                problems.append(f"{relative}: {size} pixels, the metainfo says {declared}")
    if not seen:
        problems.append("no screenshot at all")
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{seen} screenshot(s) checked")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
