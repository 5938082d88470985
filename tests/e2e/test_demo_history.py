"""The demo's history agrees with itself and with the planner's rules (en, ru, pl):
a cadence touch counts from the last touch before it (the last one that reached the
client, or a later failed attempt), so none is done "overdue" after later attempts;
notes fit their outcome; every order is a sale that day; a refused channel stays quiet;
and after the demo's re-plan no open cadence touch counts from before the last attempt."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from e2e_support import TODAY

from planner.demo import LOCALES, DemoRows, Locale, build_rows, load_locale
from planner.demo.catalog import SALE_COLUMNS
from planner.demo.rows import TOUCH_COLUMNS
from planner.vocabulary import REACHING_OUTCOMES

REACHING = {o.value for o in REACHING_OUTCOMES}
T = {name: i for i, name in enumerate(TOUCH_COLUMNS)}
LATEST_SETTLE_DAYS = 12  # weekends and the longest holiday run (ru: 1-8 January)


@pytest.fixture(scope="module")
def demos() -> dict[Locale, DemoRows]:
    return {loc: build_rows(800, 5, loc, TODAY) for loc in LOCALES}


def by_client(demo: DemoRows) -> dict[object, list[tuple[object, ...]]]:
    """Each client's done touches in the order the history made them."""
    out: dict[object, list[tuple[object, ...]]] = defaultdict(list)
    for row in demo.touches:
        out[row[T["client_id"]]].append(row)
    return out


@pytest.mark.parametrize("locale", LOCALES)
def test_cadence_counts_from_the_last_touch_before_it(
    demos: dict[Locale, DemoRows], locale: Locale
) -> None:
    checked = 0
    for rows in by_client(demos[locale]).values():
        reached: str | None = None
        previous: tuple[object, ...] | None = None
        for row in rows:
            day = str(row[T["done_on"]])
            assert previous is None or str(previous[T["done_on"]]) <= day  # in order
            if row[T["kind"]] == "cadence" and previous is not None:
                (code, args), = json.loads(str(row[T["reason"]]))  # fmt: skip
                assert code == "cadence"
                last = str(previous[T["done_on"]])
                if previous[T["outcome"]] in REACHING:
                    assert (args["anchor"], args["since"]) == (last, "last-reached")
                elif reached is None or last > reached:
                    assert (args["anchor"], args["since"]) == (last, "last-attempt"), row
                base = date.fromisoformat(str(row[T["base_due"]]))
                assert base > date.fromisoformat(last)  # never due before an attempt made
                late = (date.fromisoformat(day) - base).days
                assert 0 <= late <= LATEST_SETTLE_DAYS, row  # no cadence touch done overdue
                checked += 1
            if row[T["outcome"]] in REACHING:
                reached = day
            previous = row
    assert checked > 1000


@pytest.mark.parametrize("locale", LOCALES)
def test_outcomes_notes_and_sales_agree(demos: dict[Locale, DemoRows], locale: Locale) -> None:
    demo, notes = demos[locale], load_locale(locale).touch_notes
    ordered = set(notes["order"])
    s = {name: i for i, name in enumerate(SALE_COLUMNS)}
    sale_days = {(row[s["client_id"]], row[s["day"]]) for row in demo.sales.sales}
    with_notes = 0
    for rows in by_client(demo).values():
        refused: set[object] = set()
        for row in rows:
            outcome, note, channel = row[T["outcome"]], row[T["note"]], row[T["channel"]]
            assert channel not in refused, row  # a channel that said do-not-contact stays quiet
            if note is not None:
                with_notes += 1
                assert (note in ordered) == (outcome == "order"), row  # no "no answer, ordered"
                if outcome in ("no-answer", "left-message"):
                    assert not set(notes["reached"]) & {note}
            if outcome == "order":
                assert (row[T["client_id"]], row[T["done_on"]]) in sale_days
            if outcome == "do-not-contact":
                refused.add(channel)
    assert with_notes > 100
    for a, b in [("order", "no-answer"), ("order", "reached"), ("reached", "no-answer")]:
        assert not set(notes[a]) & set(notes[b])


@pytest.mark.parametrize("locale", LOCALES)
def test_the_plan_after_the_demo_counts_from_the_last_attempt(
    templates: Callable[[str], Path], locale: str
) -> None:
    with sqlite3.connect(templates(locale)) as db:
        rows = db.execute(
            "SELECT t.client_id, t.base_due, t.reason, c.last_done_on, c.last_reached_on"
            " FROM touch t JOIN client c ON c.id = t.client_id"
            " WHERE t.status = 'planned' AND t.kind = 'cadence' AND c.last_done_on IS NOT NULL"
        ).fetchall()
    assert len(rows) > 50
    for _cid, base_due, reason, last_done, last_reached in rows:
        args = next(a for code, a in json.loads(reason) if code == "cadence")
        assert base_due > last_done  # never due before (or on) the last attempt
        if last_reached is None or last_done > last_reached:
            assert (args["anchor"], args["since"]) == (last_done, "last-attempt")
        else:
            assert (args["anchor"], args["since"]) == (last_reached, "last-reached")
