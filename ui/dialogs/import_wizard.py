"""Import clients: choose a file → check the columns on a preview → options → import
(off the UI thread, with progress and cancel) → the report of what happened to each row.

The opened file (`planner.io.ClientFile`) is created, streamed and closed on the worker;
the wizard only reads its preview (sample rows, detected format and mapping).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ui import ask
from ui.dialogs.import_pages import MappingPage, RunPage
from ui.lifetime import while_alive
from ui.ops import book as book_ops
from ui.ops import files as files_ops
from ui.texts import error_text, tier_name
from ui.widgets.form import error_label, show_error

if TYPE_CHECKING:
    from planner.io.reader import ClientFile
    from planner.services.views import TierView
    from ui.operations import Operations

translate = QCoreApplication.translate
FILE, MAPPING, OPTIONS, RUN = range(4)


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


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.opening = False
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setClearButtonEnabled(True)
        self.path.textChanged.connect(lambda _t: self._path_changed())
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.error = error_label("file")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(self.tr("Step 1 of 4: the list of clients to bring into the book."))
        self.intro.setText(
            self.tr(
                "CSV files with any delimiter and encoding (UTF-8, Windows-1251, …), Excel "
                "workbooks (XLSX), vCard files, and Google or Outlook contact exports. "
                "Nothing is written before you confirm the last step."
            )
        )
        self.browse.setText(self.tr("&Browse…"))
        self.path.setPlaceholderText(self.tr("The file to import"))

    def _browse(self) -> None:
        start = Path(self.path.text()).parent if self.path.text() else Path.home()
        chosen = ask.open_file(self, self.tr("Import clients"), start, file_filters())
        if chosen is not None:
            self.path.setText(str(chosen))

    def _path_changed(self) -> None:
        show_error(self.error, None)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.path.text().strip()) and not self.opening

    def validatePage(self) -> bool:
        path = Path(self.path.text().strip()).expanduser()
        if self.w.source is not None and self.w.source.path == path:
            return True
        if not path.is_file():
            show_error(self.error, self.tr("There is no file at {path}.").format(path=path))
            return False
        self.opening = True
        self.completeChanged.emit()
        self.w.open_source(path)
        return False

    def opened(self, problem: str | None) -> None:
        self.opening = False
        self.completeChanged.emit()
        if problem is not None:
            show_error(
                self.error, self.tr("This file cannot be imported: {why}").format(why=problem)
            )
            self.w.refused.emit(problem)
            return
        QTimer.singleShot(0, self.w.next)


class OptionsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.duplicates = QButtonGroup(self)
        self.skip = QRadioButton()
        self.update_ = QRadioButton()
        self.keep = QRadioButton()
        for i, b in enumerate((self.skip, self.update_, self.keep)):
            self.duplicates.addButton(b, i)
        self.skip.setChecked(True)
        self.validity = QButtonGroup(self)
        self.all_or_nothing = QRadioButton()
        self.valid_only = QRadioButton()
        self.validity.addButton(self.all_or_nothing, 0)
        self.validity.addButton(self.valid_only, 1)
        self.all_or_nothing.setChecked(True)
        self.tier = QComboBox()
        self.region = QComboBox()  # how phones without a country code are read
        self.region.setObjectName("import-region")
        self._fill_regions()
        self.save_report = QCheckBox()
        self.save_report.setChecked(True)
        self.labels = [QLabel(), QLabel(), QLabel(), QLabel()]
        dup_box = QVBoxLayout()
        for b in (self.skip, self.update_, self.keep):
            dup_box.addWidget(b)
        valid_box = QVBoxLayout()
        for b in (self.all_or_nothing, self.valid_only):
            valid_box.addWidget(b)
        tier_row = QHBoxLayout()
        tier_row.addWidget(self.tier)
        tier_row.addStretch(1)
        form = QFormLayout(self)
        form.setVerticalSpacing(16)
        form.addRow(self.labels[0], dup_box)
        form.addRow(self.labels[1], valid_box)
        form.addRow(self.labels[2], tier_row)
        region_row = QHBoxLayout()
        region_row.addWidget(self.region)
        region_row.addStretch(1)
        form.addRow(self.labels[3], region_row)
        form.addRow("", self.save_report)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Options"))
        self.setSubTitle(self.tr("Step 3 of 4: what to do with duplicates and with bad rows."))
        self.labels[0].setText(
            self.tr("A client the book already has\n(same phone, e-mail or name)")
        )
        self.labels[1].setText(self.tr("Rows that cannot be imported"))
        self.labels[2].setText(self.tr("Tier of new clients"))
        self.labels[3].setText(self.tr("Phones without a country code\nare numbers of"))
        self.skip.setText(self.tr("&Skip the row (keep the book as it is)"))
        self.update_.setText(self.tr("&Update the client with the row's data"))
        self.keep.setText(self.tr("&Keep both (add the row as a new client)"))
        self.all_or_nothing.setText(self.tr("&All or nothing: import nothing if a row is bad"))
        self.valid_only.setText(self.tr("Import the &valid rows, skip the others"))
        self.save_report.setText(self.tr("Save the report of skipped rows beside the file (CSV)"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Import"))

    def set_tiers(self, tiers: list[TierView]) -> None:
        self.tier.clear()
        for t in tiers:
            self.tier.addItem(f"{t.code} · {tier_name(t.name)}", t.code)
        self.tier.setCurrentIndex(max(0, self.tier.findData("C")))

    def _fill_regions(self) -> None:
        import phonenumbers

        for code in sorted(phonenumbers.SUPPORTED_REGIONS):
            calling = phonenumbers.country_code_for_region(code)
            self.region.addItem(f"{code} (+{calling})", code)

    def set_region(self, region: str) -> None:
        """The book's `phone.region` is the default."""
        self.region.setCurrentIndex(max(0, self.region.findData(region)))

    def chosen_region(self) -> str:
        return str(self.region.currentData() or "US")

    def options(self) -> Any:
        from planner.services.importing import ImportOptions

        duplicate = ("skip", "update", "keep")[max(0, self.duplicates.checkedId())]
        return ImportOptions(
            on_duplicate=duplicate,  # type: ignore[arg-type]
            valid_only=self.valid_only.isChecked(),
            tier=str(self.tier.currentData() or "C"),
            save_report=self.save_report.isChecked(),
        )


class ImportWizard(QWizard):
    refused = Signal(str)  # the chosen file cannot be imported (the message shown)
    imported = Signal(object)  # ImportResult

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import-wizard")
        self.ops = ops
        self.source: ClientFile | None = None
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.resize(900, 620)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.options_page = OptionsPage(self)
        self.run_page = RunPage(self)
        for page_id, page in enumerate(
            (self.file_page, self.mapping_page, self.options_page, self.run_page)
        ):
            self.setPage(page_id, page)
        self.finished.connect(lambda _r: self.close_source())
        self.retranslate()
        book_ops.tiers(ops, while_alive(self, self.options_page.set_tiers))
        files_ops.import_region(ops, while_alive(self, self.options_page.set_region))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            for page in (self.file_page, self.mapping_page, self.options_page, self.run_page):
                page.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import clients"))

    def reject(self) -> None:
        """Cancel while importing asks the import to stop; the wizard closes when it has."""
        if self.run_page.running:
            self.run_page.cancel()
            self.run_page.close_when_done = True
            return
        super().reject()

    def open_source(self, path: Path) -> None:
        """Open (and check) the file on the worker; the file page moves on when it is read."""
        self.close_source()

        def opened(source: ClientFile) -> None:
            self.source = source
            self.file_page.opened(None)

        def refused(exc: BaseException) -> None:
            self.file_page.opened(error_text(exc))

        def orphan(source: ClientFile) -> None:
            if not shiboken6.isValid(self):  # the wizard closed meanwhile
                self.ops.call(source.close)
            else:
                opened(source)

        files_ops.open_client_file(self.ops, path, orphan, while_alive(self, refused))

    def close_source(self) -> None:
        source, self.source = self.source, None
        if source is not None:
            self.ops.call(source.close)
