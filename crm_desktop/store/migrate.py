"""Bring the local schema to the newest revision with Alembic, configured in code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

from crm_desktop.store.engine import WRITE_OPTION

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config(connection: Connection | None = None, **attributes: Any) -> Config:
    """An Alembic ``Config`` for the local store (no ini file; nothing secret in it)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    config.attributes.update(attributes)
    return config


def head_revision() -> str:
    """The newest revision id shipped with this build."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    """The revision the database is at (``None`` for an empty database)."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Migrate the database to head in one transaction (a no-op when already there)."""
    head = head_revision()
    with engine.connect().execution_options(**{WRITE_OPTION: True}) as conn, conn.begin():
        if current_revision(conn) != head:
            command.upgrade(alembic_config(conn), "head")
