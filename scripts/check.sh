#!/usr/bin/env bash
# `npm run check`: lint and typecheck the whole workspace.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/toolchain.sh"
toolchain_ensure
toolchain_install_workspace
cd "$REPO_ROOT"
echo "== lint"
pnpm exec eslint --max-warnings 0 .
echo "== typecheck"
pnpm -r typecheck
