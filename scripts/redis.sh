#!/usr/bin/env bash
# A throwaway Redis server for running several CampaignHub nodes locally and for the Redis tests:
#   scripts/redis.sh start   start it on 127.0.0.1:$REDIS_PORT (56379), data, pid and log in artifacts/redis
#   scripts/redis.sh stop    stop that server only (no other Redis on the machine is touched)
#   scripts/redis.sh url     print its address (the value for CampaignHub:Redis and CAMPAIGNHUB_TEST_REDIS)
# Installs Debian's redis-server with apt-get when it is missing (root or sudo needed for that). The server is
# daemonized by redis-server itself: no systemd.
set -euo pipefail
cd "$(dirname "$0")/.."

REDIS_PORT=${REDIS_PORT:-56379}
root_dir="$PWD/artifacts/redis"
pid_file="$root_dir/redis-$REDIS_PORT.pid" # per port: REDIS_PORT may start a second instance beside the first
log_file="$root_dir/redis-$REDIS_PORT.log"

url() { echo "127.0.0.1:$REDIS_PORT"; }

install_if_missing() {
  command -v redis-server >/dev/null && command -v redis-cli >/dev/null && return
  echo "Installing redis-server"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "ERROR: redis-server is missing and there is no root/sudo to install it (apt-get install -y redis-server)." >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq || { echo "ERROR: apt-get update failed; cannot install redis-server." >&2; exit 1; }
  $SUDO apt-get install -y -qq redis-server >/dev/null || { echo "ERROR: could not install redis-server." >&2; exit 1; }
  command -v redis-server >/dev/null || { echo "ERROR: redis-server is still missing." >&2; exit 1; }
}

running() { [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; }

start() {
  install_if_missing
  mkdir -p "$root_dir"
  if running; then
    echo "Redis already running: $(url)"
    return
  fi
  # Loopback only; no snapshots or append-only file: the server only relays messages, its data is throwaway.
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --daemonize yes --pidfile "$pid_file" --logfile "$log_file" \
    --dir "$root_dir" --save "" --appendonly no \
    || { echo "ERROR: Redis did not start; see $log_file" >&2; exit 1; }
  for _ in $(seq 1 50); do
    if redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; then
      echo "Redis running: $(url)"
      return
    fi
    sleep 0.1
  done
  echo "ERROR: Redis did not answer on $(url); see $log_file" >&2
  exit 1
}

stop() {
  if running; then
    pid=$(cat "$pid_file")
    kill "$pid"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    echo "Redis stopped"
  else
    echo "Redis was not running"
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) url ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
