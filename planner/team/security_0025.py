"""Revision 0025: search as you type on a team book reads the trigram index again.

Under row-level security PostgreSQL evaluates a query's own conditions only after the
policy's, unless they are leakproof: `LIKE` is not (marking it so takes a superuser), so
a salesperson's search never used `ix_client_search_trgm` and filtered every one of
their clients instead (30-100 ms a query on a team book of 20 x 50,000 clients).

Search now goes through two functions that apply the policy's answer themselves:

- `cp_search(words, lim)`, invoker's rights: works out what the caller's policies let
  them see, from `current_user` exactly as the policies do (the table's owner, a
  superuser or a BYPASSRLS role: everything; a manager: the team, narrowed by
  `cp.scope`; a salesperson: their own clients; anyone else: nothing), and asks
  `cp_search_ids` for that view.
- `cp_search_ids(words, lim, team, owner, scope)`, SECURITY DEFINER (the owner's rights,
  so no policy and the index can serve the match): first checks that the *session*
  may see the view asked for, as it cannot trust its arguments (anyone may call it):
  the whole team only for a session whose login is a manager, the table's owner, a
  superuser or a BYPASSRLS role; one salesperson's clients only for a session that is,
  or may become (a member of), that salesperson's login, or may see the team. It then
  matches each folded word as a prefix of the text or of one of its words, the
  patterns `planner.search.client_ids` sends elsewhere, with LIKE's wildcards in the
  words escaped and every value quoted (`format('%L')`), and returns the ids in order.

`session_user` is the login that connected: a salesperson cannot change it, and `SET
ROLE` inside a definer function is refused. The administrator acting as a salesperson
(`SET ROLE`, `TeamBook.acting_as`) is a member of that login, so its search is that
salesperson's.

The trigram index becomes one over (owner_id, trigrams) without a pending list, and
the definer function reads it by bitmap only (see `_INDEX` and `_SEARCH_IDS`): on a team
book of 20 x 50,000 clients a salesperson's first page went from 16-80 ms a word to
4-8 ms (one letter: 16 ms). Frozen as of revision 0025; SQLite books skip it (they have FTS5).
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

from planner.team.security import MANAGER, SALESPERSON, run_on_postgresql

_BOTH = f"{SALESPERSON}, {MANAGER}"

# Rights that pass over row-level security on `client` (its owner, superuser, BYPASSRLS).
_BYPASS = (
    "CREATE OR REPLACE FUNCTION cp_bypasses_rls(who name) RETURNS boolean LANGUAGE sql "
    "STABLE SET search_path = pg_catalog, public AS $$ "
    "SELECT coalesce((SELECT r.rolsuper OR r.rolbypassrls OR r.oid = "
    "(SELECT relowner FROM pg_class WHERE oid = 'public.client'::regclass) "
    "FROM pg_roles r WHERE r.rolname = who), false) $$"
)

# What `who` could see of the whole team if it set its role to anything it may: the
# owner's rights, or a manager's.
_SEES_TEAM = (
    "CREATE OR REPLACE FUNCTION cp_may_see_team(who name) RETURNS boolean LANGUAGE sql "
    "STABLE SET search_path = pg_catalog, public AS $$ "
    "SELECT cp_bypasses_rls(who) "
    f"OR pg_has_role(who, '{MANAGER}', 'MEMBER') "
    "OR pg_has_role(who, (SELECT relowner FROM pg_class "
    "WHERE oid = 'public.client'::regclass), 'MEMBER') $$"
)

_SEARCH_IDS = (
    "CREATE OR REPLACE FUNCTION cp_search_ids(words text[], lim integer, team boolean, "
    "owner integer, scope integer) RETURNS SETOF integer LANGUAGE plpgsql STABLE "
    "SECURITY DEFINER SET search_path = pg_catalog, public "
    # Walking one salesperson's 50,000 clients (or the whole book in id order, for a first
    # page) through a plain index scan was priced near the trigram bitmap but took 5-10x
    # as long on a team book (random heap reads): bitmap scans only, inside this function.
    "SET enable_indexscan = off AS $$ "
    "DECLARE cond text; w text; esc text; "
    "BEGIN "
    "IF team THEN "
    "  IF NOT cp_may_see_team(session_user) THEN RETURN; END IF; "
    "  cond := CASE WHEN scope IS NULL THEN 'true' "
    "    ELSE format('c.owner_id = %s', scope) END; "
    "ELSE "
    "  IF owner IS NULL THEN RETURN; END IF; "
    "  IF NOT cp_may_see_team(session_user) AND NOT EXISTS ("
    "    SELECT 1 FROM public.salesperson s JOIN pg_roles r ON r.rolname = s.login "
    "    WHERE s.id = owner AND pg_has_role(session_user, r.oid, 'MEMBER')) THEN RETURN; "
    "  END IF; "
    "  cond := format('c.owner_id = %s', owner); "
    "END IF; "
    "IF words IS NULL OR cardinality(words) = 0 THEN RETURN; END IF; "
    "FOREACH w IN ARRAY words LOOP "
    "  IF w IS NULL OR w = '' THEN RETURN; END IF; "
    "  esc := replace(replace(replace(w, '\\', '\\\\'), '%', '\\%'), '_', '\\_'); "
    "  cond := cond || format(' AND (c.search_text LIKE %L OR c.search_text LIKE %L)', "
    "    esc || '%', '% ' || esc || '%'); "
    "END LOOP; "
    "RETURN QUERY EXECUTE 'SELECT c.id FROM public.client c WHERE ' || cond "
    "  || ' ORDER BY c.id LIMIT ' "
    "  || CASE WHEN lim IS NULL THEN 'ALL' ELSE greatest(lim, 0)::text END; "
    "END $$"
)

_SEARCH = (
    "CREATE OR REPLACE FUNCTION cp_search(words text[], lim integer) RETURNS SETOF integer "
    "LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$ "
    "SELECT cp_search_ids(words, lim, "
    f"cp_bypasses_rls(current_user) OR pg_has_role(current_user, '{MANAGER}', 'MEMBER'), "
    "cp_salesperson_id(), "
    "CASE WHEN cp_bypasses_rls(current_user) THEN NULL ELSE cp_scope() END) $$"
)

FUNCTIONS = (
    "cp_search(text[], integer)",
    "cp_search_ids(text[], integer, boolean, integer, integer)",
    "cp_may_see_team(name)",
    "cp_bypasses_rls(name)",
)

# One salesperson's matches straight from the index: GIN over (owner_id, the folded text's
# trigrams) intersects the owner's posting list with the words' (btree_gin gives integers
# a GIN operator class), where the old index found every salesperson's matches and the
# heap was then read to throw away nineteen in twenty. No pending list (fastupdate off):
# with a few megabytes of new clients pending, the planner prices the index above
# reading every client. The manager's and the owner's search (no owner) read it too.
TRIGRAM = "ix_client_search_trgm"
_INDEX = (
    f"CREATE INDEX {TRIGRAM} ON client USING gin (owner_id, search_text gin_trgm_ops) "
    "WITH (fastupdate = off)"
)
_OLD_INDEX = f"CREATE INDEX {TRIGRAM} ON client USING gin (search_text gin_trgm_ops)"

_CREATE = [
    "CREATE EXTENSION IF NOT EXISTS btree_gin",  # a trusted extension: the book's owner may
    f"DROP INDEX IF EXISTS {TRIGRAM}",
    _INDEX,
    _BYPASS,
    _SEES_TEAM,
    _SEARCH_IDS,
    _SEARCH,
    *(f"REVOKE ALL ON FUNCTION {f} FROM PUBLIC" for f in FUNCTIONS),
    *(f"GRANT EXECUTE ON FUNCTION {f} TO {_BOTH}" for f in FUNCTIONS),
]

_DROP = [
    *(f"DROP FUNCTION IF EXISTS {f}" for f in FUNCTIONS),
    f"DROP INDEX IF EXISTS {TRIGRAM}",
    _OLD_INDEX,
]


def create(bind: Connection) -> None:
    # The driver reads "%" as a placeholder even with no parameters: "%%" is one.
    run_on_postgresql(bind, [sql.replace("%", "%%") for sql in _CREATE])


def drop(bind: Connection) -> None:
    run_on_postgresql(bind, _DROP)
