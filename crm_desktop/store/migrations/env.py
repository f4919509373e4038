"""Alembic environment of the local store.

Configured entirely in code: ``crm_desktop.store.migrate`` passes an open connection (already
keyed and inside a transaction) in ``config.attributes["connection"]``, so no URL and no key
ever appear in a config file.
"""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=context.config.attributes.get("target_metadata"),
    render_as_batch=True,  # SQLite alters tables by copying them
    include_object=context.config.attributes.get("include_object"),
)
with context.begin_transaction():
    context.run_migrations()
