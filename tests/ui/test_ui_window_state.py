"""Window geometry and view state live in QSettings (organisation ContactPlanner)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from ui import state


def test_qsettings_point_at_tmp_path(tmp_path):
    s = state.settings()
    assert s.organizationName() == "ContactPlanner"
    assert str(tmp_path) in s.fileName()


def test_geometry_and_view_state_are_restored(make_window, book_path, qtbot, tmp_path):
    win = make_window(book_path)
    win.resize(win.width(), 655)
    win.today.splitter.setSizes([500, 400])
    sizes = win.today.splitter.sizes()
    win.show_view("planning")
    qtbot.waitUntil(lambda: win.planning_view.data is not None)
    win.planning_view.set_mode("month")
    win.close()
    s = QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "ContactPlanner", "contact-planner"
    )
    assert s.value("planning/mode") == "month"
    assert s.value("window/geometry") is not None
    again = make_window(book_path)
    # (The offscreen screen is 800 x 800, narrower than the window's minimum width, so
    # only the height shows that the geometry came back.)
    assert again.height() == 655
    assert again.today.splitter.sizes() == sizes
    assert again.planning_view.mode == "month"
    assert state.value("book/last") == str(book_path)


def test_default_size_is_sensible(make_window, book_path):
    win = make_window(book_path)
    avail = win.screen().availableGeometry()
    # 1280 x 800 where it fits; otherwise the screen less a margin (but not below the
    # window's minimum size).
    assert win.width() == max(win.minimumSizeHint().width(), min(1280, avail.width() - 40))
    assert win.height() == max(win.minimumSizeHint().height(), min(800, avail.height() - 40))
