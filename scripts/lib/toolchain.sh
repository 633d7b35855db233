# Sourced by every repo command (run, test, check, bench and .ci/run).
# Puts a Node >= 22.19 and the pnpm pinned in package.json on PATH. Where the machine's
# Node is older (CI has Node 20) it installs the Node of .node-version from the npm
# registry into .toolchain/, next to the repo, so nothing global is touched.
# Needs only git, Node >= 20 and npm.

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TOOLCHAIN_DIR="${BLMK_TOOLCHAIN_DIR:-$REPO_ROOT/.toolchain}"
TOOLCHAIN_BIN="$TOOLCHAIN_DIR/node_modules/.bin"

toolchain_log() { printf '\033[2m[toolchain]\033[0m %s\n' "$*" >&2; }

# True when the `node` on PATH is at least 22.19 (Nuxt 4.5's floor).
toolchain_node_is_recent() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 19) ? 0 : 1)'
}

toolchain_wanted_pnpm() {
  sed -n 's/.*"packageManager": *"pnpm@\([^"]*\)".*/\1/p' "$REPO_ROOT/package.json"
}

toolchain_npm_install() {
  # .toolchain/package.json records what is there, so a later install keeps the rest.
  npm install --prefix "$TOOLCHAIN_DIR" --no-audit --no-fund --loglevel=error "$@" >&2
}

toolchain_ensure() {
  command -v npm >/dev/null 2>&1 || { echo "npm is required (it comes with Node.js >= 20)." >&2; return 1; }
  [ -d "$TOOLCHAIN_BIN" ] && export PATH="$TOOLCHAIN_BIN:$PATH"

  if ! toolchain_node_is_recent; then
    local wanted_node
    wanted_node="$(tr -d '[:space:]' <"$REPO_ROOT/.node-version")"
    toolchain_log "Node $(node -v 2>/dev/null || echo 'not found') is older than 22.19: installing Node $wanted_node into .toolchain/"
    mkdir -p "$TOOLCHAIN_DIR"
    toolchain_npm_install "node@$wanted_node" || return 1
    export PATH="$TOOLCHAIN_BIN:$PATH"
    hash -r
    toolchain_node_is_recent || { echo "Installing Node $wanted_node failed." >&2; return 1; }
  fi

  local wanted_pnpm
  wanted_pnpm="$(toolchain_wanted_pnpm)"
  if [ "$(pnpm --version 2>/dev/null)" != "$wanted_pnpm" ]; then
    toolchain_log "installing pnpm $wanted_pnpm into .toolchain/"
    mkdir -p "$TOOLCHAIN_DIR"
    toolchain_npm_install "pnpm@$wanted_pnpm" || return 1
    export PATH="$TOOLCHAIN_BIN:$PATH"
    hash -r
  fi
  # pnpm must not try to fetch another pnpm or Node of its own.
  export COREPACK_ENABLE_STRICT=0
  toolchain_log "node $(node -v), pnpm $(pnpm --version)"
}

# Installs the workspace when node_modules is missing or older than the lockfile.
toolchain_install_workspace() {
  local stamp="$REPO_ROOT/node_modules/.modules.yaml"
  if [ ! -f "$stamp" ] || [ "$REPO_ROOT/pnpm-lock.yaml" -nt "$stamp" ] || [ -n "${BLMK_FORCE_INSTALL:-}" ]; then
    toolchain_log "installing workspace dependencies (pnpm install --frozen-lockfile)"
    (cd "$REPO_ROOT" && pnpm install --frozen-lockfile) || return 1
  fi
}
