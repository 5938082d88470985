"""What the managers' workbook holds: its sheets and columns, the Summary page with its
native charts, and the hidden marker sheet that `merge` recognises.

The marker sheet `_cp_meta` (key, value rows) names the salesperson, the period, the
currency and language, each sheet's name and column keys, and the total KPIs; the same
facts go into custom document properties for anyone who looks with Excel's File > Info.
A data sheet too long for one worksheet goes on in continuation sheets ("Clients (2)"...),
each named under `sheet.<role>.<n>` (n = 2, 3...); such a report is format 2, which an app
that reads only format 1 refuses as newer instead of merging the first sheet alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from planner.io.cells import is_formula_like
from planner.io.labels import vocabulary, word
from planner.io.report_data import Kpi, Kpis
from planner.io.sheets import Column, Formats, serial_day

MARKER = "contact-planner-report"
FORMAT_VERSION = 1  # every data sheet in one worksheet
CONTINUED_FORMAT = 2  # some data sheet goes on in continuation sheets (`sheet.<role>.<n>`)
META_SHEET = "_cp_meta"

CLIENTS = [
    Column("id", "int", 10),
    Column("name", "text", 28),
    Column("company", "text", 24),
    Column("tier", "text", 8),
    Column("status", "text", 12),
    Column("phone", "text", 16),
    Column("email", "text", 26),
    Column("tags", "text", 20),
    Column("birthday", "text", 12),
    Column("created_on", "date", 12),
    Column("last_reached", "date", 12),
    Column("next_due", "date", 12),
    Column("value", "money", 12),
    Column("at_risk", "bool", 9),
]
PLAN = [
    Column("touch_id", "int", 10),
    Column("due", "date", 12),
    Column("time", "datetime", 16),
    Column("client_id", "int", 10),
    Column("client", "text", 28),
    Column("company", "text", 22),
    Column("tier", "text", 8),
    Column("channel", "text", 12),
    Column("purpose", "text", 16),
    Column("kind", "text", 12),
    Column("overdue", "bool", 10),
    Column("overbooked", "bool", 11),
    Column("reason", "text", 60),
]
HISTORY = [
    Column("done_on", "date", 12),
    Column("touch_id", "int", 10),
    Column("client_id", "int", 10),
    Column("client", "text", 28),
    Column("tier", "text", 8),
    Column("channel", "text", 12),
    Column("purpose", "text", 16),
    Column("outcome", "text", 16),
    Column("note", "text", 50),
]
SALES = [
    Column("sale_id", "int", 9),
    Column("day", "date", 12),
    Column("client_id", "int", 10),
    Column("client", "text", 28),
    Column("tier", "text", 8),
    Column("item_code", "text", 12),
    Column("item", "text", 30),
    Column("quantity", "number", 10),
    Column("unit_price", "money", 14),
    Column("amount", "money", 14),
]
SHEETS = {"clients": CLIENTS, "plan": PLAN, "history": HISTORY, "sales": SALES}
KPI_FIELDS = (
    "clients",
    "planned",
    "done",
    "overdue",
    "reached",
    "sales",
    "revenue_minor",
    "at_risk",
)


@dataclass(frozen=True, slots=True)
class ReportInfo:
    lang: str
    currency: str
    salesperson: str
    company: str
    start: date
    end: date
    today: date


def write_text(ws: Any, formats: Formats, row: int, col: int, value: str | None) -> None:
    """A text cell that never becomes a formula (quote prefix when it looks like one)."""
    if value:
        ws.write_string(row, col, value, formats.quoted if is_formula_like(value) else None)


def write_day(ws: Any, formats: Formats, row: int, col: int, value: object) -> None:
    serial = serial_day(value)
    if serial is not None:
        ws.write_number(row, col, serial, formats.date)


class SummaryPage:
    """The first sheet: who, which period, KPIs by tier and by channel, two charts."""

    TIER_HEAD = (
        "col.tier",
        "sum.clients",
        "sum.planned",
        "sum.done",
        "sum.overdue",
        "sum.reached",
        "sum.reach_rate",
        "sum.sales",
        "sum.revenue",
        "sum.at_risk",
    )
    CHANNEL_HEAD = (
        "col.channel",
        "sum.planned",
        "sum.done",
        "sum.overdue",
        "sum.reached",
        "sum.reach_rate",
    )

    def __init__(self, workbook: Any, formats: Formats, info: ReportInfo) -> None:
        self.workbook, self.formats, self.info = workbook, formats, info

    def word(self, key: str) -> str:
        return word(key, self.info.lang)

    def write(self, numbers: Kpis) -> None:
        f, w, info = self.formats, self.word, self.info
        ws = self.workbook.add_worksheet(w("sheet.summary"))
        ws.set_column(0, 0, 24)
        ws.set_column(1, 10, 14)
        ws.write_string(0, 0, w("sum.title"), f.title)
        ws.write_string(1, 0, w("sum.salesperson"), f.bold)
        write_text(ws, f, 1, 1, ", ".join(p for p in (info.salesperson, info.company) if p))
        ws.write_string(2, 0, w("sum.period"), f.bold)
        write_day(ws, f, 2, 1, info.start)
        write_day(ws, f, 2, 2, info.end)
        ws.write_string(3, 0, w("sum.generated"), f.bold)
        write_day(ws, f, 3, 1, info.today)
        ws.write_string(5, 0, w("sum.by_tier"), f.bold)
        for c, key in enumerate(self.TIER_HEAD):
            ws.write_string(6, c, w(key), f.header)
        row = first_tier = 7
        for kpi in numbers.by_tier:
            self._kpi_row(ws, row, kpi.label, kpi, full=True)
            row += 1
        last_tier = row - 1
        self._kpi_row(ws, row, w("sum.total"), numbers.total, full=True)
        row += 2
        ws.write_string(row, 0, w("sum.by_channel"), f.bold)
        row += 1
        for c, key in enumerate(self.CHANNEL_HEAD):
            ws.write_string(row, c, w(key), f.header)
        row += 1
        first_channel = row
        for kpi in numbers.by_channel:
            label = vocabulary("channel", kpi.label, info.lang) or kpi.label
            self._kpi_row(ws, row, label, kpi, full=False)
            row += 1
        self._charts(ws, first_tier, last_tier, first_channel, row - 1)

    def _kpi_row(self, ws: Any, row: int, label: str, kpi: Kpi, full: bool) -> None:
        f = self.formats
        write_text(ws, f, row, 0, label)
        counts = [kpi.clients] if full else []
        counts += [kpi.planned, kpi.done, kpi.overdue, kpi.reached]
        for c, n in enumerate(counts, start=1):
            ws.write_number(row, c, n)
        c = len(counts) + 1
        if kpi.reach_rate is not None:
            ws.write_number(row, c, kpi.reach_rate, f.percent)
        if full:
            from planner.sales.money import exponent

            ws.write_number(row, c + 1, kpi.sales)
            revenue = kpi.revenue_minor / 10 ** exponent(self.info.currency)
            ws.write_number(row, c + 2, revenue, f.money(self.info.currency))
            ws.write_number(row, c + 3, kpi.at_risk)

    def _charts(self, ws: Any, t0: int, t1: int, c0: int, c1: int) -> None:
        """A column chart of touches per channel and a pie of clients per tier (native)."""
        sheet = "'" + self.word("sheet.summary").replace("'", "''") + "'"
        column = self.workbook.add_chart({"type": "column"})
        for col, key in ((1, "sum.planned"), (2, "sum.done")):
            letter = chr(65 + col)
            column.add_series(
                {
                    "name": self.word(key),
                    "categories": f"={sheet}!$A${c0 + 1}:$A${c1 + 1}",
                    "values": f"={sheet}!${letter}${c0 + 1}:${letter}${c1 + 1}",
                }
            )
        column.set_title({"name": self.word("sum.chart_channels")})
        ws.insert_chart(5, 11, column)
        pie = self.workbook.add_chart({"type": "pie"})
        pie.add_series(
            {
                "name": self.word("sum.clients"),
                "categories": f"={sheet}!$A${t0 + 1}:$A${t1 + 1}",
                "values": f"={sheet}!$B${t0 + 1}:$B${t1 + 1}",
                "data_labels": {"value": True},
            }
        )
        pie.set_title({"name": self.word("sum.chart_tiers")})
        ws.insert_chart(22, 11, pie)

    def meta(self, total: Kpi, sheets: dict[str, list[str]]) -> None:
        """The hidden marker sheet and the document properties (write it last); `sheets`
        maps each role to the names of its sheet and continuation sheets."""
        info = self.info
        continued = any(len(names) > 1 for names in sheets.values())
        version = str(CONTINUED_FORMAT if continued else FORMAT_VERSION)
        pairs: list[tuple[str, str]] = [
            ("marker", MARKER),
            ("format", version),
            ("salesperson", info.salesperson),
            ("company", info.company),
            ("currency", info.currency),
            ("language", info.lang),
            ("period_from", info.start.isoformat()),
            ("period_to", info.end.isoformat()),
            ("generated", info.today.isoformat()),
        ]
        for role, columns in SHEETS.items():
            first, *more = sheets[role]
            pairs.append((f"sheet.{role}", first))
            pairs += [(f"sheet.{role}.{n}", name) for n, name in enumerate(more, start=2)]
            pairs.append((f"columns.{role}", ",".join(c.key for c in columns)))
        pairs += [(f"kpi.{name}", str(getattr(total, name))) for name in KPI_FIELDS]
        ws = self.workbook.add_worksheet(META_SHEET)
        for r, (key, value) in enumerate(pairs):
            ws.write_string(r, 0, key)
            write_text(ws, self.formats, r, 1, value)
        ws.hide()
        self.workbook.set_properties(
            {
                "title": self.word("sum.title"),
                "author": info.salesperson,
                "company": info.company,
                "comments": MARKER,
            }
        )
        self.workbook.set_custom_property("ContactPlannerReport", version)
        self.workbook.set_custom_property("Salesperson", info.salesperson or "-")
        self.workbook.set_custom_property("PeriodFrom", info.start.isoformat())
        self.workbook.set_custom_property("PeriodTo", info.end.isoformat())
