"""What the Sales menu and the client cards' buttons do: record a sale, the price list,
suggested tiers; and the daily recompute of value and risk."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui import state
from ui.ops import sales as sales_ops
from ui.texts import error_text

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from planner.services.pricelists import PriceListResult
    from planner.services.result import Result
    from planner.services.salesviews import SaleResult
    from ui.dialogs.price_list import PriceListDialog
    from ui.dialogs.record_sale import SaleDialog
    from ui.dialogs.tier_suggestions import TierSuggestionsDialog
    from ui.shell import Window


class SalesActions:
    """The Sales menu and the client cards' buttons; the daily recompute of value."""

    def __init__(self, win: Window) -> None:
        self.win = win
        self.sale_dialog: SaleDialog | None = None
        self.price_list_dialog: PriceListDialog | None = None
        self.suggestions_dialog: TierSuggestionsDialog | None = None
        self.last_status = ""

    def current_client(self) -> tuple[int, str, str] | None:
        """(id, name, tier) of the client on screen in Today or the Book, if any."""
        view = self.win.views.get(self.win.current)
        card = getattr(view, "card", None)
        detail = getattr(card, "detail", None)
        if detail is None:
            return None
        return detail.id, detail.name, detail.tier

    def _client(self, client_id: int | None) -> tuple[int, str, str] | None:
        current = self.current_client()
        if current is not None and (client_id is None or current[0] == client_id):
            return current
        for view in self.win.views.values():
            detail = getattr(getattr(view, "card", None), "detail", None)
            if detail is not None and detail.id == client_id:
                return detail.id, detail.name, detail.tier
        return None

    # --- a sale ------------------------------------------------------------------------------
    def record_sale(self, client_id: int | None = None, ask_client: bool = True) -> None:
        """Open the sale form for the client (or the one on screen; else it asks whom)."""
        if not self.win.ops.has_book:
            return
        client = self._client(client_id) if ask_client or client_id else None
        if client is None and client_id is not None:
            sales_ops.client_summary(
                self.win.ops, client_id, lambda c: self._open_sale_dialog((c.id, c.name, c.tier))
            )
            return
        self._open_sale_dialog(client)

    def _open_sale_dialog(self, client: tuple[int, str, str] | None) -> None:
        from PySide6.QtCore import Qt

        from ui.dialogs.record_sale import SaleDialog

        dlg = SaleDialog(self.win.ops, client, self.win.widget)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.recorded.connect(self._sale_recorded)
        dlg.finished.connect(lambda _r: setattr(self, "sale_dialog", None))
        self.sale_dialog = dlg
        dlg.open()

    def _sale_recorded(self, result: SaleResult) -> None:
        from ui.money import money_text

        text = translate("SalesActions", "Sale recorded for {client}: {total}.").format(
            client=result.sale.client,
            total=money_text(result.sale.total_minor, result.sale.currency),
        )
        n = len(result.touches)  # a plain name: lupdate skips calls whose count is a call
        if n:
            text += " " + translate("SalesActions", "%n after-sale touch(es) planned.", "", n)
        self.last_status = text
        self.win.statusBar().showMessage(text, 10_000)

    # --- the price list ----------------------------------------------------------------------
    def price_list(self, client_id: int | None = None) -> None:
        if not self.win.ops.has_book:
            return
        client = self._client(client_id)
        if client is None and client_id is not None:
            sales_ops.client_summary(
                self.win.ops, client_id, lambda c: self._open_price_list(c.id, c.name)
            )
            return
        if client is None:
            chosen = self.pick_client(translate("SalesActions", "Price list"))
            if chosen is None:
                return
            client = (chosen[0], chosen[1], "")
        self._open_price_list(client[0], client[1])

    def _open_price_list(self, client_id: int, name: str) -> None:
        from PySide6.QtCore import Qt

        from ui.dialogs.price_list import PriceListDialog

        dlg = PriceListDialog(self.win.ops, client_id, name, self.win.widget)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.saved.connect(self._price_list_saved)
        dlg.finished.connect(lambda _r: setattr(self, "price_list_dialog", None))
        self.price_list_dialog = dlg
        dlg.open()

    def _price_list_saved(self, result: PriceListResult) -> None:
        self.win.statusBar().showMessage(
            translate("SalesActions", "Price list saved to {path}.").format(path=result.path),
            10_000,
        )

    def pick_client(self, title: str) -> tuple[int, str] | None:
        from ui.dialogs.pick_client import PickClientDialog

        dlg = PickClientDialog(
            self.win.ops, title, translate("SalesActions", "For which client?"), self.win.widget
        )
        return dlg.chosen() if dlg.exec() else None

    # --- value and risk ----------------------------------------------------------------------
    def tier_suggestions(self) -> None:
        from PySide6.QtCore import Qt

        from ui.dialogs.tier_suggestions import TierSuggestionsDialog

        if not self.win.ops.has_book:
            return
        dlg = TierSuggestionsDialog(self.win.ops, self.win.widget)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.accepted_tiers.connect(
            lambda n: self.win.statusBar().showMessage(
                translate("SalesActions", "%n client(s) moved to their suggested tier.", "", n),
                8000,
            )
        )
        dlg.finished.connect(lambda _r: setattr(self, "suggestions_dialog", None))
        self.suggestions_dialog = dlg
        dlg.open()

    def recompute_value_daily(self) -> None:
        """Risk and the plan depend on today: recompute value and risk and run the daily
        planning step once a day per book, on the worker
        (at start-up, and when the date changes while the app is open)."""
        if not self.win.ops.has_book:
            return
        import hashlib

        book = hashlib.sha1(str(self.win.book_path.resolve()).encode()).hexdigest()[:16]
        key = f"value/recomputed/{book}"
        last = state.value(key)

        def done(outcome: Result[str | None]) -> None:
            if outcome.value is not None:
                state.set_value(key, outcome.value)

        def failed(exc: BaseException) -> None:
            self.win.statusBar().showMessage(error_text(exc), 8000)

        sales_ops.recompute_daily(self.win.ops, last, done, failed)
