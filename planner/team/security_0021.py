"""Revision 0021's addition to who sees what: each login's own undo steps.

An undo step holds JSON snapshots of the rows an action changed: names, phones, notes.
On a team book every step is stamped by the database with the login that wrote it (a
trigger: it cannot be forged), and a connection reads, undoes and trims only its own
steps, so nobody's Edit → Undo shows or reverts a colleague's work, even with
hand-written SQL. Frozen as of revision 0021. SQLite books skip all of it.
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

from planner.team.security import MANAGER, SALESPERSON, run_on_postgresql

_BOTH = f"{SALESPERSON}, {MANAGER}"

_CREATE = [
    "CREATE OR REPLACE FUNCTION cp_stamp_undo() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN NEW.login := current_user; RETURN NEW; END $$",
    "CREATE TRIGGER undo_step_login BEFORE INSERT OR UPDATE ON undo_step "
    "FOR EACH ROW EXECUTE FUNCTION cp_stamp_undo()",
    "ALTER TABLE undo_step ENABLE ROW LEVEL SECURITY",
    f"CREATE POLICY undo_step_own ON undo_step TO {_BOTH} "
    "USING (login = current_user) WITH CHECK (login = current_user)",
]

_DROP = [
    "DROP POLICY IF EXISTS undo_step_own ON undo_step",
    "ALTER TABLE undo_step DISABLE ROW LEVEL SECURITY",
    "DROP TRIGGER IF EXISTS undo_step_login ON undo_step",
    "DROP FUNCTION IF EXISTS cp_stamp_undo()",
]


def create(bind: Connection) -> None:
    run_on_postgresql(bind, _CREATE)


def drop(bind: Connection) -> None:
    run_on_postgresql(bind, _DROP)
