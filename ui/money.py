"""Money and quantities as the UI shows and edits them, in the UI language.

The core parses what people type ("12,50", "1 234.50") and formats exactly (integer minor
units, never floats); these helpers only pick the UI language for it.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from planner.sales.money import (
    discounted,
    format_amount,
    format_money,
    format_percent,
    format_quantity,
    line_amount,
    parse_money,
    parse_percent,
    parse_quantity,
)
from planner.sales.texts import unit_text

__all__ = [
    "amount_text",
    "discounted",
    "line_amount",
    "money_text",
    "parse_money",
    "parse_percent",
    "parse_quantity",
    "percent_text",
    "quantity_text",
    "ui_language",
    "unit_label",
]


def ui_language() -> str:
    """en, ru or pl: the language QLocale.setDefault follows (ui.i18n sets it)."""
    code = QLocale().name()[:2]
    return code if code in ("en", "ru", "pl") else "en"


def money_text(minor: int, currency: str) -> str:
    """'1,234.50 EUR' / '1 234,50 PLN'."""
    return format_money(minor, currency, ui_language())


def amount_text(minor: int, currency: str) -> str:
    """The amount alone, as a person would type it back into a price field."""
    return format_amount(minor, currency, ui_language()).replace("\u00a0", " ")


def quantity_text(milli: int) -> str:
    return format_quantity(milli, ui_language())


def unit_label(unit: str) -> str:
    """'pcs' as the UI language writes it: шт., szt., pcs (a unit typed by hand as is)."""
    return unit_text(unit, ui_language())


def percent_text(bp: int) -> str:
    return format_percent(bp, ui_language())
