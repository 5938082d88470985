"""Moving a whole book to another laptop: one portable, checked file.

The file is a zip holding `manifest.json` (marker, format, schema revision, row counts,
size and SHA-256 of the database) and `book.sqlite`, a consistent copy made with SQLite's
online backup API (so it can be written while the app has the book open). Reading it
back refuses, with a clear message, a file that is not ours, is truncated or damaged
(checksum, CRC, `PRAGMA integrity_check`), or comes from a newer version of the app; only
then does it replace the book, after a backup of the book it replaces. An older schema is
upgraded by the usual migrations.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path

from planner.atomic import check_space, commit_file, fail_write, is_disk_full, write_error
from planner.db import backup_to, current_revision, upgrade
from planner.errors import BookError
from planner.io.progress import Progress, report
from planner.services.backup import BackupService, verify_file
from planner.services.context import Context

MARKER = "contact-planner-book"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATA = "book.sqlite"
MAX_MANIFEST = 1024 * 1024
MAX_RATIO = 1000  # SQLite pages compress well, but not 1000 : 1
CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class BookFileResult:
    path: Path
    schema: str
    size: int  # bytes of the database inside
    sha256: str
    counts: dict[str, int]


@dataclass(frozen=True, slots=True)
class BookImportResult:
    source: Path
    schema: str  # the schema of the file (the book is at the current one after import)
    counts: dict[str, int]
    safety_backup: Path  # the book as it was before the import


def table_counts(path: Path) -> dict[str, int]:
    """Rows per table of a database file (internal SQLite and search tables left out)."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name NOT LIKE 'client_fts%' AND name != 'alembic_version' ORDER BY name"
            )
        ]
        return {n: int(conn.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0]) for n in names}


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


def export_book(ctx: Context, path: Path, progress: Progress | None = None) -> BookFileResult:
    path = Path(path)
    work = path.with_name(f".{path.name}.sqlite.part")
    tmp = path.with_name(f".{path.name}.part")
    try:
        report(progress, 0, 3)
        check_space(path, 2 * _book_bytes(ctx))  # the working copy and the archive
        backup_to(ctx.book.engine, work)
        with closing(sqlite3.connect(work)) as conn:
            conn.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if problems != ["ok"]:
            raise BookError("damaged-book", f"the book fails its integrity check: {problems[0]}")
        report(progress, 1, 3)
        from planner.db import head_revision

        schema = _schema(work) or head_revision()
        counts = table_counts(work)
        size, digest = work.stat().st_size, _digest(work)
        manifest = {
            "marker": MARKER,
            "format": FORMAT_VERSION,
            "schema": schema,
            "size": size,
            "sha256": digest,
            "counts": counts,
            "created_at": ctx.clock().astimezone(UTC).isoformat(timespec="seconds"),
        }
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
            archive.write(work, DATA)
        report(progress, 2, 3)
        commit_file(tmp, path)
        report(progress, 3, 3)
        return BookFileResult(path, schema, size, digest, counts)
    except BaseException as exc:
        fail_write(tmp, path, exc)
    finally:
        work.unlink(missing_ok=True)
        tmp.unlink(missing_ok=True)


def _book_bytes(ctx: Context) -> int:
    try:
        return ctx.book.path.stat().st_size
    except OSError:
        return 0


def _schema(path: Path) -> str | None:
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def not_ours(path: Path, why: str) -> BookError:
    return BookError("not-a-book-file", f"{path.name} is not a Contact Planner book file ({why}).")


def damaged(path: Path, why: str) -> BookError:
    return BookError("damaged-book-file", f"{path.name} is damaged and cannot be used ({why}).")


def read_book_file(path: Path, target: Path) -> dict[str, object]:
    """Check the file and extract its database to `target`; returns the manifest."""
    path = Path(path)
    if not path.is_file():
        raise BookError("not-found", f"{path} does not exist")
    with open(path, "rb") as f:
        if f.read(4) != b"PK\x03\x04":
            raise not_ours(path, "it is not a zip archive")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise damaged(path, f"the archive cannot be read: {exc}") from None
    with archive:
        infos = {i.filename: i for i in archive.infolist()}
        if MANIFEST not in infos:
            raise not_ours(path, "it has no manifest")
        if set(infos) != {MANIFEST, DATA} or infos[MANIFEST].file_size > MAX_MANIFEST:
            raise not_ours(path, "it holds unexpected parts")
        data = infos[DATA]
        if data.file_size > MAX_RATIO * max(data.compress_size, 1):
            raise damaged(path, "the database part claims an impossible size")
        try:
            manifest = json.loads(archive.read(MANIFEST))
        except (ValueError, zipfile.BadZipFile, OSError) as exc:
            raise damaged(path, f"the manifest cannot be read: {exc}") from None
        if not isinstance(manifest, dict) or manifest.get("marker") != MARKER:
            raise not_ours(path, "its manifest has no Contact Planner marker")
        if not isinstance(manifest.get("format"), int) or manifest["format"] > FORMAT_VERSION:
            raise BookError(
                "newer-book-file",
                f"{path.name} was written by a newer version of "
                "the app; update the app to read it.",
            )
        if manifest.get("size") != data.file_size:
            raise damaged(path, "the database size does not match the manifest")
        h = hashlib.sha256()
        try:
            with archive.open(data) as src, open(target, "wb") as dst:
                while chunk := src.read(CHUNK):
                    h.update(chunk)
                    dst.write(chunk)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
            if is_disk_full(exc):
                raise write_error(target, exc, data.file_size) from None
            raise damaged(path, f"the database cannot be extracted: {exc}") from None
    if h.hexdigest() != manifest.get("sha256"):
        raise damaged(path, "the checksum does not match")
    problems = verify_file(target)
    if problems:
        raise damaged(path, problems[0])
    return manifest


def import_book(
    ctx: Context, path: Path, replace: bool = False, progress: Progress | None = None
) -> BookImportResult:
    """Replace the book with the one in `path`; a book with clients needs `replace`."""
    path = Path(path)
    book = ctx.book.path
    work = book.with_name(f".{book.name}.import.part")
    try:
        report(progress, 0, 3)
        manifest = read_book_file(path, work)
    except BookError as exc:
        work.unlink(missing_ok=True)
        raise write_error(book, exc) from None  # a full disk is told as the book's folder
    try:
        report(progress, 1, 3)
        counts = table_counts(book) if book.exists() else {}
        if counts.get("client", 0) and not replace:
            raise BookError(
                "not-empty",
                f"the book {book} already has {counts['client']:,} clients; add --replace to "
                "replace it with the imported one (a backup of it is made first)",
            )
        safety = BackupService(ctx).restore(work)
        if current_revision(ctx.book.engine) != _head():
            upgrade(ctx.book.engine, book, stamp=ctx.stamp)
        report(progress, 3, 3)
        return BookImportResult(path, str(manifest.get("schema")), table_counts(book), safety)
    finally:
        work.unlink(missing_ok=True)


def _head() -> str:
    from planner.db import head_revision

    return head_revision()


__all__ = ["BookFileResult", "BookImportResult", "export_book", "import_book"]
