"""Revision files of the local store schema (a package, so they ship with the wheel)."""
