"""The post-sale price list: preview, Save as PDF / XLSX (logged as a touch), printing."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from sales_support import a_client, seed_catalog, sold

from ui import ask

TODAY = date(2026, 3, 12)


def services(win):
    return win.ops._services


@pytest.fixture
def offer_client(window):
    s = services(window)
    seed_catalog(s)
    client = a_client(s, "A")
    sold(s, client.id, date(2026, 3, 2))
    return client


def open_dialog(win, client):
    win.sales_actions.price_list(client.id)
    dlg = win.sales_actions.price_list_dialog
    assert dlg is not None
    assert dlg.data is not None
    return dlg


def test_the_preview_shows_the_client_prices_and_conditions(window, offer_client):
    dlg = open_dialog(window, offer_client)
    text = dlg.preview.toPlainText().replace("\u00a0", " ")
    assert offer_client.name in text
    for name in ("Filter cartridge", "Service visit", "Tap adapter"):
        assert name in text
    # Tier A pays 10 % less for cartridges (17.91); the offer takes 10 % off that again.
    assert "$17.91" in text
    assert "$16.12" in text
    assert "The discount of 10 % applies to the items listed in this offer." in text
    assert "Valid for orders placed on or before 11 Apr 2026." in text
    assert "3 items recommended" in dlg.summary.text()
    # What is printed is the same document as the preview.
    assert dlg.document().toPlainText() == dlg.preview.document().toPlainText()
    assert dlg.pdf_button.isEnabled()
    assert dlg.print_button.isEnabled()


def test_save_as_pdf_writes_the_offer_and_logs_a_touch(window, offer_client, tmp_path, monkeypatch):
    from pypdf import PdfReader

    dlg = open_dialog(window, offer_client)
    target = tmp_path / "offer.pdf"
    suggested: list[object] = []
    monkeypatch.setattr(
        ask, "save_file", lambda parent, title, path, filters: suggested.append(path) or target
    )
    dlg.pdf_button.click()
    assert ".offers" in str(suggested[0])  # proposed next to the client's history
    assert target.exists()
    text = " ".join(page.extract_text() for page in PdfReader(str(target)).pages)
    text = " ".join(unicodedata.normalize("NFKC", text).split())  # ligatures, NBSPs
    assert offer_client.name in text
    assert "Filter cartridge" in text
    assert "$16.12" in text
    assert "Not combinable with other offers or discounts." in text
    assert str(target) in dlg.where.text()
    assert dlg.written is not None
    s = services(window)
    logged = s.planning.touch(dlg.written.touch_id)
    assert logged.status == "done"
    assert logged.purpose == "price-list"
    assert "offer.pdf" in logged.note
    assert dlg.follow_up is not None
    assert dlg.follow_up > TODAY
    opened: list[str] = []
    dlg.url_opener = lambda url: opened.append(url.toLocalFile())
    dlg.where.linkActivated.emit("folder")
    assert opened == [str(tmp_path)]


def test_save_as_xlsx(window, offer_client, tmp_path, monkeypatch):
    import openpyxl

    dlg = open_dialog(window, offer_client)
    target = tmp_path / "offer"  # the extension is added
    monkeypatch.setattr(ask, "save_file", lambda *a: target)
    dlg.xlsx_button.click()
    written = tmp_path / "offer.xlsx"
    assert written.exists()
    book = openpyxl.load_workbook(written, read_only=True)
    cells = [str(c) for row in book.active.iter_rows(values_only=True) for c in row if c]
    book.close()
    assert any("Filter cartridge" in c for c in cells)


def test_nothing_to_offer_disables_saving(window, qtbot):
    s = services(window)
    client = a_client(s)
    dlg = open_dialog(window, client)
    assert "nothing to recommend" in dlg.summary.text()
    assert not dlg.pdf_button.isEnabled()
    assert not dlg.xlsx_button.isEnabled()


def test_closing_dialogs_before_their_answers_arrive(make_window, book_path, qtbot):
    """With the real worker thread: answers for a dialog closed meanwhile are dropped."""
    from PySide6.QtCore import QCoreApplication, QEvent

    win = make_window(book_path, synchronous=False)
    qtbot.waitUntil(lambda: win.ops.has_book and not win.ops.busy, timeout=20_000)
    client_id = win.ops._services.clients.ids()[0]
    win.sales_actions.price_list(client_id)
    qtbot.waitUntil(lambda: win.sales_actions.price_list_dialog is not None, timeout=10_000)
    win.sales_actions.price_list_dialog.reject()  # its preview is still being prepared
    win.sales_actions.record_sale(client_id)
    qtbot.waitUntil(lambda: win.sales_actions.sale_dialog is not None, timeout=10_000)
    win.sales_actions.sale_dialog.reject()
    win.sales_actions.tier_suggestions()
    win.sales_actions.suggestions_dialog.reject()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # gone for good
    qtbot.waitUntil(lambda: not win.ops.busy, timeout=20_000)
    assert win.sales_actions.price_list_dialog is None
