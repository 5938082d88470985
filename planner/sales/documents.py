"""The price list as documents: HTML from a sandboxed template (for the PDF that
`ui.documents.pdf` writes) and an XLSX workbook written here.

Spreadsheet cells never become formulas from client data (DESIGN.md §9): all text is
written as strings, and text that Excel would read as a formula once edited gets the
quote prefix as well.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import xlsxwriter

from planner.atomic import workbook_scratch
from planner.io.cells import is_formula_like
from planner.sales.hyphenation import hyphenate
from planner.sales.money import exponent, format_money, format_percent, to_decimal
from planner.sales.offers import Offer
from planner.sales.sandbox import (
    Record,
    ScriptError,
    TemplateSandbox,
    compile_template,
    render_capped,
)
from planner.sales.texts import format_day, labels, unit_text


def default_price_list_template() -> str:
    return (
        resources.files("resources")
        .joinpath("templates", "price_list.html.j2")
        .read_text(encoding="utf-8")
    )


# --- HTML ---------------------------------------------------------------------------------
def offer_context(offer: Offer) -> dict[str, Any]:
    """What the price list template sees: money already formatted in the client's language;
    the table's texts (name, benefits, related_to) with soft hyphens where the language
    allows a long word to break."""
    lang = offer.language

    def money(minor: int) -> str:
        return format_money(minor, offer.currency, offer.language)

    def soft(text: str | None) -> str | None:
        return hyphenate(text, lang) if text else text

    me = offer.salesperson
    return {
        "lang": offer.language,
        "offer": Record(
            client_name=offer.client_name,
            company=offer.company,
            salutation=offer.salutation,
            tier=offer.tier,
            currency=offer.currency,
            created_on=offer.created_on,
            valid_until=offer.valid_until,
            discount=format_percent(offer.discount_bp, offer.language),
            discount_bp=offer.discount_bp,
            conditions=list(offer.conditions),
            lines=[
                Record(
                    code=ln.code,
                    name=soft(ln.name),
                    category=ln.category,
                    unit=unit_text(ln.unit, offer.language),
                    benefits=soft(ln.benefits),
                    reason=ln.reason,
                    related_to=soft(ln.related_to),
                    kind=ln.kind,
                    price=money(ln.price_minor),
                    discount=money(ln.discount_minor),
                    discounted=money(ln.discounted_minor),
                    price_minor=ln.price_minor,
                    discounted_minor=ln.discounted_minor,
                )
                for ln in offer.lines
            ],
            total=money(offer.total_minor),
            discount_total=money(offer.discount_total_minor),
            discounted_total=money(offer.discounted_total_minor),
        ),
        "me": Record(
            name=me.name,
            company=me.company,
            phone=me.phone,
            email=me.email,
            logo=me.logo.resolve().as_uri() if me.logo else None,
        ),
    }


def price_list_environment(offer: Offer) -> TemplateSandbox:
    return TemplateSandbox(
        autoescape=True,
        filters={
            "day": lambda d: format_day(d, offer.language),
            "money": lambda minor: format_money(int(minor), offer.currency, offer.language),
            "hyphenate": lambda text: hyphenate(str(text), offer.language),
        },
    )


def check_price_list_template(text: str) -> ScriptError | None:
    """None when the template compiles, else where and why it does not."""
    compiled = compile_template(TemplateSandbox(autoescape=True, filters=_SAMPLE_FILTERS), text)
    return compiled if isinstance(compiled, ScriptError) else None


_SAMPLE_FILTERS = {"day": str, "money": str, "hyphenate": str}


def render_price_list_html(offer: Offer, template_text: str | None = None) -> str | ScriptError:
    env = price_list_environment(offer)
    compiled = compile_template(env, template_text or default_price_list_template())
    if isinstance(compiled, ScriptError):
        return compiled
    return render_capped(compiled, offer_context(offer))


# --- XLSX ---------------------------------------------------------------------------------
def write_xlsx(offer: Offer, path: Path) -> None:
    """One sheet: header, the items with prices as numbers, totals, conditions, contact."""
    t = labels(offer.language)
    places = exponent(offer.currency)
    money_format = ("#,##0" + ("." + "0" * places if places else "")) + f' "{offer.currency}"'
    options = {"strings_to_formulas": False, "strings_to_urls": False}
    book = workbook_scratch(xlsxwriter.Workbook, path, options)
    try:
        sheet = book.add_worksheet(t["title"][:31])
        bold = book.add_format({"bold": True})
        title = book.add_format({"bold": True, "font_size": 16})
        head = book.add_format({"bold": True, "bg_color": "#DCE6F1", "border": 1})
        wrap = book.add_format({"text_wrap": True, "valign": "top"})
        quoted = book.add_format({"quote_prefix": True, "text_wrap": True, "valign": "top"})
        money = book.add_format({"num_format": money_format, "valign": "top"})
        money_bold = book.add_format({"num_format": money_format, "bold": True})

        def text(row: int, col: int, value: str | None, fmt: Any = None) -> None:
            value = value or ""
            sheet.write_string(row, col, value, quoted if is_formula_like(value) else fmt)

        def number(row: int, col: int, minor: int, fmt: Any) -> None:
            sheet.write_number(row, col, float(to_decimal(minor, offer.currency)), fmt)

        sheet.set_column(0, 0, 34)
        sheet.set_column(1, 1, 14)
        sheet.set_column(2, 2, 50)
        sheet.set_column(3, 5, 16)
        text(0, 0, t["title"], title)
        text(1, 0, t["for"], bold)
        text(1, 1, offer.client_name)
        text(2, 1, offer.company or "")
        text(3, 0, t["date"], bold)
        text(3, 1, format_day(offer.created_on, offer.language))
        text(4, 0, t["valid_until"], bold)
        text(4, 1, format_day(offer.valid_until, offer.language))
        text(5, 0, t["discount"], bold)
        text(5, 1, format_percent(offer.discount_bp, offer.language))
        header = ("item", "code", "benefits", "price", "discount", "your_price")
        first = 7
        for col, key in enumerate(header):
            text(first, col, t[key], head)
        row = first
        for ln in offer.lines:
            row += 1
            text(row, 0, ln.name, wrap)
            text(row, 1, ln.code, wrap)
            text(row, 2, ln.benefits or "", wrap)
            number(row, 3, ln.price_minor, money)
            number(row, 4, -ln.discount_minor, money)
            number(row, 5, ln.discounted_minor, money)
        row += 1
        text(row, 0, t["total"], bold)
        number(row, 3, offer.total_minor, money_bold)
        number(row, 4, -offer.discount_total_minor, money_bold)
        number(row, 5, offer.discounted_total_minor, money_bold)
        row += 2
        text(row, 0, t["conditions"], bold)
        for condition in offer.conditions:
            row += 1
            text(row, 0, condition)
        me = offer.salesperson
        row += 2
        text(row, 0, t["contact"], bold)
        for value in (me.name, me.company, me.phone, me.email):
            if value:
                row += 1
                text(row, 0, value)
        sheet.freeze_panes(first + 1, 0)
    finally:
        book.close()
