"""The sync engine: outbox, push, pull/apply, lease; no Qt."""
