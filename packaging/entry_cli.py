"""Frozen entry point of the `consent-ledger` executable (console: commands, or the app)."""

from consent_ledger.app import main

raise SystemExit(main())
