"""Revision 0014 on a book the previous round imported into: what it kept in the notes
becomes contact points, and every client's search text is rebuilt (issue 10)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from planner.app import Services
from planner.db import Book
from tests.conftest import fixed_clock
from tests.unit.storage.test_migrations import _populate_0001, at_revision

NOTES = "\n".join(
    [
        "Call after lunch",
        "+48225550102 ext. 102",
        "+48111111111 ext. 5",  # no such point on this client: left as it is
        "Phone (unverified, as typed): 555-ABC ext. 12",
        "E-mail (unverified, as typed): jan@",
        "Fax: +48 22 111 22 33",
        "Pager: 12-34",
    ]
)


def _old_book(path: Path) -> None:
    at_revision(path, "0011")
    with sqlite3.connect(path) as conn:
        _populate_0001(conn)
        conn.execute("INSERT INTO setting (key, value) VALUES ('phone.region', '\"PL\"')")
        conn.execute(
            "INSERT INTO contact_point (client_id, channel, value, preferred, consent) "
            "VALUES (1, 'call', '+48225550102', 0, 1), (1, 'sms', '+48225550102', 0, 1)"
        )
        conn.execute("UPDATE client SET notes = ? WHERE id = 1", (NOTES,))
        # The search line as the first round wrote it: whole numbers only, no tails.
        conn.execute("UPDATE client SET search_text = 'петр елкин lodz sp z o o 48601234567'")


def test_notes_lines_become_contact_points(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _old_book(path)
    services = Services(Book(path), fixed_clock())
    try:
        client = services.clients.get(1)
        points = [(p.channel, p.value, p.kind, p.extension, p.unverified) for p in client.contacts]
        assert points == [
            ("call", "+48601234567", "voice", None, False),
            ("call", "+48225550102", "voice", "102", False),
            ("sms", "+48225550102", "voice", "102", False),
            ("call", "555-ABC", "voice", "12", True),
            ("call", "+48221112233", "fax", None, False),
            ("call", "12-34", "pager", None, True),
        ]
        assert client.notes == (
            "Call after lunch\n+48111111111 ext. 5\nE-mail (unverified, as typed): jan@"
        )
    finally:
        services.close()


def test_search_text_is_rebuilt_for_phone_tails(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _old_book(path)
    services = Services(Book(path), fixed_clock())
    try:
        assert services.clients.search("234567") == [1]  # the last digits of +48601234567
        assert services.clients.search("601 234") == [1]  # the national form
        assert services.clients.search("5550102") == [1]  # a number that was in the notes
    finally:
        services.close()


def test_the_planner_never_plans_to_a_fax(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _old_book(path)
    with sqlite3.connect(path) as conn:  # a second client whose only phone is a fax
        conn.execute(
            "INSERT INTO client (id, name, tier_id, status, created_on, updated_at, "
            "value_minor, at_risk, search_text, version, reached_cadence) VALUES "
            "(2, 'Faks Only', 1, 'active', '2026-01-05', '2026-01-05 10:00:00', 0, 0, '', 1, 0)"
        )
        conn.execute("UPDATE client SET notes = 'Fax: +48 22 111 22 44' WHERE id = 2")
        conn.execute(
            "INSERT INTO contact_point (client_id, channel, value, preferred, consent) "
            "VALUES (2, 'email', 'faks@firma.pl', 0, 1)"
        )
    services = Services(Book(path), fixed_clock())
    try:
        services.planning.replan_all()
        planned = services.clients.get(2).planned
        assert planned, "the client is still planned, by the tier's other channel"
        assert {t.channel for t in planned} == {"email"}  # the tier rotates call, email
        assert services.clients.get(1).planned  # the client with a voice number too
    finally:
        services.close()
