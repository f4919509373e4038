"""Alembic migrations of the local store; run in code by ``crm_desktop.store.migrate``."""
