#!/usr/bin/env bash
# The local PostgreSQL for RelStorage (`make start-relstorage`, the RelStorage tests).
#
#   scripts/postgres.sh start          start Debian's cluster if it is down
#   scripts/postgres.sh create [DB]    start it, then create the role and DB if missing
#   scripts/postgres.sh drop [DB]      drop DB and everything in it
#   scripts/postgres.sh dsn [DB]       print the DSN that zope.conf uses
#
# Idempotent: running `create` again changes nothing. Needs Debian's postgresql
# package (apt-get install postgresql) and root, or a user who may run psql as
# the server's superuser (PGUSER/PGHOST as usual). Only loopback connections
# are used: the role's password is a development default, not a secret; set
# PG_PASSWORD for anything else.
#
# Environment: PG_ROLE (frameworkguide), PG_PASSWORD (frameworkguide),
# PG_DATABASE (frameworkguide), PG_PORT (the cluster's port, else 5432).
set -euo pipefail

ROLE="${PG_ROLE:-frameworkguide}"
PASSWORD="${PG_PASSWORD:-frameworkguide}"
DATABASE="${2:-${PG_DATABASE:-frameworkguide}}"

# Debian's first cluster: "15 main 5432 down postgres ..."
cluster() { command -v pg_lsclusters >/dev/null && pg_lsclusters -h 2>/dev/null | head -1; }
PORT="${PG_PORT:-$(cluster | awk '{print $3}')}"
PORT="${PORT:-5432}"

# The server's superuser: peer authentication over the Unix socket.
as_superuser() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
psql_admin() { as_superuser psql -p "$PORT" -X -v ON_ERROR_STOP=1 -Atq "$@"; }
running() { psql_admin -c 'SELECT 1' >/dev/null 2>&1; }

start() {
  running && return 0
  local version name
  read -r version name _ <<<"$(cluster || true)"
  if [ -n "${version:-}" ] && [ "$(id -u)" = 0 ]; then
    pg_ctlcluster "$version" "$name" start
  elif command -v service >/dev/null && [ "$(id -u)" = 0 ]; then
    service postgresql start
  else
    echo "No PostgreSQL server to start: install Debian's postgresql (as root:" >&2
    echo "apt-get install -y postgresql) or point PGHOST/PG_PORT at one." >&2
    return 1
  fi
  for _ in $(seq 1 30); do running && return 0; sleep 1; done
  echo "PostgreSQL did not come up on port $PORT" >&2
  return 1
}

create() {
  start
  if [ -z "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" ]; then
    psql_admin -c "CREATE ROLE \"$ROLE\" LOGIN PASSWORD '$PASSWORD'"
    echo "Created role $ROLE"
  fi
  if [ -z "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" ]; then
    psql_admin -c "CREATE DATABASE \"$DATABASE\" OWNER \"$ROLE\" ENCODING 'UTF8'"
    echo "Created database $DATABASE (owner $ROLE)"
  fi
  echo "PostgreSQL ready: $(dsn)"
}

drop() {
  start
  psql_admin -c "DROP DATABASE IF EXISTS \"$DATABASE\" WITH (FORCE)"
  echo "Dropped database $DATABASE"
}

dsn() {
  echo "dbname='$DATABASE' user='$ROLE' password='$PASSWORD' host='localhost' port='$PORT'"
}

case "${1:-}" in
  start) start ;;
  create) create ;;
  drop) drop ;;
  dsn) dsn ;;
  *) sed -n '2,9p' "$0" >&2; exit 2 ;;
esac
