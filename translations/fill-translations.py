#!/usr/bin/env python3
"""Fill translations/vero-admin_<lang>.ts from translations/src/<lang>.tsv, and list what is left.

The .tsv files are the translations as data, one source text a line:

    source<TAB>translation                      (a plain message)
    source<TAB>singular<TAB>plural              (a message with %n: one column per plural form)

A message with a count is written tr("Delete %Ln user(s)", nullptr, n) in the code; lupdate marks it numerus and
Qt picks the form for n by the language's rule: de and es take the singular for 1, fr for 0 and 1; English
needs its two forms too ("Delete 1 user", "Delete 2 users"). Each of these languages has exactly two forms; a
line with another number of columns for a numerus message counts as missing.

French typography: a narrow no-break space (U+202F) before ; ! ?, a no-break space (U+00A0) before : and inside
« » (tests/i18n checks the catalogue keeps it).

A newline in a text is written \\n, a tab \\t, a backslash \\\\. A text is translated alike in every context;
a line "Context::source<TAB>..." translates it in that context only. Lines starting with # are comments.

After new strings reach the sources (a merge): build the update_translations target (lupdate), then

    python3 translations/fill-translations.py            # fill every language, report what is missing
    python3 translations/fill-translations.py --missing  # print the missing ones as .tsv lines to translate

Append the translated lines to translations/src/<lang>.tsv and run it again; tests/i18n passes when nothing
is missing.
"""
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGUAGES = ["en", "de", "fr", "es"]
# Qt's plural forms per language (QTranslator's rules): one, other.
PLURAL_FORMS = {"en": 2, "de": 2, "fr": 2, "es": 2}


def unescape(text):
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(text[i + 1], "\\" + text[i + 1]))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def escape(text):
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def load(language):
    table = {}
    path = HERE / "src" / f"{language}.tsv"
    if not path.exists():
        return table
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        columns = line.split("\t")
        if len(columns) < 2:
            sys.exit(f"{path}:{number}: no translation column")
        table[unescape(columns[0])] = [unescape(c) for c in columns[1:]]
    return table


def fill(language, print_missing):
    ts = HERE / f"vero-admin_{language}.ts"
    tree = ET.parse(ts)
    table = load(language)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            numerus = message.get("numerus") == "yes"
            translation = message.find("translation")
            if language == "en" and not numerus:
                continue  # English needs only its plural forms; the rest is the source text itself
            forms = table.get(f"{name}::{source}") or table.get(source)
            if not forms or (numerus and len(forms) != PLURAL_FORMS[language]) or (numerus and not all(forms)):
                if translation.get("type") == "unfinished" or not "".join(translation.itertext()).strip():
                    missing.append((source, numerus))
                continue
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            if numerus:
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
            translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    # lconvert writes it back in lupdate's own layout, so update_translations makes no noise in the diff.
    subprocess.run(["/usr/lib/qt6/bin/lconvert", "-i", str(ts), "-o", str(ts)], check=True)
    seen = set()
    for source, numerus in missing:
        if source in seen:
            continue
        seen.add(source)
        if print_missing:
            print(escape(source) + ("\t\t" if numerus else "\t"))
    print(f"{language}: {len(seen)} source text(s) untranslated", file=sys.stderr)
    return len(seen)


def main():
    print_missing = "--missing" in sys.argv
    languages = [a for a in sys.argv[1:] if not a.startswith("--")] or LANGUAGES
    left = sum(fill(language, print_missing) for language in languages)
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
