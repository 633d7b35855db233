#!/usr/bin/env bash
# `pnpm bench`: the whole product under load (scripts/bench/main.ts; `--quick` for a
# short run). `pnpm bench:data`: a scratch database at 1k/10k/100k items
# (scripts/bench/data.ts). `pnpm bench:search`: search at 100,000 index rows
# (scripts/bench/search.bench.ts). Not part of `pnpm test`. Extra arguments go on.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/toolchain.sh"
toolchain_ensure
toolchain_install_workspace
cd "$REPO_ROOT"
case "${1:-}" in
  data) shift; exec node scripts/bench/data.ts "$@" ;;
  search) shift; exec node scripts/bench/search.bench.ts "$@" ;;
  *) exec node scripts/bench/main.ts "$@" ;;
esac
