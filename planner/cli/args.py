"""Strict parsers for command-line values: a wrong value is a usage error, never a guess."""

from __future__ import annotations

import argparse
import re
from datetime import date

from planner.vocabulary import Channel, Outcome

_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_NO_YEAR = re.compile(r"^(?:--)?(\d{2})-(\d{2})$")

Birthday = tuple[int | None, int, int]
CLEAR = ""  # an empty value given to `client edit` clears that field


class UsageError(Exception):
    """A command line that cannot be run: exit code 2, one line on stderr."""


class Parser(argparse.ArgumentParser):
    """argparse that raises instead of printing usage and exiting, so that the CLI
    prints exactly one error line and tests can call it in-process."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def day(raw: str) -> date:
    """YYYY-MM-DD and nothing else (no week dates, no 20261111, no 2026-1-1)."""
    m = _DATE.match(raw.strip())
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(f"invalid date {raw!r} (use YYYY-MM-DD)")


def birthday(raw: str) -> Birthday | str:
    """YYYY-MM-DD, or MM-DD / --MM-DD (ISO 8601 without a year) when the year is unknown;
    "" clears it in `client edit`. argparse needs `--birthday=--05-17` for the dashed form."""
    value = raw.strip()
    if value == CLEAR:
        return CLEAR
    m = _NO_YEAR.match(value)
    if m:
        month, dd = int(m.group(1)), int(m.group(2))
        try:
            date(2000, month, dd)  # a leap year: --02-29 is a real birthday
        except ValueError:
            raise argparse.ArgumentTypeError(f"invalid birthday {raw!r}") from None
        return (None, month, dd)
    try:
        d = day(value)
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(
            f"invalid birthday {raw!r} (use YYYY-MM-DD or MM-DD)"
        ) from None
    return (d.year, d.month, d.day)


def positive(raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {raw!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a number of at least 1, got {raw}")
    return value


def ident(raw: str) -> int:
    try:
        value = int(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected an id (a number), got {raw!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"no id is {raw}")
    return value


def seed(raw: str) -> int:
    try:
        return int(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {raw!r}") from None


def channel(raw: str) -> Channel:
    try:
        return Channel(raw.strip().lower())
    except ValueError:
        names = ", ".join(c.value for c in Channel)
        raise argparse.ArgumentTypeError(f"unknown channel {raw!r} (use {names})") from None


def outcome(raw: str) -> Outcome:
    try:
        return Outcome(raw.strip().lower())
    except ValueError:
        names = ", ".join(o.value for o in Outcome)
        raise argparse.ArgumentTypeError(f"unknown outcome {raw!r} (use {names})") from None
