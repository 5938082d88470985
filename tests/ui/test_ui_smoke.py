from __future__ import annotations


def test_window_opens_on_today(window, qtbot):
    assert window.is_empty is False
    qtbot.waitUntil(lambda: window.today.data is not None)
    assert window.today.model.rowCount() > 0
