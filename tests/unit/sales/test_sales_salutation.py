"""How letters and scripts address a client: the language's default or their own."""

from __future__ import annotations

from dataclasses import replace

import pytest

from planner.app import Services
from planner.sales.money import format_money
from planner.sales.salutation import default_salutation, pl_vocative, salutation
from planner.sales.texts import currency_name, unit_text
from tests.unit.sales.conftest import AddClient


@pytest.mark.parametrize(
    ("name", "language", "expected"),
    [
        ("Анна Петровна Иванова", "ru", "Уважаемая Анна Петровна!"),
        ("Иванов Пётр Сергеевич", "ru", "Уважаемый Пётр Сергеевич!"),
        ("Зинаида Ковальчук", "ru", "Уважаемая Зинаида!"),
        ("Никита Смирнов", "ru", "Уважаемый Никита!"),
        ("Anna Nowak", "pl", "Szanowna Pani Anno,"),
        ("Jan Kowalski", "pl", "Szanowny Panie Janie,"),
        ("Tomasz Wiśniewski", "pl", "Szanowny Panie Tomaszu,"),
        ("Paweł Zieliński", "pl", "Szanowny Panie Pawle,"),
        ("Andrea Roberts", "en", "Dear Andrea,"),
        ("", "pl", "Dzień dobry,"),
    ],
)
def test_the_default_salutation_follows_the_language(
    name: str, language: str, expected: str
) -> None:
    assert default_salutation(name, language) == expected


def test_polish_vocatives_of_common_names() -> None:
    assert [pl_vocative(n) for n in ("Marek", "Krzysztof", "Piotr", "Cezary", "Zofia")] == [
        "Marku", "Krzysztofie", "Piotrze", "Cezary", "Zofio",
    ]  # fmt: skip


def test_the_clients_own_salutation_wins() -> None:
    assert salutation("Anna Nowak", "pl", "Droga Aniu,") == "Droga Aniu,"
    assert salutation("Anna Nowak", "pl", "  ") == "Szanowna Pani Anno,"


def test_units_and_money_follow_the_document_language() -> None:
    assert [unit_text("pcs", lang) for lang in ("en", "ru", "pl")] == ["pcs", "шт.", "szt."]
    assert unit_text("bag of 5", "ru") == "bag of 5"  # typed by the user: as typed
    assert format_money(123450, "PLN", "pl") == "1\u00a0234,50\u00a0zł"
    assert currency_name("RUB", "ru") == "рублях"


def test_a_salutation_is_stored_and_used_by_the_offer(
    services: Services, add_client: AddClient
) -> None:
    cid = add_client("Anna Nowak", language="pl")
    assert services.offers.offer(cid).salutation == "Szanowna Pani Anno,"
    detail = services.clients.get(cid)
    assert detail.salutation is None
    services.clients.edit(cid, replace(detail.to_input(), salutation=" Droga Aniu, "))
    assert services.clients.get(cid).salutation == "Droga Aniu,"
    assert services.offers.offer(cid).salutation == "Droga Aniu,"
