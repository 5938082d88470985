"""What every command gets: the book (opened lazily), the clock, today, and progress.

Commands that only read refuse a book that does not exist rather than create an empty
one at a mistyped path; the few that write (demo, client add, config set, ...) create it.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable
from contextlib import closing
from datetime import date, datetime, time
from pathlib import Path
from typing import TextIO
from zoneinfo import ZoneInfo

from planner.app import Services
from planner.cli.output import Output
from planner.db import in_use_elsewhere, remove_book_files
from planner.errors import BookError
from planner.services.context import Clock, system_clock
from planner.team.url import is_team_url

Handler = Callable[["App", argparse.Namespace], Output]
Progress = Callable[[int, int], bool]


def fixed_clock(day: date) -> Clock:
    """`--today D`: noon UTC of D, which is D in every zone from UTC-11 to UTC+11."""
    moment = datetime.combine(day, time(12), tzinfo=ZoneInfo("UTC"))
    return lambda: moment


def default_book() -> Path:
    from planner.db import default_book_path

    return default_book_path()


class App:
    def __init__(self, db: Path | str | None, clock: Clock | None, as_json: bool) -> None:
        # A team book (postgresql:// URL) has no file; `db` then names where files that
        # belong beside a book (reports, backups) go, as for TeamBook.path.
        self.team_url = db if isinstance(db, str) and is_team_url(db) else None
        if self.team_url is not None:
            self.db: Path = default_book().with_name("team.sqlite")
        else:
            self.db = Path(db) if db is not None else default_book()
        self.clock = clock or system_clock
        self.json = as_json
        self._services: Services | None = None
        self.created = False  # this run made the book file (so a failure removes it)

    @property
    def stderr(self) -> TextIO:
        return sys.stderr

    def services(self, *, create: bool = False) -> Services:
        """The open book; `create` allows a new, empty book at a path that does not exist."""
        if self._services is None and self.team_url is not None:
            self._services = Services.open(self.team_url, self.clock)
        if self._services is None:
            if not create and not self.db.exists():
                raise BookError("no-book", f"there is no book at {self.db}")
            if self.db.is_dir():
                raise BookError("not-a-book", f"{self.db} is a folder, not a book")
            self.created = not self.db.exists()
            self._services = Services.open(self.db, self.clock)
            self._services.ctx.book.waiting.listeners.append(say_waiting)
        return self._services

    def today(self) -> date:
        """Today in the book's time zone (a setting), from the clock."""
        services = self.services()
        zone = services.settings.get("calendar.timezone")
        return self.clock().astimezone(ZoneInfo(zone)).date()

    def timezone(self) -> str:
        return str(self.services().settings.get("calendar.timezone"))

    def progress(self, label: str, *, counts: bool = True) -> Progress | None:
        """A one-line progress report on stderr, only when a person is watching it."""
        err = self.stderr
        if not err.isatty():
            return None

        def report(done: int, total: int) -> bool:
            share = 100 * done // total if total else 100
            end = "\n" if done >= total else ""
            detail = f" ({done:,}/{total:,})" if counts else ""
            err.write(f"\r{label}: {share:3d}%{detail}{end}")
            err.flush()
            return True

        return report

    def discard_new_book(self) -> None:
        """Remove the book this run created (call after `close`), unless someone else has
        opened it meanwhile (the app, another command): deleting a book's -wal and -shm
        under another process's open connections corrupts what it reads next."""
        if self.created:
            self.created = False
            if not self.db.exists() or in_use_elsewhere(self.db) or _has_clients(self.db):
                return
            remove_book_files(self.db)

    def close(self) -> None:
        if self._services is not None:
            self._services.close()
            self._services = None


def say_waiting(waiting: bool) -> None:
    """An edit waits for another program's long write: say so once, in plain words."""
    if waiting:
        print(
            "Waiting for the book: another program is saving a long change; "
            "this change follows as soon as it is done...",
            file=sys.stderr,
            flush=True,
        )


def _has_clients(path: Path) -> bool:
    """Did anyone write clients into this book (then it is not an empty leftover)?"""
    try:
        with closing(sqlite3.connect(path, timeout=1)) as conn:
            row = conn.execute("SELECT 1 FROM client LIMIT 1").fetchone()
    except sqlite3.Error:
        return False
    return row is not None
