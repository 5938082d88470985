"""Revision 0015's additions to who sees what (see planner.team.security for 0011).

- `client.updated_by` is stamped by the database with the login that wrote the row, so a
  conflict can name the colleague (a salesperson cannot forge it: the trigger overwrites).
- `salesperson`: everyone on the team reads the team's names; a salesperson changes only
  the `settings` of their own row, a manager any row.
- `cp_scope()`: a manager's connection that ran `SET LOCAL cp.scope = '<salesperson id>'`
  sees only that salesperson's clients (and so their touches) until the transaction ends;
  the handover levels the moved clients against the receiver's load that way. It only
  narrows what a manager already sees. Frozen as of revision 0015.
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

from planner.team.security import MANAGER, SALESPERSON, run_on_postgresql

_BOTH = f"{SALESPERSON}, {MANAGER}"

_CREATE = [
    "CREATE OR REPLACE FUNCTION cp_stamp_client() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN NEW.updated_by := current_user; RETURN NEW; END $$",
    "CREATE TRIGGER client_updated_by BEFORE INSERT OR UPDATE ON client "
    "FOR EACH ROW EXECUTE FUNCTION cp_stamp_client()",
    "CREATE OR REPLACE FUNCTION cp_scope() RETURNS integer LANGUAGE sql STABLE AS "
    "$$ SELECT nullif(current_setting('cp.scope', true), '')::integer $$",
    "ALTER POLICY client_team ON client "
    "USING (cp_scope() IS NULL OR owner_id = cp_scope()) WITH CHECK (true)",
    "ALTER TABLE salesperson ENABLE ROW LEVEL SECURITY",
    f"CREATE POLICY salesperson_read ON salesperson FOR SELECT TO {_BOTH} USING (true)",
    f"CREATE POLICY salesperson_self ON salesperson FOR UPDATE TO {SALESPERSON} "
    "USING (login = current_user) WITH CHECK (login = current_user)",
    f"CREATE POLICY salesperson_team ON salesperson TO {MANAGER} USING (true) WITH CHECK (true)",
    f"GRANT UPDATE (settings) ON salesperson TO {SALESPERSON}",
]

_DROP = [
    f"REVOKE UPDATE (settings) ON salesperson FROM {SALESPERSON}",
    "DROP POLICY IF EXISTS salesperson_team ON salesperson",
    "DROP POLICY IF EXISTS salesperson_self ON salesperson",
    "DROP POLICY IF EXISTS salesperson_read ON salesperson",
    "ALTER TABLE salesperson DISABLE ROW LEVEL SECURITY",
    "ALTER POLICY client_team ON client USING (true) WITH CHECK (true)",
    "DROP FUNCTION IF EXISTS cp_scope()",
    "DROP TRIGGER IF EXISTS client_updated_by ON client",
    "DROP FUNCTION IF EXISTS cp_stamp_client()",
]


def create(bind: Connection) -> None:
    run_on_postgresql(bind, _CREATE)


def drop(bind: Connection) -> None:
    run_on_postgresql(bind, _DROP)
