"""Catalog editor: inline validation, add and edit with related items and tier prices."""

from __future__ import annotations

from sales_support import seed_catalog


def services(win):
    return win.ops._services


def open_catalog(win, qtbot):
    view = win.view("catalog")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        win.show_view("catalog")
    return view


def fill(dlg, *, code, name, price, category="", unit="pcs", warranty=0, benefits=""):
    dlg.code.setText(code)
    dlg.name.setText(name)
    dlg.price.setText(price)
    dlg.category.setCurrentText(category)
    dlg.unit.setCurrentText(unit)
    dlg.warranty.setValue(warranty)
    dlg.benefits.setPlainText(benefits)


def test_a_bad_price_shows_the_inline_message_and_saves_nothing(window, qtbot):
    view = open_catalog(window, qtbot)
    assert view.model.rowCount() == 0
    assert "empty" in view.detail.toPlainText()
    view.new_item()
    dlg = view.item_dialog
    fill(dlg, code="FLT-1", name="Water filter", price="12,5x")
    dlg.buttons.accepted.emit()
    assert "“12,5x” is not an amount" in dlg.error_text("price")
    assert dlg.isVisible()
    assert dlg.error_text("code") == ""
    assert services(window).catalog.items(include_inactive=True) == []
    # An empty name is shown under the name as well, with the price fixed.
    fill(dlg, code="FLT-1", name="  ", price="12,50")
    dlg.buttons.accepted.emit()
    assert dlg.error_text("name") == "Give the item a name."
    assert dlg.error_text("price") == ""
    assert services(window).catalog.items(include_inactive=True) == []


def test_add_then_edit_with_related_items_and_tier_prices(window, qtbot):
    view = open_catalog(window, qtbot)
    s = services(window)
    seed_catalog(s)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh()
    view.new_item()
    dlg = view.item_dialog
    fill(
        dlg,
        code="PMP-3",
        name="Booster pump",
        price="1 234,50",
        category="Pumps",
        unit="pcs",
        warranty=12,
        benefits="Steady pressure on every floor.",
    )
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        dlg.buttons.accepted.emit()
    item = s.catalog.item("PMP-3")
    assert item.price_minor == 123450
    assert item.warranty_months == 12
    assert item.category == "Pumps"
    assert item.benefits == "Steady pressure on every floor."
    assert view.current_item().code == "PMP-3"  # the new item is selected
    assert "Booster pump" in view.detail.toPlainText()

    view.edit_item()
    dlg = view.item_dialog
    assert dlg.price.text() == "1,234.50"  # shown back in the UI language's format
    dlg.name.setText("Booster pump Pro")
    dlg.related.add_row("CRT-10", "consumable")
    dlg.related.add_row("SRV-1", "service")
    dlg.prices.set_rule("A", "discount", "15")
    dlg.prices.set_rule("B", "price", "1 100")
    assert (
        dlg.prices.table.item(0, 3).text().startswith("$1,049.32")
    )  # 15 % off; the half cent goes to the client
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        dlg.buttons.accepted.emit()
    item = s.catalog.item("PMP-3")
    assert item.name == "Booster pump Pro"
    assert [(r.code, r.kind) for r in item.related] == [
        ("CRT-10", "consumable"),
        ("SRV-1", "service"),
    ]
    rules = {p.tier: p for p in s.catalog.price_book() if p.code == "PMP-3"}
    assert rules["A"].discount_bp == 1500
    assert rules["B"].price_minor == 110000
    text = view.detail.toPlainText()
    assert "Filter cartridge" in text
    assert "15 % off" in text.replace("\u00a0", " ")


def test_a_tier_price_typo_is_shown_and_nothing_is_saved(window, qtbot):
    view = open_catalog(window, qtbot)
    seed_catalog(services(window))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh()
    assert view.select_code("CRT-10")
    view.edit_item()
    dlg = view.item_dialog
    dlg.prices.set_rule("C", "discount", "ten")
    dlg.buttons.accepted.emit()
    assert "“ten” is not a percentage" in dlg.prices.error.text()
    assert dlg.tabs.currentWidget() is dlg.prices
    assert dlg.isVisible()
    assert all(p.tier != "C" for p in services(window).catalog.price_book())


def test_stop_selling_and_sell_again(window, qtbot):
    view = open_catalog(window, qtbot)
    seed_catalog(services(window))
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh()
    assert view.select_code("ACC-5")
    assert view.active_button.text() == "Stop selling"
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.active_button.click()
    assert not services(window).catalog.item("ACC-5").active
    assert view.model.row_of("ACC-5") is None  # hidden until "show items no longer sold"
    view.inactive.setChecked(True)
    assert view.select_code("ACC-5")
    assert view.active_button.text() == "Sell again"
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.active_button.click()
    assert services(window).catalog.item("ACC-5").active


def test_units_speak_the_ui_language_and_are_stored_as_codes(make_window, book_path, qtbot):
    win = make_window(book_path, language="ru")
    view = open_catalog(win, qtbot)
    view.new_item()
    dlg = view.item_dialog
    shown = [dlg.unit.itemText(i) for i in range(dlg.unit.count())]
    assert "шт." in shown
    assert "pcs" not in shown
    assert "month" not in shown
    assert dlg.unit.currentText() == "шт."  # a new item's default unit
    win.translations.apply("pl")  # the names follow a language switch, the choice stays
    qtbot.waitUntil(lambda: dlg.unit.currentText() == "szt.")
    assert "mies." in [dlg.unit.itemText(i) for i in range(dlg.unit.count())]
    win.translations.apply("ru")
    qtbot.waitUntil(lambda: dlg.unit.currentText() == "шт.")
    fill(dlg, code="FLT-9", name="Фильтр", price="12,50", unit="мес.")
    dlg.buttons.accepted.emit()
    qtbot.waitUntil(lambda: bool(services(win).catalog.items(include_inactive=True)))
    (item,) = services(win).catalog.items(include_inactive=True)
    assert item.unit == "month"  # stored as its code: price lists write it per language
