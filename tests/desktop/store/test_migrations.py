"""The local schema: Alembic builds every table at open, matches the models, and is idempotent."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import setuptools
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import insert, inspect, select

from crm_desktop.models import LOCAL_METADATA, Customer
from crm_desktop.store import Store, create_cipher_engine, open_store, search_customer_ids
from crm_desktop.store.migrate import MIGRATIONS_DIR, alembic_config, head_revision
from crm_desktop.store.search import FOLDED
from crm_protocol.fields import SEARCHABLE_FIELDS, STANDARD_FIELDS

BOOKKEEPING = {
    "name_key",
    "city_key",
    "region_key",
    "id",
    "assignment_id",
    "owner_id",
    "created_by",
    "created_at",
    "updated_at",
    "server_seq",
    "verification_state",
    "deleted",
}


def _migration(revision_file: str) -> ModuleType:
    path = MIGRATIONS_DIR / "versions" / revision_file
    spec = importlib.util.spec_from_file_location(f"_migration_{path.stem}", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _is_search_object(name: str | None) -> bool:
    return bool(name) and str(name).startswith("customer_search")


def test_open_creates_every_table_and_the_search_index(store: Store) -> None:
    with store.connection() as conn:
        tables = set(inspect(conn).get_table_names())
        version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    assert tables - {t for t in tables if _is_search_object(t)} == {
        *LOCAL_METADATA.tables,
        "alembic_version",
    }
    assert "customer_search" in tables
    assert version == head_revision()


def test_migrated_schema_matches_the_models(store: Store) -> None:
    def include(_obj: Any, name: str | None, type_: str, *_rest: Any) -> bool:
        return not (type_ == "table" and (_is_search_object(name) or name == "alembic_version"))

    with store.connection() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": include, "compare_type": True}
        )
        assert compare_metadata(context, LOCAL_METADATA) == []


def test_reopening_is_idempotent_and_keeps_data(db_path: Path, key: bytes) -> None:
    store = open_store(db_path, key)
    with store.session(write=True) as session:
        session.add(Customer(id="c1", name="Firma"))
    store.close()
    for _ in range(2):
        store = open_store(db_path, key)
        with store.connection() as conn:
            assert conn.execute(select(Customer.name)).scalars().all() == ["Firma"]
            assert search_customer_ids(conn, "firma", 10) == ["c1"]  # indexed once, not twice
            assert conn.exec_driver_sql("SELECT count(*) FROM alembic_version").scalar() == 1
        store.close()


def test_upgrade_indexes_customers_stored_before_the_search_revision(
    db_path: Path, key: bytes
) -> None:
    engine = create_cipher_engine(db_path, key)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
        conn.execute(
            insert(Customer),
            [{"id": "old", "name": "Stará Firma", "created_at": "t", "updated_at": "t"}],
        )
    engine.dispose()
    store = open_store(db_path, key)
    try:
        with store.connection() as conn:
            assert search_customer_ids(conn, "stara firma", 10) == ["old"]
    finally:
        store.close()


def test_customer_columns_are_the_field_catalogue() -> None:
    columns = [c.name for c in Customer.__table__.columns]  # type: ignore[attr-defined]
    assert [c for c in columns if c not in BOOKKEEPING] == [f.name for f in STANDARD_FIELDS]


def test_search_columns_are_the_searchable_fields(store: Store) -> None:
    with store.connection() as conn:
        rows = conn.exec_driver_sql("PRAGMA table_info(customer_search)").all()
    # A catalogue change needs a new migration that rebuilds the search table.
    assert tuple(row[1] for row in rows) == SEARCHABLE_FIELDS


def test_query_folding_matches_index_folding() -> None:
    search_revision = _migration("0002_customer_search.py")
    assert dict(search_revision.FOLDED) == FOLDED
    assert search_revision.COLUMNS == SEARCHABLE_FIELDS


def test_migrations_ship_with_the_package() -> None:
    root = Path(__file__).resolve().parents[3]
    packages = setuptools.find_packages(str(root), include=["crm_desktop*"])
    assert {"crm_desktop.store.migrations", "crm_desktop.store.migrations.versions"} <= set(
        packages
    )
    # env.py and revisions are modules of those packages; the template is package data.
    assert (MIGRATIONS_DIR / "env.py").is_file()
    assert "*.mako" in (root / "pyproject.toml").read_text()
