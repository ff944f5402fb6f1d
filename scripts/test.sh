#!/usr/bin/env bash
# Runs every test of CampaignHub: domain, integration (WebApplicationFactory on SQLite) and browser
# (Playwright driving Debian's Chromium against the live app), plus the contract checks (Redocly's OpenAPI
# validator and Microsoft's JS SignalR client, from npm) and a Prometheus scrape. Installs Chromium, the CJK
# fonts, Prometheus, redis-server (through scripts/redis.sh), nginx (through scripts/cluster.sh) and the npm tools
# when they are missing; fails with a clear message when it cannot — no test is ever skipped. Last, the multi-node
# browser tests run on PostgreSQL + Redis + two app nodes + nginx (scripts/cluster.sh test).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
[ -x /usr/bin/prometheus ] || need+=(prometheus)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "ERROR: ${need[*]} missing and no root/sudo to install them (apt-get install -y ${need[*]})." >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq || { echo "ERROR: apt-get update failed; cannot install ${need[*]}." >&2; exit 1; }
  $SUDO apt-get install -y -qq "${need[@]}" >/dev/null || { echo "ERROR: could not install ${need[*]}; browser tests need them." >&2; exit 1; }
fi
[ -x /usr/bin/chromium ] || { echo "ERROR: /usr/bin/chromium is still missing." >&2; exit 1; }
[ -x /usr/bin/prometheus ] || { echo "ERROR: /usr/bin/prometheus is still missing." >&2; exit 1; }

# The contract checkers: exact versions from tests/contract/package-lock.json.
command -v npm >/dev/null || { echo "ERROR: npm is missing; the contract tests need Node.js and npm." >&2; exit 1; }
npm ci --prefix tests/contract --no-audit --no-fund --loglevel=error >/dev/null || { echo "ERROR: npm ci in tests/contract failed." >&2; exit 1; }

dotnet tool restore >/dev/null
dotnet build CampaignHub.sln -c Debug -nologo -v q -clp:ErrorsOnly

# The model and the migrations must agree: a model change without `dotnet ef migrations add` fails the run.
dotnet ef migrations has-pending-model-changes --project src/CampaignHub --no-build

# The multi-node tests (Category=Redis) join their app nodes through a throwaway Redis server of their own.
scripts/redis.sh start
trap 'scripts/redis.sh stop' EXIT
CAMPAIGNHUB_TEST_REDIS="$(scripts/redis.sh url)"
export CAMPAIGNHUB_TEST_REDIS

log=$(mktemp)
status=0
for project in tests/CampaignHub.Domain.Tests tests/CampaignHub.Components.Tests tests/CampaignHub.Tests tests/CampaignHub.BrowserTests tests/CampaignHub.Benchmarks.Tests; do
  echo "== $project"
  # The browser tests of the cluster (Category=Cluster) need one up: they run next, through scripts/cluster.sh.
  filter=()
  [ "$project" = tests/CampaignHub.BrowserTests ] && filter=(--filter "Category!=Cluster")
  # A .trx per project keeps every failure's message and stack for later reading (the console stays short).
  dotnet test "$project" --no-build -nologo -v q "${filter[@]}" --logger "trx;LogFileName=$(basename "$project").trx" --results-directory artifacts/test-results 2>&1 | tee -a "$log" || status=1
done

# Multi-node: PostgreSQL + Redis + two app nodes + nginx, brought up and taken down by the script (installs nginx).
echo "== multi-node (scripts/cluster.sh test)"
CLUSTER_NO_BUILD=1 scripts/cluster.sh test 2>&1 | tee -a "$log" || status=1

passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
if [ "$failed" -ne 0 ]; then
  # The console above is quiet; each failure's message and the top of its stack, read back from the .trx files, go
  # last, where a CI log that keeps only its tail still shows them.
  echo "== failures"
  for trx in artifacts/test-results/*.trx; do
    python3 - "$trx" <<'PY' || sed -n '/<ErrorInfo>/,/<\/ErrorInfo>/p' "$trx" | head -n 60
import sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
for result in ET.parse(sys.argv[1]).getroot().iterfind(".//t:UnitTestResult", ns):
    if result.get("outcome") != "Failed":
        continue
    message = result.findtext(".//t:ErrorInfo/t:Message", default="", namespaces=ns).strip()
    stack = result.findtext(".//t:ErrorInfo/t:StackTrace", default="", namespaces=ns).strip().splitlines()
    print("FAILED " + result.get("testName", "?"))
    print("  " + "\n  ".join(message.splitlines()[:40]))
    print("  " + "\n  ".join(line.strip() for line in stack[:12]))
PY
  done
fi
echo "screenshots: artifacts/screenshots/"
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$skipped" -ne 0 ]; then echo "ERROR: tests were skipped." >&2; status=1; fi
if [ "$passed" -eq 0 ]; then echo "ERROR: no tests ran." >&2; status=1; fi
exit $status
