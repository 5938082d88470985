"""Import clients: choose a file. Until the import work lands, explain what will come."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ui import ask

translate = QCoreApplication.translate


def file_filters() -> str:
    return ";;".join(
        [
            translate("ImportDialog", "Client files (*.csv *.xlsx *.vcf *.vcard)"),
            translate("ImportDialog", "CSV (*.csv)"),
            translate("ImportDialog", "Excel workbook (*.xlsx)"),
            translate("ImportDialog", "vCard (*.vcf *.vcard)"),
            translate("ImportDialog", "All files (*)"),
        ]
    )


def explanation() -> str:
    return translate(
        "ImportDialog",
        "Importing clients is coming in the next version. It will read:\n\n"
        "• CSV files with any delimiter and encoding (UTF-8, Windows-1251, …)\n"
        "• Excel workbooks (XLSX)\n"
        "• vCard files (2.1, 3.0, 4.0)\n"
        "• Google Contacts and Outlook contact exports\n\n"
        "You will map the columns with a preview, see a report of every row that "
        "was skipped and why, and duplicates will be found by phone, e-mail and name.",
    )


def choose_import_file(parent: QWidget | None, start: Path | None = None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("ImportDialog", "Import clients"),
        str(start or Path.home()),
        file_filters(),
    )
    return Path(name) if name else None


def run_import(parent: QWidget | None) -> None:
    """Choose a file, then say what the import will do with it (no importer yet)."""
    path = choose_import_file(parent)
    if path is None:
        return
    ask.info(
        parent,
        translate("ImportDialog", "Import clients"),
        path.name + "\n\n" + explanation(),
    )
