"""An import into a team book (PostgreSQL): the onboarding planned by the chunked re-plan
(import_plan.Onboarding) and its Core writes make the plan an import into a personal book
(SQLite) makes of the same file."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from sqlalchemy import text

from planner.app import Services
from planner.db import Book
from planner.services.importing import ImportOptions
from tests.conftest import fixed_clock

COLUMNS = (
    "client_id, kind, channel, purpose, status, base_due, due, overbooked, sequence_code, step"
)


def _source(path: Path) -> Path:
    lines = ["Name;Phone;E-mail;Birthday;Tier"]
    for i in range(120):
        birthday = f"{1 + i % 9:02d}.12.1980" if i % 4 == 0 else ""
        email = f"k{i}@firma.pl" if i % 3 else ""
        lines.append(f"Klient {i};+48 601 {i:06d};{email};{birthday};{'ABC'[i % 3]}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _imported(url: str, source: Path) -> list[tuple[Any, ...]]:
    services = Services(Book(url), fixed_clock())
    try:
        services.settings.set("phone.region", "PL")
        result = services.transfer.import_file(source, options=ImportOptions(save_report=False))
        assert result.value.written
        assert result.value.imported == 120
        with services.book.reading() as session:
            found = session.execute(text(f"SELECT {COLUMNS} FROM touch")).all()
    finally:
        services.close()
    return sorted((tuple(_plain(v) for v in row) for row in found), key=repr)


def _plain(value: object) -> str:
    return str(int(value)) if isinstance(value, bool) else str(value)  # SQLite: 0/1


def test_an_import_into_a_team_book_plans_as_a_personal_one(
    pg_url: str, empty_book_template: Path, tmp_path: Path
) -> None:
    source = _source(tmp_path / "clients.csv")
    personal = tmp_path / "personal.sqlite"
    shutil.copyfile(empty_book_template, personal)
    on_sqlite = _imported(str(personal), source)
    on_pg = _imported(pg_url, source)
    assert sum(1 for row in on_pg if row[8] == "onboarding") >= 120
    assert on_pg == on_sqlite
