"""Book: the lazy table, search as you type, filters, sorting, editing, undo, delete."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui import ask
from ui.models.clients import PAGE


def services(win):
    return win.ops._services


def open_book_view(win, qtbot):
    view = win.book_view
    with qtbot.waitSignal(view.searched, timeout=10_000):
        win.show_view("book")
    return view


def names_shown(view, qtbot):
    model = view.model
    qtbot.waitUntil(lambda: model.rowCount() == 0 or model.cached_row(0) is not None)
    rows = [model.cached_row(r) for r in range(min(model.rowCount(), PAGE))]
    return [r.name for r in rows if r is not None]


def test_table_lists_all_clients_lazily(window, qtbot):
    view = open_book_view(window, qtbot)
    total = services(window).clients.count()
    assert view.model.rowCount() == total
    assert total > PAGE  # so there is a page that is not fetched until it is shown
    qtbot.waitUntil(lambda: view.model.cached_row(0) is not None)
    assert 0 in view.model._pages
    assert (total - 1) // PAGE not in view.model._pages  # never shown, never fetched
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.cached_row(total - 1) is not None)
    assert "300" in view.count.text()


def test_search_filters_the_table(window, qtbot):
    view = open_book_view(window, qtbot)
    first = names_shown(view, qtbot)[0]
    word = first.split()[-1][:4]
    expected = set(services(window).clients.search(word))
    qtbot.keyClicks(view.search, word.lower())
    qtbot.waitUntil(lambda: shown_ids(view) == expected, timeout=5_000)
    shown = names_shown(view, qtbot)
    assert 0 < len(shown) < services(window).clients.count()
    assert first in shown


def shown_ids(view):
    return {view.model.id_at(r) for r in range(view.model.rowCount())}


def test_search_follows_typing_without_waiting_for_the_last_key(window, qtbot, monkeypatch):
    """The first key after a pause is asked for at once; the keys typed right after it
    are asked for once, when the window (≤ 100 ms) it opened closes."""
    view = open_book_view(window, qtbot)
    assert view._typing.interval() <= 100
    word = names_shown(view, qtbot)[0].split()[-1][:4].lower()
    asked: list[str] = []
    ask = view._ask
    monkeypatch.setattr(view, "_ask", lambda: (asked.append(view.search.text()), ask()))
    qtbot.keyClick(view.search, word[0])
    assert asked == [word[0]]  # at once, no timer waited for
    assert shown_ids(view) == set(services(window).clients.search(word[0]))
    qtbot.keyClicks(view.search, word[1:])
    assert asked == [word[0]]  # inside the window: gathered, not asked for key by key
    qtbot.waitUntil(lambda: asked == [word[0], word], timeout=5_000)
    assert shown_ids(view) == set(services(window).clients.search(word))
    qtbot.wait(2 * view._typing.interval())
    assert asked == [word[0], word]  # nothing typed since: no further query


def test_filters_by_tier_status_and_tag(window, qtbot):
    view = open_book_view(window, qtbot)
    with qtbot.waitSignal(view.searched, timeout=5_000):
        view.tier.setCurrentIndex(view.tier.findData("A"))
    ids = [view.model.id_at(r) for r in range(view.model.rowCount())]
    assert ids
    assert all(r.tier == "A" for r in services(window).clients.rows(ids))
    with qtbot.waitSignal(view.searched, timeout=5_000):
        view.tier.setCurrentIndex(0)
    tags = services(window).uiextras.tags()
    assert tags
    tag = tags[0][0]
    with qtbot.waitSignal(view.searched, timeout=5_000):
        view.tag.setCurrentIndex(view.tag.findData(tag))
    assert view.model.rowCount() == tags[0][1]
    with qtbot.waitSignal(view.searched, timeout=5_000):
        view.overdue.setChecked(True)
    assert view.model.rowCount() <= tags[0][1]


def test_header_click_sorts_in_sql(window, qtbot):
    view = open_book_view(window, qtbot)
    header = view.table.horizontalHeader()
    with qtbot.waitSignal(view.searched, timeout=5_000):
        header.setSortIndicator(2, Qt.SortOrder.DescendingOrder)  # what a header click does
    assert view.model.ids() == services(window).clients.ids(sort="tier", descending=True)


def select(view, qtbot, client_id):
    assert view.select_client(client_id)
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.id == client_id)


def test_edit_with_a_bad_phone_shows_inline_message_and_saves_nothing(window, qtbot):
    view = open_book_view(window, qtbot)
    client_id = view.model.id_at(0)
    select(view, qtbot, client_id)
    before = services(window).clients.get(client_id)
    view.edit_button.click()
    dlg = view.edit_dialog
    assert dlg is not None
    assert dlg.isVisible()
    dlg.name.setText("Somebody Else")
    row = dlg.contacts.add_row("call", "12ab", None, False, True)
    dlg.buttons.button(dlg.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dlg.error_text("contacts") != "")
    assert f"Row {row + 1}" in dlg.error_text("contacts")
    assert "phone number" in dlg.error_text("contacts")
    assert dlg.isVisible()
    after = services(window).clients.get(client_id)
    assert after.name == before.name
    assert after.version == before.version
    assert not window.undo_stack.canUndo()


def test_edit_with_an_empty_name_shows_the_message_under_the_name(window, qtbot):
    view = open_book_view(window, qtbot)
    select(view, qtbot, view.model.id_at(0))
    view.edit_client()
    dlg = view.edit_dialog
    dlg.name.setText("   ")
    dlg.save()
    qtbot.waitUntil(lambda: dlg.error_text("name") != "")
    assert dlg.error_text("name") == "A client needs a name."


def test_undo_restores_an_edit(window, qtbot):
    view = open_book_view(window, qtbot)
    client_id = view.model.id_at(0)
    select(view, qtbot, client_id)
    old = services(window).clients.get(client_id).name
    view.edit_client()
    dlg = view.edit_dialog
    dlg.name.setText("Renamed Client")
    dlg.tags.setText("vip, renamed")
    dlg.save()
    qtbot.waitUntil(lambda: services(window).clients.get(client_id).name == "Renamed Client")
    assert services(window).clients.get(client_id).tags == ("renamed", "vip")
    assert window.undo_stack.canUndo()
    assert "Renamed" not in window.menus.undo.text()
    assert "Edit" in window.menus.undo.text()
    window.menus.undo.trigger()
    assert services(window).clients.get(client_id).name == old
    window.menus.redo.trigger()
    assert services(window).clients.get(client_id).name == "Renamed Client"


def test_undo_restores_a_delete_with_its_history(window, qtbot, monkeypatch):
    view = open_book_view(window, qtbot)
    s = services(window)
    client_id = next(c for c in s.clients.ids() if s.clients.get(c).history)
    select(view, qtbot, client_id)
    before = s.clients.get(client_id, history=1000)
    count = s.clients.count()
    asked: list[str] = []
    monkeypatch.setattr(
        ask, "confirm", lambda parent, title, text, action: asked.append(text) or True
    )
    view.delete_button.click()
    assert asked
    assert before.name in asked[0]
    assert s.clients.count() == count - 1
    qtbot.waitUntil(lambda: client_id not in view.model.ids())
    window.undo_stack.undo()
    after = s.clients.get(client_id, history=1000)
    assert s.clients.count() == count
    assert (after.name, after.contacts, after.tags) == (before.name, before.contacts, before.tags)
    assert [t.id for t in after.history] == [t.id for t in before.history]
    qtbot.waitUntil(lambda: client_id in view.model.ids())
    window.undo_stack.redo()
    assert s.clients.count() == count - 1


def test_delete_needs_confirmation(window, qtbot, monkeypatch):
    view = open_book_view(window, qtbot)
    client_id = view.model.id_at(0)
    select(view, qtbot, client_id)
    monkeypatch.setattr(ask, "confirm", lambda *a: False)
    count = services(window).clients.count()
    view.delete_client()
    assert services(window).clients.count() == count


def test_archive_and_undo(window, qtbot):
    view = open_book_view(window, qtbot)
    client_id = view.model.id_at(0)
    select(view, qtbot, client_id)
    view.archive_button.click()
    assert services(window).clients.summary(client_id).status == "archived"
    window.undo_stack.undo()
    assert services(window).clients.summary(client_id).status == "active"


def test_new_client_and_undo(window, qtbot):
    view = open_book_view(window, qtbot)
    count = services(window).clients.count()
    view.new_client()
    dlg = view.edit_dialog
    dlg.name.setText("Zofia Nowak")
    dlg.contacts.set_value(0, "+48 601 234 567")
    dlg.save()
    assert services(window).clients.count() == count + 1
    window.undo_stack.undo()
    assert services(window).clients.count() == count
    window.undo_stack.redo()
    assert services(window).clients.count() == count + 1
    assert services(window).clients.search("zofia")
