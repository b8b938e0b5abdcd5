#!/usr/bin/env python3
"""Fills a Qt Linguist .ts file from a source -> translation mapping.

    fill_ts.py kakiyo_fr.ts fr/        # every fr/part*.py defines T = {source: translation}

A plural (numerus) entry maps to a tuple of forms (French: singular for 0 and 1, plural above).
Entries the mapping knows become finished; the others stay unfinished and are listed, so the
exit status says whether the file is complete. French spacing (a no-break space before : ; ? !
and a bare %, inside « ») is applied here so the mapping stays readable.
"""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET

NBSP = "\u00a0"


def load_mapping(folder):
    mapping = {}
    for path in sorted(glob.glob(os.path.join(folder, "part*.py"))):
        scope = {}
        with open(path, encoding="utf-8") as f:
            exec(compile(f.read(), path, "exec"), scope)
        for source, translation in scope["T"].items():
            if source in mapping and mapping[source] != translation:
                sys.exit(f"{path}: conflicting translation for {source!r}")
            mapping[source] = translation
    return mapping


def french_spacing(text):
    text = re.sub(r" ([:;?!»])", NBSP + r"\1", text)
    text = re.sub(r"« ", "«" + NBSP, text)
    # "12 %" but not the placeholders "de %1", "%n", "%L1".
    return re.sub(r" %(?![0-9nL])", NBSP + "%", text)


def fill(ts_path, mapping, spacing):
    tree = ET.parse(ts_path)
    missing = []
    used = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if source not in mapping:
                missing.append((name, source))
                continue
            used.add(source)
            value = mapping[source]
            for child in list(translation):
                translation.remove(child)
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, tuple) else (value, value)
                translation.text = None
                for form in forms:
                    element = ET.SubElement(translation, "numerusform")
                    element.text = spacing(form)
            else:
                if isinstance(value, tuple):
                    sys.exit(f"plural forms given for a non-plural entry {source!r}")
                translation.text = spacing(value)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(ts_path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    return missing, set(mapping) - used


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    ts_path, folder = sys.argv[1], sys.argv[2]
    spacing = french_spacing if os.path.basename(ts_path).endswith("_fr.ts") else (lambda t: t)
    missing, unused = fill(ts_path, load_mapping(folder), spacing)
    for source in sorted(unused):
        print(f"note: no longer in the sources: {source!r}")
    for context, source in missing:
        print(f"untranslated: {context}: {source!r}")
    print(f"{ts_path}: {len(missing)} untranslated")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
