"""Find duplicates in the Book: the list of pairs, the comparison, a merge (issue 10.5)."""

from __future__ import annotations

from planner.services.views import ClientInput, ContactPointInput
from ui.dialogs.duplicates import LEFT, RIGHT


def services(win):
    return win.ops._services


def open_book_view(win, qtbot):
    view = win.book_view
    with qtbot.waitSignal(view.searched, timeout=10_000):
        win.show_view("book")
    return view


def test_find_compare_and_merge_duplicates(window, qtbot):
    s = services(window)
    view = open_book_view(window, qtbot)
    first = s.clients.get(view.model.id_at(0), history=0)
    phone = next(p.value for p in first.contacts if p.channel == "call")
    twin = s.clients.add(
        ClientInput(
            name="Second Card",
            company="Another Company",
            contacts=(ContactPointInput("call", phone), ContactPointInput("email", "two@x.pl")),
            tags=("from-phone",),
        )
    ).value
    view.refresh()
    qtbot.waitUntil(lambda: view.model.row_of(twin) is not None, timeout=10_000)
    before = s.clients.count()

    view.duplicates_button.click()
    dlg = view.duplicates_dialog
    assert dlg is not None
    qtbot.waitUntil(lambda: bool(dlg.pairs), timeout=10_000)
    pair = (first.id, twin) if first.id < twin else (twin, first.id)
    listed = [(p.left, p.right, p.rule) for p in dlg.pairs]
    assert (*pair, "phone") in listed
    with qtbot.waitSignal(dlg.compared, timeout=10_000):
        assert dlg.select_pair(*pair)
    # Side by side: every field, the contact points, tags and counts of both.
    assert dlg.cell("ID", LEFT) == str(pair[0])
    assert dlg.cell("ID", RIGHT) == str(pair[1])
    column = LEFT if pair[0] == twin else RIGHT
    assert dlg.cell("Company", column) == "Another Company"
    assert phone in dlg.cell("Contact points", column)
    assert "two@x.pl" in dlg.cell("Contact points", column)
    assert dlg.cell("Tags", column) == "from-phone"
    other = RIGHT if column == LEFT else LEFT
    assert int(dlg.cell("Touches", other)) > 0  # the demo client's history is counted
    assert dlg.keep_left.isEnabled()

    broadcast: list[object] = []
    dlg.ops.changed.connect(broadcast.append)
    with qtbot.waitSignal(dlg.merged, timeout=10_000) as merged:
        (dlg.keep_left if other == LEFT else dlg.keep_right).click()  # keep the demo client
    result = merged.args[0]
    assert (result.kept, result.removed) == (first.id, twin)
    # the merge's Result carried its changes to every view (and Undo)
    assert any(c.clients == frozenset({first.id, twin}) for c in broadcast)
    assert s.clients.count() == before - 1
    kept = s.clients.get(first.id, history=0)
    assert "two@x.pl" in [p.value for p in kept.contacts]
    assert "from-phone" in kept.tags
    qtbot.waitUntil(lambda: view.model.row_of(twin) is None, timeout=10_000)  # Book refreshed
    qtbot.waitUntil(lambda: pair not in [(p.left, p.right) for p in dlg.pairs], timeout=10_000)
    dlg.close_button.click()

    # Edit → Undo takes the merge back: both clients as they were, in one transaction.
    stack = window.undo_stack
    qtbot.waitUntil(lambda: stack.canUndo(), timeout=10_000)
    assert stack.undoText() == f"Merge client {twin} into {first.id}"
    stack.undo()
    qtbot.waitUntil(lambda: s.clients.count() == before, timeout=10_000)
    back = s.clients.get(twin, history=0)
    assert (back.name, back.company, back.tags) == (
        "Second Card",
        "Another Company",
        ("from-phone",),
    )
    assert "two@x.pl" not in [p.value for p in s.clients.get(first.id, history=0).contacts]
    qtbot.waitUntil(lambda: view.model.row_of(twin) is not None, timeout=10_000)
