"""Read vCard 2.1, 3.0 and 4.0 files (phones, Google, Apple, Outlook) into row drafts.

Each card is one "row", numbered 1, 2, ... in file order. What is taken: FN (else N), ORG,
every TEL and EMAIL (TYPE=CELL/WORK/HOME as labels, TYPE=PREF, PREF=1 or a 2.1 bare PREF as
preferred; fax and pager numbers, by TYPE or by an Apple label, are kept as contact points
of their kind, never as a number to call), NICKNAME (names a card without a name), TITLE
and ADR (into the notes), BDAY (with or without a year), NOTE,
CATEGORIES as tags, and Telegram / WhatsApp / Viber from X-TELEGRAM, X-WHATSAPP, X-VIBER,
IMPP and X-SOCIALPROFILE. Apple's "itemN.X-ABLabel" gives a label to its group's TEL/EMAIL.
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from planner.io.encoding import SAMPLE_BYTES, detect_encoding
from planner.io.guards import DEFAULT_LIMITS, Limits, check_file
from planner.io.headers import label_from_words, normalise
from planner.io.records import ImportRefused, Progress
from planner.io.rows import Draft, RawContact
from planner.io.values import clean_note, clean_text
from planner.io.vcard_lines import (
    Property,
    logical_lines,
    parse_property,
    physical_lines,
    split_components,
    unescape,
)

_BEGIN = re.compile(rb"^\s*(?:[A-Za-z0-9-]+\.)?(?:AGENT[^:]*:\s*)?BEGIN:VCARD\s*$", re.I)
_END = re.compile(rb"^\s*END:VCARD\s*$", re.I)
_NOT_CALLABLE = frozenset({"FAX", "PAGER", "TEXTPHONE", "MODEM", "BBS", "ISDN"})
_NOT_CALLABLE_WORDS = ("fax", "факс", "faks", "pager", "пейджер")
_TYPE_LABELS = {"CELL": "mobile", "MOBILE": "mobile", "IPHONE": "mobile", "WORK": "work"}
_TYPE_LABELS |= {"HOME": "home", "MAIN": "main", "OTHER": "other", "CAR": "car"}
_MESSENGERS = {"X-TELEGRAM": "telegram", "X-WHATSAPP": "whatsapp", "X-VIBER": "viber"}
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
_SERVICE_WORDS = {
    "telegram": frozenset({"telegram", "tg", "x-telegram", "t.me", "telegram.me", "telegram.dog"}),
    "whatsapp": frozenset({"whatsapp", "wa.me", "api.whatsapp.com"}),
    "viber": frozenset({"viber"}),
}
_URL_HOST = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://(?:www\.)?([^/?#:]+)")
_HANDLE_SCHEME = re.compile(r"^(?:x-apple|telegram|im|x-telegram):(?!//)", re.I)
_FOLD = re.compile(rb"\r?\n[ \t]")
_PROGRESS_EVERY = 64


def iter_vcards(
    path: Path, limits: Limits = DEFAULT_LIMITS, progress: Progress | None = None
) -> Iterator[Draft]:
    """One draft per top-level card; nested (2.1 AGENT) cards are skipped with their parent's."""
    size = check_file(path, limits)
    with open(path, "rb") as f:
        head = f.read(SAMPLE_BYTES)
        # Unfold first: RFC 6350 lets a fold split a UTF-8 character in two.
        sample = detect_encoding(_FOLD.sub(b"", head), complete=size <= SAMPLE_BYTES)
        f.seek(0)
        lines: Iterable[bytes] = physical_lines(f)
        fallback = sample.encoding
        if sample.wide:  # rare; re-encode so the byte grammar applies
            text = io.TextIOWrapper(f, encoding=sample.encoding, errors="replace", newline=None)
            lines = (line.rstrip("\r\n").encode("utf-8") for line in text)
            fallback = "utf-8"
        found = False
        # A wide file without a BOM is a guess of the whole file: named once, on card 1.
        wide_guess = sample.wide and sample.guessed
        cards = _cards(logical_lines(lines), fallback, sample.guessed and not sample.wide)
        for number, version, props in cards:
            found = True
            if progress is not None and number % _PROGRESS_EVERY == 0:
                progress.fraction = min(f.tell() / size, 1.0)
            draft = card_to_draft(number, version, props)
            if wide_guess and number == 1 and draft.decoding is None:
                draft.decoding = ("guessed", sample.encoding)
            yield draft
    if not found:
        raise ImportRefused(
            "no-vcard", f"{path.name} holds no vCard (no BEGIN:VCARD line).", file=path.name
        )
    if progress is not None:
        progress.fraction = 1.0


def _cards(
    lines: Iterable[bytes], fallback: str, guessed: bool
) -> Iterator[tuple[int, str, list[Property]]]:
    depth, number, version = 0, 0, "3.0"
    props: list[Property] = []
    for line in lines:
        line = line.replace(codecs.BOM_UTF8, b"")  # a BOM anywhere: files joined together
        if _BEGIN.match(line):
            depth += 1
            if depth == 1:
                number, version, props = number + 1, "3.0", []
            continue
        if _END.match(line):
            if depth == 1:
                yield number, version, props
            depth = max(depth - 1, 0)
            continue
        if depth != 1:
            continue
        prop = parse_property(line, fallback, guessed)
        if prop is None:
            continue
        if prop.name == "VERSION":
            version = prop.value.strip()
        props.append(prop)
    if depth >= 1:  # the file ends inside a card: keep what it said
        yield number, version, props


def card_to_draft(number: int, version: str, props: list[Property]) -> Draft:
    draft = Draft(row=number)
    group_labels = {
        p.group: _apple_label(p.value) for p in props if p.name == "X-ABLABEL" and p.group
    }
    raw_labels = {p.group: p.value.casefold() for p in props if p.name == "X-ABLABEL" and p.group}
    for prop in props:
        if prop.decoding is not None and draft.decoding is None:
            draft.decoding = prop.decoding
        text = unescape(prop.value, version)
        if prop.name == "FN" and not draft.name:
            draft.name = clean_text(text)
        elif prop.name == "N":
            _name(draft, prop.value, version)
        elif prop.name == "ORG" and not draft.company:
            draft.company = clean_text(unescape(split_components(prop.value, ";")[0], version))
        elif prop.name in ("TEL", "EMAIL"):
            group = prop.group or ""
            _contact(draft, prop, text, group_labels.get(group), raw_labels.get(group, ""))
        elif prop.name == "BDAY" and draft.birthday is None:
            draft.birthday = clean_text(text) or None
        elif prop.name == "NOTE" and (note := clean_note(text)):
            draft.notes.append(note)
        elif prop.name == "NICKNAME" and not draft.nickname:
            draft.nickname = clean_text(split_components(text, ",")[0])
        elif prop.name == "TITLE" and (title := clean_text(text)):
            draft.notes.append(title)
        elif prop.name == "ADR" and (address := _address(prop.value, version)):
            draft.notes.append(address)
        elif prop.name == "CATEGORIES":
            tags = (clean_text(unescape(t, version)) for t in split_components(prop.value, ",;"))
            draft.tags.extend(tag for tag in tags if tag)
        elif prop.name in _MESSENGERS or prop.name in ("IMPP", "X-SOCIALPROFILE"):
            _messenger(draft, prop, text)
    return draft


def _name(draft: Draft, value: str, version: str) -> None:
    parts = [clean_text(unescape(p, version)) for p in split_components(value, ";")]
    parts += [""] * (3 - len(parts))
    draft.last_name = draft.last_name or parts[0]
    draft.first_name = draft.first_name or parts[1]
    draft.middle_name = draft.middle_name or parts[2]


def _address(value: str, version: str) -> str:
    """ADR's seven components (PO box; extended; street; city; region; code; country) as a line."""
    parts = [clean_text(unescape(p, version)) for p in split_components(value, ";")]
    return ", ".join(p for p in parts if p)


def _is_fax_label(label: str) -> bool:
    return any(word in label for word in _NOT_CALLABLE_WORDS)


def _contact(
    draft: Draft, prop: Property, text: str, group_label: str | None, raw_label: str = ""
) -> None:
    types = prop.types
    value = clean_text(text)
    if not value:
        return
    if prop.name == "TEL" and (types & _NOT_CALLABLE or _is_fax_label(raw_label)):
        kind = "pager" if "PAGER" in types or "pager" in raw_label else "fax"
        label = next((_TYPE_LABELS[t] for t in _TYPE_LABELS if t in types), None)
        draft.contacts.append(RawContact("call", value, label, False, kind))
        return
    label = next((_TYPE_LABELS[t] for t in _TYPE_LABELS if t in types), None) or group_label
    preferred = "PREF" in types or "1" in prop.param("PREF")
    channel = "call" if prop.name == "TEL" else "email"
    draft.contacts.append(RawContact(channel, value, label, preferred))


def _messenger(draft: Draft, prop: Property, text: str) -> None:
    """A messenger handle, if the property names a service we plan touches for."""
    channel = _MESSENGERS.get(prop.name) or _service(prop, text)
    if channel is None:
        return
    users = prop.param("X-USER")
    value = clean_text(users[0] if users else _HANDLE_SCHEME.sub("", text))
    if value:
        preferred = "PREF" in prop.types or "1" in prop.param("PREF")
        draft.contacts.append(RawContact(channel, value, None, preferred))


def _service(prop: Property, text: str) -> str | None:
    """Telegram, WhatsApp or Viber from the service parameters, the URI scheme or the host."""
    names = {v.lower() for v in [*prop.param("X-SERVICE-TYPE"), *prop.param("TYPE")]}
    scheme, _, _ = text.partition(":")
    host = _URL_HOST.match(text)
    names |= {scheme.lower(), host.group(1).lower() if host else ""}
    for channel, words in _SERVICE_WORDS.items():
        if names & words:
            return channel
    return None


def _apple_label(value: str) -> str | None:
    """ "_$!<Mobile>!$_" -> "mobile"; a custom label stays as typed."""
    text = value.strip()
    if match := _APPLE_LABEL.match(text):
        text = match.group(1)
    if not text:
        return None
    return label_from_words(normalise(text).split()) or text
