"""A settings change re-plans the book exactly as a re-plan from scratch would after the
same change: a demo book over capacity, its working hours and call capacity changed
through the service (which reuses what the process knows of the days, and what it read of
the rules) and, on a copy, written straight into the book and re-planned by a fresh
process. Every touch row, every column (reasons JSON included), must be the same."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from planner import settings as settings_mod
from planner.app import Services
from planner.db import Book
from tests.conftest import fixed_clock
from tests.unit.services.over_capacity import over_capacity_book, touches

CLIENTS = 1200


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return over_capacity_book(tmp_path_factory, "settings-replan", CLIENTS, 9, 8, 12)


@pytest.mark.parametrize(
    "changes",
    [
        [("calendar.work_end", "17:00"), ("calendar.work_end", "18:00")],
        [("capacity.call", "5"), ("capacity.call", "8")],
    ],
)
def test_a_settings_change_plans_as_a_fresh_re_plan_would(
    template: Path, tmp_path: Path, changes: list[tuple[str, str]]
) -> None:
    served, fresh = tmp_path / "served.sqlite", tmp_path / "fresh.sqlite"
    shutil.copyfile(template, served)
    shutil.copyfile(template, fresh)
    before = touches(template)
    moved = []
    services = Services(Book(served), fixed_clock())
    try:
        services.planning.replan_all()  # the process knows the days of the rules before
        for key, raw in changes:
            services.settings.set(key, raw)
            after = touches(served)
            with closing(sqlite3.connect(fresh)) as conn:  # the same change, by hand
                value = settings_mod.encode(settings_mod.parse(key, raw))
                conn.execute(
                    "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", (key, value)
                )
                conn.commit()
            other = Services(Book(fresh), fixed_clock())
            try:
                other.planning.replan_all()
            finally:
                other.close()
            assert after == touches(fresh), key
            moved.append(sum(a != b for a, b in zip(after, before, strict=False)))
    finally:
        services.close()
    assert moved[0] > 100  # the first change moved many touches, the second most back
