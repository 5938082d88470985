"""An import's report on screen: the rows that were skipped, merged or refused, and why."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ui.import_texts import problem_name, role_name

if TYPE_CHECKING:
    from planner.io.records import RowProblem
    from planner.services.importing import ImportResult

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex


class ProblemModel(QAbstractTableModel):
    """The report lines shown (at most the first 1,000; the saved CSV has them all)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[RowProblem] = []

    def set_lines(self, lines: Sequence[RowProblem]) -> None:
        self.beginResetModel()
        try:
            self.lines = list(lines)
        finally:
            self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Row"), self.tr("Field"), self.tr("What"), self.tr("Details"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        line = self.lines[index.row()]
        values = (line.where, role_name(line.field or ""), problem_name(line.code), line.message)
        return values[index.column()]


def summary_text(r: ImportResult) -> str:
    # Counts in plain names: lupdate skips a call whose count is an expression.
    imported, updated, skipped, refused = r.imported, r.updated, r.skipped, r.refused
    if not r.written:
        return translate(
            "RunPage",
            "Nothing was imported: %n row(s) cannot be imported. Fix them in the file, or go "
            "back and choose “Import the valid rows”.",
            "",
            refused,
        )
    parts = [
        translate("RunPage", "%n new client(s) imported", "", imported),
        translate("RunPage", "%n updated", "", updated),
        translate("RunPage", "%n duplicate(s) skipped", "", skipped),
        translate("RunPage", "%n row(s) refused", "", refused),
    ]
    unverified = r.unverified
    if unverified:
        parts.append(
            translate(
                "RunPage", "%n unverified number(s) kept as typed (Book: Unverified numbers)", "",
                unverified,
            )
        )  # fmt: skip
    text = " · ".join(parts)
    text = text[:1].upper() + text[1:]
    if r.region:
        text += "\n" + translate(
            "RunPage", "Phones without a country code were read as {region} numbers."
        ).format(region=r.region)
    return text
