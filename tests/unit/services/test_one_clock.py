"""Every timestamp the services write comes from the book's clock, never the machine's."""

from __future__ import annotations

import ast
from datetime import UTC
from pathlib import Path

from alembic import command
from sqlalchemy import select

from planner.app import Services
from planner.db import Book, alembic_config, backup_dir, head_revision, make_engine
from planner.models import Client, Touch
from planner.services.views import ClientInput, ContactPointInput
from planner.vocabulary import Outcome
from tests.conftest import FIXED_NOW, fixed_clock

PLANNER = Path(__file__).resolve().parents[3] / "planner"
# The one module that reads the machine's time: the clock and the backup-name stamp.
ALLOWED = {"clock.py"}
WALL_CLOCK = {("datetime", "now"), ("datetime", "today"), ("datetime", "utcnow"), ("date", "today")}
WALL_CLOCK |= {("time", "time"), ("time", "time_ns"), ("time", "localtime"), ("time", "gmtime")}


def test_timestamps_come_from_the_books_clock(services: Services) -> None:
    cid = services.clients.add(
        ClientInput(name="Key", tier="A", contacts=(ContactPointInput("call", "+48601234567"),))
    ).value
    touch = services.clients.get(cid).planned[0]
    services.planning.log_outcome(touch.id, Outcome.REACHED)
    expected = FIXED_NOW.astimezone(UTC).replace(tzinfo=None)
    with services.ctx.book.reading() as session:
        assert session.scalar(select(Touch.done_at).where(Touch.id == touch.id)) == expected
        assert session.scalar(select(Client.updated_at).where(Client.id == cid)) == expected


def test_no_service_reads_the_machines_clock() -> None:
    offenders = []
    for path in PLANNER.rglob("*.py"):
        rel = path.relative_to(PLANNER).as_posix()
        if rel in ALLOWED:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and (node.value.id, node.attr) in WALL_CLOCK
            ):
                offenders.append(f"{rel}:{node.lineno}")
            if isinstance(node, ast.ImportFrom) and node.module in {"datetime", "time"}:
                # `from time import time` would hide the call from the check above
                names = {(node.module, a.name) for a in node.names}
                offenders += [f"{rel}:{node.lineno}" for n in names if n in WALL_CLOCK]
    assert offenders == []


def test_rotating_backups_are_named_by_the_stamp_passed_in(tmp_path: Path) -> None:
    book = tmp_path / "mine.sqlite"
    services = Services(Book(book), fixed_clock(), stamp=lambda: "20261126T090000000000Z")
    try:
        target = services.backups.backup()
    finally:
        services.close()
    assert target == backup_dir(book) / "mine-20261126T090000000000Z.sqlite"
    assert target.is_file()


def test_the_backup_before_a_migration_is_named_by_the_stamp_passed_in(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    command.upgrade(alembic_config(engine), "0001")
    engine.dispose()
    book = Book(path, stamp=lambda: "STAMP")
    book.close()
    assert book.migration_backup == backup_dir(path) / f"old-STAMP-before-{head_revision()}.sqlite"
    assert book.migration_backup.is_file()
