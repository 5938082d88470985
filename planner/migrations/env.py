"""Alembic environment: runs on the engine the book opened (never a URL from a file)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from planner.models import Base

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # `alembic revision --autogenerate` during development
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables
        transaction_per_migration=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
