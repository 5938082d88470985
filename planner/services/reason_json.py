"""Stored reasons as JSON: decode, encode (once per distinct list), English text.

Its own module so the plain data in `views.py` can decode reasons without importing
the touch queries (which import `views.py`): no import circle.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from planner.scheduling.types import Reason


def decode_reasons(raw: str) -> tuple[tuple[str, dict[str, str]], ...]:
    try:
        items = json.loads(raw or "[]")
        return tuple((str(code), {str(k): str(v) for k, v in args.items()}) for code, args in items)
    except (ValueError, TypeError, AttributeError):
        return ()


def encode_reasons(reasons: Iterable[Reason]) -> str:
    return json.dumps([[r.code, dict(r.args)] for r in reasons], ensure_ascii=False)


class ReasonEncoder:
    """`encode_reasons` for a whole plan: each distinct list of reasons is encoded once.

    The planner shares Reason objects between touches (see scheduling/reasons.py), so
    lists are looked up by the identities of their reasons, which is cheaper than
    hashing frozen dataclasses; the encoder keeps them alive, so no id is reused.
    """

    __slots__ = ("_lists", "_parts")

    def __init__(self) -> None:
        self._lists: dict[tuple[int, ...], tuple[tuple[Reason, ...], str]] = {}
        self._parts: dict[int, tuple[Reason, str]] = {}

    def encode(self, reasons: Sequence[Reason]) -> str:
        key = tuple(map(id, reasons))
        hit = self._lists.get(key)
        if hit is None:
            kept = tuple(reasons)  # no copy of a tuple
            text = "[" + ", ".join(map(self._part, kept)) + "]"  # as json.dumps writes it
            hit = self._lists[key] = (kept, text)
        return hit[1]

    def _part(self, r: Reason) -> str:
        hit = self._parts.get(id(r))
        if hit is None:
            hit = self._parts[id(r)] = (r, json.dumps([r.code, dict(r.args)], ensure_ascii=False))
        return hit[1]


def reason_text(reasons: tuple[tuple[str, dict[str, str]], ...]) -> str:
    from planner.scheduling.explain import format_reason  # English for the CLI: not at start-up

    return format_reason(tuple(Reason(code, tuple(args.items())) for code, args in reasons))
