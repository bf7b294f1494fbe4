#!/usr/bin/env bash
# A throwaway PostgreSQL server for the store tests (marker "postgres"): its own cluster, listening on
# 127.0.0.1 only, with a database marsad_test. The URL goes to .pgdata/url (ignored), where
# tests/store/conftest.py reads it (MARSAD_TEST_PG overrides). Idempotent: a running server is reused.
# Works as root (the server runs as the postgres user) and as an ordinary user.
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT="${MARSAD_PG_PORT:-55432}"
# The cluster lives under /tmp, not in the checkout: as root the server runs as postgres, which may not
# be allowed into the directories above the checkout.
CLUSTER="${TMPDIR:-/tmp}/marsad-test-pg-$PORT"
DB=marsad_test
URL="postgresql://postgres@127.0.0.1:$PORT/$DB"

pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

BIN="$(pg_bin)"
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q postgresql
  BIN="$(pg_bin)"
fi

AS=()  # as root, the server must run as an unprivileged user
mkdir -p "$CLUSTER"
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$CLUSTER"
  AS=(runuser -u postgres --)
fi
chmod 700 "$CLUSTER"

if ! "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  if [ ! -s "$CLUSTER/data/PG_VERSION" ]; then
    "${AS[@]}" "$BIN/initdb" -D "$CLUSTER/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$CLUSTER/initdb.log"
  fi
  # fsync off: a test database need not survive a power cut, and it keeps the suite fast
  "${AS[@]}" "$BIN/pg_ctl" -D "$CLUSTER/data" -l "$CLUSTER/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $CLUSTER -c fsync=off -c synchronous_commit=off" start >/dev/null
fi

if ! "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -tAc \
     "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
  "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d postgres -qc "CREATE DATABASE $DB" >/dev/null
fi
mkdir -p .pgdata
echo "$URL" >.pgdata/url
echo "postgres: $URL"
