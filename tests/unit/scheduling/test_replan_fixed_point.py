"""A re-plan of an unchanged book is a fixed point (issue 8, issue 13).

The plan is stored (new touches get ids, open touches take the planned day, channel,
attempt), then planned again with the same rules and the same day: every touch must come
back byte-identical, also when capacity is far too small for the book."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st
from test_plan_properties import PROPERTY, Book, books, run

from planner.scheduling import reasons as R
from planner.scheduling.types import ClientState, OpenTouch, PlannedTouch, PlanSettings, Reason
from planner.vocabulary import Channel


def stored(book: Book, plan: list[PlannedTouch]) -> list[ClientState]:
    """The book after `plan` was written, as the service reads it back."""
    next_id = 10**9
    opens: dict[int, list[OpenTouch]] = {}
    for p in plan:
        ident = p.id
        if ident is None:
            next_id += 1
            ident = next_id
        opens.setdefault(p.client_id, []).append(
            OpenTouch(
                ident,
                p.kind,
                p.channel,
                p.purpose,
                p.base_due,
                p.due,
                p.pinned,
                p.attempt,
                p.sequence_code,
                p.step,
                *recalled(p),
            )
        )
    return [
        c._replace(open=tuple(sorted(opens.get(c.id, ()), key=lambda o: o.id)))
        for c in book.clients
    ]


def recalled(p: PlannedTouch) -> tuple[Channel | None, date | None, Reason | None]:
    """What the service reads back of a stored touch's reasons (bookstate.load_states)."""
    channel, late, step = R.recalled(((r.code, dict(r.args)) for r in p.reasons), p.pinned)
    return (Channel(channel) if channel else None), late, step


def overloaded(book: Book, cap: int) -> Book:
    capacity = {ch: min(n, cap) for ch, n in book.settings.capacity.items()}
    settings = PlanSettings(
        gap_days=book.settings.gap_days,
        capacity=capacity,
        birthday_on_weekend=book.settings.birthday_on_weekend,
    )
    return Book(book.today, book.rules, book.tiers, settings, book.clients)


def strip(plan: list[PlannedTouch]) -> list[tuple[object, ...]]:
    return [tuple(p[1:]) for p in plan]


@PROPERTY
@given(books(), st.sampled_from((0, 1, 2, 99)))
def test_re_planning_twice_gives_the_same_touches(book: Book, cap: int) -> None:
    book = overloaded(book, cap)
    first = run(book)
    book2 = Book(book.today, book.rules, book.tiers, book.settings, stored(book, first))
    second = run(book2)
    assert strip(second) == strip(first)
