"""The pairs and the side-by-side comparison the Find duplicates dialog shows."""

from __future__ import annotations

from planner.app import Services
from planner.services.views import ClientInput, ContactPointInput


def test_pairs_once_under_the_strongest_rule_and_a_comparison(services: Services) -> None:
    phone = ContactPointInput("call", "+48601234567")
    mail = ContactPointInput("email", "anna@firma.pl")
    a = services.clients.add(ClientInput(name="Anna Nowak", contacts=(phone, mail))).value
    b = services.clients.add(
        ClientInput(name="Ania", company="Firma", contacts=(phone, mail), tags=("vip",))
    ).value
    c = services.clients.add(ClientInput(name="Алёна Ковалёва")).value
    d = services.clients.add(ClientInput(name="алена ковалева")).value
    pairs = services.merge.duplicate_pairs()
    assert [(p.rule, p.left, p.right) for p in pairs] == [("phone", a, b), ("name", c, d)]
    assert (pairs[0].left_name, pairs[0].right_name) == ("Anna Nowak", "Ania")
    left, right = services.merge.compare(a, b)
    assert (left.detail.name, right.detail.company, right.detail.tags) == (
        "Anna Nowak",
        "Firma",
        ("vip",),
    )
    assert left.touches > 0  # the onboarding sequence of a new client
    assert (left.sales, left.offers) == (0, 0)
    result = services.merge.merge(a, b)
    assert result.changes.clients == frozenset({a, b})
    assert [(p.left, p.right) for p in services.merge.duplicate_pairs()] == [(c, d)]
