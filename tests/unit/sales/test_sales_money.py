"""Exact money: what people type becomes integer minor units; rounding is half up."""

from __future__ import annotations

import pytest

from planner.sales.money import (
    discount_amount,
    discounted,
    div_half_up,
    format_money,
    format_quantity,
    line_amount,
    parse_money,
    parse_percent,
    parse_quantity,
)


@pytest.mark.parametrize(
    ("text", "minor"),
    [
        ("12,50", 1250),
        ("12.50", 1250),
        ("1 234,50", 123450),
        ("1\u00a0234,50", 123450),  # a no-break space from a spreadsheet or a locale
        ("1,234.50", 123450),
        ("1.234,50", 123450),
        ("1 234 567,89 PLN", 123456789),
        ("€12.5", 1250),
        ("12,50 zł", 1250),
        ("7", 700),
        ("0,05", 5),
        ("12,345", 1234500),  # three digits after one comma: thousands, not decimals
        ("0.1", 10),  # no float rounding: 0.1 is exactly ten cents
        ("-3,20", -320),
    ],
)
def test_amounts_parse_exactly(text: str, minor: int) -> None:
    assert parse_money(text, "EUR") == minor


@pytest.mark.parametrize(
    "text", ["", "abc", "12,345,6", "1.2.3,45", "1234,567", "1,23,456.00", "12,,5"]
)
def test_malformed_amounts_are_refused_with_a_reason(text: str) -> None:
    with pytest.raises(ValueError, match=r"amount|separator|digits"):
        parse_money(text, "EUR")


def test_currencies_without_cents_and_with_three_decimals() -> None:
    assert parse_money("1 500", "JPY") == 1500
    assert parse_money("1,234", "KWD") == 1234  # KWD has 3 decimals: 1.234 dinars
    with pytest.raises(ValueError, match="more than 0 digits"):
        parse_money("12,5", "JPY")
    assert format_money(1500, "JPY") == "¥1,500"
    assert format_money(1234, "KWD", "ru") == "1,234\u00a0KWD"


def test_half_up_rounding_in_integers() -> None:
    assert div_half_up(5, 10) == 1
    assert div_half_up(4, 10) == 0
    assert div_half_up(15, 10) == 2
    assert div_half_up(-15, 10) == -2  # away from zero, symmetric


def test_discounts_round_half_up_to_the_minor_unit() -> None:
    assert discount_amount(4990, 1000) == 499
    assert discount_amount(995, 1000) == 100  # 99.5 cents -> 100: the half goes to the client
    assert discount_amount(994, 1000) == 99  # 99.4 -> 99
    assert discount_amount(1999, 1250) == 250  # 249.875 -> 250
    assert discounted(995, 1000) == 895
    # price = discounted + discount on every line, whatever the rounding
    for price in range(0, 2000, 7):
        for bp in (0, 333, 1000, 1250, 5000):
            assert discounted(price, bp) + discount_amount(price, bp) == price


def test_line_amounts_with_fractional_quantities() -> None:
    assert parse_quantity("1,5") == 1500
    assert parse_quantity("0.25") == 250
    assert parse_quantity("3") == 3000
    assert line_amount(1999, 1500) == 2999  # 29.985 -> 29.99 (half up)
    assert line_amount(333, 3000) == 999
    assert line_amount(100, 1) == 0  # a thousandth of one cent rounds away
    assert format_quantity(1500, "pl") == "1,5"
    assert format_quantity(2000) == "2"


def test_formatting_follows_the_language() -> None:
    assert format_money(123450, "PLN", "pl") == "1\u00a0234,50\u00a0zł"
    assert format_money(225000, "RUB", "ru") == "2\u00a0250,00\u00a0₽"
    assert format_money(123456789, "EUR", "pl") == "1\u00a0234\u00a0567,89\u00a0€"
    assert format_money(123456789, "EUR", "en") == "€1,234,567.89"
    assert format_money(-5, "USD") == "-$0.05"
    assert format_money(1250, "PLN", "en") == "12.50\u00a0zł"


def test_percentages_become_basis_points() -> None:
    assert parse_percent("10") == 1000
    assert parse_percent("12,5 %") == 1250
    with pytest.raises(ValueError, match="between 0 and 100"):
        parse_percent("150")
