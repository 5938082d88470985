"""Every revision, empty and populated, upgrades to head on PostgreSQL too (issue 14.1).

The populated fixture is the SQLite one of `test_migrations.POPULATE`, written into a
SQLite book at that revision and copied row for row into a PostgreSQL book at the same
revision, so both engines upgrade exactly the same data.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import MetaData, create_engine, func, select, text

from planner.app import Services
from planner.db import Book, alembic_config, current_revision, head_revision
from planner.team.book import make_team_engine
from tests.conftest import fixed_clock
from tests.unit.storage.test_migrations import POPULATE, at_revision, revisions


def pg_at_revision(url: str, revision: str) -> None:
    engine = make_team_engine(url)
    command.upgrade(alembic_config(engine), revision)
    engine.dispose()


def copy_rows(sqlite_path: Path, url: str) -> dict[str, int]:
    """Copy every row of a SQLite book into a PostgreSQL book of the same revision."""
    src = create_engine(f"sqlite:///{sqlite_path}")
    dst = make_team_engine(url)
    src_meta, dst_meta = MetaData(), MetaData()
    src_meta.reflect(src)
    dst_meta.reflect(dst)
    counts: dict[str, int] = {}
    with src.connect() as s, dst.begin() as d:
        for table in dst_meta.sorted_tables:
            if table.name == "alembic_version" or table.name not in src_meta.tables:
                continue
            rows = [dict(r._mapping) for r in s.execute(select(src_meta.tables[table.name]))]
            for row in rows:
                for col in table.columns:
                    if col.type.python_type is bool and row.get(col.name) is not None:
                        row[col.name] = bool(row[col.name])
            if rows:
                d.execute(table.insert(), rows)
            counts[table.name] = len(rows)
            pk = list(table.primary_key.columns)
            if rows and len(pk) == 1 and pk[0].type.python_type is int:
                d.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', '{pk[0].name}'), "
                        f"(SELECT max({pk[0].name}) FROM {table.name}))"
                    )
                )
    src.dispose()
    dst.dispose()
    return counts


@pytest.mark.parametrize("revision", revisions())
def test_empty_team_book_of_each_revision_upgrades(pg_url: str, revision: str) -> None:
    pg_at_revision(pg_url, revision)
    book = Book(pg_url)
    assert current_revision(book.engine) == head_revision()
    book.close()


@pytest.mark.parametrize("revision", revisions())
def test_populated_team_book_of_each_revision_upgrades(
    tmp_path: Path, pg_url: str, revision: str
) -> None:
    path = tmp_path / "old.sqlite"
    at_revision(path, revision)
    with sqlite3.connect(path) as conn:
        POPULATE[revision](conn)
    pg_at_revision(pg_url, revision)
    counts = copy_rows(path, pg_url)
    assert counts["client"] == 1
    services = Services(Book(pg_url), fixed_clock())
    try:
        assert current_revision(services.book.engine) == head_revision()
        client = services.clients.get(1)
        assert client.name == "Пётр Ёлкин"
        assert services.clients.search("елкин") == [1]
        assert services.clients.search("lodz") == [1]
        with services.book.reading() as session:
            from planner.models import Touch

            assert session.scalar(select(func.count(Touch.id))) >= 1
    finally:
        services.close()
