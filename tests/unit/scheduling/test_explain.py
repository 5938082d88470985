"""Reasons as one English line for the CLI."""

from __future__ import annotations

from planner.scheduling import Reason, format_reason


def r(reason_code: str, **args: str) -> Reason:
    return Reason(reason_code, tuple(args.items()))


def test_the_documented_example() -> None:
    reasons = (
        r("cadence", tier="B", count="1", unit="month", anchor="2026-10-01", since="last-reached"),
        r("weekend", **{"from": "2026-11-07", "days": "2026-11-07,2026-11-08"}),
        r("capacity", **{"from": "2026-11-09", "channel": "call"}),
    )
    assert format_reason(reasons) == (
        "Tier B: every 1 month since last reached 2026-10-01; "
        "moved from Sat 2026-11-07 (weekend); carried over: call full on Mon 2026-11-09"
    )


def test_every_code_reads_as_english() -> None:
    reasons = (
        r("cadence", tier="A", count="2", unit="week", anchor="2026-01-15", since="created"),
        r("retry", attempt="1", of="2"),
        r("sequence", code="after-sale", step="2", base="2026-03-12", event="2026-03-02"),
        r("sequence", code="welcome", step="1", base="2026-03-12"),
        r("manual"),
        r("pinned", kind="cadence", day="2026-03-07"),
        r("preferred-channel", channel="whatsapp"),
        r("no-consent", channel="call"),
        r("fallback-channel", channel="email"),
        r("retry-limit", channel="call", limit="2"),
        r("holiday", **{"from": "2026-04-06", "days": "2026-04-06", "name": "Easter Monday"}),
        r("day-off", **{"from": "2026-03-03", "days": "2026-03-03"}),
        r("no-common-hours", **{"from": "2026-03-03"}),
        r("no-common-hours", channel="call"),
        r("birthday-on-day", day="2026-03-07"),
        r("carried", **{"from": "2026-02-27"}),
        r("gap", **{"from": "2026-03-09", "apart": "2026-03-10"}),
        r("overbooked", channel="call", capacity="30"),
    )
    assert format_reason(reasons).split("; ") == [
        "Tier A: every 2 weeks since created 2026-01-15",
        "Retry 1 of 2",
        "Sequence after-sale step 2 after 2026-03-02",
        "Sequence welcome step 1, due 2026-03-12",
        "Added by hand",
        "Pinned by hand to Sat 2026-03-07 (cadence)",
        "preferred channel whatsapp",
        "no consent for call",
        "falls back to email",
        "call retry limit (2) reached",
        "moved from Mon 2026-04-06 (holiday: Easter Monday)",
        "moved from Tue 2026-03-03 (day off)",
        "moved from Tue 2026-03-03 (no common working hours)",
        "no common working hours for call",
        "stays on the birthday, Sat 2026-03-07",
        "carried over from Fri 2026-02-27",
        "moved from Mon 2026-03-09 to keep the gap from 2026-03-10",
        "overbooked: call capacity 30 is full",
    ]


def test_reasons_written_by_the_services_and_unknown_codes_still_read() -> None:
    assert format_reason([r("pinned", **{"from": "2026-03-05", "to": "2026-03-09"})]) == (
        "Pinned by hand to Mon 2026-03-09"
    )
    assert format_reason([r("sequence", code="birthday", step="1", event="2026-03-07")]) == (
        "Sequence birthday step 1 after 2026-03-07"
    )
    assert format_reason([r("rescheduled", **{"from": "2026-03-05"})]) == (
        "Rescheduled at the client's request from Thu 2026-03-05"
    )
    assert format_reason([r("something-new", a="1", b="x")]) == "something-new (a=1, b=x)"
    assert format_reason([r("bare")]) == "bare"
    assert format_reason([]) == ""
