"""Single values: phones, e-mails, handles, birthdays, labels and tags."""

from __future__ import annotations

import datetime as dt

import pytest

from planner.io.values import (
    BadValue,
    clean_text,
    parse_birthday,
    parse_email,
    parse_label,
    parse_language,
    parse_phone,
    parse_telegram,
    parse_timezone,
    split_tags,
)


@pytest.mark.parametrize(
    ("raw", "region", "expected"),
    [
        ("601 234 567", "PL", "+48601234567"),
        ("0048 601-234-567", "PL", "+48601234567"),
        ("48601234567", "PL", "+48601234567"),  # Excel dropped the "+"
        ("79161234567", "PL", "+79161234567"),
        ("8 (916) 123-45-67", "RU", "+79161234567"),
        ("tel:+48-22-123-45-67;ext=12", "PL", "+48221234567"),
        ("https://wa.me/48601234567", "PL", "+48601234567"),
        ("12", "PL", None),
        ("call me", "PL", None),
        ("+" + "9" * 300, "PL", None),
    ],
)
def test_parse_phone(raw: str, region: str, expected: str | None) -> None:
    assert parse_phone(raw, region) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("jan@firma.pl", "jan@firma.pl"),
        ("Jan.Kowalski@FIRMA.PL", "Jan.Kowalski@firma.pl"),
        ("mailto:anna@firma.pl?subject=Hi", "anna@firma.pl"),
        ("<ivan@почта.рф>", "ivan@почта.рф"),
        ("jan@", None),
        ("jan@@firma.pl", None),
        ("a" * 500 + "@firma.pl", None),
    ],
)
def test_parse_email(raw: str, expected: str | None) -> None:
    assert parse_email(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("@ivan_petrov", "@ivan_petrov"),
        ("ivan_petrov", "@ivan_petrov"),
        ("https://t.me/ivan_petrov", "@ivan_petrov"),
        ("t.me/ivan_petrov/", "@ivan_petrov"),
        ("tg://resolve?domain=ivan_petrov", "@ivan_petrov"),
        ("+48 601 234 567", "+48601234567"),
        ("@ab", None),
    ],
)
def test_parse_telegram(raw: str, expected: str | None) -> None:
    assert parse_telegram(raw, "PL") == expected


@pytest.mark.parametrize(
    ("value", "month_first", "expected"),
    [
        ("1985-04-12", False, (1985, 4, 12)),
        ("19850412", False, (1985, 4, 12)),
        ("1985-04-12T00:00:00Z", False, (1985, 4, 12)),
        ("1985/4/12", False, (1985, 4, 12)),
        ("--0412", False, (None, 4, 12)),
        ("--04-12", False, (None, 4, 12)),
        ("12.04.1985", True, (1985, 4, 12)),  # dots are always day first
        ("12.04.1985 г.", False, (1985, 4, 12)),
        ("12.04.85", False, (1985, 4, 12)),
        ("12.04.05", False, (2005, 4, 12)),
        ("12.04", False, (None, 4, 12)),
        ("04/12/1985", True, (1985, 4, 12)),
        ("04/12/1985", False, (1985, 12, 4)),
        ("13/04/1985", True, (1985, 4, 13)),
        ("12 апреля 1985", False, (1985, 4, 12)),
        ("12 kwietnia 1985 r.", False, (1985, 4, 12)),
        ("3 мая", False, (None, 5, 3)),
        ("April 12, 1985", False, (1985, 4, 12)),
        ("29.02.1984", False, (1984, 2, 29)),
        ("--0229", False, (None, 2, 29)),
        ("1604-04-12", False, (None, 4, 12)),
        ("0/0/00", False, None),
        ("", False, None),
        (None, False, None),
        (dt.datetime(1985, 4, 12, 0, 0), False, (1985, 4, 12)),
        (dt.date(1985, 4, 12), False, (1985, 4, 12)),
        (31149, False, (1985, 4, 12)),  # Excel serial day
        (19850412, False, (1985, 4, 12)),
        (0, False, None),
    ],
)
def test_parse_birthday(value: object, month_first: bool, expected: object) -> None:
    assert parse_birthday(value, month_first) == expected


@pytest.mark.parametrize(
    "value",
    [
        "29.02.1985",
        "31.04.1990",
        "00.13.1985",
        "12.04.1700",
        "circa 1800",
        "12 Foo 1985",
        29.5,
        float("nan"),
        float("inf"),
        -3,
        "1985-13-01",
    ],
)
def test_parse_birthday_rejects(value: object) -> None:
    with pytest.raises(BadValue):
        parse_birthday(value, False)


def test_clean_text_turns_excel_numbers_into_digits() -> None:
    assert clean_text(48601234567.0) == "48601234567"
    assert clean_text(4.8601234567e10) == "48601234567"
    assert clean_text(48601234567) == "48601234567"
    assert clean_text("  Jan \t Kowalski ") == "Jan Kowalski"
    assert clean_text("Zo\u0301fia") == "Zófia"  # NFC: macOS exports decompose letters


def test_labels_tags_language_timezone() -> None:
    assert parse_label("* Mobile") == ("mobile", True)
    assert parse_label("Komórkowy") == ("mobile", False)
    assert parse_label("Рабочий") == ("work", False)
    assert parse_label("Magazyn") == ("Magazyn", False)
    assert split_tags("* myContacts ::: Klienci ::: * starred") == ["Klienci", "starred"]
    assert split_tags("VIP;Hurt, Nowi") == ["VIP", "Hurt", "Nowi"]
    assert [parse_language(x) for x in ("Русский", "pl-PL", "EN", "Klingon")] == [
        "ru",
        "pl",
        "en",
        None,
    ]
    assert parse_timezone("Europe/Moscow") == "Europe/Moscow"
    assert parse_timezone("../../etc/passwd") is None
