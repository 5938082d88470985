"""The line grammar of vCard 2.1, 3.0 and 4.0: unfolding, properties, parameters, values.

Hand-written rather than vobject: the grammar is small, vobject is lenient-poor with 2.1
quoted-printable soft breaks and per-property CHARSET, and working on bytes lets one file mix
UTF-8 and windows-1251 values as old phones write them. Lines are capped at 1 MB (a longer
one, e.g. a huge PHOTO, is cut), so memory stays flat whatever the file holds.
"""

from __future__ import annotations

import codecs
import quopri
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from planner.io.encoding import guess_code_page

MAX_LINE = 1024 * 1024
_BINARY = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
_ESCAPES = {"n": "\n", "N": "\n"}
_GROUP = re.compile(r"^([A-Za-z0-9-]+)\.(.+)$")


@dataclass(frozen=True, slots=True)
class Property:
    """One content line: NAME (upper case, group apart), parameters (keys upper case), value.

    The value is decoded to text (quoted-printable and CHARSET applied) with vCard escapes
    still in place: only the property knows whether ";" separates components.
    """

    name: str
    group: str | None
    params: dict[str, list[str]]
    value: str
    # How the text was read when the card did not say: ("guessed", codec) or ("bad", codec).
    decoding: tuple[str, str] | None = None

    def param(self, key: str) -> list[str]:
        return self.params.get(key, [])

    @property
    def types(self) -> set[str]:
        """TYPE values upper-cased; vCard 2.1 bare parameters (TEL;CELL;PREF) are types too."""
        return {t.upper() for t in self.param("TYPE")}


def physical_lines(f: BinaryIO) -> Iterator[bytes]:
    """Lines without their end; a line over MAX_LINE comes in pieces rather than all at once."""
    while line := f.readline(MAX_LINE):
        yield line.rstrip(b"\r\n")


def logical_lines(lines: Iterable[bytes]) -> Iterator[bytes]:
    """Unfold (RFC 6350: a line starting with a blank continues the previous one, minus the
    blank) and join quoted-printable soft line breaks (a QP line ending in "=")."""
    pending: bytearray | None = None
    quoted_printable = False
    for line in lines:
        if pending is not None:
            if quoted_printable and pending.endswith(b"="):
                del pending[-1]
                pending += line[: max(MAX_LINE - len(pending), 0)]
                continue
            if line[:1] in (b" ", b"\t"):
                pending += line[1 : max(MAX_LINE - len(pending), 0) + 1]
                continue
            yield bytes(pending)
        pending = bytearray(line)
        quoted_printable = b"QUOTED-PRINTABLE" in line.split(b":", 1)[0].upper()
    if pending is not None:
        yield bytes(pending)


def parse_property(line: bytes, fallback: str, guessed: bool = False) -> Property | None:
    """Split "group.NAME;PARAM=a,b;BARE:value"; None for a line that is not a property."""
    colon = _find_outside_quotes(line, ord(":"))
    if colon <= 0:
        return None
    head = line[:colon].decode("ascii", errors="replace")
    parts = _split_outside_quotes(head, ";")
    name, group = parts[0].strip(), None
    if grouped := _GROUP.match(name):
        group, name = grouped.group(1).lower(), grouped.group(2)
    name = name.upper()
    params: dict[str, list[str]] = {}
    for part in parts[1:]:
        key, equals, value = part.partition("=")
        if not equals:
            key, value = "TYPE", key
        key = key.strip().upper()
        values = [v.strip().strip('"') for v in _split_outside_quotes(value, ",")]
        if key == "TYPE":  # 4.0 may quote a list: TYPE="cell,voice"
            values = [t.strip() for v in values for t in v.split(",")]
        params.setdefault(key, []).extend(v for v in values if v)
    if name in _BINARY:
        return Property(name, group, params, "")
    encodings = {e.upper() for e in params.get("ENCODING", []) + params.get("TYPE", [])}
    raw = line[colon + 1 :]
    if encodings & {"B", "BASE64"}:
        return Property(name, group, params, "")
    if "QUOTED-PRINTABLE" in encodings:
        raw = quopri.decodestring(raw)
    told = params.get("CHARSET", [""])[-1]
    charset = _codec(told, fallback)
    try:
        value = raw.decode(charset)
    except UnicodeDecodeError:
        pass
    else:  # a guessed file encoding is reported where it read non-ASCII text
        marked = guessed and not told and not raw.isascii()
        return Property(name, group, params, value, ("guessed", charset) if marked else None)
    if told and charset != fallback:  # the card named its charset: trust it, report the bytes
        return Property(name, group, params, raw.decode(charset, "replace"), ("bad", charset))
    guess = guess_code_page(raw)
    return Property(name, group, params, raw.decode(guess, "replace"), ("guessed", guess))


def split_components(text: str, separators: str) -> list[str]:
    """Split at unescaped separators ("Doe;John" for N, "a,b" for CATEGORIES); keep escapes."""
    parts, current, escaped = [], [], False
    for ch in text:
        if escaped:
            current.append("\\" + ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch in separators:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current) + ("\\" if escaped else ""))
    return parts


def unescape(text: str, version: str) -> str:
    """vCard 3.0/4.0 escapes (\\n \\, \\; \\\\); 2.1 escapes only ";" (Windows paths survive)."""
    if version.startswith("2"):
        return text.replace("\\;", ";")
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), text, flags=re.S)


def _codec(name: str, fallback: str) -> str:
    """A CHARSET parameter as a Python codec; unknown or non-text codecs fall back."""
    if not name:
        return fallback
    try:
        codec = codecs.lookup(name.strip())
    except (LookupError, ValueError):
        return fallback
    # Every text codec Python knows (Shift_JIS, GB2312, Big5, EUC-KR, KOI8-R...); not rot13.
    text_codec = getattr(codec, "_is_text_encoding", True) and codec.name != "undefined"
    return codec.name if text_codec else fallback


def _find_outside_quotes(data: bytes, target: int) -> int:
    first = data.find(bytes([target]))
    if first < 0 or data.find(b'"', 0, first) < 0:
        return first  # the common case: no quoted parameter before the value
    quoted = False
    for index, byte in enumerate(data):
        if byte == 0x22:
            quoted = not quoted
        elif byte == target and not quoted:
            return index
    return -1


def _split_outside_quotes(text: str, separator: str) -> list[str]:
    parts, current, quoted = [], [], False
    for ch in text:
        if ch == '"':
            quoted = not quoted
            current.append(ch)
        elif ch == separator and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts
