"""The pages of the left navigation: their keys, icons, titles, and how each is built.

Pages are built the first time they are shown (start-up builds only Today), and each
client card's actions (sale, price list, export) are wired to the window's here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from ui.file_actions import FileActions
    from ui.sales_actions import SalesActions
    from ui.shell import Window
    from ui.views.client_card import ClientCard
    from ui.views.page import Page

translate = QCoreApplication.translate
VIEWS = ("today", "book", "planning", "sales", "catalog", "scripts")
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def titles() -> tuple[str, ...]:
    return (
        translate("MainWindow", "Today"),
        translate("MainWindow", "Book"),
        translate("MainWindow", "Planning"),
        translate("MainWindow", "Sales"),
        translate("MainWindow", "Catalog"),
        translate("MainWindow", "Scripts"),
    )


def wire_card(card: ClientCard, sales: SalesActions, files: FileActions) -> None:
    card.sale_requested.connect(lambda cid: sales.record_sale(cid))
    card.price_list_requested.connect(lambda cid: sales.price_list(cid))
    card.export_requested.connect(lambda cid: files.export_client_data(cid))


def build_view(key: str, win: Window, sales: SalesActions, files: FileActions) -> Page:
    """A new page for `key` (not Today, which the window builds after its first paint)."""
    status = win.statusBar()
    if key == "book":
        from ui.views.book import BookView

        book = BookView(win.ops, win.undo)
        wire_card(book.card, sales, files)
        return book
    if key == "planning":
        from ui.views.planning import PlanningView

        return PlanningView(win.ops, win.undo)
    if key == "sales":
        from ui.views.sales import SalesView

        page = SalesView(win.ops)
        page.record_requested.connect(lambda: sales.record_sale(None, ask_client=False))
        page.suggestions_requested.connect(sales.tier_suggestions)
        return page
    if key == "catalog":
        from ui.views.catalog import CatalogView

        catalog = CatalogView(win.ops)
        catalog.status.connect(lambda text: status.showMessage(text, 6000))
        return catalog
    if key == "scripts":
        from ui.views.scripts import ScriptEditorView

        scripts = ScriptEditorView(win.ops)
        scripts.status.connect(lambda text: status.showMessage(text, 6000))
        return scripts
    raise KeyError(key)
