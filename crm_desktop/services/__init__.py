"""Use cases the UI calls (save customer, verify row, reassign, export…); Qt-free."""
