"""What the Sales menu and the client cards' buttons do: record a sale, the price list,
suggested tiers; and the daily recompute of value and risk."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ui import state
from ui.texts import error_text

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from planner.services.pricelists import PriceListResult
    from planner.services.salesviews import SaleResult
    from ui.mainwindow import MainWindow


class SalesActions:
    """Mixed into MainWindow; `self` is the window."""

    sale_dialog: Any = None
    price_list_dialog: Any = None
    suggestions_dialog: Any = None

    def current_client(self: MainWindow) -> tuple[int, str, str] | None:
        """(id, name, tier) of the client on screen in Today or the Book, if any."""
        view = self.views.get(self.current)
        card = getattr(view, "card", None)
        detail = getattr(card, "detail", None)
        if detail is None:
            return None
        return detail.id, detail.name, detail.tier

    def _client(self: MainWindow, client_id: int | None) -> tuple[int, str, str] | None:
        current = self.current_client()
        if current is not None and (client_id is None or current[0] == client_id):
            return current
        for view in self.views.values():
            detail = getattr(getattr(view, "card", None), "detail", None)
            if detail is not None and detail.id == client_id:
                return detail.id, detail.name, detail.tier
        return None

    # --- a sale ------------------------------------------------------------------------------
    def record_sale(
        self: MainWindow, client_id: int | None = None, ask_client: bool = True
    ) -> None:
        """Open the sale form for the client (or the one on screen; else it asks whom)."""
        if not self.ops.has_book:
            return
        client = self._client(client_id) if ask_client or client_id else None
        if client is None and client_id is not None:
            self.ops.query(
                lambda s: s.clients.summary(client_id),
                lambda c: self._open_sale_dialog((c.id, c.name, c.tier)),
            )
            return
        self._open_sale_dialog(client)

    def _open_sale_dialog(self: MainWindow, client: tuple[int, str, str] | None) -> None:
        from PySide6.QtCore import Qt

        from ui.dialogs.record_sale import SaleDialog

        dlg = SaleDialog(self.ops, client, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.recorded.connect(self._sale_recorded)
        dlg.finished.connect(lambda _r: setattr(self, "sale_dialog", None))
        self.sale_dialog = dlg
        dlg.open()

    def _sale_recorded(self: MainWindow, result: SaleResult) -> None:
        from ui.money import money_text

        text = translate("SalesActions", "Sale recorded for {client}: {total}.").format(
            client=result.sale.client,
            total=money_text(result.sale.total_minor, result.sale.currency),
        )
        n = len(result.touches)  # a plain name: lupdate skips calls whose count is a call
        if n:
            text += " " + translate("SalesActions", "%n after-sale touch(es) planned.", "", n)
        self.last_status = text
        self.statusBar().showMessage(text, 10_000)

    last_status = ""

    # --- the price list ----------------------------------------------------------------------
    def price_list(self: MainWindow, client_id: int | None = None) -> None:
        if not self.ops.has_book:
            return
        client = self._client(client_id)
        if client is None and client_id is not None:
            self.ops.query(
                lambda s: s.clients.summary(client_id),
                lambda c: self._open_price_list(c.id, c.name),
            )
            return
        if client is None:
            chosen = self.pick_client(translate("SalesActions", "Price list"))
            if chosen is None:
                return
            client = (chosen[0], chosen[1], "")
        self._open_price_list(client[0], client[1])

    def _open_price_list(self: MainWindow, client_id: int, name: str) -> None:
        from PySide6.QtCore import Qt

        from ui.dialogs.price_list import PriceListDialog

        dlg = PriceListDialog(self.ops, client_id, name, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.saved.connect(self._price_list_saved)
        dlg.finished.connect(lambda _r: setattr(self, "price_list_dialog", None))
        self.price_list_dialog = dlg
        dlg.open()

    def _price_list_saved(self: MainWindow, result: PriceListResult) -> None:
        self.statusBar().showMessage(
            translate("SalesActions", "Price list saved to {path}.").format(path=result.path),
            10_000,
        )

    def pick_client(self: MainWindow, title: str) -> tuple[int, str] | None:
        from ui.dialogs.pick_client import PickClientDialog

        dlg = PickClientDialog(
            self.ops, title, translate("SalesActions", "For which client?"), self
        )
        return dlg.chosen() if dlg.exec() else None

    # --- value and risk ----------------------------------------------------------------------
    def tier_suggestions(self: MainWindow) -> None:
        from PySide6.QtCore import Qt

        from ui.dialogs.tier_suggestions import TierSuggestionsDialog

        if not self.ops.has_book:
            return
        dlg = TierSuggestionsDialog(self.ops, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.accepted_tiers.connect(
            lambda n: self.statusBar().showMessage(
                translate("SalesActions", "%n client(s) moved to their suggested tier.", "", n),
                8000,
            )
        )
        dlg.finished.connect(lambda _r: setattr(self, "suggestions_dialog", None))
        self.suggestions_dialog = dlg
        dlg.open()

    def recompute_value_daily(self: MainWindow) -> None:
        """Risk and the plan depend on today: recompute value and risk and run the daily
        planning step once a day per book, on the worker
        (at start-up, and when the date changes while the app is open)."""
        if not self.ops.has_book:
            return
        import hashlib

        book = hashlib.sha1(str(self.book_path.resolve()).encode()).hexdigest()[:16]
        key = f"value/recomputed/{book}"
        last = state.value(key)

        def check(s: Any) -> Any:
            today = s.uiextras.today().isoformat()
            if last == today:
                return None
            result = s.value.recompute_all()
            # the daily planning step: birthdays ahead, the book levelled for the new day
            daily = s.planning.daily()
            return today, result, result.changes | daily.changes  # to every view

        def done(outcome: Any) -> None:
            if outcome is not None:
                state.set_value(key, outcome[0])

        def failed(exc: BaseException) -> None:
            self.statusBar().showMessage(error_text(exc), 8000)

        self.ops.mutate(check, done, failed)
