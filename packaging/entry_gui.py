"""Frozen entry point of the `consent-ledger-gui` executable (windowed on Windows and macOS)."""

from consent_ledger.app import gui_main

raise SystemExit(gui_main())
