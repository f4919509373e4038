"""The central CRM server: the only trusted party."""
