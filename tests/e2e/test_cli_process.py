"""The CLI as a real process: console script / `python -m planner.cli`, exit codes,
UTF-8 output whatever the machine's locale, and no Qt for any subcommand."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

TODAY = "2026-11-02"
SCRIPT = Path(sys.executable).with_name("contact-planner" + (".exe" if os.name == "nt" else ""))


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(TZ="Pacific/Kiritimati", LANG="C", LC_ALL="C", PYTHONIOENCODING="ascii")
    env.pop("QT_QPA_PLATFORM", None)
    return env


def _run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[bytes]:
    cmd = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "planner.cli"]
    return subprocess.run(
        [*cmd, *map(str, args)], cwd=cwd, env=_env(), capture_output=True, timeout=300, check=False
    )


def test_demo_then_agenda_in_real_processes(tmp_path: Path) -> None:
    book = tmp_path / "book.sqlite"
    demo = _run("demo", "--db", book, "--clients", "200", "--locale", "ru", "--seed", "3",
                "--today", TODAY, "--json", cwd=tmp_path)  # fmt: skip
    assert demo.returncode == 0, demo.stderr.decode()
    assert json.loads(demo.stdout.decode("utf-8"))["clients"] == 200
    agenda = _run("agenda", "--db", book, "--today", TODAY, "--json", cwd=tmp_path)
    assert agenda.returncode == 0, agenda.stderr.decode()
    touches = json.loads(agenda.stdout.decode("utf-8"))  # UTF-8 even on an ASCII console
    assert touches
    assert all(t["due"] <= TODAY for t in touches)
    assert any(not t["client"].isascii() for t in touches)  # Cyrillic names, not \\u escapes
    assert b"\\u04" not in agenda.stdout
    human = _run("agenda", "--db", book, "--today", TODAY, cwd=tmp_path)
    assert human.returncode == 0
    assert human.stdout.startswith(b"Agenda for 2026-11-02")


def test_module_entry_point_and_error_exit(tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("not a book", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "planner.cli", "agenda", "--db", str(other)],
        cwd=tmp_path, env=_env(), capture_output=True, timeout=300, check=False,
    )  # fmt: skip
    assert run.returncode == 1
    assert run.stdout == b""
    lines = run.stderr.decode().splitlines()
    assert lines == [f"contact-planner: error: {other} is not a Contact Planner book"]


def test_subcommands_never_import_qt(tmp_path: Path) -> None:
    book = tmp_path / "book.sqlite"
    probe = tmp_path / "modules.json"
    code = f"""
import json, sys
from planner.cli import main
book, today = {str(book)!r}, {TODAY!r}
runs = [["demo", "--clients", "30", "--locale", "pl"], ["agenda", "--json"],
        ["client", "list", "--limit", "2"], ["search", "kowal"], ["config", "list"],
        ["plan"], ["replan"], ["check"], ["backup"]]
codes = [main(["--db", book, "--today", today, *r]) for r in runs]
loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "ui"))
open({str(probe)!r}, "w").write(json.dumps({{"codes": codes, "loaded": loaded}}))
"""
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=_env(), capture_output=True,
        timeout=300, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr.decode()
    result = json.loads(probe.read_text())
    assert result == {"codes": [0] * 9, "loaded": []}


def test_an_edit_waiting_for_another_writer_says_so_and_goes_through(tmp_path: Path) -> None:
    import sqlite3
    from contextlib import closing

    book = tmp_path / "book.sqlite"
    made = _run("config", "set", "gap.days", "2", "--db", book, cwd=tmp_path)
    assert made.returncode == 0, made.stderr.decode()
    cmd = [str(SCRIPT)] if SCRIPT.exists() else [sys.executable, "-m", "planner.cli"]
    with closing(sqlite3.connect(book, isolation_level=None)) as other:
        other.execute("BEGIN IMMEDIATE")  # another program's long write
        edit = subprocess.Popen(
            [*cmd, "config", "set", "gap.days", "3", "--db", str(book)],
            cwd=tmp_path, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
        assert edit.stderr is not None
        line = edit.stderr.readline().decode()
        assert line.startswith("Waiting for the book: another program is saving a long change")
        assert edit.poll() is None  # waiting, not refused
        other.execute("COMMIT")
    _out, err = edit.communicate(timeout=120)
    assert edit.returncode == 0, err.decode()
    shown = _run("config", "get", "gap.days", "--db", book, cwd=tmp_path)
    assert shown.stdout.decode().strip().endswith("3")
