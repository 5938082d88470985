"""Choose a client by typing: the book's own search (FTS, folded letters) runs on the worker
while typing (the Book's window: the first key at once, then once per window), and the first
matches drop down under the field."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from ui.lifetime import while_alive
from ui.widgets.typing_window import TypingWindow

if TYPE_CHECKING:
    from planner.app import Services
    from planner.services.views import ClientRow
    from ui.operations import Operations

MATCHES = 20
IdRole = Qt.ItemDataRole.UserRole + 1


def client_label(name: str, company: str | None, tier: str) -> str:
    return f"{name} — {company} · {tier}" if company else f"{name} · {tier}"


class ClientPicker(QLineEdit):
    """A line edit that completes client names; `chosen(id)` when one is picked."""

    chosen = Signal(int)

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.client_id: int | None = None
        self.client_name = ""
        self._generation = 0
        self.setClearButtonEnabled(True)
        self.matches = QStandardItemModel(self)  # at most MATCHES small rows
        self.completer_ = QCompleter(self.matches, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self._typing = TypingWindow(lambda: self._search(), self)
        self.textEdited.connect(self._edited)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Type a client's name, company, phone or e-mail…"))

    def set_client(self, client_id: int, name: str) -> None:
        """Choose a client without typing (the current client of Today or Book)."""
        self.client_id, self.client_name = client_id, name
        self.setText(name)
        self.chosen.emit(client_id)

    def _edited(self, _text: str) -> None:
        self.client_id = None
        self._typing.typed()

    def _search(self) -> None:
        text = self.text().strip()
        self._generation += 1
        generation = self._generation
        if not text:
            self.matches.clear()
            return

        def fetch(s: Services) -> list[ClientRow]:
            return s.clients.rows(s.clients.search(text, limit=MATCHES))

        def got(rows: list[ClientRow]) -> None:
            if generation != self._generation:
                return
            self.matches.clear()
            for r in rows:
                item = QStandardItem(client_label(r.name, r.company, r.tier))
                item.setData(r.id, IdRole)
                item.setData(r.name, Qt.ItemDataRole.UserRole)
                self.matches.appendRow(item)
            if rows and self.hasFocus():
                self.completer_.complete()

        self.ops.query(fetch, while_alive(self, got), lambda _e: None)

    def _activated(self, index: QModelIndex) -> None:
        client_id = index.data(IdRole)
        if client_id is None:
            return
        name = str(index.data(Qt.ItemDataRole.UserRole))
        QTimer.singleShot(0, lambda: self.set_client(int(client_id), name))

    def search_now(self) -> None:
        """Enter: search now, with the text as it is."""
        self._typing.now()

    def pick_first(self) -> bool:
        if self.matches.rowCount() == 0:
            return False
        item = self.matches.item(0)
        self.set_client(int(item.data(IdRole)), str(item.data(Qt.ItemDataRole.UserRole)))
        return True
