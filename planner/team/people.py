"""The team's administration: salespeople as PostgreSQL logins, and client handover.

Run on the administrator's (owner's) or a manager's connection; each call is one
transaction. Passwords are set here once and then live only in the keyring of whoever
connects (planner.team.url); this module never returns or stores one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import Engine, insert, select, text, update
from sqlalchemy.exc import ProgrammingError

from planner.errors import BookError, NotFound
from planner.models import Client, Salesperson
from planner.team.security import MANAGER, SALESPERSON

_LOGIN = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def add_salesperson(
    engine: Engine, login: str, name: str, *, password: str | None = None, manager: bool = False
) -> int:
    """Create the login (if new) in the salesperson or manager role and its team row."""
    if not _LOGIN.match(login):
        raise BookError("bad-login", "a login is lower-case letters, digits and _", field="login")
    group = MANAGER if manager else SALESPERSON
    with engine.begin() as conn:
        exists = conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login})
        if not exists:
            conn.exec_driver_sql(f'CREATE ROLE "{login}" LOGIN')
            # The administrator may act as the new salesperson (per-salesperson re-plan).
            conn.exec_driver_sql(f'GRANT "{login}" TO CURRENT_USER')
        if password is not None:
            conn.execute(text(f'ALTER ROLE "{login}" PASSWORD {_literal(password)}'))
        conn.exec_driver_sql(f'GRANT {group} TO "{login}"')
        found = conn.scalar(select(Salesperson.id).where(Salesperson.login == login))
        if found is not None:
            return int(found)
        new_id = conn.scalar(
            insert(Salesperson)
            .values(login=login, name=name, settings="{}")
            .returning(Salesperson.id)
        )
        assert new_id is not None
        return int(new_id)


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def handover(engine: Engine, client_ids: Sequence[int], to_login: str) -> int:
    """Move clients (and with them their open touches, sales and offers) to another
    salesperson in one transaction; returns how many moved. Needs the manager role."""
    with engine.begin() as conn:
        owner = conn.scalar(select(Salesperson.id).where(Salesperson.login == to_login))
        if owner is None:
            raise NotFound("salesperson", to_login)
        try:
            moved = conn.execute(
                update(Client).where(Client.id.in_(list(client_ids))).values(owner_id=owner)
            ).rowcount
        except ProgrammingError as exc:  # row-level security: only a manager may give away
            raise BookError(
                "handover-refused", "some of these clients are not yours to hand over"
            ) from exc
        if moved != len(set(client_ids)):
            raise BookError("handover-refused", "some of these clients are not yours to hand over")
        return int(moved)
