"""Import a client list into the book: all or nothing, duplicates handled, one re-plan.

One transaction holds the whole import (a crash or a cancel leaves none of it). Rows are
written in batches with Core executemany (no ORM object per row); the full-text index is
filled in one pass after the rows (`search.indexed_after`). Memory stays flat in the
file's size: rows stream from the reader, report lines stream to the CSV, duplicate keys
sit in a temporary table (`dedupe`). At the end every new or updated client is re-planned
once, levelled against the rest of the book, in chunks of clients (`import_plan`: the same
plan as one pass, with the memory of levelling only); new clients' onboarding sequences
are planned in that re-plan and written once, by it (`import_plan.Onboarding`).

All or nothing (the default): a row that cannot be imported at all (no name, bad text, a
name too long) refuses the whole file; the file is still read to the end, so the report
lists every such row at once. With `valid_only` those rows are skipped and the rest is
imported. Problems that only drop one value (a mistyped phone) never refuse a file.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol

from sqlalchemy import Connection, TextClause, bindparam, func, select, text
from sqlalchemy.orm import Session

from planner import search
from planner.errors import BookError
from planner.io.bulk import Bulk
from planner.io.dedupe import DuplicateIndex, Hits, match
from planner.io.import_report import ReportWriter, default_report_path
from planner.io.import_rows import (
    CLIENT_COLUMNS,
    POINT_COLUMNS,
    TAG_COLUMNS,
    UPDATE_SQL,
    Candidate,
    Checker,
    Existing,
    Point,
    Row,
    client_row,
    point_rows,
    skips_row,
    tag_rows,
)
from planner.io.progress import STEPS, Progress, TransferCancelled, part, report
from planner.io.records import ImportedClient, RowProblem
from planner.models import Client, Tier
from planner.scheduling import PlanCancelled
from planner.services import import_plan
from planner.services.context import Context
from planner.services.import_plan import Onboarding, replan_chunked
from planner.services.planning import PlanningService, sequence_rules
from planner.services.views import Changes, ReplanResult
from planner.vocabulary import ClientStatus, SequenceTrigger

OnDuplicate = Literal["skip", "update", "keep"]
BATCH = 500
READ_SHARE = 900  # of STEPS: reading and writing; the re-plan takes the rest
MANY = 5_000  # changed clients past which the result says "all clients" rather than listing ids


# SQLite's page cache while an import runs (the book's is 32 MB): its writes are appends
# and a few hot index pages, while the re-plan's levelling holds every new touch at once;
# 16 MB keeps the peak of 100,000 rows under 300 MB resident (benchmarks/io.py).
IMPORT_CACHE_KIB = 16_000


@contextmanager
def page_cache(conn: Connection, kib: int) -> Iterator[None]:
    """SQLite's page cache of this connection at `kib` KiB while inside, then as it was
    (another database: unchanged)."""
    if conn.dialect.name != "sqlite":
        yield
        return
    before = int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
    conn.exec_driver_sql(f"PRAGMA cache_size = {-int(kib)}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {before}")


class ClientSource(Protocol):
    """What the importer reads: a `planner.io.ClientFile`, or anything shaped like one."""

    path: Path

    @property
    def progress(self) -> float: ...

    def __iter__(self) -> Iterator[ImportedClient | RowProblem]: ...


@dataclass(frozen=True, slots=True)
class ImportOptions:
    on_duplicate: OnDuplicate = "skip"
    valid_only: bool = False  # False: all or nothing; True: import the valid rows
    tier: str = "C"  # for new clients whose row names no tier
    report_path: Path | None = None  # None: beside the source (clients.import-report.csv)
    save_report: bool = True


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did; `written` is False when the file was refused (nothing written)."""

    written: bool
    imported: int  # new clients
    updated: int  # rows merged into a client the book (or the file) already had
    skipped: int  # duplicates left as they were
    refused: int  # rows that could not be imported
    report_lines: int  # every line of the report (problems and duplicates)
    report: tuple[RowProblem, ...]  # the first 1,000 lines, to show
    report_path: Path | None
    replan: ReplanResult | None = None
    changes: Changes = field(default_factory=Changes)
    unverified: int = 0  # phones kept as typed, flagged for the salesperson to fix
    region: str | None = None  # the phone region numbers without a country code were read in


class _Refused(Exception):
    """Unwinds the transaction of an all-or-nothing import with refused rows."""


class Importer:
    def __init__(
        self, ctx: Context, planning: PlanningService, plan_chunk: int | None = None
    ) -> None:
        self.ctx = ctx
        self.planning = planning
        self.plan_chunk = plan_chunk  # clients per chunk of the re-plan (None: PLAN_CHUNK)

    def run(
        self,
        source: ClientSource,
        options: ImportOptions = ImportOptions(),
        progress: Progress | None = None,
    ) -> ImportResult:
        if options.on_duplicate not in ("skip", "update", "keep"):
            raise BookError("bad-option", f"unknown duplicate policy {options.on_duplicate!r}")
        with self._report(source, options) as lines:
            job = _Job(self, options, lines, progress)
            try:
                with self.ctx.book.transaction() as session:
                    job.run(session, source)
                    if not job.written:
                        raise _Refused
            except _Refused:
                pass
            saved = lines.save()
            changes = Changes()
            if job.written and len(job.new_ids) + len(job.updated_ids) > MANY:
                changes = Changes(all_clients=True, touches=True)  # views reload everything
            elif job.written:
                ids = frozenset(job.new_ids) | frozenset(job.updated_ids)
                changes = Changes(clients=ids, touches=True)
            return ImportResult(
                written=job.written,
                imported=job.imported if job.written else 0,
                updated=job.updated if job.written else 0,
                skipped=job.skipped if job.written else 0,
                refused=job.refused,
                report_lines=lines.lines,
                report=tuple(lines.shown),
                report_path=saved,
                replan=job.replan,
                changes=changes,
                unverified=job.unverified if job.written else 0,
                region=getattr(source, "region", None),
            )

    def _report(self, source: ClientSource, options: ImportOptions) -> ReportWriter:
        """The report's file: as asked, else beside the source, else beside the book (a
        list opened from a read-only folder or a phone)."""
        if not options.save_report:
            return ReportWriter(None)
        if options.report_path is not None:
            return ReportWriter(options.report_path)
        path = default_report_path(Path(source.path))
        try:
            return ReportWriter(path)
        except OSError:
            return ReportWriter(self.ctx.book.path.with_name(path.name))


class _Job:
    """One run of an import inside its transaction."""

    def __init__(
        self,
        importer: Importer,
        options: ImportOptions,
        lines: ReportWriter,
        progress: Progress | None,
    ) -> None:
        self.ctx, self.planning = importer.ctx, importer.planning
        self.plan_chunk = importer.plan_chunk or import_plan.PLAN_CHUNK
        self.options, self.lines, self.progress = options, lines, progress
        self.imported = self.updated = self.skipped = self.refused = self.unverified = 0
        self.first_id = self.next_id = 1
        self.updated_ids: set[int] = set()
        self.written = False
        self.replan: ReplanResult | None = None
        self._last_refused: tuple[str | None, int] = (None, -1)  # (sheet, row)
        self._dry = False  # all or nothing, and a row was refused: only read on, for the report

    def run(self, session: Session, source: ClientSource) -> None:
        with page_cache(session.connection(), IMPORT_CACHE_KIB):
            self._run(session, source)

    def _run(self, session: Session, source: ClientSource) -> None:
        conn = session.connection()
        tiers = {
            code: (tid, name)
            for tid, code, name in session.execute(select(Tier.id, Tier.code, Tier.name))
        }
        if self.options.tier not in tiers:
            raise BookError("bad-tier", f"unknown tier {self.options.tier!r}")
        checker = Checker(
            {c: t[0] for c, t in tiers.items()},
            {c: t[1] for c, t in tiers.items()},
            self.options.tier,
        )
        self.today = self.ctx.today(session)
        self.now = self.ctx.utc_now()
        self.first_id = self.next_id = int(session.scalar(select(func.max(Client.id))) or 0) + 1
        self.conn = conn
        self.bulk = bulk = Bulk(conn)
        self._today, self._now = bulk.day(self.today), bulk.instant(self.now)
        self._yes, self._no = bulk.flag(True), bulk.flag(False)
        self.index = DuplicateIndex(conn)
        with search.indexed_after(conn, self.first_id):  # the search index in one pass
            self._read(source, checker)
        if self._dry:
            return
        self.index.close()
        self._replan(session)

    def _read(self, source: ClientSource, checker: Checker) -> None:
        """Read, check and write every row in batches (duplicates matched on the way)."""
        batch: list[Candidate] = []
        for seen, item in enumerate(source, start=1):
            if isinstance(item, RowProblem):
                self._problem(item)
            else:
                candidate, problems = checker.check(item)
                for problem in problems:
                    self._problem(problem)
                if candidate is not None and not self._dry:
                    batch.append(candidate)
            if len(batch) >= BATCH or seen % BATCH == 0:
                if batch and not self._dry:
                    self._flush(batch)
                batch = []
                report(self.progress, round(READ_SHARE * source.progress), STEPS)
        if batch and not self._dry:
            self._flush(batch)

    def _replan(self, session: Session) -> None:
        affected = [*self.new_ids, *sorted(i for i in self.updated_ids if i < self.first_id)]
        if affected:
            # When the import touched every active client (a first import), the whole-book
            # re-plan is the same plan without computing everyone else's load.
            active = session.scalar(
                select(func.count(Client.id)).where(Client.status == ClientStatus.ACTIVE.value)
            )
            ids = None if active == len(affected) else affected
            # New clients start the onboarding sequence: the re-plan plans its steps with
            # the clients' other touches and writes them once (import_plan.Onboarding).
            rules = sequence_rules(session, SequenceTrigger.NEW_CLIENT)
            onboarding = Onboarding(self.new_ids, tuple(rules), self.today)
            try:
                self.replan = replan_chunked(
                    self.planning, session, ids, self.plan_chunk,
                    part(self.progress, READ_SHARE, STEPS), onboarding,
                )  # fmt: skip
            except PlanCancelled:  # one kind of cancel for the caller, whatever the phase
                raise TransferCancelled("cancelled; nothing was written") from None
        self.written = True

    @property
    def new_ids(self) -> range:
        """New clients take consecutive ids from the book's highest, so a range says it."""
        return range(self.first_id, self.next_id)

    def _problem(self, problem: RowProblem) -> None:
        self.lines.add(problem)
        if problem.code == "bad-phone":
            self.unverified += 1
        if skips_row(problem) and (problem.sheet, problem.row) != self._last_refused:
            self._last_refused = (problem.sheet, problem.row)
            self.refused += 1
            self._dry = self._dry or not self.options.valid_only

    # --- one batch ----------------------------------------------------------------------
    def _flush(self, batch: list[Candidate]) -> None:
        hits = self.index.lookup(key for c in batch for key in c.keys.lookup_keys())
        names = self._names({cid for found in hits.values() for cid, _ in found})
        local: Hits = {}
        pending: dict[int, Candidate] = {}
        merges: dict[int, list[Candidate]] = {}
        policy = self.options.on_duplicate
        for c in batch:
            found = match(c.keys, hits, local)
            # The same name alone is a possible duplicate: imported, listed for review.
            possible = found is not None and found[1] == "name"
            if found is None or policy == "keep" or possible:
                cid = self.next_id
                self.next_id += 1
                pending[cid] = c
                self._remember(local, c, cid)
                self.imported += 1
                if found is not None:
                    code = "possible-duplicate" if possible else "duplicate-kept"
                    self._duplicate(c, found, names, pending, code)
                continue
            target, _ = found
            if policy == "skip":
                self.skipped += 1
                self._duplicate(c, found, names, pending, "duplicate-skipped")
                continue
            self.updated += 1
            self._duplicate(c, found, names, pending, "duplicate-updated")
            if target in pending:
                pending[target].absorb(c)
            else:
                merges.setdefault(target, []).append(c)
                self.updated_ids.add(target)
            self._remember(local, c, target, name=False)  # its phones and e-mails lead to it now
        self._write_new(pending)
        self._write_merges(merges)
        self.index.add(
            [
                entry
                for key, found in local.items()
                for entry in ((key, cid, company) for cid, company in found)
            ]
        )

    @staticmethod
    def _remember(local: Hits, c: Candidate, cid: int, name: bool = True) -> None:
        for key, client_id, company in c.keys.entries(cid):
            if name or not key.startswith("n:"):
                local.setdefault(key, []).append((client_id, company))

    def _duplicate(
        self,
        c: Candidate,
        found: tuple[int, str],
        names: dict[int, str],
        pending: dict[int, Candidate],
        code: str,
    ) -> None:
        target, rule = found
        name = pending[target].name if target in pending else names.get(target, "")
        what = {
            "phone": "the same phone as",
            "email": "the same e-mail as",
            "name": "the same name as",
        }[rule]
        earlier = " (added earlier from this file)" if target >= self.first_id else ""
        action = {
            "duplicate-skipped": "it is skipped",
            "duplicate-updated": "its contacts, tags, notes and birthday are merged into it",
            "duplicate-kept": "it is added as a new client all the same",
            "possible-duplicate": "it is added as a new client; check it in Find duplicates",
        }[code]
        message = f"The row has {what} client {target} “{name}”{earlier}; {action}."
        args = (("client", str(target)), ("name", name), ("rule", rule))
        self.lines.add(RowProblem(c.row, rule, code, message, args, sheet=c.sheet))

    def _names(self, ids: set[int]) -> dict[int, str]:
        if not ids:
            return {}
        query = text("SELECT id, name FROM client WHERE id IN :ids").bindparams(
            bindparam("ids", expanding=True)
        )
        return {cid: name for cid, name in self.conn.execute(query, {"ids": sorted(ids)})}

    def _write_new(self, pending: dict[int, Candidate]) -> None:
        if not pending:
            return
        clients: list[Row] = []
        points: list[Row] = []
        tags: list[Row] = []
        for cid, c in pending.items():
            clients.append(client_row(cid, c, self._today, self._now, self._no))
            points.extend(point_rows(cid, c.points, self._yes, self._no))
            tags.extend(tag_rows(cid, c.tags))
        self.bulk.insert("client", CLIENT_COLUMNS, clients)
        self.bulk.insert("contact_point", POINT_COLUMNS, points)
        self.bulk.insert("client_tag", TAG_COLUMNS, tags)

    def _write_merges(self, merges: dict[int, list[Candidate]]) -> None:
        if not merges:
            return
        existing = _load_existing(self.conn, sorted(merges))
        points: list[Row] = []
        tags: list[Row] = []
        updates: list[Row] = []
        for cid, candidates in merges.items():
            target = existing[cid]
            for c in candidates:
                target.absorb(c)
            if not target.changed:
                continue
            points.extend(point_rows(cid, target.new_points, self._yes, self._no))
            tags.extend(tag_rows(cid, target.new_tags))
            updates.append(target.update_row(self._now))
        self.bulk.insert("contact_point", POINT_COLUMNS, points)
        self.bulk.insert("client_tag", TAG_COLUMNS, tags)
        self.bulk.execute(UPDATE_SQL, updates)


def _load_existing(conn: Connection, ids: list[int]) -> dict[int, Existing]:
    def query(sql: str) -> TextClause:
        return text(sql).bindparams(bindparam("ids", expanding=True))

    found: dict[int, Existing] = {}
    for row in conn.execute(
        query(
            "SELECT id, name, company, notes, birthday_year, birthday_month, birthday_day, "
            "language, timezone, version FROM client WHERE id IN :ids"
        ),
        {"ids": ids},
    ):
        cid, name, company, notes, year, month, day, language, zone, version = row
        birthday = (year, month, day) if month and day else None
        found[cid] = Existing(cid, name, company, notes, birthday, language, zone, version)
    for cid, channel, value, label, preferred, kind, extension, unverified in conn.execute(
        query(
            "SELECT client_id, channel, value, label, preferred, kind, extension, unverified "
            "FROM contact_point WHERE client_id IN :ids ORDER BY id"
        ),
        {"ids": ids},
    ):
        point = Point(channel, value, label, bool(preferred), kind, extension, bool(unverified))
        found[cid].points.append(point)
    for cid, tag in conn.execute(
        query("SELECT client_id, name FROM client_tag WHERE client_id IN :ids"),
        {"ids": ids},
    ):
        found[cid].tags.append(tag)
    return found
