#!/usr/bin/env bash
# Neovim as a real LSP client of the built server over stdio: diagnostics, hover,
# code actions, a quick fix and go to definition on the example draft. Installs Debian's neovim if needed.
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/test/neovim"
if ! command -v nvim >/dev/null; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim >/dev/null || exit 1
fi
[ -f "$ROOT/dist/server.js" ] || (cd "$ROOT" && npm run -s build) || exit 1
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp "$ROOT/examples/draft.md" "$WORK/draft.md"
export SOURCECHECK_WS="$WORK" SOURCECHECK_SERVER="$ROOT/dist/server.js" SOURCECHECK_OUT="$WORK/out.txt"
export XDG_STATE_HOME="$WORK/state" XDG_CACHE_HOME="$WORK/cache" XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data"
timeout 60 nvim --headless -u "$HERE/init.lua" "$WORK/draft.md" -c "luafile $HERE/spec.lua" >"$WORK/nvim.log" 2>&1
[ -f "$SOURCECHECK_OUT" ] || { echo "neovim: no result"; cat "$WORK/nvim.log"; exit 1; }
failed=0
expect() { # $1 = what a user should see, $2 = a pattern of the line that shows it
  if grep -qE -- "$2" "$SOURCECHECK_OUT"; then echo "  ✔ $1"; else echo "  ✘ $1"; failed=$((failed + 1)); fi
}
echo "Neovim $(nvim --version | head -1 | cut -d' ' -f2) over stdio"
expect 'underlines the contradicted date' '^diagnostic 12:26 date-contradiction$'
expect 'flags the misspelled name' '^diagnostic 20:191 name-spelling$'
expect 'hovers with the quote and the sourced value' '^hover .*Mr\\?\. Tokayev visited the Sochi on \*\*August 19\\?, 2022\*\*'
expect 'offers the quick fix first among the actions' '^action Change to “August 19, 2022”'
expect 'offers to cite the source' '^action Cite “Efforts to Strengthen'
expect 'puts the sourced date in place' '^line Tokayev visited Sochi on August 19, 2022, where'
expect 'drops the finding once fixed' '^fixed finding gone$'
expect 'goes to the source text at the quote' '^definition [0-9]{3}_[0-9a-f]+\.txt Mr\. Tokayev visited the Sochi on August 19, 2022'
[ "$failed" -eq 0 ] && echo "neovim: 8 passed, 0 failed" || { echo "neovim: $failed failed"; cat "$SOURCECHECK_OUT"; exit 1; }
