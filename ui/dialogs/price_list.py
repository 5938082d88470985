"""The post-sale price list of one client: a preview of the document, then Save as PDF,
Save as XLSX or Print. Saving logs the price-list touch and plans the follow-up."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui import ask
from ui.formats import day_text
from ui.lifetime import while_alive
from ui.money import money_text, percent_text
from ui.ops import sales as sales_ops
from ui.script_texts import script_problem_text
from ui.texts import error_text
from ui.widgets.form import ERROR_STYLE

if TYPE_CHECKING:
    from planner.app import Services
    from planner.sales.offers import Offer
    from planner.services.pricelists import PriceListResult
    from planner.services.result import Result
    from ui.operations import Operations


@dataclass(frozen=True)
class PriceListPreview:
    html: str | None  # None: the template does not render (see `problem`)
    problem: Any  # a ScriptError, or None
    offer: Offer
    pdf_path: Path
    xlsx_path: Path


def load_preview(s: Services, client_id: int) -> PriceListPreview:
    rendered = s.offers.render_html(client_id)
    text = rendered if isinstance(rendered, str) else None
    return PriceListPreview(
        html=text,
        problem=None if text is not None else rendered,
        offer=s.offers.offer(client_id),
        pdf_path=s.offers.default_path(client_id, "pdf"),
        xlsx_path=s.offers.default_path(client_id, "xlsx"),
    )


class PriceListDialog(QDialog):
    saved = Signal(object)  # PriceListResult
    loaded = Signal()

    def __init__(
        self, ops: Operations, client_id: int, client_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("price-list")
        self.ops = ops
        self.client_id = client_id
        self.client_name = client_name
        self.data: PriceListPreview | None = None
        self.written: PriceListResult | None = None  # not `result`: QDialog.result()
        self.follow_up: date | None = None
        self.url_opener: Any = QDesktopServices.openUrl
        self.resize(860, 760)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.preview = QTextBrowser()
        self.preview.setObjectName("price-list-preview")
        self.preview.setOpenLinks(False)
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.where.linkActivated.connect(self._open_link)
        self.where.hide()

        self.pdf_button = QPushButton()
        self.xlsx_button = QPushButton()
        self.print_button = QPushButton()
        self.email_button = QPushButton()
        self.email_button.setObjectName("send-by-email")
        self.email_button.clicked.connect(self.send_by_email)
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.save("xlsx"))
        self.print_button.clicked.connect(self.print_)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for b in (self.email_button, self.pdf_button, self.xlsx_button, self.print_button):
            b.setEnabled(False)
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.where)
        layout.addLayout(row)
        self.retranslate()

        def preview(s: Services) -> PriceListPreview:
            return load_preview(s, client_id)

        ops.query(preview, while_alive(self, self._loaded), while_alive(self, self._failed))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Price list for {client}").format(client=self.client_name))
        self.email_button.setText(self.tr("Send by &e-mail…"))
        self.pdf_button.setText(self.tr("Save as &PDF…"))
        self.xlsx_button.setText(self.tr("Save as &XLSX…"))
        self.print_button.setText(self.tr("P&rint…"))
        self._update_summary()

    def _update_summary(self) -> None:
        offer = self.data.offer if self.data else None
        if offer is None:
            self.summary.setText(self.tr("Preparing the offer…"))
            return
        if not offer.lines:
            self.summary.setText(
                self.tr(
                    "There is nothing to recommend to {client} yet: add related items to the "
                    "catalog, or record sales in their tier."
                ).format(client=offer.client_name)
            )
            return
        self.summary.setText(
            self.tr(
                "%n item(s) recommended · discount {discount} · valid until {day} · "
                "total {total} instead of {before}",
                "",
                len(offer.lines),
            ).format(
                discount=percent_text(offer.discount_bp),
                day=day_text(offer.valid_until),
                total=money_text(offer.discounted_total_minor, offer.currency),
                before=money_text(offer.total_minor, offer.currency),
            )
        )

    # --- the preview -------------------------------------------------------------------------
    def _loaded(self, data: PriceListPreview) -> None:
        self.data = data
        if data.html is not None:
            self.preview.setHtml(data.html)
        else:
            self.problem.setText(
                self.tr("The price list template has a problem: {problem}").format(
                    problem=script_problem_text(data.problem)
                )
            )
            self.problem.show()
        self._enable()
        self._update_summary()
        self.loaded.emit()

    def _enable(self) -> None:
        data = self.data
        has_lines = data is not None and bool(data.offer.lines)
        self.pdf_button.setEnabled(has_lines and data is not None and data.html is not None)
        self.email_button.setEnabled(self.pdf_button.isEnabled())
        self.print_button.setEnabled(data is not None and data.html is not None)
        self.xlsx_button.setEnabled(has_lines)

    def _failed(self, exc: BaseException) -> None:
        self.problem.setText(error_text(exc))
        self.problem.show()

    def document(self) -> QTextDocument:
        """The document that is printed: the same HTML as the preview."""
        doc = QTextDocument(self)
        doc.setHtml(self.data.html if self.data and self.data.html else "")
        return doc

    # --- saving ------------------------------------------------------------------------------
    def send_by_email(self) -> None:
        """The PDF beside the book, in an e-mail draft the desktop's mail program opens."""
        if self.data is None:
            return
        self._write(None, "pdf", email=True)  # the book's offers folder, never overwriting

    def save(self, fmt: str) -> None:
        if self.data is None:
            return
        suggested = self.data.pdf_path if fmt == "pdf" else self.data.xlsx_path
        filters = self.tr("PDF documents (*.pdf)") if fmt == "pdf" else self.tr("Excel (*.xlsx)")
        suggested.parent.mkdir(parents=True, exist_ok=True)
        path = ask.save_file(self, self.tr("Save the price list"), suggested, filters)
        if path is None:
            return
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        self._write(path, fmt)

    def _write(self, path: Path | None, fmt: str, email: bool = False) -> None:
        renderer = None
        if fmt == "pdf":
            from ui.documents.pdf import prepare_fonts, write_pdf

            prepare_fonts()  # on the UI thread; the worker then writes the PDF
            renderer = write_pdf
        client_id = self.client_id

        for b in (self.email_button, self.pdf_button, self.xlsx_button):
            b.setEnabled(False)
        sales_ops.make_price_list(
            self.ops,
            self.tr("Writing the price list…"),
            client_id,
            path,
            fmt,
            renderer,
            email,
            while_alive(self, self._saved),
            while_alive(self, self._save_failed),
            self,
        )

    def _saved(self, outcome: Result[tuple[PriceListResult, date | None]]) -> None:
        result, due = outcome.value
        self.written, self.follow_up = result, due
        self._enable()
        path = result.path
        if result.draft_path is not None:
            text = self.tr(
                "E-mail to {to} opened in your mail program with {path} attached; logged as "
                "an e-mail touch."
            ).format(
                to=html.escape(result.recipient or ""),
                path=f"<a href='open'>{html.escape(path.name)}</a>",
            )
            self.url_opener(QUrl.fromLocalFile(str(result.draft_path)))
        else:
            text = self.tr("Saved to {path}; logged as a price-list touch.").format(
                path=f"<a href='open'>{html.escape(str(path))}</a>"
            )
        if due is not None:
            text += " " + self.tr("Follow-up call planned for {day}.").format(
                day=html.escape(day_text(due, weekday=True))
            )
        folder = self.tr("Show folder")
        text += f" &nbsp;<a href='folder'>{html.escape(folder)}</a>"
        self.where.setText(text)
        self.where.show()
        self.saved.emit(result)

    def _save_failed(self, exc: BaseException) -> None:
        self._enable()
        self.problem.setText(error_text(exc))
        self.problem.show()

    def _open_link(self, link: str) -> None:
        if self.written is None:
            return
        target = self.written.path if link == "open" else self.written.path.parent
        self.url_opener(QUrl.fromLocalFile(str(target)))

    # --- printing ----------------------------------------------------------------------------
    def print_(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the price list"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.document().print_(printer)
