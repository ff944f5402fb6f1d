#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for running CampaignHub on PostgreSQL locally and in tests:
#   scripts/postgres.sh start   initdb (first time) into artifacts/pg/data and start it on 127.0.0.1:$PGPORT (55432)
#   scripts/postgres.sh stop    stop that cluster only (no other PostgreSQL on the machine is touched)
#   scripts/postgres.sh url     print the base connection string (the value for CAMPAIGNHUB_TEST_POSTGRES)
# Uses the image's PostgreSQL 15 binaries (/usr/lib/postgresql/15/bin, or $PG_BIN). Trust authentication on
# loopback only, socket in the same folder. PostgreSQL refuses to run as root: as root the cluster runs as the
# "postgres" account, which owns artifacts/pg.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PGPORT=${PGPORT:-55432}
root_dir="$PWD/artifacts/pg"
data_dir="$root_dir/data"
log_file="$root_dir/postgres.log"

[ -x "$PG_BIN/pg_ctl" ] || { echo "ERROR: $PG_BIN/pg_ctl not found; install PostgreSQL (apt-get install postgresql) or set PG_BIN." >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || { echo "ERROR: running as root and there is no 'postgres' account to run PostgreSQL as." >&2; exit 1; }
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

url() { echo "Host=127.0.0.1;Port=$PGPORT;Username=campaignhub;Database=postgres"; }

start() {
  mkdir -p "$root_dir"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$root_dir"
    # the postgres account must be able to reach the folder
    dir="$root_dir"; while [ "$dir" != "/" ]; do dir=$(dirname "$dir"); chmod o+x "$dir" 2>/dev/null || true; done
  fi
  if [ ! -f "$data_dir/PG_VERSION" ]; then
    # C collation: text sorts by code point, as it does on SQLite.
    as_owner "$PG_BIN/initdb" -D "$data_dir" -U campaignhub --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$root_dir/initdb.log" \
      || { echo "ERROR: initdb failed; see $root_dir/initdb.log" >&2; exit 1; }
  fi
  if as_owner "$PG_BIN/pg_ctl" -D "$data_dir" status >/dev/null 2>&1; then
    echo "PostgreSQL already running: $(url)"
    return
  fi
  # Loopback only, socket in the cluster's own folder; fsync off: throwaway data, faster tests.
  as_owner "$PG_BIN/pg_ctl" -D "$data_dir" -l "$log_file" -w -t 60 \
    -o "-p $PGPORT -c listen_addresses=127.0.0.1 -k $root_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null \
    || { echo "ERROR: PostgreSQL did not start; see $log_file" >&2; exit 1; }
  echo "PostgreSQL running: $(url)"
}

stop() {
  if [ -f "$data_dir/postmaster.pid" ]; then
    as_owner "$PG_BIN/pg_ctl" -D "$data_dir" -m fast -w stop >/dev/null
    echo "PostgreSQL stopped"
  else
    echo "PostgreSQL was not running"
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) url ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
