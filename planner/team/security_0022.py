"""Revision 0022's change to who sees what: a touch carries its client's owner.

Until 0021 every statement on `touch` checked, row by row, that the touch's client is
visible (a sub-select on `client`, itself under the client's policy): Today's first page
on a team book of a million clients read the whole team's planned touches to find one
salesperson's. Now `touch.owner_id` is the client's owner, kept right by the database:

- `touch_owner` (BEFORE INSERT, and UPDATE of client_id or owner_id): copies the owner of
  the client the caller sees; a forged owner_id is overwritten, and a touch for a client
  the caller cannot see gets no owner and so fails the policy's check.
- `client_owner_moved` (AFTER UPDATE of owner_id on client, a handover): moves the
  client's touches with it (SECURITY DEFINER: the table owner's update, under no policy).
- The policies compare `owner_id` with the connected salesperson (a salesperson) or the
  manager's scope (`cp.scope`, revision 0015), one value per statement (an InitPlan), so
  `ix_touch_owner_agenda` and `ix_touch_owner_done_day` answer Today from one
  salesperson's index entries.

Frozen as of revision 0022. SQLite books skip all of it (their owner_id stays NULL).
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

from planner.team.security import MANAGER, SALESPERSON, run_on_postgresql

INDEXES = {
    "ix_touch_owner_agenda": ("owner_id", "status", "channel", "due", "rank"),
    "ix_touch_owner_done_day": ("owner_id", "status", "done_on", "channel"),
}
_BOTH = f"{SALESPERSON}, {MANAGER}"
_OWN = "owner_id = (SELECT cp_salesperson_id())"
_SCOPED = "(SELECT cp_scope()) IS NULL OR owner_id = (SELECT cp_scope())"
# Revision 0011's policy, put back by a downgrade.
_BY_CLIENT = "EXISTS (SELECT 1 FROM client c WHERE c.id = touch.client_id)"

_CREATE = [
    # Invoker's rights: the owner of a client the caller cannot see is NULL.
    "CREATE OR REPLACE FUNCTION cp_touch_owner() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN NEW.owner_id := (SELECT c.owner_id FROM public.client c "
    "WHERE c.id = NEW.client_id); RETURN NEW; END $$",
    "CREATE TRIGGER touch_owner BEFORE INSERT OR UPDATE OF client_id, owner_id ON touch "
    "FOR EACH ROW EXECUTE FUNCTION cp_touch_owner()",
    "CREATE OR REPLACE FUNCTION cp_client_owner_moved() RETURNS trigger LANGUAGE plpgsql "
    "SECURITY DEFINER SET search_path = pg_catalog, public AS "
    "$$ BEGIN UPDATE public.touch SET owner_id = NEW.owner_id WHERE client_id = NEW.id; "
    "RETURN NULL; END $$",
    "CREATE TRIGGER client_owner_moved AFTER UPDATE OF owner_id ON client FOR EACH ROW "
    "WHEN (OLD.owner_id IS DISTINCT FROM NEW.owner_id) "
    "EXECUTE FUNCTION cp_client_owner_moved()",
    "DROP POLICY IF EXISTS touch_own ON touch",
    f"CREATE POLICY touch_own ON touch TO {SALESPERSON} USING ({_OWN}) WITH CHECK ({_OWN})",
    f"CREATE POLICY touch_team ON touch TO {MANAGER} USING ({_SCOPED}) WITH CHECK ({_SCOPED})",
]

_DROP = [
    "DROP POLICY IF EXISTS touch_team ON touch",
    "DROP POLICY IF EXISTS touch_own ON touch",
    f"CREATE POLICY touch_own ON touch TO {_BOTH} USING ({_BY_CLIENT}) WITH CHECK ({_BY_CLIENT})",
    "DROP TRIGGER IF EXISTS client_owner_moved ON client",
    "DROP FUNCTION IF EXISTS cp_client_owner_moved()",
    "DROP TRIGGER IF EXISTS touch_owner ON touch",
    "DROP FUNCTION IF EXISTS cp_touch_owner()",
]


def fill(bind: Connection) -> None:
    """The owner of every touch already in a team book: its client's."""
    run_on_postgresql(
        bind,
        [
            "UPDATE touch t SET owner_id = c.owner_id FROM client c "
            "WHERE c.id = t.client_id AND c.owner_id IS NOT NULL"
        ],
    )


def create(bind: Connection) -> None:
    run_on_postgresql(bind, _CREATE)


def drop(bind: Connection) -> None:
    run_on_postgresql(bind, _DROP)
