"""Helpers of the transfer tests (import into a book, exports): built in tmp_path, no fixtures
in git. A unique module name, since test folders share sys.path."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path

import openpyxl

from planner.app import Services
from planner.services.views import ClientInput, ContactPointInput

# Formula-injection payloads: ASCII, control characters, blanks, full-width and NFKC forms.
FORMULA_PAYLOADS = [
    "=1+1",
    "+1",
    "-1",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    "\n=1",
    "  =1",
    "＝1+1",
    "＋1",
    "－1",
    "＠x",
    "﹦1+1",
    "﹢1",
    "﹣1",
    "﹫x",
    "\u3000=1",
    "\u00a0+1",
    "\u2003@x",
    '=HYPERLINK("x")',
    "-2+3",
    "=cmd|' /C calc'!A0",
]


def digest(path: Path) -> str:
    """A hash of every row of every table: equal digests mean nothing was written."""
    h = hashlib.sha256()
    with closing(sqlite3.connect(path)) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "ORDER BY name"
            )
        ]
        for table in tables:
            h.update(table.encode())
            for row in sorted(repr(r) for r in conn.execute(f'SELECT * FROM "{table}"')):
                h.update(row.encode())
    return h.hexdigest()


def counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as conn:
        return {
            t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("client", "contact_point", "client_tag", "touch")
        }


def integrity(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


def write_xlsx(path: Path, rows: Sequence[Sequence[object]], title: str = "Clients") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def add_client(
    services: Services,
    name: str,
    *,
    phone: str | None = None,
    email: str | None = None,
    company: str | None = None,
    tier: str = "C",
    tags: tuple[str, ...] = (),
    notes: str | None = None,
    birthday: tuple[int | None, int, int] | None = None,
) -> int:
    contacts = []
    if phone:
        contacts += [ContactPointInput("call", phone), ContactPointInput("sms", phone)]
    if email:
        contacts.append(ContactPointInput("email", email))
    data = ClientInput(
        name=name,
        tier=tier,
        company=company,
        contacts=tuple(contacts),
        tags=tags,
        notes=notes,
        birthday=birthday,
    )
    client_id = services.clients.add(data).value
    return client_id


def client_rows(path: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(
            "SELECT id, name, company, notes, birthday_year, birthday_month, birthday_day "
            "FROM client ORDER BY id"
        ).fetchall()


def contacts_of(path: Path, client_id: int) -> set[tuple[str, str]]:
    with closing(sqlite3.connect(path)) as conn:
        return set(
            conn.execute(
                "SELECT channel, value FROM contact_point WHERE client_id = ?", (client_id,)
            )
        )


def tags_of(path: Path, client_id: int) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        return {
            r[0]
            for r in conn.execute("SELECT name FROM client_tag WHERE client_id = ?", (client_id,))
        }
