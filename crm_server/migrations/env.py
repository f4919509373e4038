"""Alembic environment: run by ``crm_server.migrate`` with a live connection in ``attributes``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection
from sqlmodel import SQLModel

import crm_server.models  # registers every table on the metadata
import crm_server.sync.tables  # noqa: F401 - and the sync tables (autogenerate sees them)

target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    """Migrate over the connection ``crm_server.migrate`` handed in."""
    connection = context.config.attributes["connection"]
    assert isinstance(connection, Connection)
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
