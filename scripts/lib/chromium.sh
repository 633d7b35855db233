# Sourced by scripts/test.sh. Browser tests drive Debian's Chromium with
# playwright-core (Playwright cannot download its own browsers here).
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

chromium_ensure() {
  [ -x "$CHROMIUM_PATH" ] && return 0
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    echo "[toolchain] installing Chromium from Debian's packages for the browser tests" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null || return 1
  else
    echo "Browser tests need Chromium at $CHROMIUM_PATH: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH." >&2
    return 1
  fi
}
