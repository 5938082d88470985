"""Revision 0022's change to who sees what: a touch and a contact point carry their
client's owner.

Until 0021 every statement on `touch` and `contact_point` checked, row by row, that the
row's client is visible (a sub-select on `client`, itself under the client's policy):
Today's first page on a team book of a million clients read the whole team's planned
touches to find one salesperson's, and a re-plan read the team's 3.2 million contact
points. Now `owner_id` on both is the client's owner, kept right by the database:

- `<table>_owner` (BEFORE INSERT, and UPDATE of client_id or owner_id): copies the owner
  of the client the caller sees; a forged owner_id is overwritten, and a row for a client
  the caller cannot see gets no owner and so fails the policy's check.
- `client_owner_moved` (AFTER UPDATE of owner_id on client, a handover): moves the
  client's touches and contact points with it (SECURITY DEFINER: the table owner's
  update, under no policy).
- The policies compare `owner_id` with the connected salesperson (a salesperson) or the
  manager's scope (`cp.scope`, revision 0015), one value per statement (an InitPlan), so
  the indexes below answer from one salesperson's entries: Today's counts and pages
  (`ix_touch_owner_agenda`, `ix_touch_owner_done_day`), the newest touch an outcome's
  undo step asks for (`ix_touch_owner_id`), a re-plan's contact points per client
  (`ix_contact_point_owner`). The client's own policy reads the salesperson's id once
  per statement too.

Frozen as of revision 0022. SQLite books skip all of it (their owner_id stays NULL).
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

from planner.team.security import MANAGER, SALESPERSON, run_on_postgresql

OWNED = ("touch", "contact_point")
INDEXES = {
    "ix_touch_owner_agenda": ("touch", ("owner_id", "status", "channel", "due", "rank")),
    "ix_touch_owner_done_day": ("touch", ("owner_id", "status", "done_on", "channel")),
    "ix_touch_owner_id": ("touch", ("owner_id", "id")),
    "ix_contact_point_owner": ("contact_point", ("owner_id", "client_id")),
}
_BOTH = f"{SALESPERSON}, {MANAGER}"
_OWN = "owner_id = (SELECT cp_salesperson_id())"
_SCOPED = "(SELECT cp_scope()) IS NULL OR owner_id = (SELECT cp_scope())"


def _by_client(table: str) -> str:
    """Revision 0011's policy, put back by a downgrade."""
    return f"EXISTS (SELECT 1 FROM client c WHERE c.id = {table}.client_id)"


_CREATE = [
    # Invoker's rights: the owner of a client the caller cannot see is NULL.
    "CREATE OR REPLACE FUNCTION cp_row_owner() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN NEW.owner_id := (SELECT c.owner_id FROM public.client c "
    "WHERE c.id = NEW.client_id); RETURN NEW; END $$",
    "CREATE OR REPLACE FUNCTION cp_client_owner_moved() RETURNS trigger LANGUAGE plpgsql "
    "SECURITY DEFINER SET search_path = pg_catalog, public AS $$ BEGIN "
    + " ".join(
        f"UPDATE public.{t} SET owner_id = NEW.owner_id WHERE client_id = NEW.id;" for t in OWNED
    )
    + " RETURN NULL; END $$",
    "CREATE TRIGGER client_owner_moved AFTER UPDATE OF owner_id ON client FOR EACH ROW "
    "WHEN (OLD.owner_id IS DISTINCT FROM NEW.owner_id) "
    "EXECUTE FUNCTION cp_client_owner_moved()",
    # The client's own policy (0011) the same way: the salesperson's id once per statement,
    # not a call of cp_salesperson_id() for every client row a join visits.
    f"ALTER POLICY client_own ON client USING ({_OWN}) WITH CHECK ({_OWN})",
]
for _t in OWNED:
    _CREATE += [
        f"CREATE TRIGGER {_t}_owner BEFORE INSERT OR UPDATE OF client_id, owner_id ON {_t} "
        "FOR EACH ROW EXECUTE FUNCTION cp_row_owner()",
        f"DROP POLICY IF EXISTS {_t}_own ON {_t}",
        f"CREATE POLICY {_t}_own ON {_t} TO {SALESPERSON} USING ({_OWN}) WITH CHECK ({_OWN})",
        f"CREATE POLICY {_t}_team ON {_t} TO {MANAGER} USING ({_SCOPED}) WITH CHECK ({_SCOPED})",
    ]

_DROP = [
    "ALTER POLICY client_own ON client USING (owner_id = cp_salesperson_id()) "
    "WITH CHECK (owner_id = cp_salesperson_id())",
    "DROP TRIGGER IF EXISTS client_owner_moved ON client",
    "DROP FUNCTION IF EXISTS cp_client_owner_moved()",
]
for _t in OWNED:
    _DROP += [
        f"DROP POLICY IF EXISTS {_t}_team ON {_t}",
        f"DROP POLICY IF EXISTS {_t}_own ON {_t}",
        f"CREATE POLICY {_t}_own ON {_t} TO {_BOTH} "
        f"USING ({_by_client(_t)}) WITH CHECK ({_by_client(_t)})",
        f"DROP TRIGGER IF EXISTS {_t}_owner ON {_t}",
    ]
_DROP.append("DROP FUNCTION IF EXISTS cp_row_owner()")


def fill(bind: Connection) -> None:
    """The owner of every touch and contact point already in a team book: its client's."""
    run_on_postgresql(
        bind,
        [
            f"UPDATE {t} x SET owner_id = c.owner_id FROM client c "
            "WHERE c.id = x.client_id AND c.owner_id IS NOT NULL"
            for t in OWNED
        ],
    )


def create(bind: Connection) -> None:
    run_on_postgresql(bind, _CREATE)


def drop(bind: Connection) -> None:
    run_on_postgresql(bind, _DROP)
