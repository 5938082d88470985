"""A new book's phone region and calendar country from the system locale (issue 10.4)."""

from __future__ import annotations

import pytest

from planner.app import Services
from planner.locale_defaults import locale_defaults
from planner.services.views import ClientInput


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("pl_PL", ("PL", "PL")),
        ("ru_RU", ("RU", "RU")),
        ("en_US", ("US", "US")),
        ("en_GB", ("GB", "GB")),
        ("de_DE", ("DE", "DE")),
        ("pl-PL", ("PL", "PL")),
        ("ru_RU.UTF-8", ("RU", "RU")),
        ("de_DE@euro", ("DE", "DE")),
        ("sr_Latn_RS", ("RS", "RS")),
        ("C", ("US", None)),
        ("POSIX", ("US", None)),
        ("C.UTF-8", ("US", None)),
        ("en", ("US", None)),
        ("", ("US", None)),
        ("xx_ZZ", ("US", None)),
    ],
)
def test_locale_to_region_and_country(name: str, expected: tuple[str, str | None]) -> None:
    assert locale_defaults(name) == expected


def test_a_new_book_takes_the_locale_once(services: Services) -> None:
    changes = services.settings.adopt_locale("pl_PL").changes
    assert changes.settings
    assert services.settings.get("phone.region") == "PL"
    assert services.settings.get("calendar.country") == "PL"
    assert not services.settings.adopt_locale("ru_RU").changes.settings  # the first run only
    assert services.settings.get("phone.region") == "PL"


def test_a_book_with_clients_or_a_chosen_region_is_left_alone(services: Services) -> None:
    services.settings.set("phone.region", "GB")
    assert not services.settings.adopt_locale("pl_PL").changes.settings
    assert services.settings.get("phone.region") == "GB"


def test_a_book_with_clients_is_left_alone(services: Services) -> None:
    services.clients.add(ClientInput(name="Jan"))
    assert not services.settings.adopt_locale("pl_PL").changes.settings
    assert services.settings.get("phone.region") == "US"
    assert services.settings.get("calendar.country") is None
