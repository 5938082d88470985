"""Edit → Undo covers logging an outcome: the core's undo step puts the touch back."""

from __future__ import annotations

from datetime import date


def services(win):  # the book, read directly to check what the UI did
    return win.ops._services


def test_undo_of_a_logged_outcome_plans_the_touch_again_and_drops_the_follow_ups(window, qtbot):
    today = window.today
    qtbot.waitUntil(lambda: today.card.detail is not None)
    touch = today.current_touch()
    assert touch is not None
    s = services(window)
    span = (date(2026, 3, 12), date(2027, 12, 31))
    before = [(t.id, t.due, t.kind) for t in s.planning.plan(*span, client_id=touch.client_id)]
    with qtbot.waitSignal(today.loaded, timeout=10_000):
        today.outcomes.buttons["no-answer"].click()
    assert s.planning.touch(touch.id).status == "done"
    after = [(t.id, t.due, t.kind) for t in s.planning.plan(*span, client_id=touch.client_id)]
    follow_ups = set(after) - set(before)
    assert follow_ups, "the outcome planned a retry"
    assert touch.id not in [t.id for t in today.model.touches()]
    assert window.menus.undo.isEnabled()
    assert touch.client in window.menus.undo.text()

    with qtbot.waitSignal(today.loaded, timeout=10_000):  # the view refreshes by itself
        window.menus.undo.trigger()
    again = s.planning.touch(touch.id)
    assert (again.status, again.outcome) == ("planned", None)
    now = [(t.id, t.due, t.kind) for t in s.planning.plan(*span, client_id=touch.client_id)]
    assert now == before  # the follow-ups are gone
    assert touch.id in [t.id for t in today.model.touches()]
    assert window.undo_stack.canRedo()

    with qtbot.waitSignal(today.loaded, timeout=10_000):
        window.undo_stack.redo()
    assert s.planning.touch(touch.id).status == "done"
    assert touch.id not in [t.id for t in today.model.touches()]


def test_undo_refused_by_the_core_is_one_message_and_clears_the_stack(
    window, qtbot, monkeypatch, book_path
):
    import sqlite3

    from ui import ask

    today = window.today
    qtbot.waitUntil(lambda: today.card.detail is not None)
    touch = today.current_touch()
    with qtbot.waitSignal(today.loaded, timeout=10_000):
        today.outcomes.buttons["reached"].click()
    with sqlite3.connect(book_path) as conn:  # a command changed the touch meanwhile
        conn.execute("UPDATE touch SET note = 'by a command' WHERE id = ?", (touch.id,))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(ask, "warn", lambda _p, title, text: shown.append((title, text)))
    window.menus.undo.trigger()
    qtbot.waitUntil(lambda: not window.undo_stack.count())
    [(title, text)] = shown
    assert title == "Cannot undo"
    assert "changed" in text
    assert "SELECT" not in text
    assert services(window).planning.touch(touch.id).status == "done"


def test_undo_refusals_are_translated(qapp):
    from planner.errors import BookError
    from ui.i18n import Translations
    from ui.texts import error_text

    translations = Translations()
    try:
        translations.apply("ru")
        text = error_text(BookError("undo-changed", "English words"))
        assert text.startswith("Этот шаг нельзя отменить")
        assert error_text(BookError("nothing-to-undo", "x")) == "Отменять нечего."
        translations.apply("pl")
        assert error_text(BookError("nothing-to-redo", "x")) == "Nie ma nic do ponowienia."
    finally:
        translations.apply("en")
