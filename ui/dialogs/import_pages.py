"""The import wizard's column mapping page and its run-and-report page."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ui.import_texts import (
    ROLES,
    delimiter_name,
    encoding_name,
    mapping_of,
    role_name,
    roles_of,
)
from ui.lifetime import while_alive
from ui.models.import_report import ProblemModel, summary_text
from ui.operations import ProgressState
from ui.ops import files as files_ops
from ui.texts import error_text
from ui.widgets.form import ERROR_STYLE

if TYPE_CHECKING:
    from planner.io.mapping import Mapping
    from planner.services.importing import ImportResult
    from planner.services.result import Result
    from ui.dialogs.import_wizard import ImportWizard

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
HEADER_BRUSH = QBrush(QColor(128, 128, 128, 40))
POLL_MS = 100


def _has_name_column(m: Mapping) -> bool:
    columns = (m.name, m.first_name, m.middle_name, m.last_name, m.company)
    return any(c is not None for c in columns)


class MappingPage(QWizardPage):
    """The first rows of the file under one combo per column: which field it feeds."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.combos: list[QComboBox] = []
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.header_label = QLabel()
        self.header_row = QSpinBox()
        self.header_row.setRange(0, 20)
        self.header_row.valueChanged.connect(lambda _v: self._header_changed())
        head = QHBoxLayout()
        head.addWidget(self.header_label)
        head.addWidget(self.header_row)
        head.addStretch(1)
        self.table = QTableWidget()
        self.table.setObjectName("import-preview")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setVisible(False)
        self.hint = QLabel()
        self.hint.setStyleSheet(ERROR_STYLE)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(head)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(
            self.tr(
                "Step 2 of 4: choose what each column holds; columns set to “ignore” are left out."
            )
        )
        self.header_label.setText(self.tr("Header row:"))
        self.header_row.setSpecialValueText(self.tr("none"))
        for combo in self.combos:
            for i, role in enumerate(ROLES):
                combo.setItemText(i, role_name(role))
        if self.w.source is not None:
            self._describe()
            self._update_hint()

    def _describe(self) -> None:
        s = self.w.source
        assert s is not None
        if s.format == "csv":
            text = self.tr("CSV file · encoding {encoding} · delimiter {delimiter}").format(
                encoding=encoding_name(s.encoding), delimiter=delimiter_name(s.delimiter)
            )
            if s.encoding_guessed:  # the file did not say: the user can check the letters
                text += " " + self.tr("(encoding guessed: check the letters below)")
        elif s.format == "xlsx":
            text = self.tr("Excel workbook · sheet “{sheet}”").format(sheet=s.sheet or "")
            if s.continued_in:  # an export of ours went on past Excel's last row
                quoted = self.tr("“{sheet}”")  # a sheet's name in the language's quotes
                names = ", ".join(quoted.format(sheet=name) for name in s.continued_in)
                text += " " + self.tr("and its continuation: {sheets}").format(sheets=names)
        else:
            text = self.tr("vCard file: every card is one client; there are no columns to map.")
        if s.format != "vcard":
            text += "\n" + self.tr(
                "The first {n} rows of {file} are shown; the import reads all of them."
            ).format(n=len(s.sample_rows), file=s.path.name)
        self.info.setText(text)

    def initializePage(self) -> None:
        s = self.w.source
        assert s is not None
        self._describe()
        table_file = s.format != "vcard"
        for w in (self.table, self.header_label, self.header_row):
            w.setVisible(table_file)
        if not table_file:
            self._update_hint()
            return
        rows = s.sample_rows
        columns = max((len(r) for r in rows), default=0)
        self.header_row.blockSignals(True)
        self.header_row.setRange(0, max(1, len(rows)))
        self.header_row.setValue(s.mapping.header_row or 0 if s.mapping else 0)
        self.header_row.blockSignals(False)
        self.table.clear()
        self.table.setRowCount(len(rows) + 1)
        self.table.setColumnCount(columns)
        self.table.setVerticalHeaderLabels(["", *(str(i + 1) for i in range(len(rows)))])
        self.combos = []
        for col, role in enumerate(roles_of(s.mapping, columns)):
            combo = QComboBox()
            for r in ROLES:
                combo.addItem(role_name(r), r)
            combo.setCurrentIndex(ROLES.index(role))
            combo.currentIndexChanged.connect(lambda _i: self._update_hint())
            self.table.setCellWidget(0, col, combo)
            self.combos.append(combo)
        for at, row in enumerate(rows, start=1):
            for c, text in enumerate(row):
                self.table.setItem(at, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        for col in range(columns):
            width = max(self.table.columnWidth(col), self.combos[col].sizeHint().width())
            self.table.setColumnWidth(col, min(width, 260))
        self._header_changed()

    def _header_changed(self) -> None:
        header = self.header_row.value()
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r in range(1, self.table.rowCount()):
            for c in range(self.table.columnCount()):
                item = self.table.item(r, c)
                if item is not None:
                    item.setFont(bold if r == header else self.table.font())
                    item.setBackground(HEADER_BRUSH if r == header else QBrush())
        self._update_hint()

    def set_role(self, column: int, role: str) -> None:
        self.combos[column].setCurrentIndex(ROLES.index(role))

    def roles(self) -> list[str]:
        return [str(c.currentData()) for c in self.combos]

    def mapping(self) -> Mapping | None:
        s = self.w.source
        if s is None or s.format == "vcard":
            return None
        return mapping_of(self.roles(), self.header_row.value() or None, s.mapping)

    def _update_hint(self) -> None:
        m = self.mapping()
        missing = m is not None and not m.has_name
        unnamed = m is not None and m.has_name and not _has_name_column(m)
        if missing:
            text = self.tr(
                "Choose the column with the clients' names (or first and last name, or company)."
            )
        elif unnamed:
            text = self.tr(
                "No column gives the clients' names: each client will be named after their "
                "e-mail or phone. Choose the names column if the file has one."
            )
        else:
            text = ""
        self.hint.setText(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        m = self.mapping()
        return self.w.source is not None and (m is None or m.has_name)


class RunPage(QWizardPage):
    """Runs the import (progress, cancel), then shows its report."""

    done = Signal()

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.result: ImportResult | None = None
        self.failure: str | None = None
        self.running = False
        self.close_when_done = False
        self.state: ProgressState | None = None
        self.url_opener: Any = QDesktopServices.openUrl
        self.stack = QStackedWidget()
        running = QWidget()
        self.progress_label = QLabel()
        self.progress = QProgressBar()
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        rl = QVBoxLayout(running)
        rl.addStretch(1)
        rl.addWidget(self.progress_label)
        rl.addWidget(self.progress)
        rl.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        rl.addStretch(2)
        report = QWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.problems = ProblemModel(self)
        self.table = QTableView()
        self.table.setObjectName("import-report")
        self.table.setModel(self.problems)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((50, 110, 170)):
            self.table.setColumnWidth(col, width)
        self.saved = QLabel()
        self.saved.setWordWrap(True)
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.saved.linkActivated.connect(self._open_report)
        pl = QVBoxLayout(report)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addWidget(self.summary)
        pl.addWidget(self.table, 1)
        pl.addWidget(self.saved)
        self.stack.addWidget(running)
        self.stack.addWidget(report)
        QVBoxLayout(self).addWidget(self.stack)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._update_progress)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Import"))
        self.setSubTitle(
            self.tr("Step 4 of 4: the clients are imported, then you see what happened.")
        )
        self.progress_label.setText(
            self.tr("Importing… You can cancel: nothing is written until the end.")
        )
        self.cancel_button.setText(self.tr("Cancel the import"))

    def initializePage(self) -> None:
        self.start()

    def start(self) -> None:
        source = self.w.source
        assert source is not None
        mapping = self.w.mapping_page.mapping()
        options = self.w.options_page.options()
        region = self.w.options_page.chosen_region()
        self.result, self.failure, self.running = None, None, True
        self.state = state = ProgressState()
        self.stack.setCurrentIndex(0)
        self.progress.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.completeChanged.emit()

        self._poll.start()
        files_ops.import_clients(
            self.w.ops,
            source,
            mapping,
            region,
            options,
            state.report,
            while_alive(self, self._finished),
            while_alive(self, self._failed),
        )

    def cancel(self) -> None:
        if self.state is not None:
            self.state.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Cancelling…"))

    def _update_progress(self) -> None:
        if self.state is None:
            return
        done, total = self.state.snapshot()
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _stop(self) -> None:
        self._poll.stop()
        self.running = False
        self.stack.setCurrentIndex(1)
        written = self.result is not None and self.result.written
        self.w.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, written)
        self.w.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, written)
        self.completeChanged.emit()
        self.done.emit()
        if self.close_when_done:
            self.w.reject()

    def _finished(self, outcome: Result[ImportResult]) -> None:
        self.result = result = outcome.value
        self.problems.set_lines(result.report)
        self.summary.setText(summary_text(result))
        if result.report_path is not None:
            link = f"<a href='open'>{result.report_path}</a>"
            self.saved.setText(self.tr("The report is saved to {path}.").format(path=link))
        else:
            self.saved.setText("")
        self._stop()
        self.w.imported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        from planner.scheduling import PlanCancelled

        if isinstance(exc, PlanCancelled):
            self.failure = self.tr("Cancelled: nothing was imported.")
        else:
            self.failure = self.tr("The file cannot be imported: {why}").format(why=error_text(exc))
        self.summary.setText(f"<p style='{ERROR_STYLE}'>{self.failure}</p>")
        self.problems.set_lines([])
        self.saved.setText(self.tr("Go back to change the file, the columns or the options."))
        self._stop()

    def _open_report(self, _link: str) -> None:
        if self.result is not None and self.result.report_path is not None:
            self.url_opener(QUrl.fromLocalFile(str(self.result.report_path)))

    def isComplete(self) -> bool:
        return not self.running
