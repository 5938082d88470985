"""Backups: rotating copies, restore, and the integrity check (DESIGN.md section 6)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from planner.atomic import check_space, write_error
from planner.db import backup_dir, backup_to, check_integrity, head_revision, ro_connect
from planner.errors import BookError
from planner.services.context import Context


class BackupService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def backup(self, target: Path | None = None) -> Path:
        """Write a consistent copy; without a target, a rotating one beside the book."""
        book = self.ctx.book.path
        if target is None:
            stamp = self.ctx.stamp()
            target = backup_dir(book) / f"{book.stem}-{stamp}.sqlite"
            backup_to(self.ctx.book.engine, target)
            self._rotate()
            return target
        return backup_to(self.ctx.book.engine, Path(target))

    def daily(self) -> Path | None:
        """The day's rotating backup (DESIGN.md section 10), once a day: written when the
        newest rotating copy is from an earlier day than now, kept `backup.keep` deep.
        A read-only book is not copied (nothing in it can change), nor a team book (its
        server keeps its own: pg_dump, docs/team.md). Days are those of the backup names,
        the machine's UTC date, so a fixed book clock never stops the copies."""
        if not self.ctx.book.writable() or self.ctx.book.engine.dialect.name != "sqlite":
            return None
        start = len(self.ctx.book.path.stem) + 1  # names are <stem>-<stamp>.sqlite
        today = self.ctx.stamp()[:8]
        if any(old.name[start : start + 8] == today for old in self._rotating()):
            return None
        return self.backup()

    def available(self) -> list[Path]:
        folder = backup_dir(self.ctx.book.path)
        return sorted(folder.glob("*.sqlite"), reverse=True) if folder.exists() else []

    def _rotating(self) -> list[Path]:
        """The rotating copies, newest first (not the ones taken before a migration)."""
        stem = self.ctx.book.path.stem
        return [p for p in self.available() if "-before-" not in p.name and p.name.startswith(stem)]

    def _rotate(self) -> None:
        keep = int(self.ctx.setting_value(None, "backup.keep"))
        for old in self._rotating()[keep:]:
            old.unlink(missing_ok=True)

    def restore(self, source: Path) -> Path:
        """Replace the book's content with a backup, after checking the backup is sound.

        The current book is backed up first, so a restore can itself be undone.
        """
        source = Path(source)
        problems = verify_file(source)
        if problems:
            raise BookError("bad-backup", f"{source} cannot be restored: {problems[0]}")
        safety = self.backup()
        if not self.ctx.book.writable():
            raise BookError("read-only", f"The book is open read-only ({self.ctx.book.read_only}).")
        src = ro_connect(source)
        try:
            check_space(self.ctx.book.path, source.stat().st_size)
            with self.ctx.book.engine.connect() as conn:
                raw = conn.connection.dbapi_connection
                assert raw is not None
                src.backup(raw)  # type: ignore[arg-type]  # all or nothing in SQLite
        except (OSError, sqlite3.Error) as exc:
            raise write_error(self.ctx.book.path, exc, source.stat().st_size) from None
        finally:
            src.close()
        self.ctx.book.engine.dispose()
        return safety

    def check(self) -> list[str]:
        return check_integrity(self.ctx.book.engine)


def verify_file(path: Path) -> list[str]:
    """Is `path` a sound book of a schema this version can open?"""
    if not path.is_file():
        return [f"{path} does not exist"]
    with path.open("rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            return [f"{path} is not a Contact Planner book"]
    try:
        conn = ro_connect(path)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
            if rows != ["ok"]:
                return [str(r) for r in rows]
            try:
                (rev,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            except sqlite3.Error:
                return [f"{path} is not a Contact Planner book"]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return [str(exc)]
    if rev != head_revision():
        from alembic.script import ScriptDirectory

        from planner.db import alembic_config

        known = {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
        if rev not in known:
            return [f"it was written by a newer version of the app (schema {rev})"]
    return []
