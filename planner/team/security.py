"""Who sees what in a team book, enforced by PostgreSQL itself (issue 14, point 4).

Two group roles: `cp_salesperson` (each salesperson's login is a member) reads and changes
only the clients whose owner is the connected login, and the rows that hang off those
clients; `cp_manager` reads and changes the whole team. Policies hold for any SQL a
connection sends, not only the app's queries. Frozen as of revision 0011: a later change
gets its own function here. SQLite books skip all of it.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.engine import Connection

SALESPERSON = "cp_salesperson"
MANAGER = "cp_manager"

# Tables whose rows belong to one client, and tables whose rows belong to one of those.
BY_CLIENT = ("contact_point", "client_tag", "touch", "sale", "offer")
BY_PARENT = {"sale_line": ("sale", "sale_id"), "offer_line": ("offer", "offer_id")}

_ROLES = f"""
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{SALESPERSON}') THEN
        CREATE ROLE {SALESPERSON} NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{MANAGER}') THEN
        CREATE ROLE {MANAGER} NOLOGIN;
    END IF;
END $$
"""

_FUNCTIONS = [
    # current_user: the login, or the salesperson the administrator acts as (SET ROLE, see
    # TeamBook.acting_as). A salesperson can SET ROLE only to cp_salesperson, which owns
    # no clients. Not SECURITY DEFINER, so current_user is the caller's.
    "CREATE OR REPLACE FUNCTION cp_salesperson_id() RETURNS integer LANGUAGE sql STABLE "
    "SET search_path = pg_catalog, public AS "
    "$$ SELECT id FROM public.salesperson WHERE login = current_user $$",
    "CREATE OR REPLACE FUNCTION cp_is_manager() RETURNS boolean LANGUAGE sql STABLE AS "
    f"$$ SELECT pg_has_role(session_user, '{MANAGER}', 'MEMBER') $$",
]


def _statements() -> list[str]:
    both = f"{SALESPERSON}, {MANAGER}"
    sql = [
        _ROLES,
        *_FUNCTIONS,
        f"GRANT USAGE ON SCHEMA public TO {both}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {both}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {both}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public "
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {both}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {both}",
        # Only the administrator (the owner) changes the schema's version and the team.
        f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {both}",
        f"REVOKE INSERT, UPDATE, DELETE ON salesperson FROM {SALESPERSON}",
        "ALTER TABLE client ALTER COLUMN owner_id SET DEFAULT cp_salesperson_id()",
        "ALTER TABLE client ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY client_own ON client TO {SALESPERSON} "
        "USING (owner_id = cp_salesperson_id()) WITH CHECK (owner_id = cp_salesperson_id())",
        f"CREATE POLICY client_team ON client TO {MANAGER} USING (true) WITH CHECK (true)",
        # Possible duplicates across salespeople are the manager's alone to see.
        "ALTER TABLE team_flag ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY team_flag_manager ON team_flag TO {MANAGER} USING (true)",
    ]
    for table in BY_CLIENT:
        # The sub-select on client is itself filtered by client's policies.
        sql += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"CREATE POLICY {table}_own ON {table} TO {both} "
            f"USING (EXISTS (SELECT 1 FROM client c WHERE c.id = {table}.client_id)) "
            f"WITH CHECK (EXISTS (SELECT 1 FROM client c WHERE c.id = {table}.client_id))",
        ]
    for table, (parent, key) in BY_PARENT.items():
        sql += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"CREATE POLICY {table}_own ON {table} TO {both} "
            f"USING (EXISTS (SELECT 1 FROM {parent} p WHERE p.id = {table}.{key})) "
            f"WITH CHECK (EXISTS (SELECT 1 FROM {parent} p WHERE p.id = {table}.{key}))",
        ]
    return sql


def run_on_postgresql(bind: Connection, statements: Iterable[str]) -> None:
    """Run a revision's security statements on a team book; a laptop book (SQLite) has
    no roles or policies, so nothing runs there. Each revision keeps its own frozen list."""
    if bind.dialect.name != "postgresql":
        return
    for sql in statements:
        bind.exec_driver_sql(sql)


def create(bind: Connection) -> None:
    run_on_postgresql(bind, _statements())


def drop(bind: Connection) -> None:
    if bind.dialect.name != "postgresql":
        return
    for table in (*BY_CLIENT, *BY_PARENT):
        bind.exec_driver_sql(f"DROP POLICY IF EXISTS {table}_own ON {table}")
        bind.exec_driver_sql(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    bind.exec_driver_sql("DROP POLICY IF EXISTS team_flag_manager ON team_flag")
    bind.exec_driver_sql("DROP POLICY IF EXISTS client_own ON client")
    bind.exec_driver_sql("DROP POLICY IF EXISTS client_team ON client")
    bind.exec_driver_sql("ALTER TABLE client DISABLE ROW LEVEL SECURITY")
    bind.exec_driver_sql("ALTER TABLE client ALTER COLUMN owner_id DROP DEFAULT")
    bind.exec_driver_sql("DROP FUNCTION IF EXISTS cp_is_manager()")
    bind.exec_driver_sql("DROP FUNCTION IF EXISTS cp_salesperson_id()")
