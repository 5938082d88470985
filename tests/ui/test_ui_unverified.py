"""Unverified numbers, faxes and extensions in the Book: the filter, the card, the editor."""

from __future__ import annotations

from dataclasses import replace

from ui.dialogs.contacts_editor import VALUE
from ui.links import contact_url
from ui.views.client_card import contacts_html


def services(win):
    return win.ops._services


def open_book_view(win, qtbot):
    view = win.book_view
    with qtbot.waitSignal(view.searched, timeout=10_000):
        win.show_view("book")
    return view


def ids_shown(view):
    return {view.model.id_at(r) for r in range(view.model.rowCount())}


def _with_points(win, client_id, *points):
    from planner.services.views import ContactPointInput

    s = services(win)
    detail = s.clients.get(client_id)
    data = detail.to_input()
    extra = tuple(ContactPointInput(*p[:2], **p[2]) for p in points)
    s.clients.edit(client_id, replace(data, contacts=data.contacts + extra))


def test_tel_links_carry_the_extension_and_a_fax_is_no_link():
    assert contact_url("call", "+48225550102", "102") == "tel:+48225550102;ext=102"
    assert contact_url("call", "+48225550102") == "tel:+48225550102"
    assert contact_url("call", "+48221112233", kind="fax") is None


def test_unverified_filter_card_and_fix_in_the_editor(window, qtbot):
    view = open_book_view(window, qtbot)
    client_id = view.model.id_at(0)
    _with_points(
        window,
        client_id,
        ("call", "555-ABC", {"unverified": True}),
        ("call", "+48221112233", {"kind": "fax"}),
        ("call", "+48225550102", {"extension": "102"}),
    )
    with qtbot.waitSignal(view.searched, timeout=5_000):
        view.unverified.setChecked(True)
    assert ids_shown(view) == {client_id}

    assert view.select_client(client_id)
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.id == client_id)
    card = contacts_html(view.detail)
    assert "unverified" in card
    assert "tel:+48225550102;ext=102" in card
    assert "Fax" in card
    assert "tel:+48221112233" not in card

    view.edit_client()
    dlg = view.edit_dialog
    editor = dlg.contacts
    rows = [r for r in range(editor.table.rowCount()) if editor.is_unverified(r)]
    assert len(rows) == 1
    row = rows[0]
    assert editor.table.item(row, VALUE).toolTip() != ""  # says why it is marked
    editor.set_value(row, "+48 601 555 123")  # the salesperson types it as it should be
    dlg.buttons.button(dlg.buttons.StandardButton.Save).click()

    def fixed():
        points = services(window).clients.get(client_id).contacts
        return any(p.value == "+48601555123" and not p.unverified for p in points)

    qtbot.waitUntil(fixed, timeout=10_000)
    after = services(window).clients.get(client_id).contacts
    assert not any(p.unverified for p in after)
    assert [(p.kind, p.extension) for p in after if p.value == "+48221112233"] == [("fax", None)]
    assert [p.extension for p in after if p.value == "+48225550102"] == ["102"]
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=10_000)  # the Book refreshed
