"""Choose a client by typing, for actions started without one (Sales menu, Price list…)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ui.widgets.client_picker import ClientPicker

if TYPE_CHECKING:
    from ui.operations import Operations


class PickClientDialog(QDialog):
    def __init__(
        self, ops: Operations, title: str, prompt: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.picker = ClientPicker(ops)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.picker.chosen.connect(lambda _id: ok.setEnabled(True))
        self.picker.textEdited.connect(lambda _t: ok.setEnabled(False))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.picker)
        layout.addWidget(self.buttons)

    def chosen(self) -> tuple[int, str] | None:
        if self.picker.client_id is None:
            return None
        return self.picker.client_id, self.picker.client_name
