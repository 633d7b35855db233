#!/usr/bin/env bash
# `pnpm load`: the production builds under sustained load on loopback
# (scripts/load/main.ts), not part of `pnpm test`. Extra arguments go on.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/toolchain.sh"
toolchain_ensure
toolchain_install_workspace
cd "$REPO_ROOT"
exec node scripts/load/main.ts "$@"
