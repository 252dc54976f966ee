#!/usr/bin/env bash
# The whole test suite from nothing: makes (or reuses) the virtualenv, installs, runs pytest.
# Extra arguments go to pytest, e.g. scripts/run_tests.sh -k installer
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON311=$(command -v python3.11 || command -v python3)
VENV_PYTHON=$("$PYTHON311" scripts/bootstrap.py test)
exec "$VENV_PYTHON" -m pytest "$@"
