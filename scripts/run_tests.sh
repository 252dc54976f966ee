#!/usr/bin/env bash
# The whole test suite from nothing: makes (or reuses) the virtualenv, installs, runs pytest.
# Extra arguments go to pytest, e.g. scripts/run_tests.sh -m "not e2e"
set -euo pipefail
cd "$(dirname "$0")/.."
# The browser test drives Debian's Chromium, the dictation tests speak with espeak-ng and the group-practice tests use PostgreSQL and Redis servers;
# SCOWL's small English word list (wamerican-small) is what the guardrails' names vocabulary is checked against;
# where they cannot be installed those tests are skipped.
missing=""
[ -f /usr/share/dict/american-english-small ] || missing="$missing wamerican-small"
command -v espeak-ng >/dev/null || missing="$missing espeak-ng"
command -v chromium >/dev/null || missing="$missing chromium"
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$missing postgresql"
command -v redis-server >/dev/null || missing="$missing redis-server"
if [ -n "$missing" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null) \
    || echo "Could not install$missing; the tests that need them will be skipped."
fi
PYTHON311=$(command -v python3.11 || command -v python3)
VENV_PYTHON=$(cd scripts && "$PYTHON311" -m therapy_pack.python_env test)
# Everything is installed now; where the machine allows it (root), the tests run in a network
# namespace that has only loopback, so no process at all (browser, database, DNS) can reach out.
if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null && command -v ip >/dev/null && unshare --net true 2>/dev/null; then
  export THERAPY_PACK_LOOPBACK_ONLY=1
  exec unshare --net sh -c 'ip link set lo up && exec "$0" -m pytest "$@"' "$VENV_PYTHON" "$@"
fi
exec "$VENV_PYTHON" -m pytest "$@"
