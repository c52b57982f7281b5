#!/usr/bin/env bash
# `pip install .` on a fresh venv from what is committed (HEAD), then the installed command's
# --version and selfcheck. Uses the configured package index (needs network or a local mirror).
#   bash packaging/check_fresh_install.sh
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git archive HEAD | tar -x -C "$work" --one-top-level=src
start=$(date +%s)
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q "$work/src"
echo "install: $(( $(date +%s) - start )) s"
export HOME="$work/home" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"
"$work/venv/bin/consent-ledger" --version
"$work/venv/bin/consent-ledger" --lang en selfcheck
test -x "$work/venv/bin/consent-ledger-gui"
echo "fresh install: ok"
