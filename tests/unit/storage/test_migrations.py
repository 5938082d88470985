"""Every earlier revision, empty and with data in it, upgrades to head (STYLE.md habit 7)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from planner.app import Services
from planner.db import (
    Book,
    alembic_config,
    backup_dir,
    current_revision,
    head_revision,
    make_engine,
)
from tests.conftest import fixed_clock


def revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def at_revision(path: Path, revision: str) -> None:
    engine = make_engine(path)
    command.upgrade(alembic_config(engine), revision)
    engine.dispose()


def _populate_0001(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO tier (id, code, name, interval_unit, interval_count, channels, "
        "allow_preferred, retry_delay_days, retry_limit, priority, slip_days, discount_bp) "
        "VALUES (1, 'B', 'Regular', 'month', 1, 'call,email', 1, 2, 2, 2, 2, 1000)"
    )
    conn.execute(
        "INSERT INTO client (id, name, company, tier_id, status, created_on, updated_at, "
        "value_minor, at_risk, search_text, version, reached_cadence) VALUES "
        "(1, 'Пётр Ёлкин', 'Łódź Sp. z o.o.', 1, 'active', '2026-01-05', "
        "'2026-01-05 10:00:00', 0, 0, 'петр елкин lodz sp z o o', 1, 0)"
    )
    conn.execute(
        "INSERT INTO contact_point (client_id, channel, value, preferred, consent) "
        "VALUES (1, 'call', '+48601234567', 1, 1)"
    )
    conn.execute(
        "INSERT INTO touch (client_id, kind, channel, purpose, status, base_due, due, "
        "overbooked, pinned, attempt, reason, outcome, done_on) VALUES "
        "(1, 'cadence', 'call', 'check-in', 'done', '2026-10-01', '2026-10-01', 0, 0, 0, "
        "'[]', 'reached', '2026-10-01')"
    )


def _populate_0003(conn: sqlite3.Connection) -> None:
    """Revision 0003 adds the sales side: catalog, price book, sales, templates, offers."""
    _populate_0001(conn)
    conn.execute(
        "INSERT INTO catalog_item (id, code, name, category, unit, price_minor, benefits, "
        "warranty_months, active) VALUES "
        "(1, 'DRILL', 'Wiertarka X200', 'Narzędzia', 'szt.', 123450, 'Szybko wierci', 24, 1), "
        "(2, 'BITS', 'Zestaw wierteł', 'Materiały', 'szt.', 4990, NULL, NULL, 1)"
    )
    conn.execute(
        "INSERT INTO related_item (item_id, related_id, kind, position) "
        "VALUES (1, 2, 'consumable', 0)"
    )
    conn.execute("INSERT INTO tier_price (tier_id, item_id, discount_bp) VALUES (1, 2, 500)")
    conn.execute(
        "INSERT INTO sale (id, client_id, day, note, currency, total_minor, created_at) "
        "VALUES (1, 1, '2026-10-01', NULL, 'PLN', 123450, '2026-10-01 10:00:00')"
    )
    conn.execute(
        "INSERT INTO sale_line (sale_id, position, item_id, quantity_milli, unit_price_minor, "
        "amount_minor, price_source) VALUES (1, 0, 1, 1000, 123450, 123450, 'list')"
    )
    conn.execute(
        "INSERT INTO script_template (kind, tier, purpose, language, body, updated_at) "
        "VALUES ('script', '', 'check-in', 'ru', 'Здравствуйте, {{ client.first_name }}!', "
        "'2026-10-01 10:00:00')"
    )
    conn.execute(
        "INSERT INTO offer (id, client_id, created_on, valid_until, discount_bp, currency, "
        "language, total_minor, discounted_total_minor, file_path, format, touch_id) VALUES "
        "(1, 1, '2026-10-01', '2026-10-31', 1000, 'PLN', 'ru', 4990, 4491, '/tmp/p.pdf', "
        "'pdf', NULL)"
    )
    conn.execute(
        "INSERT INTO offer_line (offer_id, position, item_id, reason, price_minor, "
        "discounted_minor) VALUES (1, 0, 2, 'related', 4990, 4491)"
    )


def _populate_0014(conn: sqlite3.Connection) -> None:
    """Revision 0014 gives contact points a kind, an extension and an unverified flag."""
    _populate_0003(conn)
    conn.execute(
        "INSERT INTO contact_point (client_id, channel, value, preferred, consent, kind, "
        "extension, unverified) VALUES (1, 'call', '+48221112233', 0, 1, 'fax', NULL, 0), "
        "(1, 'call', '555-ABC', 0, 1, 'voice', '12', 1)"
    )


def _populate_0021(conn: sqlite3.Connection) -> None:
    """Revision 0021 names the login of each undo step (None on a laptop book)."""
    _populate_0014(conn)
    conn.execute(
        "INSERT INTO undo_step (action, args, clients, before, after, undone, created_at, "
        "login) VALUES ('edit', '{}', '[1]', '{}', '{}', 0, '2026-10-01 10:00:00', NULL)"
    )


# Data a book of each revision could hold; a new revision adds its own entry.
POPULATE: dict[str, Callable[[sqlite3.Connection], None]] = {
    "0001": _populate_0001,
    "0002": _populate_0001,
    "0003": _populate_0003,
    "0004": _populate_0003,
    "0008": _populate_0003,
    "0010": _populate_0003,
    "0011": _populate_0003,
    "0013": _populate_0003,
    "0014": _populate_0014,
    "0015": _populate_0003,
    "0016": _populate_0003,
    "0019": _populate_0003,
    "0021": _populate_0021,
    "0022": _populate_0021,  # touch.owner_id stays NULL on a laptop book
    "0024": _populate_0021,
    "0025": _populate_0021,  # PostgreSQL functions only
    "0026": _populate_0021,
}


def test_every_revision_has_a_populated_fixture() -> None:
    assert set(revisions()) <= set(POPULATE), "add a POPULATE entry for the new revision"


@pytest.mark.parametrize("revision", revisions())
def test_empty_book_of_each_revision_upgrades(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "old.sqlite"
    at_revision(path, revision)
    book = Book(path)
    assert current_revision(book.engine) == head_revision()
    book.close()


@pytest.mark.parametrize("revision", revisions())
def test_populated_book_of_each_revision_upgrades_with_its_data(
    tmp_path: Path, revision: str
) -> None:
    path = tmp_path / "old.sqlite"
    at_revision(path, revision)
    with sqlite3.connect(path) as conn:
        POPULATE[revision](conn)
    services = Services(Book(path), fixed_clock())
    try:
        client = services.clients.get(1)
        assert client.name == "Пётр Ёлкин"
        assert client.contacts[0].value == "+48601234567"
        assert client.history[0].outcome == "reached"
        assert services.clients.search("елкин") == [1]
        assert services.clients.search("lodz") == [1]
        assert services.backups.check() == []
        services.planning.replan_all()
        assert client.id in {
            t.client_id for t in services.planning.agenda(client.created_on.replace(year=2027))
        }
    finally:
        services.close()
    if revision != head_revision():
        backups = list(backup_dir(path).glob("*-before-*.sqlite"))
        assert len(backups) == 1
        with sqlite3.connect(backups[0]) as conn:
            (rev,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        assert rev == revision


def test_a_book_at_head_is_not_backed_up_again(book_path: Path) -> None:
    Book(book_path).close()
    assert not backup_dir(book_path).exists()


def test_0016_backfills_the_last_outcome_from_the_history(tmp_path: Path) -> None:
    """The newest done touch with an outcome (latest day, then highest id) becomes the
    client's last outcome; a client with no outcome logged keeps NULL."""
    path = tmp_path / "old.sqlite"
    at_revision(path, "0015")
    with sqlite3.connect(path) as conn:
        _populate_0001(conn)  # client 1: reached on 2026-10-01
        conn.execute(
            "INSERT INTO client (id, name, tier_id, status, created_on, updated_at, "
            "value_minor, at_risk, search_text, version, reached_cadence) VALUES "
            "(2, 'Quiet', 1, 'active', '2026-01-05', '2026-01-05 10:00:00', 0, 0, '', 1, 0)"
        )
        for outcome, day in (("left-message", "2026-10-20"), ("no-answer", "2026-10-20")):
            conn.execute(
                "INSERT INTO touch (client_id, kind, channel, purpose, status, base_due, due, "
                "overbooked, pinned, attempt, reason, outcome, done_on) VALUES "
                "(1, 'retry', 'call', 'check-in', 'done', ?, ?, 0, 0, 1, '[]', ?, ?)",
                (day, day, outcome, day),
            )
        conn.execute(  # a price list sent later: done, but no outcome
            "INSERT INTO touch (client_id, kind, channel, purpose, status, base_due, due, "
            "overbooked, pinned, attempt, reason, outcome, done_on) VALUES "
            "(1, 'manual', 'email', 'custom', 'done', '2026-10-25', '2026-10-25', 0, 0, 0, "
            "'[]', NULL, '2026-10-25')"
        )
    at_revision(path, "0016")
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT id, last_outcome, last_outcome_on FROM client ORDER BY id"
        ).fetchall()
    assert rows == [(1, "no-answer", "2026-10-20"), (2, None, None)]
