"""What the managers' workbook shows, read from the book in one snapshot with plain SQL.

KPIs come from a few grouped queries; the sheets' rows stream from cursors in order (no
list of 100,000 rows is ever built). The sales tables are read through SQL only when the
book has them, so a book without sales gets zeros and an empty Sales sheet. Values come
back as the database gives them (SQLite: dates as ISO text); `sheets` writes either form.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, Date, bindparam, inspect, text
from sqlalchemy.sql.elements import TextClause

from planner.io.handover import in_blocks
from planner.vocabulary import REACHING_OUTCOMES, Channel

Row = tuple[object, ...]
PHONES = "('call', 'sms', 'whatsapp', 'viber')"
REACHED = "(" + ", ".join(f"'{o.value}'" for o in sorted(REACHING_OUTCOMES)) + ")"


@dataclass(slots=True)
class Kpi:
    """One line of a KPI table (a tier, a channel, a salesperson or the total)."""

    label: str
    clients: int = 0
    planned: int = 0
    done: int = 0
    overdue: int = 0
    reached: int = 0
    sales: int = 0
    revenue_minor: int = 0
    at_risk: int = 0

    @property
    def reach_rate(self) -> float | None:
        return self.reached / self.done if self.done else None

    def add(self, other: Kpi) -> None:
        for name in (
            "clients",
            "planned",
            "done",
            "overdue",
            "reached",
            "sales",
            "revenue_minor",
            "at_risk",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass(slots=True)
class Kpis:
    by_tier: list[Kpi] = field(default_factory=list)
    by_channel: list[Kpi] = field(default_factory=list)
    total: Kpi = field(default_factory=lambda: Kpi("total"))


def _sql(sql: str, *dates: str) -> TextClause:
    return text(sql).bindparams(*(bindparam(name, type_=Date) for name in dates))


def has_sales(conn: Connection) -> bool:
    names = set(inspect(conn).get_table_names())
    return {"sale", "sale_line", "catalog_item"} <= names


def kpis(conn: Connection, start: date, end: date, today: date, currency: str) -> Kpis:
    tiers = [
        (code, Kpi(code))
        for (code,) in conn.execute(text("SELECT code FROM tier ORDER BY priority, code"))
    ]
    by_tier = dict(tiers)
    by_channel = {c.value: Kpi(c.value) for c in Channel}

    def at(table: dict[str, Kpi], key: object) -> Kpi:
        return table.setdefault(str(key), Kpi(str(key)))

    joins = "FROM touch x JOIN client c ON c.id = x.client_id JOIN tier t ON t.id = c.tier_id"
    period = {"s": start, "e": end, "today": today}
    for code, n, risk in conn.execute(
        text(
            "SELECT t.code, COUNT(*), SUM(CASE WHEN c.at_risk THEN 1 ELSE 0 END) FROM client c "
            "JOIN tier t ON t.id = c.tier_id WHERE c.status = 'active' GROUP BY t.code"
        )
    ):
        at(by_tier, code).clients, at(by_tier, code).at_risk = int(n), int(risk or 0)
    for name, where in (
        ("planned", "x.status = 'planned' AND x.due BETWEEN :s AND :e"),
        ("overdue", "x.status = 'planned' AND x.due < :today"),
    ):
        query = _sql(
            f"SELECT t.code, x.channel, COUNT(*) {joins} WHERE {where} GROUP BY t.code, x.channel",
            *(k for k in period if f":{k}" in where),
        )
        for code, channel, n in conn.execute(
            query, {k: v for k, v in period.items() if f":{k}" in where}
        ):
            for kpi in (at(by_tier, code), at(by_channel, channel)):
                setattr(kpi, name, getattr(kpi, name) + int(n))
    done = _sql(
        f"SELECT t.code, x.channel, COUNT(*), SUM(CASE WHEN x.outcome IN {REACHED} THEN 1 "
        f"ELSE 0 END) {joins} WHERE x.status = 'done' AND x.done_on BETWEEN :s AND :e "
        "GROUP BY t.code, x.channel",
        "s",
        "e",
    )
    for code, channel, n, reached in conn.execute(done, {"s": start, "e": end}):
        for kpi in (at(by_tier, code), at(by_channel, channel)):
            kpi.done += int(n)
            kpi.reached += int(reached or 0)
    if has_sales(conn):
        sales = _sql(
            "SELECT t.code, COUNT(*), SUM(s.total_minor) FROM sale s JOIN client c ON "
            "c.id = s.client_id JOIN tier t ON t.id = c.tier_id WHERE s.day BETWEEN :s AND :e "
            "AND s.currency = :cur GROUP BY t.code",
            "s",
            "e",
        )
        for code, n, total in conn.execute(sales, {"s": start, "e": end, "cur": currency}):
            at(by_tier, code).sales, at(by_tier, code).revenue_minor = int(n), int(total or 0)
    result = Kpis(list(by_tier.values()), list(by_channel.values()))
    for kpi in result.by_tier:
        result.total.add(kpi)
    return result


# --- the sheets' rows ---------------------------------------------------------------------
CLIENTS_SQL = (
    "SELECT c.id, c.name, c.company, t.code, c.status, "
    f"(SELECT p.value FROM contact_point p WHERE p.client_id = c.id AND p.channel IN {PHONES} "
    "AND p.kind = 'voice' ORDER BY p.preferred DESC, p.id LIMIT 1), "
    "(SELECT p.value FROM contact_point p WHERE p.client_id = c.id AND p.channel = 'email' "
    "ORDER BY p.preferred DESC, p.id LIMIT 1), "
    "c.birthday_year, c.birthday_month, c.birthday_day, c.created_on, c.last_reached_on, "
    "c.value_minor, c.at_risk FROM client c JOIN tier t ON t.id = c.tier_id ORDER BY c.id"
)
# Merge-joined by client id (a correlated MIN per client would scan every planned touch).
NEXT_DUE_SQL = (
    "SELECT client_id, MIN(due) FROM touch WHERE status = 'planned' "
    "GROUP BY client_id ORDER BY client_id"
)
TAGS_SQL = "SELECT client_id, name FROM client_tag ORDER BY client_id, name"


class _Merge:
    """Values of a (client id, value) cursor in id order, taken for one id at a time."""

    def __init__(self, rows: Iterator[Row]) -> None:
        self.rows = rows
        self.pending = next(rows, None)

    def take(self, cid: Any) -> list[Any]:
        found = []
        while self.pending is not None and self.pending[0] <= cid:
            if self.pending[0] == cid:
                found.append(self.pending[1])
            self.pending = next(self.rows, None)
        return found


def client_rows(conn: Connection) -> Iterator[Row]:
    """(id, name, company, tier, status, phone, e-mail, tags, birthday text, created on,
    last reached, next due, value minor, at risk), in id order."""
    tags = _Merge(in_blocks(conn.execute(text(TAGS_SQL))))
    next_due = _Merge(in_blocks(conn.execute(text(NEXT_DUE_SQL))))
    for row in in_blocks(conn.execute(text(CLIENTS_SQL))):
        cid = row[0]
        year, month, day = row[7], row[8], row[9]
        birthday = None
        if month and day:
            birthday = f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
        due = next_due.take(cid)
        yield (
            *row[:7],
            ", ".join(tags.take(cid)) or None,
            birthday,
            row[10],
            row[11],
            due[0] if due else None,
            *row[12:],
        )


def plan_rows(conn: Connection, start: date, end: date, today: date) -> Iterator[Row]:
    """Planned touches of the period, and every overdue one, by due date."""
    query = _sql(
        "SELECT x.id, x.due, x.due_at, c.id, c.name, c.company, t.code, x.channel, x.purpose, "
        "x.kind, x.overbooked, x.reason FROM touch x JOIN client c ON c.id = x.client_id "
        "JOIN tier t ON t.id = c.tier_id WHERE x.status = 'planned' AND x.due <= :e "
        "AND (x.due >= :s OR x.due < :today) ORDER BY x.due, x.id",
        "s",
        "e",
        "today",
    )
    yield from in_blocks(conn.execute(query, {"s": start, "e": end, "today": today}))


def history_rows(conn: Connection, start: date, end: date) -> Iterator[Row]:
    query = _sql(
        "SELECT x.done_on, x.id, c.id, c.name, t.code, x.channel, x.purpose, x.outcome, x.note "
        "FROM touch x JOIN client c ON c.id = x.client_id JOIN tier t ON t.id = c.tier_id "
        "WHERE x.status = 'done' AND x.done_on BETWEEN :s AND :e ORDER BY x.done_on, x.id",
        "s",
        "e",
    )
    yield from in_blocks(conn.execute(query, {"s": start, "e": end}))


def sales_rows(conn: Connection, start: date, end: date) -> Iterator[Row]:
    """One row per sale line: sale, day, client, tier, item, quantity (thousandths),
    unit price, amount (minor units), currency."""
    if not has_sales(conn):
        return
    query = _sql(
        "SELECT s.id, s.day, c.id, c.name, t.code, i.code, i.name, l.quantity_milli, "
        "l.unit_price_minor, l.amount_minor, s.currency FROM sale s "
        "JOIN sale_line l ON l.sale_id = s.id JOIN catalog_item i ON i.id = l.item_id "
        "JOIN client c ON c.id = s.client_id JOIN tier t ON t.id = c.tier_id "
        "WHERE s.day BETWEEN :s AND :e ORDER BY s.day, s.id, l.position",
        "s",
        "e",
    )
    yield from in_blocks(conn.execute(query, {"s": start, "e": end}))


def counts(conn: Connection, start: date, end: date, today: date) -> dict[str, int]:
    """Rows each sheet will get, for progress."""

    def one(sql: str, params: dict[str, object], *dates: str) -> int:
        return int(conn.execute(_sql(sql, *dates), params).scalar() or 0)

    found = {
        "clients": one("SELECT COUNT(*) FROM client", {}),
        "plan": one(
            "SELECT COUNT(*) FROM touch WHERE status = 'planned' AND due <= :e "
            "AND (due >= :s OR due < :today)",
            {"s": start, "e": end, "today": today},
            "s",
            "e",
            "today",
        ),
        "history": one(
            "SELECT COUNT(*) FROM touch WHERE status = 'done' AND done_on BETWEEN :s AND :e",
            {"s": start, "e": end},
            "s",
            "e",
        ),
        "sales": 0,
    }
    if has_sales(conn):
        found["sales"] = one(
            "SELECT COUNT(*) FROM sale s JOIN sale_line l ON l.sale_id = s.id "
            "WHERE s.day BETWEEN :s AND :e",
            {"s": start, "e": end},
            "s",
            "e",
        )
    return found
