#!/usr/bin/env bash
# Two CampaignHub nodes behind nginx on one machine, on PostgreSQL + Redis, with the demo data:
#   scripts/cluster.sh up        start PostgreSQL (scripts/postgres.sh), Redis (scripts/redis.sh), node a and node b,
#                                and nginx in front of them at http://127.0.0.1:$CLUSTER_PORT (58080)
#   scripts/cluster.sh test      run the multi-node browser tests against a cluster it brings up (and takes down)
#   scripts/cluster.sh down      stop what `up` started, and nothing else
#   scripts/cluster.sh start-node a|b / kill-node a|b   one node alone (kill is SIGKILL: a crash, not a shutdown)
#   scripts/cluster.sh status    which parts are running
# Installs nginx (and, through scripts/redis.sh, redis-server) with apt-get when missing. Uses the Debug build of the
# app (`dotnet build CampaignHub.sln` first; `up` builds it unless CLUSTER_NO_BUILD=1). Everything it writes is under
# artifacts/cluster.
set -euo pipefail
cd "$(dirname "$0")/.."

CLUSTER_PORT=${CLUSTER_PORT:-58080}
NODE_A_PORT=${NODE_A_PORT:-58081}
NODE_B_PORT=${NODE_B_PORT:-58082}
DATABASE=${CLUSTER_DATABASE:-campaignhub_cluster}
root_dir="$PWD/artifacts/cluster"
started_file="$root_dir/started" # what `up` started, one name per line; `down` stops only these
app_bin="$PWD/src/CampaignHub/bin/Debug/net10.0"

node_port() { case "$1" in a) echo "$NODE_A_PORT" ;; b) echo "$NODE_B_PORT" ;; *) echo "ERROR: node is a or b" >&2; exit 2 ;; esac; }
pid_of() { cat "$root_dir/node-$1.pid" 2>/dev/null || true; }
node_running() { local pid; pid=$(pid_of "$1"); [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }
nginx_running() { [ -f "$root_dir/nginx/nginx.pid" ] && kill -0 "$(cat "$root_dir/nginx/nginx.pid")" 2>/dev/null; }
mark_started() { grep -qx "$1" "$started_file" 2>/dev/null || echo "$1" >>"$started_file"; }

connection_string() {
  echo "$(scripts/postgres.sh url | sed "s/Database=postgres/Database=$DATABASE/");Maximum Pool Size=40"
}

# The same server in libpq's form, for psql: database $1.
libpq() { scripts/postgres.sh url | sed "s/;/ /g; s/Host=/host=/; s/Port=/port=/; s/Username=/user=/; s/Database=postgres/dbname=$1/"; }

install_nginx_if_missing() {
  command -v nginx >/dev/null && return
  echo "Installing nginx"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "ERROR: nginx is missing and there is no root/sudo to install it (apt-get install -y nginx)." >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq || { echo "ERROR: apt-get update failed; cannot install nginx." >&2; exit 1; }
  $SUDO apt-get install -y -qq nginx-light >/dev/null 2>&1 || $SUDO apt-get install -y -qq nginx >/dev/null \
    || { echo "ERROR: could not install nginx." >&2; exit 1; }
  # Debian's package may start its own server on port 80; this script never uses or stops that one.
  command -v nginx >/dev/null || { echo "ERROR: nginx is still missing." >&2; exit 1; }
}

start_node() {
  local node=$1 port
  port=$(node_port "$node")
  if node_running "$node"; then echo "node $node already running on :$port"; return; fi
  [ -x "$app_bin/CampaignHub" ] || { echo "ERROR: the app is not built ($app_bin); run dotnet build CampaignHub.sln" >&2; exit 1; }
  [ -f "$app_bin/CampaignHub.Migrations.Postgres.dll" ] || { echo "ERROR: $app_bin lacks the PostgreSQL migrations; run dotnet build CampaignHub.sln" >&2; exit 1; }
  mkdir -p "$root_dir/node-$node" "$root_dir/shared"
  local database redis origin
  database=$(connection_string)
  # One demo clock for the whole cluster: every node counts the demo day from the same instant.
  [ -f "$root_dir/demo-clock-origin" ] || date -u +%Y-%m-%dT%H:%M:%SZ >"$root_dir/demo-clock-origin"
  origin=$(cat "$root_dir/demo-clock-origin")
  redis=$(scripts/redis.sh url)
  # The README's run mode (Development: demo data, demo date), on the shared database, feed and folder; nginx on
  # loopback is the one proxy whose X-Forwarded-For is believed.
  (
    cd "$app_bin"
    export ASPNETCORE_ENVIRONMENT=Development \
      Urls="http://127.0.0.1:$port" \
      CampaignHub__DemoMode=true CampaignHub__DemoToday=2014-04-10 CampaignHub__DemoClockOrigin="$origin" \
      CampaignHub__Database__Provider=Postgres CampaignHub__ConnectionString="$database" \
      CampaignHub__Redis="$redis" \
      CampaignHub__DataFolder="$root_dir/node-$node" CampaignHub__SharedFolder="$root_dir/shared" \
      CampaignHub__KnownProxies__0=127.0.0.1
    exec setsid ./CampaignHub >"$root_dir/node-$node.log" 2>&1
  ) &
  echo $! >"$root_dir/node-$node.pid"
}

wait_ready() {
  local node=$1 port deadline
  port=$(node_port "$node")
  deadline=$((SECONDS + 240)) # a cold start migrates and seeds the province's demo data
  until curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready"; do
    if ! node_running "$node"; then echo "ERROR: node $node exited; see $root_dir/node-$node.log" >&2; tail -n 20 "$root_dir/node-$node.log" >&2; exit 1; fi
    [ $SECONDS -lt $deadline ] || { echo "ERROR: node $node not ready after 240 s; see $root_dir/node-$node.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "node $node ready on http://127.0.0.1:$port"
}

kill_node() {
  local node=$1 pid
  pid=$(pid_of "$node")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -KILL "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    echo "node $node killed"
  fi
  rm -f "$root_dir/node-$node.pid"
}

stop_node() {
  local node=$1 pid
  pid=$(pid_of "$node")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    echo "node $node stopped"
  fi
  rm -f "$root_dir/node-$node.pid"
}

write_nginx_conf() {
  mkdir -p "$root_dir/nginx/temp"
  [ "$(id -u)" -eq 0 ] && chown -R nobody "$root_dir/nginx/temp" 2>/dev/null || true
  cat >"$root_dir/nginx/nginx.conf" <<EOF
# Written by scripts/cluster.sh; see README "Several nodes".
worker_processes 1;
pid $root_dir/nginx/nginx.pid;
error_log $root_dir/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log $root_dir/nginx/access.log;
  client_body_temp_path $root_dir/nginx/temp/body;
  proxy_temp_path $root_dir/nginx/temp/proxy;
  fastcgi_temp_path $root_dir/nginx/temp/fastcgi;
  uwsgi_temp_path $root_dir/nginx/temp/uwsgi;
  scgi_temp_path $root_dir/nginx/temp/scgi;
  client_max_body_size 25m;

  # Affinity: a Blazor circuit lives in one node's memory, so a browser keeps to one node. The key is a cookie nginx
  # hands out on the first response; the consistent hash maps it to a node, and to the other one when that node is down.
  map \$cookie_campaignhub_affinity \$affinity_key { "" \$request_id; default \$cookie_campaignhub_affinity; }
  map \$http_upgrade \$connection_upgrade { default upgrade; "" close; }

  upstream campaignhub {
    hash \$affinity_key consistent;
    server 127.0.0.1:$NODE_A_PORT max_fails=1 fail_timeout=5s;
    server 127.0.0.1:$NODE_B_PORT max_fails=1 fail_timeout=5s;
    keepalive 32;
  }

  server {
    listen 127.0.0.1:$CLUSTER_PORT;
    location / {
      proxy_pass http://campaignhub;
      proxy_http_version 1.1;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection \$connection_upgrade;
      proxy_set_header Host \$host:\$server_port;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Proto \$scheme;
      # A node that refuses or drops the connection: the request goes to the other node.
      proxy_next_upstream error timeout http_502 http_503;
      proxy_connect_timeout 2s;
      proxy_read_timeout 3600s; # circuits and the hub hold their WebSocket open
      proxy_buffering off;
      add_header Set-Cookie "campaignhub_affinity=\$affinity_key; Path=/; HttpOnly; SameSite=Lax" always;
      add_header X-CampaignHub-Upstream \$upstream_addr always;
    }
  }
}
EOF
}

start_nginx() {
  install_nginx_if_missing
  if nginx_running; then echo "nginx already running"; return; fi
  write_nginx_conf
  nginx -p "$root_dir/nginx" -c "$root_dir/nginx/nginx.conf" -t -q
  nginx -p "$root_dir/nginx" -c "$root_dir/nginx/nginx.conf"
  mark_started nginx
  echo "nginx on http://127.0.0.1:$CLUSTER_PORT"
}

stop_nginx() {
  if nginx_running; then
    nginx -p "$root_dir/nginx" -c "$root_dir/nginx/nginx.conf" -s quit 2>/dev/null
    for _ in $(seq 1 50); do nginx_running || break; sleep 0.1; done
    echo "nginx stopped"
  fi
}

up() {
  mkdir -p "$root_dir"
  [ "${CLUSTER_NO_BUILD:-0}" = 1 ] || dotnet build CampaignHub.sln -c Debug -nologo -v q -clp:ErrorsOnly
  if [ -f artifacts/pg/data/postmaster.pid ]; then echo "PostgreSQL already running (left running by down)"; else scripts/postgres.sh start; mark_started postgres; fi
  if [ -f "artifacts/redis/redis-${REDIS_PORT:-56379}.pid" ] && kill -0 "$(cat "artifacts/redis/redis-${REDIS_PORT:-56379}.pid")" 2>/dev/null; then
    echo "Redis already running (left running by down)"; else scripts/redis.sh start; mark_started redis; fi
  [ "${FRESH_DATABASE:-0}" = 1 ] && psql "$(libpq postgres)" -qc "DROP DATABASE IF EXISTS $DATABASE WITH (FORCE)"
  psql "$(libpq postgres)" -qtAc "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'" | grep -q 1 \
    || psql "$(libpq postgres)" -qc "CREATE DATABASE $DATABASE"
  # A new demo day for each `up`; a node started again later (start-node) keeps the running cluster's clock.
  node_running a || node_running b || rm -f "$root_dir/demo-clock-origin"
  # Both nodes start together: the first seeds the demo data under the cluster lock, the other waits and finds it.
  start_node a; mark_started node-a
  start_node b; mark_started node-b
  wait_ready a
  wait_ready b
  start_nginx
  echo "Cluster up: http://127.0.0.1:$CLUSTER_PORT (node a :$NODE_A_PORT, node b :$NODE_B_PORT; demo accounts as in the README)"
}

down() {
  [ -f "$started_file" ] || { echo "nothing to stop (no $started_file)"; return; }
  grep -qx nginx "$started_file" && stop_nginx
  grep -qx node-a "$started_file" && stop_node a
  grep -qx node-b "$started_file" && stop_node b
  grep -qx redis "$started_file" && scripts/redis.sh stop
  grep -qx postgres "$started_file" && scripts/postgres.sh stop
  rm -f "$started_file"
}

status() {
  for node in a b; do if node_running "$node"; then echo "node $node: running (:$(node_port "$node"))"; else echo "node $node: stopped"; fi; done
  if nginx_running; then echo "nginx: running (:$CLUSTER_PORT)"; else echo "nginx: stopped"; fi
}

cluster_test() {
  # Its own cluster on a fresh database, so the tests meet the demo data as seeded.
  if node_running a || node_running b; then echo "ERROR: a cluster is up; run scripts/cluster.sh down first (test brings up its own)." >&2; exit 1; fi
  # Exported: the tests call this script again (kill-node, start-node) for the same database.
  export CLUSTER_DATABASE=${CLUSTER_DATABASE:-campaignhub_cluster_test}
  DATABASE=$CLUSTER_DATABASE
  rm -rf "$root_dir/node-a" "$root_dir/node-b" "$root_dir/shared"
  trap 'down' EXIT
  FRESH_DATABASE=1 up
  CAMPAIGNHUB_CLUSTER_URL="http://127.0.0.1:$CLUSTER_PORT" \
  CAMPAIGNHUB_CLUSTER_NODE_A="http://127.0.0.1:$NODE_A_PORT" \
  CAMPAIGNHUB_CLUSTER_NODE_B="http://127.0.0.1:$NODE_B_PORT" \
  CAMPAIGNHUB_CLUSTER_SCRIPT="$PWD/scripts/cluster.sh" \
  CAMPAIGNHUB_CLUSTER_DATABASE="$(libpq "$DATABASE")" \
    dotnet test tests/CampaignHub.BrowserTests --no-build -nologo -v q --filter "Category=Cluster" \
      --logger "trx;LogFileName=CampaignHub.BrowserTests.cluster.trx" --results-directory artifacts/test-results "$@"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  test) shift; cluster_test "$@" ;;
  status) status ;;
  start-node) mkdir -p "$root_dir"; start_node "${2:?node a or b}"; wait_ready "$2" ;;
  kill-node) kill_node "${2:?node a or b}" ;;
  *) echo "usage: $0 up|test|down|status|start-node a|b|kill-node a|b" >&2; exit 2 ;;
esac
