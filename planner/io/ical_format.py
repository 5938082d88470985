"""The iCalendar text format (RFC 5545) as Contact Planner writes it: TEXT escaping, lines
folded at 75 octets without splitting a UTF-8 character, and reading back an earlier export
of ours for each event's SEQUENCE and content hash. No book is read here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from planner.io.handover import FILE_BUFFER

PRODID = "-//Contact Planner//Contact Planner 1.0//EN"
HASH_PROP = "X-CONTACT-PLANNER-HASH"
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def escape(value: str) -> str:
    """TEXT escaping: backslash, semicolon, comma, line breaks; other controls dropped."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return _CONTROLS.sub("", value)


def fold(line: str) -> str:
    """Fold a content line at 75 octets (continuations start with a space), UTF-8 safe."""
    if len(line.encode("utf-8")) <= 75:
        return line + "\r\n"
    out: list[str] = []
    current: list[str] = []
    size, limit = 0, 75
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            out.append("".join(current))
            current, size, limit = [], 0, 74  # the leading space takes one octet
        current.append(ch)
        size += width
    out.append("".join(current))
    return "\r\n ".join(out) + "\r\n"


def unfold(lines: Iterable[str]) -> Iterator[str]:
    """RFC 5545 unfolding, one line at a time: a line that starts with a space or a tab
    continues the one before. (One `re.sub` over a whole earlier export held the GIL,
    and so the UI thread, for half a second on a 20,000-client book.)"""
    current: str | None = None
    for raw in lines:
        line = raw.rstrip("\r\n")
        if current is not None and line[:1] in (" ", "\t"):
            current += line[1:]
            continue
        if current is not None:
            yield current
        current = line
    if current is not None:
        yield current


class Previous:
    """What an earlier export of ours at a path said of each event: UID -> SEQUENCE and
    UID -> content hash. Two flat dicts of strings and small ints, not one tuple per
    event: an export runs with the collector paused, and a tuple per event left 21,000
    garbage-tracked objects alive on 20,000 clients, beside a heap of 114,000, for any
    full pass to walk while the export runs."""

    __slots__ = ("digests", "sequences")

    def __init__(self) -> None:
        self.sequences: dict[str, int] = {}
        self.digests: dict[str, str] = {}

    def get(self, uid: str, digest: str) -> tuple[int, str]:
        """(SEQUENCE, hash) of `uid` before; (0, `digest`) for an event new here."""
        return self.sequences.get(uid, 0), self.digests.get(uid, digest)

    def __len__(self) -> int:
        return len(self.digests)


def previous_sequences(path: Path) -> Previous:
    """SEQUENCE and content hash per UID from an earlier export of ours at `path`."""
    found = Previous()
    ours = False
    uid, seq, digest = "", 0, ""
    try:
        # bytes: a text file reads 8 KiB at a time whatever its buffer (see `handover`)
        with open(path, "rb", buffering=FILE_BUFFER) as raw:
            for line in unfold(chunk.decode("utf-8") for chunk in raw):
                name, _, value = line.partition(":")
                if name == "BEGIN" and value == "VEVENT":
                    uid, seq, digest = "", 0, ""
                elif name == "UID":
                    uid = value
                elif name == "SEQUENCE" and value.isdigit():
                    seq = int(value)
                elif name == HASH_PROP:
                    digest = value
                elif name == "END" and value == "VEVENT" and uid:
                    found.sequences[uid] = seq
                    found.digests[uid] = digest
                elif name == "PRODID":
                    ours = ours or PRODID in line
    except (OSError, UnicodeError):
        return Previous()
    return found if ours else Previous()


def utc_stamp(moment: datetime) -> str:
    """A DTSTAMP: the moment in UTC, to the second."""
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
