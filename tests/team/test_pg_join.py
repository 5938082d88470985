"""From laptop to team and back through the CLI (issue 14, point 7): `team join` brings a
laptop book in as one salesperson's clients and flags duplicates of another's; a member's
clients export back into a fresh laptop book."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from planner.app import Services
from planner.cli import main
from planner.db import Book
from planner.services.views import ClientInput, ContactPointInput
from tests.conftest import fixed_clock

TODAY = ["--today", "2026-11-26"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, object]:
    code = main([*argv, "--json", *TODAY], clock=fixed_clock())
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else None


def laptop(path: Path, *people: tuple[str, str]) -> None:
    services = Services(Book(path), fixed_clock())
    for name, phone in people:
        services.clients.add(ClientInput(name=name, contacts=(ContactPointInput("call", phone),)))
    services.close()


def test_join_flags_duplicates_and_member_exports_back(
    tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", pg_url]
    assert run(capsys, "team", "add-salesperson", "anna", "Anna", *db)[0] == 0
    assert run(capsys, "team", "add-salesperson", "boris", "Boris", *db)[0] == 0
    laptop(tmp_path / "anna.sqlite", ("Jan Kowalski", "+48601234567"), ("Ewa Lis", "+48602000000"))
    laptop(tmp_path / "boris.sqlite", ("Jan K.", "+48601234567"))
    code, data = run(capsys, "team", "join", str(tmp_path / "anna.sqlite"), "--as", "anna", *db)
    assert code == 0
    assert data == {"clients": 2, "touches": data["touches"], "flagged": 0}  # type: ignore[index]
    code, data = run(capsys, "team", "join", str(tmp_path / "boris.sqlite"), "--as", "boris", *db)
    assert code == 0
    assert data["flagged"] == 1  # type: ignore[index]
    code, flags = run(capsys, "team", "flags", *db)
    assert flags == [{"client": 3, "other": 1, "reason": "same-phone"}]
    team = Services(Book(pg_url), fixed_clock())
    assert team.clients.count() == 3  # flagged, not merged
    team.close()
    out = tmp_path / "anna-again.sqlite"
    code, data = run(capsys, "team", "export-member", str(out), "--as", "anna", *db)
    assert (code, data) == (0, {"clients": 2})
    back = Services(Book(out), fixed_clock())
    try:
        names = sorted(back.clients.get(i).name for i in back.clients.ids())
        assert back.clients.search("kowalski")  # the search index took them in
        assert names == ["Ewa Lis", "Jan Kowalski"]
    finally:
        back.close()


def test_join_needs_a_team_book_and_a_known_salesperson(
    tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop(tmp_path / "a.sqlite", ("Jan", "+48601234567"))
    code, _ = run(
        capsys, "team", "join", str(tmp_path / "a.sqlite"), "--as", "nobody", "--db", pg_url
    )
    assert code != 0
    team = Services(Book(pg_url), fixed_clock())
    assert team.clients.count() == 0  # nothing partial
    team.close()
    code, _ = run(capsys, "team", "flags", "--db", str(tmp_path / "a.sqlite"))
    assert code != 0
