"""Import clients: the wizard is opened from File → Import clients… and the welcome page."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt

from ui.dialogs.import_wizard import ImportWizard, file_filters

if TYPE_CHECKING:
    from ui.shell import Window

__all__ = ["file_filters", "run_import"]


def run_import(win: Window) -> ImportWizard | None:
    """Open the import wizard (modeless to the event loop, modal to the window)."""
    if not win.ops.has_book:
        return None
    wizard = ImportWizard(win.ops, win.widget)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def imported(result: Any) -> None:
        n = result.imported if result.written else 0
        text = QCoreApplication.translate("MainWindow", "%n client(s) imported.", "", n)
        win.statusBar().showMessage(text if result.written else "", 8000)

    wizard.imported.connect(imported)
    wizard.open()
    return wizard
