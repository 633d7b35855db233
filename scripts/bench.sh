#!/usr/bin/env bash
# `pnpm bench`: performance benchmarks (not part of `npm test`). Today: search at
# 100,000 items on SQLite and PostgreSQL (scripts/bench/search.bench.ts).
# Extra arguments go to the benchmark, e.g. `pnpm bench -- --items 20000 --db sqlite`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/toolchain.sh"
toolchain_ensure
toolchain_install_workspace
cd "$REPO_ROOT"
exec node scripts/bench/search.bench.ts "$@"
