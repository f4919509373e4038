"""Data in and out screens: the import wizard, the ARES lookup in the customer form and the
offline lookup queue that runs after each successful sync."""
