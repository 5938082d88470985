"""The real app (offscreen, its own process) reloads Today in a loop while CLI commands
write the same book (imports, outcomes, re-plans): no read in the app ever fails.

Once, a read failed with "database disk image is malformed" in this situation. The
causes fixed: a failed command deleted the book with its -wal and -shm files while another
process had it open (`discard_new_book`), and read-only probes fell back to
`immutable=1` (no locking, no WAL) on a book other processes write.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

TODAY = "2026-03-12"
CLIENTS, ROUNDS, ROWS = 150, 2, 100
ROOT = Path(__file__).resolve().parents[2]

# The test hook: the real app's `build()`, its worker thread and its window, with Today
# reloaded as soon as each load is done and every client card read as rows get selected.
APP = """
import json, sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo
from PySide6.QtCore import QTimer
from ui import ask
from ui.app import build

now = datetime(2026, 3, 12, 10, 30, tzinfo=ZoneInfo("Europe/Warsaw"))
stop = Path(sys.argv[2])
errors, loads, cards = [], [0], [0]
for name in ("warn", "error", "info", "confirm"):
    setattr(ask, name, lambda *a, _n=name, **k: errors.append(f"ask.{_n}: {a[1:]}"))
app, win = build(["--db", sys.argv[1], "--lang", "en"], clock=lambda: now, tray=False)
win.ops.failed.disconnect()
win.ops.failed.connect(lambda exc: errors.append(f"{type(exc).__name__}: {exc}"))

def started():
    today = win.today
    def again():
        loads[0] += 1
        today.next_touch()  # a card read for another row, too
        QTimer.singleShot(5, today.refresh)
    today.loaded.connect(again)
    today.shown.connect(lambda _id: cards.__setitem__(0, cards[0] + 1))
    today.refresh()
    print("ready", flush=True)

def poll():
    today = win.today
    if today is not None and today.data is not None and not getattr(poll, "said", False):
        poll.said = True
        started()
    if stop.exists():
        timer.stop()
        print(json.dumps({"loads": loads[0], "cards": cards[0], "errors": errors}), flush=True)
        app.quit()

timer = QTimer()
timer.timeout.connect(poll)
timer.start(20)
app.exec()
win.ops.shutdown()
"""


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("QT_QPA_PLATFORM", None)
    return subprocess.run(
        [sys.executable, "-m", "planner.cli", *map(str, args), "--today", TODAY],
        capture_output=True, text=True, timeout=300, env=env, check=False,
    )  # fmt: skip


def planned_ids(book: Path, limit: int) -> list[int]:
    with closing(sqlite3.connect(book)) as conn:
        rows = conn.execute(
            "SELECT id FROM touch WHERE status = 'planned' AND due <= ? ORDER BY id LIMIT ?",
            (TODAY, limit),
        ).fetchall()
    return [r[0] for r in rows]


@pytest.mark.slow
def test_the_app_reads_while_commands_write_the_same_book(tmp_path: Path) -> None:
    book = tmp_path / "book.sqlite"
    made = cli("demo", "--db", book, "--clients", str(CLIENTS), "--seed", "5")
    assert made.returncode == 0, made.stderr
    sources = []
    for n in range(ROUNDS):
        source = tmp_path / f"clients{n}.csv"
        with open(source, "w", encoding="utf-8") as f:
            f.write("Name;Phone\n")
            for i in range(ROWS):
                f.write(f"Klient {n}-{i} Żółwiński;+48 6{n}{i:07d}\n")
        sources.append(source)
    stop = tmp_path / "stop"
    log = open(tmp_path / "app.log", "w", encoding="utf-8")  # noqa: SIM115 - closed below
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen(
        [sys.executable, "-c", APP, str(book), str(stop)],
        stdout=subprocess.PIPE, stderr=log, text=True, env=env, cwd=tmp_path,
    )  # fmt: skip
    assert app.stdout is not None
    try:
        assert app.stdout.readline().strip() == "ready"
        writes = 0
        for source in sources:
            done = cli("import", "--db", book, source)
            assert done.returncode == 0, done.stderr
            writes += 1
            for touch in planned_ids(book, 2):
                logged = cli("touch", "done", touch, "--db", book, "--outcome", "no-answer")
                assert logged.returncode == 0, logged.stderr
                writes += 1
            bad = cli("import", "--db", book, tmp_path / "missing.csv")  # a refused command
            assert bad.returncode != 0
            replanned = cli("replan", "--db", book)
            assert replanned.returncode == 0, replanned.stderr
            writes += 1
        stop.touch()
        out, _ = app.communicate(timeout=120)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(timeout=30)
        log.close()
    report = json.loads(out.strip().splitlines()[-1])
    assert report["errors"] == [], (tmp_path / "app.log").read_text(encoding="utf-8")
    assert report["loads"] > writes  # Today was read again and again while they wrote
    assert report["cards"] > 0
    with closing(sqlite3.connect(book)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM client").fetchone()[0] == CLIENTS + ROUNDS * ROWS
