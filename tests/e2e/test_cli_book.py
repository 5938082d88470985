"""`demo`, `config`, `backup`/`restore`, `check`, bad books, and running with no command."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from e2e_support import Cli, count, digest

from planner.cli import main


def test_demo_refuses_a_book_with_clients_unless_forced(cli: Cli, pl_book: Path) -> None:
    before = digest(pl_book)
    run = cli("demo", "--db", pl_book, "--clients", "20", "--locale", "pl")
    assert run.code == 1
    assert run.err_lines == [
        "contact-planner: error: the book already has 200 clients; "
        "add --force to add demo clients to them"
    ]
    assert digest(pl_book) == before
    forced = cli("demo", "--db", pl_book, "--clients", "20", "--locale", "pl", "--force", "--json")
    assert forced.code == 0, forced.err
    assert forced.json["first_id"] == 201
    assert forced.json["clients"] == 20
    assert count(pl_book, "SELECT count(*) FROM client") == 220


def test_demo_json(cli: Cli, tmp_path: Path) -> None:
    run = cli("demo", "--db", tmp_path / "b.sqlite", "--clients", "50", "--locale", "en", "--json")
    assert run.code == 0, run.err
    data = run.json
    assert (data["clients"], data["locale"], data["seed"], data["today"]) == (
        50, "en", 1, "2026-11-02"
    )  # fmt: skip
    assert data["touches"] > 200
    assert data["planned"] >= 45
    assert set(data["seconds"]) == {"generate", "write", "replan"}
    tz = cli("config", "get", "calendar.timezone", "--db", tmp_path / "b.sqlite", "--json")
    assert tz.json == {"key": "calendar.timezone", "value": "America/New_York"}


def test_config_set_bad_value_writes_nothing(cli: Cli, pl_book: Path) -> None:
    before = digest(pl_book)
    for key, value, words in (
        ("capacity.call", "lots", "expected a whole number"),
        ("calendar.country", "XX", "unknown country"),
        ("calendar.work_start", "25:00", "HH:MM"),
        ("calendar.work_start", "19:00", "start before they end"),
        ("no.such.key", "1", "unknown setting"),
    ):
        run = cli("config", "set", key, value, "--db", pl_book)
        assert run.code == 1, key
        assert len(run.err_lines) == 1, run.err
        assert words in run.err_lines[0], run.err
    assert digest(pl_book) == before


def test_config_get_set_list(cli: Cli, pl_book: Path) -> None:
    # a demo book: one salesperson's day of 40 calls
    assert cli("config", "get", "capacity.call", "--db", pl_book).out == "40\n"
    run = cli("config", "set", "capacity.call", "12", "--db", pl_book, "--json")
    assert run.json == {"key": "capacity.call", "value": 12, "changed": True, "replanned": True}
    same = cli("config", "set", "capacity.call", "12", "--db", pl_book, "--json")
    assert same.json["changed"] is False
    listed = cli("config", "list", "--db", pl_book, "--json").json
    assert listed["capacity.call"] == 12
    assert listed["calendar.country"] == "PL"
    assert listed["calendar.weekend"] == ["sat", "sun"]
    text = cli("config", "list", "--db", pl_book).out
    assert "calendar.weekend" in text
    assert "sat,sun" in text


def test_backup_and_restore_round_trip(cli: Cli, pl_book: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite"
    run = cli("backup", str(copy), "--db", pl_book, "--json")
    assert run.code == 0, run.err
    assert run.json == {"backup": str(copy)}
    kept = digest(pl_book)
    assert cli("client", "delete", "1", "--db", pl_book, "--yes").code == 0
    assert cli("backup", str(copy), "--db", pl_book).code == 1  # exists: needs --force
    restored = cli("restore", str(copy), "--db", pl_book, "--json")
    assert restored.code == 0, restored.err
    assert Path(restored.json["safety_backup"]).is_file()
    assert digest(pl_book) == kept
    assert cli("client", "show", "1", "--db", pl_book).code == 0
    rotating = cli("backup", "--db", pl_book, "--json")
    assert rotating.code == 0
    assert Path(rotating.json["backup"]).is_file()


def test_restore_refuses_a_file_that_is_not_a_book(cli: Cli, pl_book: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite"
    junk.write_text("not a database", encoding="utf-8")
    before = digest(pl_book)
    run = cli("restore", str(junk), "--db", pl_book)
    assert run.code == 1
    assert len(run.err_lines) == 1
    assert digest(pl_book) == before


def test_check_a_sound_book(cli: Cli, pl_book: Path) -> None:
    run = cli("check", "--db", pl_book, "--json")
    assert (run.code, run.json) == (0, {"ok": True, "problems": []})
    assert cli("check", "--db", pl_book).out == "The book is sound.\n"


@pytest.mark.parametrize("command", [["agenda"], ["client", "add", "--name", "X"], ["check"]])
def test_a_file_that_is_not_a_book(cli: Cli, tmp_path: Path, command: list[str]) -> None:
    other = tmp_path / "notes.sqlite"
    other.write_bytes(b"Dear diary, today I planned nothing.\n")
    run = cli(*command, "--db", other)
    assert run.code == 1
    assert run.err_lines == [f"contact-planner: error: {other} is not a Contact Planner book"]
    assert other.read_bytes() == b"Dear diary, today I planned nothing.\n"


def test_a_folder_is_not_a_book(cli: Cli, tmp_path: Path) -> None:
    run = cli("agenda", "--db", tmp_path)
    assert run.code == 1
    assert run.err_lines == [f"contact-planner: error: {tmp_path} is a folder, not a book"]


def test_usage_errors_are_one_line(cli: Cli) -> None:
    for argv in (["client"], ["frobnicate"], ["touch", "done", "x", "--outcome", "reached"]):
        run = cli(*argv)
        assert run.code == 2
        assert len(run.err_lines) == 1
        assert run.err_lines[0].startswith("contact-planner: error: ")


def test_no_command_without_the_desktop_app_shows_a_first_run_agenda(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "ui.app", None)  # as if the UI could not be imported
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    book = tmp_path / "first.sqlite"
    run = cli("--db", book, "--json")
    assert run.code == 0, run.err
    assert "desktop app is not available" in run.err
    assert all(t["due"] <= "2026-11-02" for t in run.json)
    assert count(book, "SELECT count(*) FROM client") == 200
    assert cli("config", "get", "ui.language", "--db", book).out == "ru\n"
    again = cli("--db", book, "--json")  # the second start does not add another demo
    assert again.code == 0
    assert count(book, "SELECT count(*) FROM client") == 200


def test_no_command_starts_the_desktop_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[list[str]] = []

    class FakeUi:
        @staticmethod
        def main(argv: list[str]) -> int:
            calls.append(argv)
            return 0

    monkeypatch.setitem(sys.modules, "ui.app", FakeUi)
    assert main(["--db", str(tmp_path / "b.sqlite")]) == 0
    assert calls == [["--db", str(tmp_path / "b.sqlite")]]
    assert not (tmp_path / "b.sqlite").exists()  # the app opens the book itself
    assert main(["--lang", "ru"]) == 0
    assert calls[-1] == ["--lang", "ru"]
    assert main(["--db", str(tmp_path / "b.sqlite"), "--lang", "pl"]) == 0
    assert calls[-1] == ["--db", str(tmp_path / "b.sqlite"), "--lang", "pl"]
