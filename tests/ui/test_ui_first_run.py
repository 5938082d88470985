"""First run: an empty book shows the welcome page; the demo button makes a demo book."""

from __future__ import annotations

from ui.window_actions import demo_path


def test_empty_book_shows_welcome(make_window, tmp_path):
    win = make_window(tmp_path / "empty.sqlite")
    assert win.is_empty is True
    assert win.stack.currentWidget() is win.welcome
    assert win.welcome.import_button.text() == "Import clients…"
    assert win.welcome.demo_button.text() == "Open a demo book"
    assert not win.nav.isEnabled()


def test_demo_button_creates_and_opens_a_demo_book(make_window, tmp_path, qtbot):
    win = make_window(tmp_path / "empty.sqlite")
    with qtbot.waitSignal(win.book_state, timeout=60_000, check_params_cb=lambda s: s == "book"):
        win.welcome.demo_button.click()
    expected = demo_path(tmp_path / "empty.sqlite", "en")
    assert win.book_path == expected
    assert expected.exists()
    assert win.is_empty is False
    assert win.stack.currentWidget() is win.today
    qtbot.waitUntil(lambda: win.today.data is not None and win.today.data.clients > 100)
    assert win.today.model.rowCount() > 0  # channel groups with due touches
    assert "demo-en.sqlite" in win.windowTitle()


def test_demo_book_follows_the_ui_language(make_window, tmp_path, qtbot):
    win = make_window(tmp_path / "empty.sqlite", language="pl")
    with qtbot.waitSignal(win.book_state, timeout=60_000, check_params_cb=lambda s: s == "book"):
        win.welcome.demo_button.click()
    assert win.book_path.name == "demo-pl.sqlite"
    names = win.ops._services.clients.summaries(win.ops._services.clients.ids()[:50])
    assert any(ch in "".join(n.name for n in names) for ch in "ąęłńóśźż")


def test_a_new_book_takes_region_and_holidays_from_the_system_locale(
    make_window, tmp_path, qtbot, monkeypatch
):
    from ui.mainwindow import MainWindow

    monkeypatch.setattr(MainWindow, "system_locale", "pl_PL")
    win = make_window(tmp_path / "new.sqlite")
    assert win.is_empty is True
    services = win.ops._services
    assert services.settings.get("phone.region") == "PL"
    assert services.settings.get("calendar.country") == "PL"
    qtbot.waitUntil(lambda: "PL numbers" in win.welcome.defaults.text())
    assert "public holidays: PL" in win.welcome.defaults.text()
