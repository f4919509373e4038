"""SQLModel tables of the local encrypted store."""
