from consent_ledger.app import main

raise SystemExit(main())
