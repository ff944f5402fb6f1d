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
trap 'scripts/postgres.sh stop' EXIT
CAMPAIGNHUB_TEST_POSTGRES="$(scripts/postgres.sh url)"
export CAMPAIGNHUB_TEST_POSTGRES

dotnet test tests/CampaignHub.Tests --no-build -nologo -v q \
  --logger "trx;LogFileName=CampaignHub.Tests.postgres.trx" --results-directory artifacts/test-results "$@"
