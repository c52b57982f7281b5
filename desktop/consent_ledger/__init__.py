"""Consent Ledger (知情账本): keep control of the personal information you gave to AI services."""

__version__ = "0.1.0"
