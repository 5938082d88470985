"""The words of the price list in the client's language (en, ru, pl).

Documents carry their own language (STYLE.md habit 10): these texts go into the XLSX
and the offer's conditions; the HTML template holds its own copy so that a user can
reword it without touching code.
"""

from __future__ import annotations

from datetime import date

from planner.sales.money import format_percent

LANGUAGES = ("en", "ru", "pl")

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Personal offer",
        "for": "For",
        "date": "Date",
        "valid_until": "Valid until",
        "item": "Item",
        "code": "Code",
        "benefits": "Why it helps",
        "price": "Price",
        "discount": "Discount",
        "your_price": "Your price",
        "total": "Total",
        "conditions": "Conditions",
        "contact": "Your contact",
        "phone": "Phone",
        "email": "E-mail",
    },
    "ru": {
        "title": "Персональное предложение",
        "for": "Для",
        "date": "Дата",
        "valid_until": "Действует до",
        "item": "Товар или услуга",
        "code": "Код",
        "benefits": "Чем полезно",
        "price": "Цена",
        "discount": "Скидка",
        "your_price": "Ваша цена",
        "total": "Итого",
        "conditions": "Условия",
        "contact": "Ваш контакт",
        "phone": "Телефон",
        "email": "Эл. почта",
    },
    "pl": {
        "title": "Oferta indywidualna",
        "for": "Dla",
        "date": "Data",
        "valid_until": "Ważna do",
        "item": "Produkt lub usługa",
        "code": "Kod",
        "benefits": "Korzyści",
        "price": "Cena",
        "discount": "Rabat",
        "your_price": "Twoja cena",
        "total": "Razem",
        "conditions": "Warunki",
        "contact": "Twój opiekun",
        "phone": "Telefon",
        "email": "E-mail",
    },
}

_CONDITIONS: dict[str, tuple[str, ...]] = {
    "en": (
        "The discount of {discount} applies to the items listed in this offer.",
        "Valid for orders placed on or before {until}.",
        "Not combinable with other offers or discounts.",
        "Prices in {currency}.",
    ),
    "ru": (
        "Скидка {discount} действует на товары и услуги из этого предложения.",
        "Действует для заказов, сделанных до {until} включительно.",
        "Не суммируется с другими предложениями и скидками.",
        "Цены указаны в {currency}.",
    ),
    "pl": (
        "Rabat {discount} obejmuje produkty i usługi wymienione w tej ofercie.",
        "Dotyczy zamówień złożonych do {until} włącznie.",
        "Nie łączy się z innymi ofertami ani rabatami.",
        "Ceny w {currency}.",
    ),
}

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def language_of(code: str | None) -> str:
    return code if code in LANGUAGES else "en"


def labels(language: str) -> dict[str, str]:
    return LABELS[language_of(language)]


def format_day(day: date, language: str) -> str:
    """'26 Nov 2026' (en) / '26.11.2026' (ru, pl): unambiguous in each language."""
    if language_of(language) == "en":
        return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
    return f"{day.day:02d}.{day.month:02d}.{day.year}"


def conditions(language: str, discount_bp: int, until: date, currency: str) -> tuple[str, ...]:
    lang = language_of(language)
    values = {
        "discount": format_percent(discount_bp, lang),
        "until": format_day(until, lang),
        "currency": currency_name(currency, lang),
    }
    lines = _CONDITIONS[lang] if discount_bp else _CONDITIONS[lang][1:]
    return tuple(line.format(**values) for line in lines)


# Units as each language writes them after a quantity or price ("/ шт."); others as typed.
UNITS: dict[str, dict[str, str]] = {
    "pcs": {"en": "pcs", "ru": "шт.", "pl": "szt."},
    "set": {"en": "set", "ru": "компл.", "pl": "kpl."},
    "pack": {"en": "pack", "ru": "уп.", "pl": "opak."},
    "bottle": {"en": "bottle", "ru": "фл.", "pl": "but."},
    "kg": {"en": "kg", "ru": "кг", "pl": "kg"},
    "l": {"en": "l", "ru": "л", "pl": "l"},
    "m": {"en": "m", "ru": "м", "pl": "m"},
    "m²": {"en": "m²", "ru": "м²", "pl": "m²"},
    "h": {"en": "h", "ru": "ч", "pl": "godz."},
    "month": {"en": "month", "ru": "мес.", "pl": "mies."},
    "year": {"en": "year", "ru": "год", "pl": "rok"},
    "visit": {"en": "visit", "ru": "выезд", "pl": "wizyta"},
}


def unit_text(unit: str, language: str) -> str:
    """'pcs' -> 'шт.' (ru), 'szt.' (pl); a unit the user typed themselves stays as typed."""
    known = UNITS.get(unit.strip())
    return known[language_of(language)] if known else unit


_CURRENCY_NAMES: dict[str, dict[str, str]] = {
    "RUB": {"en": "Russian roubles", "ru": "рублях", "pl": "rublach"},
    "PLN": {"en": "Polish złoty", "ru": "польских злотых", "pl": "złotych"},
    "USD": {"en": "US dollars", "ru": "долларах США", "pl": "dolarach amerykańskich"},
    "EUR": {"en": "euros", "ru": "евро", "pl": "euro"},
    "GBP": {"en": "pounds sterling", "ru": "фунтах стерлингов", "pl": "funtach szterlingach"},
}


def currency_name(currency: str, language: str) -> str:
    """For 'Prices in ...': 'рублях', 'złotych', 'US dollars'; else the ISO code."""
    return _CURRENCY_NAMES.get(currency.upper(), {}).get(language_of(language), currency)


# The e-mail that carries the price list, in the client's language.
_EMAIL: dict[str, dict[str, str]] = {
    "en": {
        "subject": "Your personal offer from {company}",
        "body": "{salutation}\n\nthank you for your purchase. Attached is your personal "
        "price list with a discount of {discount}, valid until {until}.\n\nI will be glad "
        "to answer any questions.\n\nKind regards,\n{me}",
    },
    "ru": {
        "subject": "Ваше персональное предложение от {company}",
        "body": "{salutation}\n\nБлагодарим за покупку. Во вложении ваш персональный "
        "прайс-лист со скидкой {discount}, предложение действует до {until}.\n\nС удовольствием "
        "отвечу на ваши вопросы.\n\nС уважением,\n{me}",
    },
    "pl": {
        "subject": "Oferta indywidualna od {company}",
        "body": "{salutation}\n\ndziękujemy za zakup. W załączniku przesyłam indywidualny "
        "cennik z rabatem {discount}, ważny do {until}.\n\nChętnie odpowiem na wszelkie "
        "pytania.\n\nZ poważaniem,\n{me}",
    },
}


def email_texts(language: str) -> dict[str, str]:
    return _EMAIL[language_of(language)]
