"""Turn one raw value of an imported file into clean data: phones, e-mails, handles, dates.

Each function returns None for "not valid" (the caller reports a RowProblem with the raw
value); nothing here raises on bad input.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, datetime, timedelta
from functools import cache, lru_cache

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from email_validator.rfc_constants import DOT_ATOM_TEXT

from planner.io.headers import label_from_words, normalise
from planner.io.phones import SLOW, e164, is_valid, national

Birthday = tuple[int | None, int, int]


class BadValue(ValueError):
    """A value that is present but is not what its column promises (e.g. not a date)."""


# Regions where 04/05/1985 means April 5 (month first); elsewhere day first.
MONTH_FIRST_REGIONS = frozenset({"US", "PH", "PR", "GU", "VI", "AS", "MP", "UM", "FM", "MH", "PW"})
_APPLE_NO_YEAR = frozenset({0, 1, 1604})  # years that exporters write when there is none
_SPLIT_MULTI = re.compile(r"\s*(?::::|[;,\n\r])\s*")
_SPLIT_TAGS = re.compile(r"\s*(?::::|[;,])\s*")
_TG_URL = re.compile(
    r"^(?:https?://)?(?:www\.)?(?:t\.me|telegram\.me|telegram\.dog)/(?:s/)?@?(\w+)/?$", re.I
)
_TG_RESOLVE = re.compile(r"^tg://resolve\?domain=(\w+)", re.I)
_TG_USER = re.compile(r"^@?([A-Za-z][A-Za-z0-9_]{3,31})$")
_PHONE_URL = re.compile(
    r"^(?:tel:|sms:|whatsapp:|viber:|https?://wa\.me/|https?://api\.whatsapp\.com/send\?phone="
    r"|viber://chat\?number=|viber://add\?number=)",
    re.I,
)
_SEPARATORS = re.compile(r"[\s\-().]")
_YMD = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:[T ].*)?$")
_YMD_SEP = re.compile(r"^(\d{4})[./](\d{1,2})[./](\d{1,2})\.?$")
_NO_YEAR_MD = re.compile(r"^--(\d{2})-?(\d{2})$")
_DMY = re.compile(r"^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?:\s*(?:г|r|y)\.?)?(?:[ T].*)?$")
_DM = re.compile(r"^(\d{1,2})\.(\d{1,2})\.?$")
_DAY_MONTH_NAME = re.compile(r"^(\d{1,2})\.?\s+([^\W\d_]+)\.?,?(?:\s+(\d{4}))?(?:\s*(?:г|r)\.?)?$")
_MONTH_NAME_DAY = re.compile(r"^([^\W\d_]+)\.?\s+(\d{1,2}),?(?:\s+(\d{4}))?$")
_EMPTY_DATES = frozenset({"0/0/00", "0/0/0000", "00.00.0000", "0000-00-00", "00/00/0000"})
_MONTHS = {
    **dict.fromkeys(("jan", "янв", "sty"), 1),
    **dict.fromkeys(("feb", "фев", "lut"), 2),
    **dict.fromkeys(("mar", "мар"), 3),
    **dict.fromkeys(("apr", "апр", "kwi"), 4),
    **dict.fromkeys(("may", "мая", "маи", "maj"), 5),
    **dict.fromkeys(("jun", "июн", "cze"), 6),
    **dict.fromkeys(("jul", "июл", "lip"), 7),
    **dict.fromkeys(("aug", "авг", "sie"), 8),
    **dict.fromkeys(("sep", "сен", "wrz"), 9),
    **dict.fromkeys(("oct", "окт", "paz"), 10),
    **dict.fromkeys(("nov", "ноя", "lis"), 11),
    **dict.fromkeys(("dec", "дек", "gru"), 12),
}
_LANGUAGES = {
    **dict.fromkeys(("english", "английский", "angielski"), "en"),
    **dict.fromkeys(("russian", "русский", "rosyjski"), "ru"),
    **dict.fromkeys(("polish", "polski", "польский"), "pl"),
}
_LANGUAGE_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$")


def clean_text(value: object) -> str:
    """A cell as text: NFC, blanks collapsed; integral floats lose ".0" (Excel phone numbers)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e18:
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    text = unicodedata.normalize("NFC", str(value))
    return " ".join(text.split())


def clean_note(value: object) -> str:
    """Like `clean_text`, but keeps line breaks: notes are paragraphs."""
    if value is None:
        return ""
    lines = (
        " ".join(line.split()) for line in unicodedata.normalize("NFC", str(value)).splitlines()
    )
    return "\n".join(line for line in lines if line)


def split_multi(text: str) -> list[str]:
    """One cell may hold several phones or e-mails ("a ::: b" in Google exports, or "a; b")."""
    return [part for part in _SPLIT_MULTI.split(text) if part]


def split_tags(text: str) -> list[str]:
    """Tags from Google ("* myContacts ::: Friends"), Outlook ("A;B") or a plain "a, b"."""
    tags = []
    for part in _SPLIT_TAGS.split(text):
        tag = part.removeprefix("*").strip()
        if tag and tag.casefold() != "mycontacts":
            tags.append(tag)
    return tags


def parse_label(text: str) -> tuple[str | None, bool]:
    """A label cell ("* Mobile", "Work", "Komórkowy") as (label, preferred); "*" marks primary."""
    text = text.strip()
    preferred = text.startswith("*")
    text = text.removeprefix("*").strip()
    if not text:
        return None, preferred
    return label_from_words(normalise(text).split()) or text, preferred


_EXTENSION = re.compile(
    r"\s*(?:;\s*ext\s*=\s*|,?\s*(?:ext\.?|extension|x|#|wew\.?|w\.|доб\.?|вн\.?)\s*)"
    r"(\d{1,8})\s*$",
    re.I,
)


def split_extension(raw: str) -> tuple[str, str | None]:
    """ "+48 22 555 01 02 wew. 102" -> ("+48 22 555 01 02", "102"); RFC 3966 ";ext=" too."""
    match = _EXTENSION.search(raw)
    if match is None or not any(ch.isdigit() for ch in raw[: match.start()]):
        return raw, None
    return raw[: match.start()], match.group(1)


def parse_phone(raw: str, region: str) -> str | None:
    """E.164 of a phone written for `region`; digits alone may also be a number that lost "+".

    Cached: lists repeat numbers (a company's switchboard), and a check costs about 20 us.
    """
    return _parse_phone(raw, region)


@lru_cache(maxsize=4096)
def _parse_phone(raw: str, region: str) -> str | None:
    text = _PHONE_URL.sub("", raw.strip()).split(";", 1)[0]
    number = _valid_phone(text, region)
    digits = _SEPARATORS.sub("", text)
    if number is None and digits.isdigit() and 8 <= len(digits) <= 15:
        number = _valid_phone("+" + digits, region)
    return number


def _valid_phone(text: str, region: str) -> str | None:
    compact = _SEPARATORS.sub("", text)
    # The same answers as below, without parse's generality (see `phones`).
    fast = e164(compact[1:]) if compact.startswith("+") else national(compact, region)
    if fast is not SLOW:
        return fast if isinstance(fast, str) else None
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not is_valid(number):
        return None
    result: str = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return result


def parse_email(raw: str) -> str | None:
    """The normalised address, checked for syntax only (no DNS: imports work offline).

    email-validator costs about 20 us an address, most of it on the domain; books repeat a few
    domains (gmail.com, mail.ru, firma.pl), so a plain ASCII address checks its local part with
    email-validator's own dot-atom pattern and its domain once per domain. Anything else goes
    through the full validator.
    """
    text = raw.strip().strip("<>")
    if text[:7].casefold() == "mailto:":
        text = text[7:].split("?", 1)[0]
    local, at, domain = text.rpartition("@")
    simple = at and text.isascii() and "xn--" not in domain.casefold()
    if simple and len(local) <= 64 and len(text) <= 254 and DOT_ATOM_TEXT.match(local):
        checked = _email_domain(domain)
        return None if checked is None else f"{local}@{checked}"
    return _full_email(text)


@lru_cache(maxsize=4096)
def _email_domain(domain: str) -> str | None:
    address = _full_email("x@" + domain)
    return None if address is None else address.partition("@")[2]


def _full_email(text: str) -> str | None:
    try:
        return validate_email(text, check_deliverability=False).normalized
    except (EmailNotValidError, ValueError, UnicodeError):
        return None


def parse_telegram(raw: str, region: str) -> str | None:
    """ "@username" from a handle or a t.me link; a phone number (E.164) is also a Telegram id."""
    text = raw.strip()
    for pattern in (_TG_URL, _TG_RESOLVE):
        match = pattern.match(text)
        if match is not None:
            text = match.group(1)
    user = _TG_USER.match(text)
    if user is not None:
        return "@" + user.group(1)
    return parse_phone(text, region)


def parse_timezone(raw: str) -> str | None:
    text = raw.strip()
    return text if text in _timezones() else None


@cache
def _timezones() -> frozenset[str]:
    from zoneinfo import available_timezones

    return frozenset(available_timezones())


def parse_language(raw: str) -> str | None:
    """ "ru" from "ru", "ru-RU", "Русский" or "Russian"; None for anything else."""
    text = raw.strip()
    code = _LANGUAGES.get(text.casefold())
    if code is not None:
        return code
    tag = _LANGUAGE_TAG.match(text)
    return tag.group(1).lower() if tag else None


def parse_birthday(value: object, month_first: bool) -> Birthday | None:
    """(year or None, month, day), or None when empty; raises BadValue when it is not a date.

    Accepts Excel date cells, 1985-04-12, 19850412, --0412 (no year), 12.04.1985, 12.04,
    04/12/1985 (`month_first` tells how slashes read when both parts are <= 12) and month names
    in English, Russian and Polish. Two-digit years pivot at 30: 29 -> 2029, 30 -> 1930.
    """
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return _birthday(value.year, value.month, value.day)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _birthday_from_number(value)
    text = clean_text(value).strip().rstrip(",")
    if not text or text in _EMPTY_DATES:
        return None
    if match := _YMD.match(text) or _YMD_SEP.match(text):
        return _birthday(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    if match := _NO_YEAR_MD.match(text):
        return _birthday(None, int(match.group(1)), int(match.group(2)))
    if match := _DMY.match(text):
        first, sep, second, year = match.groups()
        return _day_month(int(first), int(second), _full_year(year), month_first and sep != ".")
    if match := _DM.match(text):
        return _birthday(None, int(match.group(2)), int(match.group(1)))
    if match := _DAY_MONTH_NAME.match(text):
        day, name, year = match.groups()
        return _named(name, int(day), year)
    if match := _MONTH_NAME_DAY.match(text):
        name, day, year = match.groups()
        return _named(name, int(day), year)
    raise BadValue(value)


def _birthday_from_number(value: float) -> Birthday | None:
    if value != value or value in (float("inf"), float("-inf")) or value != int(value):
        raise BadValue(value)
    number = int(value)
    if 10000101 <= number <= 99991231:  # 19850412 typed as a number
        return _birthday(number // 10000, number // 100 % 100, number % 100)
    if 1 <= number <= 2958465:  # an Excel serial date (1900 system) without a date format
        day = date(1899, 12, 30) + timedelta(days=number)
        return _birthday(day.year, day.month, day.day)
    if number == 0:
        return None
    raise BadValue(value)


def _day_month(a: int, b: int, year: int, month_first: bool) -> Birthday:
    if a > 12 or (not month_first and b <= 12):
        return _birthday(year, b, a)
    return _birthday(year, a, b)


def _named(name: str, day: int, year: str | None) -> Birthday:
    month = _MONTHS.get(normalise(name)[:3])
    if month is None:
        raise BadValue("not a date")
    return _birthday(int(year) if year else None, month, day)


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 30 else 1900
    return year


def _birthday(year: int | None, month: int, day: int) -> Birthday:
    if year in _APPLE_NO_YEAR:
        year = None
    if year is not None and not 1800 <= year <= 2200:
        raise BadValue("not a date")
    if not 1 <= month <= 12:
        raise BadValue("not a date")
    days = calendar.monthrange(2000 if year is None else year, month)[1]  # 2000: Feb 29 allowed
    if not 1 <= day <= days:
        raise BadValue("not a date")
    return (year, month, day)
