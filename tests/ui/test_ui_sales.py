"""Recording a sale, the sales lists, value and risk, suggested tiers."""

from __future__ import annotations

from datetime import date

from sales_support import a_client, seed_catalog, sold

from ui import state
from ui.money import amount_text

TODAY = date(2026, 3, 12)


def services(win):
    return win.ops._services


def sale_dialog(win, client_id):
    win.sales_actions.record_sale(client_id)
    dlg = win.sales_actions.sale_dialog
    assert dlg is not None
    assert dlg.loaded
    return dlg


def test_recording_a_sale_plans_the_after_sale_touches(window, qtbot):
    s = services(window)
    seed_catalog(s)
    client = a_client(s, "B")
    before = {t.id for t in s.planning.plan(TODAY, date(2027, 12, 31), client.id)}
    window.show_view("planning")
    planning = window.planning_view
    dlg = sale_dialog(window, client.id)
    assert client.name in dlg.client_label.text()
    assert not dlg.picker.isVisible()
    row = 0
    dlg.table.cellWidget(row, 0).setCurrentIndex(dlg.table.cellWidget(row, 0).findData("FLT-200"))
    dlg.table.cellWidget(row, 1).setText("1")
    row = dlg.add_line("CRT-10", "2")
    # Tier B pays its own price for cartridges: the field shows it; the amount follows.
    assert dlg.table.cellWidget(row, 2).placeholderText() == amount_text(1850, "USD")
    assert dlg.table.item(row, 3).text().startswith("$37.00")
    dlg.note.setText("Ordered on the phone")
    assert dlg.total.text().startswith("Total: $286.00")
    with qtbot.waitSignal(planning.loaded, timeout=10_000):
        dlg.buttons.accepted.emit()
    assert (
        window.sales_actions.sale_dialog is None or not window.sales_actions.sale_dialog.isVisible()
    )
    sales = s.sales.sales(client.id)
    assert len(sales) == 1
    assert sales[0].total_minor == 24900 + 3700
    assert sales[0].note == "Ordered on the phone"
    assert [ln.price_source for ln in sales[0].lines] == ["list", "tier"]
    planned = s.planning.plan(TODAY, date(2027, 12, 31), client.id)
    new = [t for t in planned if t.id not in before]
    purposes = {t.purpose for t in new}
    assert {"thank-you", "price-list"} <= purposes
    assert "after-sale touch" in window.sales_actions.last_status
    # The plan on screen was refreshed through the Changes value.
    data = planning.data
    shown = {t.id for day in data.touches.values() for t in day}
    in_view = {t.id for t in new if data.start <= t.due <= data.end}
    assert in_view
    assert in_view <= shown


def test_the_client_card_and_the_sales_page_list_the_sale(window, qtbot):
    s = services(window)
    seed_catalog(s)
    client = a_client(s, "A")
    sold(s, client.id, date(2026, 3, 2))
    book = window.book_view
    with qtbot.waitSignal(book.searched, timeout=10_000):
        window.show_view("book")
    book.search.setText(client.name)
    with qtbot.waitSignal(book.searched, timeout=10_000):
        book.requery()
    assert book.select_client(client.id)
    qtbot.waitUntil(lambda: book.card.detail is not None and book.card.detail.id == client.id)
    card = book.card
    assert card.tabs.tabText(1).endswith("(1)")
    assert "Water filter Aqua 200" in card.sales_list.topLevelItem(0).text(1)
    sales_view = window.view("sales")
    with qtbot.waitSignal(sales_view.loaded, timeout=10_000):
        window.show_view("sales")
    assert sales_view.model.rowCount() == 1  # "this month" holds the sale of 2 March
    assert sales_view.model.sale_at(0).client == client.name
    assert "249.00" in sales_view.footer.text()
    with qtbot.waitSignal(sales_view.loaded, timeout=10_000):
        sales_view.set_period(date(2026, 1, 1), date(2026, 2, 28))
    assert sales_view.model.rowCount() == 0
    assert sales_view.footer.text() == "No sales in this period."


def test_a_sale_in_the_future_or_without_items_is_refused_inline(window):
    s = services(window)
    seed_catalog(s)
    client = a_client(s)
    dlg = sale_dialog(window, client.id)
    dlg.buttons.accepted.emit()  # the one line is still empty
    assert dlg.error_text("lines") == "Add at least one item."
    dlg.table.cellWidget(0, 0).setCurrentIndex(0)
    dlg.set_day(date(2026, 3, 13))
    dlg.buttons.accepted.emit()
    assert dlg.error_text("day") == "A sale cannot be in the future."
    dlg.set_day(TODAY)
    dlg.table.cellWidget(0, 1).setText("1,5x")
    dlg.buttons.accepted.emit()
    assert dlg.error_text("lines") == "Line 1: “1,5x” is not a quantity."
    assert s.sales.sales(client.id) == []
    assert dlg.isVisible()


def test_value_and_risk_are_recomputed_once_a_day_at_start_up(make_window, book_path, qtbot):
    win = make_window(book_path)
    keys = [k for k in state.settings().allKeys() if k.startswith("value/recomputed/")]
    assert len(keys) == 1
    assert state.value(keys[0]) == TODAY.isoformat()
    calls: list[int] = []
    original = win.ops._services.value.refresh_in
    win.ops._services.value.refresh_in = lambda *a: calls.append(1) or original(*a)
    win.sales_actions.recompute_value_daily()  # the same day again: nothing to do
    assert calls == []
    state.set_value(keys[0], "2026-03-11")
    win.sales_actions.recompute_value_daily()
    assert calls == [1]
    assert state.value(keys[0]) == TODAY.isoformat()


def test_suggested_tiers_can_be_accepted(window, qtbot):
    s = services(window)
    seed_catalog(s)
    client = a_client(s, "A")
    sold(s, client.id, date(2026, 3, 2))  # one purchase: "bought once" suggests tier D
    window.sales_actions.tier_suggestions()
    dlg = window.sales_actions.suggestions_dialog
    rows = [r for r in dlg.model.rows if r.value.client_id == client.id]
    assert rows
    assert rows[0].value.suggested_tier == "D"
    row = dlg.model.rows.index(rows[0])
    assert dlg.model.index(row, 6).data() == "bought once"
    dlg.table.selectRow(row)
    with qtbot.waitSignal(dlg.loaded, timeout=10_000):
        dlg.accept_button.click()
    assert s.clients.summary(client.id).tier == "D"
    assert all(r.value.client_id != client.id for r in dlg.model.rows)


def test_the_at_risk_filter_lists_clients_silent_past_their_interval(window, qtbot):
    s = services(window)
    seed_catalog(s)
    client = a_client(s, "B")
    for day in (date(2025, 5, 1), date(2025, 6, 1), date(2025, 7, 1)):  # monthly, then silence
        s.sales.record_sale(client.id, day, [("CRT-10", "1")])
    assert s.value.client_value(client.id).at_risk
    book = window.book_view
    with qtbot.waitSignal(book.searched, timeout=10_000):
        window.show_view("book")
    with qtbot.waitSignal(book.searched, timeout=10_000):
        book.at_risk.setChecked(True)
    ids = [book.model.id_at(r) for r in range(book.model.rowCount())]
    assert client.id in ids
    assert all(s.value.client_value(cid).at_risk for cid in ids)
