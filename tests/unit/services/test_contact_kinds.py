"""Contact points with a kind, an extension and "unverified" (issue 10, Deliver 3)."""

from __future__ import annotations

import pytest

from planner.app import Services
from planner.errors import ValidationError
from planner.services.clients import ClientFilter
from planner.services.views import ClientInput, ContactPointInput


def test_a_fax_is_kept_but_never_planned_as_a_call(services: Services) -> None:
    services.settings.set("phone.region", "PL")
    cid = services.clients.add(
        ClientInput(
            name="Biuro Faks",
            tier="B",  # rotates call, e-mail
            contacts=(
                ContactPointInput("call", "22 111 22 33", kind="fax"),
                ContactPointInput("email", "biuro@faks.pl"),
            ),
        )
    ).value
    services.planning.replan_all()
    client = services.clients.get(cid)
    assert [(p.value, p.kind) for p in client.contacts] == [
        ("+48221112233", "fax"),
        ("biuro@faks.pl", "voice"),
    ]
    assert client.planned
    assert {t.channel for t in client.planned} == {"email"}
    assert services.clients.search("1112233") == [cid]  # still found by its number


def test_a_fax_cannot_be_the_preferred_contact(services: Services) -> None:
    with pytest.raises(ValidationError) as err:
        services.clients.add(
            ClientInput(
                name="X",
                contacts=(ContactPointInput("call", "+48221112233", preferred=True, kind="fax"),),
            )
        )
    assert "contacts.0" in err.value.problems


def test_extension_is_stored_with_the_number(services: Services) -> None:
    cid = services.clients.add(
        ClientInput(
            name="Ext", contacts=(ContactPointInput("call", "+48225550102", extension="102"),)
        )
    ).value
    (point,) = services.clients.get(cid).contacts
    assert (point.value, point.extension) == ("+48225550102", "102")
    with pytest.raises(ValidationError):
        services.clients.add(
            ClientInput(
                name="Bad ext",
                contacts=(ContactPointInput("call", "+48225550102", extension="x1"),),
            )
        )


def test_an_unverified_number_is_kept_until_fixed(services: Services) -> None:
    services.settings.set("phone.region", "PL")
    kept = ContactPointInput("call", "555-ABC", unverified=True)
    cid = services.clients.add(ClientInput(name="Typo", contacts=(kept,))).value
    other = services.clients.add(
        ClientInput(name="Fine", contacts=(ContactPointInput("call", "601234567"),))
    ).value
    detail = services.clients.get(cid)
    assert [(p.value, p.unverified) for p in detail.contacts] == [("555-ABC", True)]
    assert services.clients.ids(ClientFilter(unverified=True)) == [cid]
    assert set(services.clients.ids()) == {cid, other}
    # A new number that does not parse is still refused: only a kept one may stay as typed.
    with pytest.raises(ValidationError):
        services.clients.add(
            ClientInput(name="New typo", contacts=(ContactPointInput("call", "555-ABC"),))
        )
    # The salesperson fixes it: the number parses and loses the flag.
    fixed = ContactPointInput("call", "601 555 123", unverified=True)
    services.clients.edit(cid, ClientInput(name="Typo", contacts=(fixed,)))
    assert [(p.value, p.unverified) for p in services.clients.get(cid).contacts] == [
        ("+48601555123", False)
    ]
    assert services.clients.ids(ClientFilter(unverified=True)) == []
