"""The managers' workbook: Summary (KPIs and native charts), Clients, Plan, History, Sales.

Written with xlsxwriter in constant_memory mode (rows streamed in order, strings inline), so
memory does not grow with the book. The file appears under its name only when complete (a
crash or a cancel leaves no half workbook). A hidden sheet `_cp_meta` and custom document
properties mark it as this app's report, with the salesperson, the period, the column keys
of each sheet and the total KPIs, which is what `merge` reads to build a team workbook.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from planner.atomic import commit_file, fail_write
from planner.errors import BookError
from planner.io.labels import language_of, vocabulary, word
from planner.io.progress import Progress, report
from planner.io.reason_texts import reason_line
from planner.io.report_data import (
    client_rows,
    counts,
    history_rows,
    kpis,
    plan_rows,
    sales_rows,
)
from planner.io.report_layout import SHEETS, ReportInfo, SummaryPage
from planner.io.sheets import Formats, SheetWriter, abandon, new_workbook
from planner.services.context import Context
from planner.services.touchviews import decode_reasons

DEFAULT_DAYS = 30  # the default period: 30 days back to 30 days ahead of today
PROGRESS_EVERY = 1000


@dataclass(frozen=True, slots=True)
class ReportResult:
    path: Path
    start: date
    end: date
    language: str
    rows: dict[str, int]  # rows written per sheet (clients, plan, history, sales)


def default_period(today: date) -> tuple[date, date]:
    return today - timedelta(days=DEFAULT_DAYS), today + timedelta(days=DEFAULT_DAYS)


def write_report(
    ctx: Context,
    path: Path,
    start: date | None = None,
    end: date | None = None,
    language: str | None = None,
    progress: Progress | None = None,
) -> ReportResult:
    """Write the workbook for [start, end] (default: 30 days either side of today)."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.part")
    try:
        with ctx.book.reading() as session:
            conn = session.connection()
            values = ctx.all_settings(session)
            today = ctx.today(session)
            first, last = default_period(today)
            start, end = start or first, end or last
            if end < start:
                raise BookError("bad-period", f"the period ends ({end}) before it starts ({start})")
            lang = language_of(language or values["ui.language"])
            job = _Writer(tmp, lang, values, today, start, end, progress)
            job.write(conn)
        commit_file(tmp, path)
    except BaseException as exc:
        fail_write(tmp, path, exc)
    return ReportResult(path, start, end, lang, job.rows)


class _Writer:
    def __init__(
        self,
        tmp: Path,
        lang: str,
        settings: dict[str, Any],
        today: date,
        start: date,
        end: date,
        progress: Progress | None,
    ) -> None:
        self.tmp, self.lang, self.today, self.start, self.end = tmp, lang, today, start, end
        self.currency = str(settings["book.currency"])
        self.info = ReportInfo(
            lang,
            self.currency,
            str(settings["me.name"] or ""),
            str(settings["me.company"] or ""),
            start,
            end,
            today,
        )
        self.zone = ZoneInfo(str(settings["calendar.timezone"]))
        self.progress = progress
        self.rows: dict[str, int] = {}
        self.sheets: dict[str, list[str]] = {}  # role -> its sheet and continuation sheets
        self.done = 0
        self.total = 1

    def word(self, key: str) -> str:
        return word(key, self.lang)

    def write(self, conn: Any) -> None:
        sizes = counts(conn, self.start, self.end, self.today)
        self.total = max(sum(sizes.values()), 1)
        numbers = kpis(conn, self.start, self.end, self.today, self.currency)
        workbook = new_workbook(self.tmp)
        try:
            self.formats = Formats(workbook)
            page = SummaryPage(workbook, self.formats, self.info)
            page.write(numbers)
            self._sheet(workbook, "clients", client_rows(conn), self._client)
            self._sheet(
                workbook, "plan", plan_rows(conn, self.start, self.end, self.today), self._plan
            )
            self._sheet(
                workbook, "history", history_rows(conn, self.start, self.end), self._history
            )
            self._sheet(workbook, "sales", sales_rows(conn, self.start, self.end), self._sale)
            page.meta(numbers.total, self.sheets)
        except BaseException:
            abandon(workbook)
            raise
        workbook.close()

    # --- data sheets -----------------------------------------------------------------------
    def _sheet(self, workbook: Any, role: str, rows: Any, shape: Any) -> None:
        columns = SHEETS[role]
        writer = SheetWriter(
            workbook,
            self.formats,
            self.word(f"sheet.{role}"),
            columns,
            [self.word(f"col.{c.key}") for c in columns],
            self.currency,
        )
        for row in rows:
            values = shape(writer, row)
            writer.row(values)
            self.done += 1
            if self.done % PROGRESS_EVERY == 0:
                report(self.progress, self.done, self.total)
        writer.finish()
        self.rows[role] = writer.row_count
        self.sheets[role] = writer.sheet_names
        report(self.progress, self.done, self.total)

    def _client(self, writer: SheetWriter, r: Any) -> list[object]:
        values = list(r)
        values[4] = vocabulary("status", values[4], self.lang)
        return values

    def _plan(self, writer: SheetWriter, r: Any) -> list[object]:
        tid, due, due_at, cid, client, company, tier, channel, purpose, kind, over, raw = r
        local = None
        if due_at is not None:
            instant = due_at if isinstance(due_at, datetime) else datetime.fromisoformat(due_at)
            local = instant.replace(tzinfo=UTC).astimezone(self.zone).replace(tzinfo=None)
        overdue = (due if isinstance(due, date) else date.fromisoformat(due)) < self.today
        return [
            tid,
            due,
            local,
            cid,
            client,
            company,
            tier,
            vocabulary("channel", channel, self.lang),
            vocabulary("purpose", purpose, self.lang),
            vocabulary("kind", kind, self.lang),
            overdue,
            bool(over),
            reason_line(decode_reasons(raw), self.lang),
        ]

    def _history(self, writer: SheetWriter, r: Any) -> list[object]:
        done_on, tid, cid, client, tier, channel, purpose, outcome, note = r
        return [
            done_on,
            tid,
            cid,
            client,
            tier,
            vocabulary("channel", channel, self.lang),
            vocabulary("purpose", purpose, self.lang),
            vocabulary("outcome", outcome, self.lang),
            note,
        ]

    def _sale(self, writer: SheetWriter, r: Any) -> list[object]:
        sid, day, cid, client, tier, code, item, qty, unit, amount, currency = r
        writer.set_currency(currency)
        return [sid, day, cid, client, tier, code, item, qty / 1000, unit, amount]
