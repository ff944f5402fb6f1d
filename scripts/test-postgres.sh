#!/usr/bin/env bash
# Runs the integration suite (tests/CampaignHub.Tests) against PostgreSQL instead of SQLite: starts the throwaway
# cluster of scripts/postgres.sh, gives every test app its own fresh database (CAMPAIGNHUB_TEST_POSTGRES), and stops
# the cluster afterwards. Extra arguments go to `dotnet test`, e.g. --filter "FullyQualifiedName~Commitments".
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet tool restore >/dev/null
dotnet build tests/CampaignHub.Tests -c Debug -nologo -v q -clp:ErrorsOnly

# The PostgreSQL model and its migrations must agree, as the SQLite ones must in scripts/test.sh.
dotnet ef migrations has-pending-model-changes --project src/CampaignHub.Migrations.Postgres --startup-project src/CampaignHub.Migrations.Postgres --no-build

scripts/postgres.sh start
scripts/redis.sh start # the multi-node tests (Category=Redis) are in this suite too
trap 'scripts/redis.sh stop; scripts/postgres.sh stop' EXIT
CAMPAIGNHUB_TEST_POSTGRES="$(scripts/postgres.sh url)"
CAMPAIGNHUB_TEST_REDIS="$(scripts/redis.sh url)"
export CAMPAIGNHUB_TEST_POSTGRES CAMPAIGNHUB_TEST_REDIS

dotnet test tests/CampaignHub.Tests --no-build -nologo -v q \
  --logger "trx;LogFileName=CampaignHub.Tests.postgres.trx" --results-directory artifacts/test-results "$@"
