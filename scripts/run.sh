#!/usr/bin/env bash
# `npm start`: install what is missing, import the seed content, run the CMS and the site.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/toolchain.sh"
toolchain_ensure
toolchain_install_workspace
cd "$REPO_ROOT"
exec node scripts/run.ts
