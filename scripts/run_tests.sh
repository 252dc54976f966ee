#!/usr/bin/env bash
# The whole test suite from nothing: makes (or reuses) the virtualenv, installs, runs pytest.
# Extra arguments go to pytest, e.g. scripts/run_tests.sh -m "not e2e"
set -euo pipefail
cd "$(dirname "$0")/.."
# The browser test drives Debian's Chromium; where it cannot be installed that one test is skipped.
if ! command -v chromium >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "Could not install chromium; the browser test will be skipped."
fi
PYTHON311=$(command -v python3.11 || command -v python3)
VENV_PYTHON=$("$PYTHON311" scripts/bootstrap.py test)
exec "$VENV_PYTHON" -m pytest "$@"
