"""Dates, times and numbers in the UI language's locale (QLocale.setDefault follows it)."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


def day_text(d: date, *, weekday: bool = False, long: bool = False) -> str:
    """'12.03.2026' / 'Thu 12.03.2026' / 'Thursday, 12 March 2026' in the UI locale."""
    loc = QLocale()
    if long:
        return loc.toString(qdate(d), QLocale.FormatType.LongFormat)
    text = loc.toString(qdate(d), QLocale.FormatType.ShortFormat)
    if weekday:
        return f"{loc.dayName(d.isoweekday(), QLocale.FormatType.ShortFormat)} {text}"
    return text


def day_month(d: date) -> str:
    """A short day heading: 'Thu 12 Mar' (order and names from the locale)."""
    return QLocale().toString(qdate(d), "ddd d MMM")


def month_title(d: date) -> str:
    loc = QLocale()
    return f"{loc.standaloneMonthName(d.month, QLocale.FormatType.LongFormat)} {d.year}"


def time_text(t: time | datetime) -> str:
    value = t.time() if isinstance(t, datetime) else t
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


_zone = "UTC"


def set_zone(name: str) -> None:
    """The salesperson's time zone (a book setting): live touches are shown in it."""
    global _zone
    _zone = name or "UTC"


def local_time_text(utc: datetime) -> str:
    """A stored instant (naive UTC) as a time of day in the salesperson's zone."""
    from datetime import UTC
    from zoneinfo import ZoneInfo

    aware = utc if utc.tzinfo is not None else utc.replace(tzinfo=UTC)
    try:
        return time_text(aware.astimezone(ZoneInfo(_zone)))
    except (KeyError, ValueError):
        return time_text(aware)


def number(n: int) -> str:
    return QLocale().toString(n)


def money(minor: int, currency: str) -> str:
    return QLocale().toCurrencyString(minor / 100, currency + " ")
