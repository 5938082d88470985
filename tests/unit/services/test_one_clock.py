"""Every timestamp the services write comes from the book's clock, never the machine's."""

from __future__ import annotations

import ast
from datetime import UTC
from pathlib import Path

from sqlalchemy import select

from planner.app import Services
from planner.models import Client, Touch
from planner.services.views import ClientInput, ContactPointInput
from planner.vocabulary import Outcome
from tests.conftest import FIXED_NOW

PLANNER = Path(__file__).resolve().parents[3] / "planner"
# File names of backups keep the machine's time (they must never collide on disk).
ALLOWED = {"services/backup.py", "services/context.py", "db.py"}


def test_timestamps_come_from_the_books_clock(services: Services) -> None:
    cid, _ = services.clients.add(
        ClientInput(name="Key", tier="A", contacts=(ContactPointInput("call", "+48601234567"),))
    )
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
        if rel in ALLOWED or rel.startswith("demo/"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and node.attr in {"now", "today", "utcnow"}
                and isinstance(node.value, ast.Name)
                and node.value.id in {"datetime", "date"}
            ):
                offenders.append(f"{rel}:{node.lineno}")
    assert offenders == []
