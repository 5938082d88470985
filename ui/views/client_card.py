"""The client card: who they are, every way to reach them (as links), plan and history."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.formats import day_text
from ui.i18n import language_name
from ui.links import contact_url
from ui.models.sales import items_text
from ui.money import money_text
from ui.reasons import reason_text
from ui.texts import (
    channel_name,
    contact_kind_name,
    label_name,
    outcome_name,
    purpose_name,
    status_name,
)

if TYPE_CHECKING:
    from planner.services.salesviews import SaleView
    from planner.services.views import ClientDetail, TouchView

ACCENT = "#d65a31"  # at risk / overdue: readable on light and dark palettes


def contacts_html(detail: ClientDetail) -> str:
    """One line per contact point: channel (or fax / pager), a working link with the
    extension, and marks: label, preferred, no consent, unverified."""
    from PySide6.QtCore import QCoreApplication

    lines = []
    for p in detail.contacts:
        url = contact_url(p.channel, p.value, p.extension, p.kind)
        shown = p.value
        if p.extension:
            shown += " " + QCoreApplication.translate("ClientCard", "ext. {n}").format(
                n=p.extension
            )
        value = html.escape(shown)
        link = f'<a href="{html.escape(url)}">{value}</a>' if url and p.consent else value
        marks = []
        if p.unverified:
            fix = QCoreApplication.translate("ClientCard", "unverified: fix it in Edit")
            marks.append(f"<span style='color:{ACCENT}'>{html.escape(fix)}</span>")
        if p.preferred:
            marks.append("★ " + QCoreApplication.translate("ClientCard", "preferred"))
        if not p.consent:
            marks.append(QCoreApplication.translate("ClientCard", "no consent"))
        if p.label:
            marks.insert(0, html.escape(label_name(p.label)))
        extra = f" <span style='color:gray'>({', '.join(marks)})</span>" if marks else ""
        what = channel_name(p.channel) if p.kind == "voice" else contact_kind_name(p.kind)
        lines.append(f"<b>{html.escape(what)}</b>: {link}{extra}")
    if not lines:
        return "<i>" + QCoreApplication.translate("ClientCard", "No contact points") + "</i>"
    return "<br>".join(lines)


class ClientCard(QWidget):
    """Used by Today (with the outcome panel beside it) and by the Book's detail pane."""

    sale_requested = Signal(int)  # client id: "Record a sale…"
    price_list_requested = Signal(int)  # "Price list…"
    export_requested = Signal(int)  # "Export data…" (a personal-data request)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: ClientDetail | None = None
        self.sales: list[SaleView] = []
        self.url_opener: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.opened_urls: list[str] = []

        self.name = QLabel()
        f = QFont(self.name.font())
        f.setPointSizeF(f.pointSizeF() * 1.35)
        f.setBold(True)
        self.name.setFont(f)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.contacts = QLabel()
        self.contacts.setTextFormat(Qt.TextFormat.RichText)
        self.contacts.setOpenExternalLinks(False)
        self.contacts.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.contacts.linkActivated.connect(self._open)
        self.contacts.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.sale_button = QToolButton()
        self.price_list_button = QToolButton()
        self.export_button = QToolButton()
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        for button, signal in (
            (self.sale_button, self.sale_requested),
            (self.price_list_button, self.price_list_requested),
            (self.export_button, self.export_requested),
        ):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.clicked.connect(
                lambda _c=False, signal=signal: signal.emit(self.detail.id) if self.detail else None
            )
            actions.addWidget(button)
        actions.addStretch(1)
        self.action_bar = QWidget()
        self.action_bar.setLayout(actions)
        self.timeline = QTreeWidget()
        self.timeline.setRootIsDecorated(False)
        self.timeline.setUniformRowHeights(True)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setColumnCount(4)
        self.timeline.setMinimumHeight(120)
        self.timeline.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.sales_list = QTreeWidget()
        self.sales_list.setRootIsDecorated(False)
        self.sales_list.setUniformRowHeights(True)
        self.sales_list.setAlternatingRowColors(True)
        self.sales_list.setColumnCount(3)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.timeline, "")
        self.tabs.addTab(self.sales_list, "")

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name)
        layout.addWidget(self.subtitle)
        layout.addWidget(line)
        layout.addWidget(self.contacts)
        layout.addWidget(self.notes)
        layout.addWidget(self.action_bar)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self.show_client(None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.show_client(self.detail)
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Plan and history"))
        self.timeline.setHeaderLabels(
            [self.tr("Date"), self.tr("Channel"), self.tr("Purpose"), self.tr("Outcome / why")]
        )
        self.sales_list.setHeaderLabels([self.tr("Date"), self.tr("Items"), self.tr("Total")])
        self.sale_button.setText(self.tr("Record a sale…"))
        self.price_list_button.setText(self.tr("Price list…"))
        self.sale_button.setToolTip(self.tr("Record a sale for this client (Ctrl+Shift+S)"))
        self.price_list_button.setToolTip(
            self.tr("The personal offer after a sale, as PDF or XLSX (Ctrl+Shift+P)")
        )
        self.export_button.setText(self.tr("Export data…"))
        self.export_button.setToolTip(
            self.tr("Everything the book holds about this client, as a JSON file")
        )
        self.show_sales(self.sales)

    def _open(self, url: str) -> None:
        self.opened_urls.append(url)
        self.url_opener(QUrl(url))

    def show_client(self, detail: ClientDetail | None) -> None:
        self.detail = detail
        self.timeline.clear()
        self.action_bar.setVisible(detail is not None)
        if detail is None:
            self.name.setText(self.tr("No client selected"))
            self.subtitle.setText("")
            self.contacts.setText("")
            self.notes.setText("")
            self.show_sales([])
            return
        self.name.setText(detail.name)
        bits = [detail.company] if detail.company else []
        bits.append(self.tr("Tier {tier}").format(tier=detail.tier))
        if detail.language:  # scripts, documents and e-mails to the client use it
            bits.append(
                self.tr("Language: {language}").format(language=language_name(detail.language))
            )
        if detail.status != "active":
            bits.append(status_name(detail.status))
        sub = html.escape(" · ".join(bits))
        if detail.at_risk:
            risk = html.escape(self.tr("at risk"))
            sub += f" · <span style='color:{ACCENT}'><b>{risk}</b></span>"
        if detail.tags:
            tags = ", ".join(html.escape(t) for t in detail.tags)
            label = html.escape(self.tr("Tags"))
            sub += f"<br><span style='color:gray'>{label}: {tags}</span>"
        self.subtitle.setText(sub)
        self.contacts.setText(contacts_html(detail))
        self.notes.setText(f"<i>{html.escape(detail.notes)}</i>" if detail.notes else "")
        self.notes.setVisible(bool(detail.notes))
        self._fill_timeline(detail.planned, detail.history)

    def _fill_timeline(
        self, planned: tuple[TouchView, ...], history: tuple[TouchView, ...]
    ) -> None:
        bold = QFont(self.timeline.font())
        bold.setBold(True)
        for t in planned:
            item = QTreeWidgetItem(
                [
                    day_text(t.due, weekday=True),
                    channel_name(t.channel),
                    purpose_name(t.purpose),
                    self.tr("planned") + ": " + reason_text(t.reasons, t.reason),
                ]
            )
            item.setToolTip(3, reason_text(t.reasons, t.reason))
            for c in range(4):
                item.setFont(c, bold)
            item.setData(0, Qt.ItemDataRole.UserRole, t.id)
            self.timeline.addTopLevelItem(item)
        for t in history:
            outcome = outcome_name(t.outcome) if t.outcome else ""
            if t.note:
                outcome += f" — {t.note}"
            item = QTreeWidgetItem(
                [
                    day_text(t.done_on or t.due, weekday=True),
                    channel_name(t.channel),
                    purpose_name(t.purpose),
                    outcome,
                ]
            )
            item.setToolTip(3, outcome)
            self.timeline.addTopLevelItem(item)
        for c in range(3):
            self.timeline.resizeColumnToContents(c)

    def show_sales(self, sales: list[SaleView]) -> None:
        """The client's sales, newest first (the Sales tab shows how many)."""
        self.sales = list(sales)
        self.sales_list.clear()
        for sale in self.sales:
            item = QTreeWidgetItem(
                [day_text(sale.day), items_text(sale), money_text(sale.total_minor, sale.currency)]
            )
            item.setToolTip(1, items_text(sale) + (f"\n{sale.note}" if sale.note else ""))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.sales_list.addTopLevelItem(item)
        self.sales_list.resizeColumnToContents(0)
        self.sales_list.setColumnWidth(1, max(160, self.sales_list.width() // 2))
        title = self.tr("Sales")
        self.tabs.setTabText(1, f"{title} ({len(self.sales)})" if self.sales else title)

    def planned_count(self) -> int:
        return len(self.detail.planned) if self.detail else 0
