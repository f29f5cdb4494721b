// Route B: runs the extension's mocha suite inside VS Code's real (Node) extension host.
// VS Code's server, started with --enable-smoke-test-driver, lets the browser workbench take
// extensionDevelopmentPath/extensionTestsPath from its `payload` URL parameter; the workbench
// reports the host's log through window.codeAutomationLog and its exit code through
// window.codeAutomationExit, which we expose from playwright.
//
// usage: node ext-tests.mjs <server-url> <workspace> <extension-dir> <tests-module> <log-file>
// Prints the suite's own lines (those with its mark); the whole log goes to <log-file>.
// Exit code: the extension host's (0 = all tests passed); 3 = no result within the deadline.
import { appendFileSync, writeFileSync } from 'node:fs';
import { format } from 'node:util';
import { launch, KNOWN_NOISE } from './browser.mjs';

const [base, folder, extensionDir, testsModule, logFile] = process.argv.slice(2);
if (!logFile) {
  console.error('usage: node ext-tests.mjs <server-url> <workspace> <extension-dir> <tests-module> <log-file>');
  process.exit(2);
}
const MARK = '[sourcecheck-vscode] '; // test/vscode/suite/helpers.ts REPORT_MARK
writeFileSync(logFile, '');
const TIMEOUT_MS = Number(process.env.SOURCECHECK_VSCODE_TIMEOUT_MS || 300_000);
const remote = (path) => `vscode-remote://${new URL(base).host}${path}`;
const payload = JSON.stringify([
  ['extensionDevelopmentPath', remote(extensionDir)],
  ['extensionTestsPath', remote(testsModule)],
  ['skipWelcome', 'true'],
]);

const t0 = Date.now();
const browser = await launch();
let exitCode = 3;
try {
  let exit;
  const exited = new Promise((resolve) => { exit = resolve; });
  await browser.page.exposeFunction('codeAutomationExit', exit);
  // Console calls arrive unformatted: a format string and its arguments.
  await browser.page.exposeFunction('codeAutomationLog', (level, args) => {
    const text = format(...(args ?? []).map(String));
    if (text.startsWith(MARK)) console.log(text.slice(MARK.length));
    else if (level === 'error' && !KNOWN_NOISE.test(text)) console.log(`[workbench ${level}] ${text.split('\n')[0]}`);
    appendFileSync(logFile, `[${level}] ${text}\n`);
  });
  await browser.page.goto(`${base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`,
    { waitUntil: 'domcontentloaded', timeout: TIMEOUT_MS });
  let timer;
  const timedOut = new Promise((resolve) => { timer = setTimeout(resolve, TIMEOUT_MS, 'timeout'); });
  const result = await Promise.race([exited, timedOut]);
  clearTimeout(timer);
  if (result === 'timeout') {
    console.log(`the extension tests gave no result within ${TIMEOUT_MS} ms`);
  } else {
    exitCode = Number(result);
    console.log(`extension host exited with code ${exitCode} after ${Date.now() - t0} ms`);
  }
} finally {
  await browser.close();
}
process.exit(exitCode);
