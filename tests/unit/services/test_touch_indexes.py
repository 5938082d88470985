"""The touch indexes left after revision 0026 still serve the by-day reads: Today's
screen and pages, the agenda, the plan of a period and its load per day. Every statement
they run (seen by SQLite itself: Today reads on the raw connection) is asked for its
query plan; none reads the touch table whole."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event

from planner.app import Services
from planner.db import Book
from planner.demo import generate
from tests.conftest import FIXED_NOW, fixed_clock


def test_the_by_day_reads_search_an_index(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite"
    services = Services(Book(path), fixed_clock())
    seen: list[str] = []
    try:
        generate(services, 200, 3, "pl", FIXED_NOW.date(), catalog=False)
        today = FIXED_NOW.date()

        def traced(dbapi: Any, *_: Any) -> None:
            dbapi.set_trace_callback(seen.append)  # each statement with its values

        engine = services.ctx.book.engine
        engine.pool.dispose()  # every connection from here on is a traced one
        event.listen(engine, "connect", traced)
        screen = services.agenda.today().screen
        services.agenda.page(today, "call")
        services.planning.agenda()
        services.planning.plan(today, today + timedelta(days=30))
        services.planning.load(today, today + timedelta(days=30))
        event.remove(engine, "connect", traced)
    finally:
        services.close()
    assert screen.day == today
    with closing(sqlite3.connect(path)) as db:
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        reads = [s for s in seen if s.lstrip().upper().startswith("SELECT") and "touch" in s]
        plans = [
            (sql, row[-1])
            for sql in reads
            for row in db.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
        ]
    assert "ix_touch_status_due" not in names
    assert "ix_touch_status_due_rank" in names
    by_day = [s for s in reads if re.search(r"\bdue\b", s)]
    assert len(by_day) >= 3  # the agenda, the plan and the load read touches by day
    assert [p for p in plans if re.match(r"SCAN touch\b", p[1])] == []
