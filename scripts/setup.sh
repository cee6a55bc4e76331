#!/usr/bin/env bash
# Installs what gouvkit needs on a fresh Debian machine: Chromium (for the tests), the pnpm
# pinned in package.json, then the workspace's dependencies from the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
export CHROME_PATH="${CHROME_PATH:-$(command -v chromium)}"

# npm checks the tarball's integrity; corepack's signature check fails against this registry.
PNPM_VERSION="$(node -p "require('./package.json').packageManager.split('@')[1]")"
if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  npm install -g --no-audit --no-fund "pnpm@$PNPM_VERSION"
  hash -r
fi
echo "node $(node --version), pnpm $(pnpm --version), $("$CHROME_PATH" --version 2>/dev/null || echo 'chromium ?')"

pnpm install --frozen-lockfile
