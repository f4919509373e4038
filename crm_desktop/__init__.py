"""The offline-first desktop CRM client."""
