"""Exact money: parsing what people type, discounts, amounts and formatting.

Money is integer minor units of the book's currency; every step that divides rounds
half up to the minor unit, in integers or `Decimal`, never through a float.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from planner.errors import Invalid

# ISO 4217 minor units where they are not 2 (the rest of the world uses cents).
_EXPONENTS = {
    "BHD": 3, "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "IQD": 3, "ISK": 0, "JOD": 3,
    "JPY": 0, "KMF": 0, "KRW": 0, "KWD": 3, "LYD": 3, "OMR": 3, "PYG": 0, "RWF": 0,
    "TND": 3, "UGX": 0, "UYI": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
}  # fmt: skip
# Currency marks people type around an amount; stripped before parsing.
_MARKS = re.compile(
    r"^(?:[€$£₽₴]|zł|zl|руб\.?|р\.|[A-Za-z]{3})?\s*(.*?)\s*(?:[€$£₽₴]|zł|zl|руб\.?|р\.|[A-Za-z]{3})?$",
    re.IGNORECASE,
)
_BLANKS = re.compile(r"[\s\u00a0\u202f\u2009'’]")  # spaces, NBSPs, thin spaces, apostrophes
QTY_SCALE = 1000  # quantities are integer thousandths


def exponent(currency: str) -> int:
    """Digits after the decimal point in `currency` (EUR 2, JPY 0, KWD 3)."""
    return _EXPONENTS.get(currency.upper(), 2)


def _decimal(text: str, places: int, kind: str) -> Decimal:
    """'1 234,50', '1,234.50', '1.234,50', '12,5' -> Decimal; raises `Invalid` (a ValueError)
    coded "<kind>.empty", "<kind>.bad" or "number.*" (`kind`: amount, quantity, percentage)."""
    raw = text.strip()
    match = _MARKS.match(raw)
    body = _BLANKS.sub("", match.group(1) if match else raw)
    if not raw:
        raise Invalid(f"{kind}.empty")
    if not re.fullmatch(r"-?[\d.,]+", body) or not re.search(r"\d", body):
        raise Invalid(f"{kind}.bad", value=raw)
    sign = "-" if body.startswith("-") else ""
    body = body.lstrip("-")
    dots, commas = body.count("."), body.count(",")
    misplaced = Invalid("number.bad-thousands", value=raw)
    if dots and commas:  # the one that comes last is the decimal separator
        point = "." if body.rfind(".") > body.rfind(",") else ","
        group = "," if point == "." else "."
        if body.count(point) > 1:
            raise Invalid("number.two-points", value=raw)
        whole, frac = body.split(point)
        if not re.fullmatch(rf"\d{{1,3}}(?:{re.escape(group)}\d{{3}})+", whole):
            raise misplaced
        whole = whole.replace(group, "")
    elif dots + commas == 0:
        whole, frac = body, ""
    else:
        parts = body.split("." if dots else ",")
        if len(parts) > 2 or (len(parts[1]) == 3 and places < 3):
            # "1,234,567", or "12,345" for a currency with cents: thousands separators
            if not all(len(p) == 3 for p in parts[1:]) or not 1 <= len(parts[0]) <= 3:
                raise misplaced
            whole, frac = "".join(parts), ""
        else:
            whole, frac = parts
    if not whole and not frac:
        raise Invalid(f"{kind}.bad", value=raw)
    if len(frac) > places:
        raise Invalid("number.many-places", value=raw, places=places)
    try:
        return Decimal(f"{sign}{whole or '0'}.{frac or '0'}")
    except InvalidOperation:
        raise Invalid(f"{kind}.bad", value=raw) from None


def parse_money(text: str, currency: str = "EUR") -> int:
    """An amount typed by a person -> integer minor units, exactly. Raises ValueError."""
    places = exponent(currency)
    value = _decimal(text, places, "amount")
    return int(value.scaleb(places))


def parse_quantity(text: str) -> int:
    """'2', '1,5', '0.25' -> thousandths (2000, 1500, 250). Raises ValueError."""
    value = _decimal(text, 3, "quantity")
    return int(value.scaleb(3))


def div_half_up(numerator: int, denominator: int) -> int:
    """Integer division rounding half away from zero (the commercial rounding)."""
    if denominator <= 0:
        raise ValueError("the denominator must be positive")
    q, r = divmod(abs(numerator), denominator)
    if 2 * r >= denominator:
        q += 1
    return q if numerator >= 0 else -q


def discount_amount(price_minor: int, discount_bp: int) -> int:
    """The discount on `price_minor` at `discount_bp` basis points, rounded half up.

    Rounding the discount (not the discounted price) keeps price = discounted + discount
    on every line, and a half minor unit goes to the client.
    """
    return div_half_up(price_minor * discount_bp, 10_000)


def discounted(price_minor: int, discount_bp: int) -> int:
    return price_minor - discount_amount(price_minor, discount_bp)


def line_amount(unit_price_minor: int, quantity_milli: int) -> int:
    """Unit price × quantity (thousandths), rounded half up to the minor unit."""
    return div_half_up(unit_price_minor * quantity_milli, QTY_SCALE)


def to_decimal(minor: int, currency: str) -> Decimal:
    """Minor units as an exact Decimal amount (for spreadsheets and templates)."""
    return Decimal(minor).scaleb(-exponent(currency))


# Separators by language: (thousands, decimal). NBSP keeps "1 234,50" on one line.
_SEPARATORS = {"en": (",", "."), "ru": ("\u00a0", ","), "pl": ("\u00a0", ",")}


def format_amount(minor: int, currency: str, language: str = "en") -> str:
    """12345 EUR -> '123.45' (en) or '123,45' (ru, pl), with thousands separators."""
    places = exponent(currency)
    group, point = _SEPARATORS.get(language, _SEPARATORS["en"])
    sign = "-" if minor < 0 else ""
    whole, frac = divmod(abs(minor), 10**places)
    digits = f"{whole:,}".replace(",", group)
    return f"{sign}{digits}{point}{frac:0{places}d}" if places else f"{sign}{digits}"


# The sign people write for a currency; others keep their ISO code.
SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "RUB": "₽", "PLN": "zł", "UAH": "₴", "JPY": "¥"}
_SIGN_FIRST_EN = frozenset({"$", "€", "£", "¥"})  # English writes $12.50, but 12.50 zł


def currency_sign(currency: str) -> str:
    return SIGNS.get(currency.upper(), currency.upper())


def format_money(minor: int, currency: str, language: str = "en") -> str:
    """'$1,234.50', '€12.00' (en); '1 234,50 zł', '2 250,00 ₽', '12,00 €' (ru, pl).

    The sign as the document's language writes it, joined by no-break spaces so that a
    price never wraps; a currency without a known sign keeps its ISO code after the amount.
    """
    amount = format_amount(minor, currency, language)
    sign = currency_sign(currency)
    if language not in ("ru", "pl") and sign in _SIGN_FIRST_EN:
        return f"-{sign}{amount[1:]}" if amount.startswith("-") else f"{sign}{amount}"
    return f"{amount}\u00a0{sign}"


def format_quantity(milli: int, language: str = "en") -> str:
    """1500 -> '1.5' (en) / '1,5' (ru, pl); whole numbers without a point."""
    whole, frac = divmod(milli, QTY_SCALE)
    if not frac:
        return str(whole)
    point = _SEPARATORS.get(language, _SEPARATORS["en"])[1]
    return f"{whole}{point}{f'{frac:03d}'.rstrip('0')}"


def format_percent(bp: int, language: str = "en") -> str:
    """1000 -> '10 %'; 1250 -> '12.5 %' / '12,5 %'."""
    whole, frac = divmod(bp, 100)
    point = _SEPARATORS.get(language, _SEPARATORS["en"])[1]
    text = f"{whole}{point}{f'{frac:02d}'.rstrip('0')}" if frac else str(whole)
    return f"{text}\u00a0%"


def parse_percent(text: str) -> int:
    """'10', '12,5', '12.5 %' -> basis points (1000, 1250). Raises ValueError."""
    value = _decimal(text.strip().rstrip("%").strip(), 2, "percentage")
    if not 0 <= value <= 100:
        raise Invalid("number.bad-percentage")
    return int(value.scaleb(2))
