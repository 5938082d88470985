"""A team book's connections run without PostgreSQL's JIT: row-level security makes the
planner expect millions of rows for Today's small counts, and compiling them cost more
than reading them (benchmarks/team.py, 20 × 50,000 clients: 8.6 s against 0.2 s)."""

from __future__ import annotations

from sqlalchemy import text

from planner.app import Services
from planner.db import Book
from planner.team.people import add_salesperson
from tests.conftest import fixed_clock


def test_team_connections_have_no_jit_and_keep_the_urls_options(pg_url: str) -> None:
    admin = Services(Book(pg_url), fixed_clock())
    add_salesperson(admin.book.engine, "anna", "Anna")
    admin.close()
    member = Book(pg_url.replace("cp_admin@", "anna@", 1) + "?options=-c%20work_mem%3D8MB")
    try:
        with member.reading() as session:
            assert session.scalar(text("SHOW jit")) == "off"
            assert session.scalar(text("SHOW work_mem")) == "8MB"
    finally:
        member.close()
