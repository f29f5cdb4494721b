#!/usr/bin/env bash
# Runs Source Check in a real VS Code 1.139 (VS Code's server from the code-server package,
# on Node 24, with Debian's chromium as the window), offline and headless:
#   B. the mocha suite in test/vscode/suite inside the real extension host (VS Code's own
#      server-main.js with --enable-smoke-test-driver; the tests come in the `payload` URL);
#   A. the packaged sourcecheck.vsix installed into code-server: squiggle, hover, status
#      bar, screenshot.
# usage: bash scripts/vscode/run.sh [--tests-only | --ui-only] [--screenshot]
#   --screenshot writes docs/screenshot.png (else the shot stays in the run folder).
# Ends with "vscode: N passed, N failed"; exit code 0 only when every route that ran passed.
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
. "$HERE/env.sh"
routes="tests ui"; shot_to=""
for arg in "$@"; do
  case "$arg" in
    --tests-only) routes="tests" ;;
    --ui-only) routes="ui" ;;
    --screenshot) shot_to="$ROOT/docs/screenshot.png" ;;
    *) echo "unknown argument: $arg"; exit 2 ;;
  esac
done

bash "$HERE/setup.sh" || exit 1
RUN="$VSDIR/run"
# One workspace per route: the suite writes files beside the example, and the screenshot
# shows the folder's name.
rm -rf "$RUN" && mkdir -p "$RUN/ws-tests" "$RUN/ui/examples"
cp "$ROOT/examples/draft.md" "$RUN/ws-tests/" && cp "$ROOT/examples/draft.md" "$RUN/ui/examples/" || exit 1

PIDS=()
# Each server runs in its own session (setsid), so killing the group takes its extension
# hosts and language servers along; sessions otherwise outlive the browser for hours.
cleanup() { for p in "${PIDS[@]}"; do kill -- "-$p" 2>/dev/null; done; PIDS=(); }
trap cleanup EXIT
free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
wait_http() { for _ in $(seq 1 240); do curl -fs -o /dev/null "$1" && return 0; sleep 0.25; done; return 1; }
# User data with everything that would phone home or nag turned off; the hover opens below
# the line, where the screenshot has room for it.
fresh_profile() {
  mkdir -p "$1/User"
  cat > "$1/User/settings.json" <<'JSON'
{
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "security.workspace.trust.enabled": false,
  "workbench.startupEditor": "none",
  "workbench.enableExperiments": false,
  "workbench.tips.enabled": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "chat.disableAIFeatures": true,
  "git.enabled": false,
  "editor.hover.above": false
}
JSON
}

# Tests counted across both routes, for the closing "N passed, N failed" line.
passed=0 failed=0

route_tests() {
  "$ROOT/node_modules/.bin/esbuild" test/vscode/suite/index.ts --bundle --platform=node --format=cjs \
    --target=node20 --external:vscode --sourcemap --log-level=warning \
    --log-override:require-resolve-not-external=silent --outfile="$RUN/out/suite.js" || return 1
  fresh_profile "$RUN/vs-data"
  local port; port=$(free_port)
  setsid "$N24/bin/node" "$SERVER_MAIN" --host 127.0.0.1 --port "$port" --without-connection-token \
    --accept-server-license-terms --enable-smoke-test-driver --disable-telemetry \
    --disable-workspace-trust --reconnection-grace-time 5 --server-data-dir "$RUN/vs-data" \
    --user-data-dir "$RUN/vs-data" --extensions-dir "$RUN/vs-ext" >"$RUN/vs-server.log" 2>&1 &
  PIDS+=($!)
  wait_http "http://127.0.0.1:$port/" || { cat "$RUN/vs-server.log"; echo "VS Code's server did not start"; return 1; }
  node "$HERE/ext-tests.mjs" "http://127.0.0.1:$port" "$RUN/ws-tests" "$ROOT" "$RUN/out/suite.js" "$RUN/ext-tests.log" \
    | tee "$RUN/suite.out"
  local code=${PIPESTATUS[0]}
  cleanup
  # The suite's closing "P passed, F failed"; none when it never ran (a hang or a crash).
  local counts p f
  counts=$(grep -Eo '^[0-9]+ passed, [0-9]+ failed$' "$RUN/suite.out" | tail -1)
  read -r p _ f _ <<<"${counts:-0 passed, 1 failed}"
  passed=$((passed + p)); failed=$((failed + f))
  [ "$code" = 0 ] && [ -n "$counts" ] || { echo "whole workbench log: $RUN/ext-tests.log"; [ "$f" -gt 0 ] || failed=$((failed + 1)); return 1; }
}

route_ui() {
  rm -f sourcecheck.vsix
  npm run -s package >"$RUN/package.log" 2>&1 && [ -f sourcecheck.vsix ] \
    || { cat "$RUN/package.log"; echo "npm run package made no sourcecheck.vsix"; return 1; }
  fresh_profile "$RUN/cs-data"
  local port; port=$(free_port)
  printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$port" >"$RUN/cs-config.yaml"
  # code-server's native addons are built for Node 24.
  local cs=(env PATH="$N24/bin:$PATH" "$CS" --config "$RUN/cs-config.yaml" --user-data-dir "$RUN/cs-data" --extensions-dir "$RUN/cs-ext")
  "${cs[@]}" --install-extension "$ROOT/sourcecheck.vsix" >"$RUN/cs-install.log" 2>&1 \
    || { cat "$RUN/cs-install.log"; echo "code-server could not install sourcecheck.vsix"; return 1; }
  setsid "${cs[@]}" --bind-addr "127.0.0.1:$port" --auth none --disable-telemetry --disable-update-check \
    --disable-workspace-trust --disable-getting-started-override --reconnection-grace-time 5 \
    >"$RUN/cs-server.log" 2>&1 &
  PIDS+=($!)
  wait_http "http://127.0.0.1:$port/healthz" || { cat "$RUN/cs-server.log"; echo "code-server did not start"; return 1; }
  node "$HERE/ui-check.mjs" "http://127.0.0.1:$port" "$RUN/ui/examples" draft.md \
    "August 21, 2022" "August 19, 2022" "$RUN/screenshot.png"
  local code=$?
  cleanup
  [ "$code" = 0 ] || { echo "screenshot of the failure: $RUN/screenshot-failed.png"; return 1; }
  if [ -n "$shot_to" ]; then mkdir -p "$(dirname "$shot_to")" && cp "$RUN/screenshot.png" "$shot_to" && echo "saved $shot_to"; fi
}

cd "$ROOT"
echo "== build"
npm run -s build || exit 1
if [[ $routes == *tests* ]]; then
  echo "== B: extension tests in VS Code's server"
  if route_tests; then echo "B: PASS"; else echo "B: FAIL"; fi
fi
if [[ $routes == *ui* ]]; then
  echo "== A: sourcecheck.vsix in code-server"
  if route_ui; then echo "A: PASS"; passed=$((passed + 1)); else echo "A: FAIL"; failed=$((failed + 1)); fi
fi
echo "vscode: $passed passed, $failed failed"
[ "$failed" = 0 ]
