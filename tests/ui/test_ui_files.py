"""File menu: the managers' report, merging reports, iCalendar, one client's data, and
moving the whole book. Each runs off the UI thread (synchronously in tests)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ui import ask
from ui.dialogs.export_options import ExportChoice


def services(win):
    return win.ops._services


@pytest.fixture
def saved(monkeypatch):
    """What the "file saved" message said (text and path), instead of a message box."""
    shown: list[tuple[str, object]] = []
    monkeypatch.setattr(
        ask, "file_saved", lambda parent, title, text, path: shown.append((text, path))
    )
    return shown


@pytest.fixture
def warnings(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(ask, "warn", lambda parent, title, text: shown.append(text))
    return shown


def report(win, path):
    win.file_actions.export_report(ExportChoice(date(2026, 2, 1), date(2026, 3, 31), "en", path))
    return path


def test_export_report_writes_a_workbook_openpyxl_opens(window, saved, tmp_path):
    import openpyxl

    path = report(window, tmp_path / "report.xlsx")
    assert path.exists()
    assert saved
    assert str(path) in saved[0][0]
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        names = book.sheetnames
        assert {"Summary", "Clients", "Plan", "History", "Sales"} <= set(names)
        clients = book["Clients"]
        rows = list(clients.iter_rows(max_row=2, values_only=True))
        assert rows[0][0]  # a header row
        assert len(rows) == 2
    finally:
        book.close()
    assert window.file_actions.last_result.rows["clients"] == services(window).clients.count()


def test_merge_refuses_a_foreign_workbook_and_names_it(window, saved, warnings, tmp_path):
    import openpyxl

    ours = report(window, tmp_path / "anna.xlsx")
    foreign = tmp_path / "budget.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Quarter", "Budget"])
    book.save(foreign)
    out = tmp_path / "team.xlsx"
    window.file_actions.merge_reports([ours, foreign], out)
    assert warnings
    assert "“budget.xlsx” is not a Contact Planner report" in warnings[0]
    assert "Export report" in warnings[0]
    assert not out.exists()


def test_merge_two_reports_into_a_team_workbook(window, saved, tmp_path):
    first = report(window, tmp_path / "anna.xlsx")
    second = report(window, tmp_path / "piotr.xlsx")
    out = tmp_path / "team.xlsx"
    saved.clear()
    window.file_actions.merge_reports([first, second], out)
    assert out.exists()
    assert saved[-1][1] == out
    assert len(window.file_actions.last_result.salespeople) == 2


def test_export_icalendar(window, saved, tmp_path):
    path = tmp_path / "touches.ics"
    window.file_actions.export_ical(ExportChoice(date(2026, 3, 12), date(2026, 4, 12), "en", path))
    text = path.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR")
    assert window.file_actions.last_result.events == text.count("BEGIN:VEVENT") > 0
    assert "event" in saved[0][0]


def test_export_this_clients_data_from_the_card(window, saved, tmp_path, qtbot, monkeypatch):
    today = window.today
    qtbot.waitUntil(lambda: today.card.detail is not None)
    client = today.card.detail
    target = tmp_path / "client.json"
    monkeypatch.setattr(ask, "save_file", lambda *a: target)
    today.card.export_button.click()
    data = json.loads(target.read_text(encoding="utf-8"))
    assert client.name in json.dumps(data, ensure_ascii=False)
    assert saved[0][1] == target


def test_export_then_import_the_book(window, saved, tmp_path, monkeypatch, qtbot):
    s = services(window)
    count = s.clients.count()
    moved = tmp_path / "book.cpbook"
    window.file_actions.export_book(moved)
    assert moved.exists()
    s.clients.delete(s.clients.ids()[0])
    assert s.clients.count() == count - 1
    asked: list[str] = []
    monkeypatch.setattr(
        ask, "confirm", lambda parent, title, text, action: asked.append(text) or True
    )
    infos: list[str] = []
    monkeypatch.setattr(ask, "info", lambda parent, title, text: infos.append(text))
    with qtbot.waitSignal(window.ops.book_opened, timeout=20_000):
        window.file_actions.import_book(moved)
    assert "book.cpbook" in asked[0]
    assert "backed up" in asked[0]
    assert services(window).clients.count() == count
    assert "backed up to" in infos[0]
    backups = services(window).backups.available()
    assert backups  # the book as it was, before it was replaced


def test_import_book_refuses_a_file_that_is_not_a_book(window, warnings, tmp_path, monkeypatch):
    monkeypatch.setattr(ask, "confirm", lambda *a: True)
    fake = tmp_path / "fake.cpbook"
    fake.write_bytes(b"not a book at all")
    count = services(window).clients.count()
    window.file_actions.import_book(fake)
    assert warnings
    assert services(window).clients.count() == count
