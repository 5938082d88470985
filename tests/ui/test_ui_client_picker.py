"""The client picker (scripts, sales, pick-a-client) answers while typing: the first key at
once, the keys typed right after it once per window (≤ 100 ms), never only after the last
key, as the restarting 150 ms timer it had did (issue 13, point 4)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.widgets.client_picker import ClientPicker, IdRole


def services(win):
    return win.ops._services


def test_picker_follows_typing_and_drops_down_the_matches(window, qtbot, monkeypatch):
    picker = ClientPicker(window.ops, window)
    picker.show()
    picker.setFocus()
    assert picker._typing.interval() <= 100
    name = services(window).clients.rows(services(window).clients.ids()[:1])[0].name
    word = name.split()[-1][:4].lower()
    asked: list[str] = []
    search = picker._search
    monkeypatch.setattr(picker, "_search", lambda: (asked.append(picker.text()), search()))
    qtbot.keyClick(picker, word[0])
    assert asked == [word[0]]  # at once, no timer waited for
    qtbot.keyClicks(picker, word[1:])
    assert asked == [word[0]]  # inside the window: gathered, not asked for key by key
    qtbot.waitUntil(lambda: asked == [word[0], word], timeout=5_000)
    expected = services(window).clients.search(word, limit=20)
    qtbot.waitUntil(lambda: shown(picker, IdRole) == expected, timeout=5_000)
    assert name in shown(picker, Qt.ItemDataRole.UserRole)
    qtbot.wait(2 * picker._typing.interval())
    assert asked == [word[0], word]  # nothing typed since: no further query
    with qtbot.waitSignal(picker.chosen, timeout=5_000) as chosen:
        assert picker.pick_first()
    assert chosen.args == [expected[0]]


def shown(picker: ClientPicker, role: int) -> list[object]:
    return [picker.matches.item(r).data(role) for r in range(picker.matches.rowCount())]
