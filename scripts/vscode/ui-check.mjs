// Route A: the installed .vsix in code-server, seen through the browser as a writer sees it.
// Opens the draft, waits for an error squiggle, finds the claim in the Explorer's Source
// Check view and clicks it (the editor selects it), hovers the claim and checks the hover
// shows the sourced value, checks the status bar counts, then saves a screenshot of the
// view, the squiggles and the open hover.
//
// usage: node ui-check.mjs <code-server-url> <workspace> <file> <claim> <sourced> <screenshot.png>
// Exit code 0 = squiggle, Sources view, hover and status bar seen, 1 = not.
import { launch } from './browser.mjs';

const [base, folder, file, claim, sourced, shot] = process.argv.slice(2);
if (!shot) {
  console.error('usage: node ui-check.mjs <code-server-url> <workspace> <file> <claim> <sourced> <screenshot.png>');
  process.exit(2);
}
const TIMEOUT_MS = Number(process.env.SOURCECHECK_VSCODE_TIMEOUT_MS || 120_000);
const t0 = Date.now();
const log = (...a) => console.log(`[ui ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);

const browser = await launch({ width: 1280, height: 800 });
const { page } = browser;
page.on('pageerror', (e) => log('page error:', e.message));
let ok = false;
try {
  await page.goto(`${base}/?folder=${encodeURIComponent(folder)}`, { waitUntil: 'domcontentloaded', timeout: TIMEOUT_MS });
  const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${file}"]`).first();
  await row.waitFor({ timeout: TIMEOUT_MS });
  await row.dblclick();
  await page.locator(`.tabs-container .tab[aria-label^="${file}"]`).first().waitFor({ timeout: TIMEOUT_MS });
  log(`${file} open`);
  const opened = Date.now();

  await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'attached', timeout: TIMEOUT_MS });
  log(`error squiggle ${Date.now() - opened} ms after the tab opened`);

  await revealFromSourcesView();

  // The editor renders text as spans; find the claim's characters to put the mouse on them.
  const at = await page.evaluate((text) => {
    const walker = document.createTreeWalker(document.querySelector('.monaco-editor .view-lines'), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = node.textContent.replace(/\u00a0/g, ' ').indexOf(text);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + text.length);
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }
    return null;
  }, claim);
  if (!at) throw new Error(`"${claim}" is not on screen`);
  await page.mouse.move(at.x, at.y);
  // Both parts: the diagnostic's message and the server's hover (fact, quote, source).
  const hover = page.locator('.monaco-hover', { hasText: sourced }).filter({ hasText: 'Source Check' }).first();
  await hover.waitFor({ timeout: 30_000 });
  log('hover:', (await hover.innerText()).replace(/\s+/g, ' ').slice(0, 300));
  // The hover is taller than its box: scroll it so the shot shows the quote and the source.
  const box = await hover.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 400);

  // The client's status bar item: its label spells out the counts its icons show.
  const status = page.locator('.statusbar-item[id="sourcecheck.sourcecheck"]');
  await status.waitFor({ timeout: 30_000 });
  const counts = await status.getAttribute('aria-label');
  log('status bar:', counts);
  if (!/[1-9]\d* contradicted/.test(counts ?? '')) throw new Error(`the status bar counts no contradicted claim: ${counts}`);
  await page.screenshot({ path: shot });
  log('screenshot', shot);
  ok = true;
} catch (e) {
  log('FAILED:', e.message.split('\n')[0]);
  await page.screenshot({ path: shot.replace(/\.png$/, '-failed.png') }).catch(() => {});
} finally {
  await browser.close();
}
process.exit(ok ? 0 : 1);

/** The claim's row in the Source Check view; clicking it selects the claim in the editor. */
async function revealFromSourcesView() {
  // The folder's tree has done its part (the draft is open): fold it to give the view room.
  const folders = page.locator('.pane-header', { hasText: new RegExp(`^\\s*${folder.split('/').pop()}`, 'i') }).first();
  if ((await folders.getAttribute('aria-expanded')) === 'true') await folders.click();
  await widenSideBar(120);
  const header = page.locator('.pane-header', { hasText: /^\s*Source Check/i }).first();
  await header.waitFor({ timeout: TIMEOUT_MS });
  if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
  const pane = page.locator('.pane', { has: header }).first();
  const row = pane.locator('.monaco-list-row', { hasText: claim }).first();
  await row.waitFor({ timeout: 30_000 });
  const rows = await pane.locator('.monaco-list-row').allInnerTexts();
  log('Sources view:', rows.map((r) => r.replace(/\s+/g, ' ')).join(' | ').slice(0, 300));
  await row.click();
  const selection = page.locator('.statusbar-item[id="status.editor.selection"]');
  await page.waitForFunction(
    ([el, n]) => el?.getAttribute('aria-label')?.includes(`${n} selected`),
    [await selection.elementHandle({ timeout: 30_000 }), claim.length],
    { timeout: 30_000 },
  );
  log('the claim is selected:', await selection.getAttribute('aria-label'));
}

/** Drags the sash between the side bar and the editor, so the view shows whole titles. */
async function widenSideBar(by) {
  const sidebar = await page.locator('.part.sidebar').first().boundingBox();
  if (!sidebar) return;
  const x = sidebar.x + sidebar.width;
  const y = sidebar.y + sidebar.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + by, y, { steps: 5 });
  await page.mouse.up();
}
