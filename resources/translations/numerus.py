"""Keep plural messages plural across lupdate runs (update.sh runs this around lupdate).

pyside6-lupdate marks `self.tr("%n ...", "", n)` as a plural (numerus) message, but not
the same call through `QCoreApplication.translate(context, "%n ...", "", n)`, which
module-level functions need: on each update such a message would turn singular and lose
its plural forms. So update.sh first saves every plural translation (`snapshot`), and after
lupdate marks every source with %n or %Ln as plural again, with the saved forms (`apply`).
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FORMS = {"en": 2, "ru": 3, "pl": 3}


def _messages(root: ET.Element):  # type: ignore[no-untyped-def]
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def snapshot(paths: list[Path]) -> dict[str, dict[str, list[str]]]:
    """file name -> "context\\x1fsource" -> the finished plural forms."""
    saved: dict[str, dict[str, list[str]]] = {}
    for path in paths:
        forms: dict[str, list[str]] = {}
        for context, message in _messages(ET.parse(path).getroot()):
            translation = message.find("translation")
            if message.get("numerus") != "yes" or translation is None:
                continue
            texts = [f.text or "" for f in translation.findall("numerusform")]
            if all(texts) and translation.get("type") != "unfinished":
                forms[f"{context}\x1f{message.findtext('source')}"] = texts
        saved[path.name] = forms
    return saved


def apply(paths: list[Path], saved: dict[str, dict[str, list[str]]]) -> None:
    for path in paths:
        root = ET.parse(path).getroot()
        count = FORMS.get((root.get("language") or "en")[:2], 2)
        known = saved.get(path.name, {})
        changed = 0
        for context, message in _messages(root):
            source = message.findtext("source") or ""
            if message.get("numerus") == "yes" or ("%n" not in source and "%Ln" not in source):
                continue
            translation = message.find("translation")
            assert translation is not None
            forms = known.get(f"{context}\x1f{source}")
            single = translation.text or ""
            translation.text = None
            for i in range(count):
                text = forms[i] if forms and i < len(forms) else single
                ET.SubElement(translation, "numerusform").text = text or None
            if forms:
                translation.attrib.pop("type", None)
            message.set("numerus", "yes")
            changed += 1
        if changed:
            write_ts(root, path)


def _escape(text: str) -> str:
    for raw, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("'", "&apos;")):
        text = text.replace(raw, entity)
    return text.replace('"', "&quot;")


def _element(e: ET.Element, depth: int, out: list[str]) -> None:
    pad = "    " * depth
    attrs = "".join(f' {k}="{_escape(v)}"' for k, v in e.attrib.items())
    children = list(e)
    if not children:
        out.append(f"{pad}<{e.tag}{attrs}>{_escape(e.text or '')}</{e.tag}>")
        return
    out.append(f"{pad}<{e.tag}{attrs}>")
    for child in children:
        _element(child, depth + 1, out)
    out.append(f"{pad}</{e.tag}>")


def write_ts(root: ET.Element, path: Path) -> None:
    """The file as lupdate writes it (same layout and escaping), so diffs stay small."""
    attrs = "".join(f' {k}="{v}"' for k, v in root.attrib.items())
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{attrs}>"]
    for context in root:
        out.append("<context>")
        for child in context:
            _element(child, 1, out)
        out.append("</context>")
    out.append("</TS>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    mode, store, *names = sys.argv[1:]
    files = [Path(n) for n in names]
    if mode == "snapshot":
        Path(store).write_text(json.dumps(snapshot(files), ensure_ascii=False), encoding="utf-8")
    else:
        apply(files, json.loads(Path(store).read_text(encoding="utf-8")))
