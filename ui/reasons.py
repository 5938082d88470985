"""Translated reasons: the core gives `(code, args)`; known codes become tr() strings.

An unknown code (a newer core than this UI) falls back to the core's English sentence,
so nothing is ever shown half-translated.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication

from ui.texts import channel_name, sequence_name, unit_name

translate = QCoreApplication.translate

Args = dict[str, str]


def fmt_day(iso: str | None) -> str:
    if not iso:
        return "?"
    try:
        d = date.fromisoformat(iso)
    except ValueError:
        return iso
    from ui.formats import day_text

    return day_text(d, weekday=True)


def _cadence(a: Args) -> str:
    since = a.get("since")
    count = a.get("count", "?")
    unit = unit_name(a.get("unit", ""), int(count) if count.isdigit() else 2)
    text = translate("Reasons", "Tier {tier}: every {count} {unit}").format(
        tier=a.get("tier", "?"), count=count, unit=unit
    )
    if since == "last-reached":
        return (
            text
            + ", "
            + translate("Reasons", "since last reached {day}").format(day=fmt_day(a.get("anchor")))
        )
    if since == "last-attempt":
        return (
            text
            + ", "
            + translate("Reasons", "since the last attempt {day}").format(
                day=fmt_day(a.get("anchor"))
            )
        )
    if since == "created":
        return (
            text
            + ", "
            + translate("Reasons", "since added {day}").format(day=fmt_day(a.get("anchor")))
        )
    return text


def _sequence(a: Args) -> str:
    step = a.get("step", "")  # the core already counts steps from 1 in reasons
    name = sequence_name(a.get("code") or "")
    text = translate("Reasons", "Sequence “{name}”, step {step}").format(name=name, step=step)
    event = a.get("event")
    return text + (
        ", " + translate("Reasons", "after {day}").format(day=fmt_day(event)) if event else ""
    )


def _pinned(a: Args) -> str:
    return translate("Reasons", "Moved by hand to {day}").format(
        day=fmt_day(a.get("day") or a.get("to"))
    )


def _moved(why: str) -> Callable[[Args], str]:
    return lambda a: translate("Reasons", "moved from {day} ({why})").format(
        day=fmt_day(a.get("from")), why=why
    )


def _no_common_hours(a: Args) -> str:
    if a.get("from"):
        return translate("Reasons", "moved from {day} (no common working hours)").format(
            day=fmt_day(a.get("from"))
        )
    return translate("Reasons", "no common working hours for {channel}").format(
        channel=channel_name(a.get("channel", ""))
    )


def _formatters() -> dict[str, Callable[[Args], str]]:
    ch = channel_name
    return {
        "cadence": _cadence,
        "retry": lambda a: translate("Reasons", "Retry {attempt} of {of}").format(
            attempt=a.get("attempt", "?"), of=a.get("of", "?")
        ),
        "sequence": _sequence,
        "manual": lambda a: translate("Reasons", "Added by hand"),
        "pinned": _pinned,
        "rescheduled": lambda a: translate(
            "Reasons", "Rescheduled at the client's request from {day}"
        ).format(day=fmt_day(a.get("from"))),
        "fallback": lambda a: translate(
            "Reasons", "Fallback to {channel} after {attempts} attempts"
        ).format(channel=ch(a.get("channel", "")), attempts=a.get("attempts", "?")),
        "last-attempt": lambda a: translate("Reasons", "last attempt {day}").format(
            day=fmt_day(a.get("day"))
        ),
        "birthday-before": lambda a: translate(
            "Reasons", "greeted the working day before the birthday, {day}"
        ).format(day=fmt_day(a.get("day"))),
        "channel-switched": lambda a: translate(
            "Reasons", "switched from {old} to {channel}: {old} full on {day}"
        ).format(
            old=ch(a.get("from", "")), channel=ch(a.get("channel", "")), day=fmt_day(a.get("day"))
        ),
        "last-reached": lambda a: translate("Reasons", "last reached {day}").format(
            day=fmt_day(a.get("day"))
        ),
        "created": lambda a: translate("Reasons", "added {day}").format(day=fmt_day(a.get("day"))),
        "preferred-channel": lambda a: translate("Reasons", "preferred channel: {channel}").format(
            channel=ch(a.get("channel", ""))
        ),
        "no-consent": lambda a: translate("Reasons", "no consent for {channel}").format(
            channel=ch(a.get("channel", ""))
        ),
        "fallback-channel": lambda a: translate("Reasons", "falls back to {channel}").format(
            channel=ch(a.get("channel", ""))
        ),
        "retry-limit": lambda a: translate(
            "Reasons", "{channel}: retry limit ({limit}) reached"
        ).format(channel=ch(a.get("channel", "")), limit=a.get("limit", "?")),
        "weekend": _moved(translate("Reasons", "weekend")),
        "holiday": lambda a: translate("Reasons", "moved from {day} (holiday: {name})").format(
            day=fmt_day(a.get("from")), name=a.get("name", "")
        ),
        "day-off": _moved(translate("Reasons", "day off")),
        "no-common-hours": _no_common_hours,
        "birthday-on-day": lambda a: translate("Reasons", "stays on the birthday, {day}").format(
            day=fmt_day(a.get("day"))
        ),
        "carried": lambda a: translate("Reasons", "carried over from {day}").format(
            day=fmt_day(a.get("from"))
        ),
        "gap": lambda a: translate(
            "Reasons", "moved from {day} to keep the gap from {other}"
        ).format(day=fmt_day(a.get("from")), other=fmt_day(a.get("apart"))),
        "greeting-kept": lambda a: translate(
            "Reasons", "the greeting keeps its day, {day}, despite the gap from {other}"
        ).format(day=fmt_day(a.get("day")), other=fmt_day(a.get("apart"))),
        "capacity": lambda a: translate("Reasons", "carried over: {channel} full on {day}").format(
            day=fmt_day(a.get("from")), channel=ch(a.get("channel", ""))
        ),
        "overbooked": lambda a: translate(
            "Reasons", "overbooked: {channel} capacity {capacity} is full"
        ).format(channel=ch(a.get("channel", "")), capacity=a.get("capacity", "?")),
        "handed-over": lambda a: translate("Reasons", "handed over from {name}").format(
            name=a.get("from", "")
        ),
    }


def reason_text(reasons: Sequence[tuple[str, Args]], english: str) -> str:
    """The whole reason in the UI language; the core's English when a code is unknown."""
    if not reasons:
        return english
    formatters = _formatters()
    if any(code not in formatters for code, _ in reasons):
        return english
    parts = []
    for code, args in reasons:
        try:
            parts.append(formatters[code](args))
        except (KeyError, ValueError, IndexError):
            return english
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]


def known_codes() -> frozenset[str]:
    return frozenset(_formatters())
