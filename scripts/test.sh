#!/usr/bin/env bash
# `npm test`: install what is missing, then run every test of the workspace once.
# Extra arguments go to vitest (e.g. `npm test -- --project cms`).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/toolchain.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/chromium.sh"
toolchain_ensure
toolchain_install_workspace
chromium_ensure
export CHROMIUM_PATH
cd "$REPO_ROOT"
exec pnpm exec vitest run "$@"
