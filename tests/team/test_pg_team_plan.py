"""The whole team's re-plan levels each salesperson against their own capacity (14.3)."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import text

from planner.app import Services
from planner.db import Book
from planner.services.views import ClientInput, ContactPointInput
from planner.team.people import add_salesperson
from tests.conftest import fixed_clock

CAPACITY = 2


def load(services: Services) -> Counter[tuple[str, str]]:
    with services.book.reading() as session:
        rows = session.execute(
            text(
                "SELECT s.login, t.due FROM touch t JOIN client c ON c.id = t.client_id "
                "JOIN salesperson s ON s.id = c.owner_id "
                "WHERE t.status = 'planned' AND t.channel = 'call' AND NOT t.overbooked"
            )
        ).all()
    return Counter((login, str(due)) for login, due in rows)


def test_each_salesperson_is_levelled_against_their_own_capacity(pg_url: str) -> None:
    admin = Services(Book(pg_url), fixed_clock())
    admin.settings.set("capacity.call", str(CAPACITY))
    for login in ("anna", "boris"):
        add_salesperson(admin.book.engine, login, login.title())
    url = {login: pg_url.replace("cp_admin@", f"{login}@", 1) for login in ("anna", "boris")}
    for login in ("anna", "boris"):
        member = Services(Book(url[login]), fixed_clock())
        for i in range(2 * CAPACITY):
            member.clients.add(
                ClientInput(
                    name=f"{login} client {i}",
                    tier="A",
                    contacts=(ContactPointInput("call", f"+4860100000{i}"),),
                )
            )
        member.close()
    results = admin.team.replan().value
    assert set(results) == {"anna", "boris"}
    per_owner = load(admin)
    assert per_owner, "the team has planned calls"
    assert max(per_owner.values()) <= CAPACITY
    team_per_day = Counter[str]()
    for (_login, day), n in per_owner.items():
        team_per_day[day] += n
    # Two salespeople, two capacities: the team's busiest day holds both of them.
    assert max(team_per_day.values()) == 2 * CAPACITY
    admin.close()
