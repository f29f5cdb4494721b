import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { RIGHT, ROOT, TWO_WRONG, json, sourcecheck, tempDir } from './helpers';

/** Where the real-VS-Code runner finds Debian's Chromium; scripts/vscode/setup.sh installs it. */
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const SCREENSHOT = path.join(ROOT, 'docs', 'report.png');
/** An A4 page at 96 dpi, as Chromium lays it out for print. */
const A4 = { width: 794, height: 1123 };

type Counts = Record<'supported' | 'contradicted' | 'unsourced' | 'other', number>;

interface JsonFile {
  path: string;
  findings: Array<{ rule: string }>;
  supported: unknown[];
}

/** The verdicts of a draft as the JSON report gives them: contradiction rules, unsourced claims, supported claims. */
function expectedCounts(file: JsonFile): Counts {
  const contradicted = file.findings.filter((f) => f.rule.endsWith('-contradiction')).length;
  const unsourced = file.findings.filter((f) => f.rule === 'unsourced-claim').length;
  return { supported: file.supported.length, contradicted, unsourced, other: file.findings.length - contradicted - unsourced };
}

/** What the page shows: for each draft section, its heading, the counts of its summary (which names other findings only when there are some) and its marks. */
function shownCounts(page: Page) {
  return page.$$eval('section.draft', (sections) =>
    sections.map((s) => ({
      path: s.querySelector('h2')!.textContent,
      counts: Object.fromEntries<number>([
        ['other', 0],
        ...[...s.querySelectorAll('.summary [data-count]')].map((e) => [e.getAttribute('data-count')!, Number(e.textContent)] as const),
      ]),
      marks: Object.fromEntries(['supported', 'contradicted', 'unsourced', 'other'].map((v) => [v, s.querySelectorAll(`mark.claim.${v}`).length])),
    })),
  );
}

describe('the html report in headless Chromium', function () {
  this.timeout(60_000);
  let close: (() => Promise<void>) | undefined;
  let page: Page;
  let files: JsonFile[];
  let summary: { supported: number };
  let reportUrl: string;
  const requests: string[] = [];
  const errors: string[] = [];

  before(async function () {
    if (!fs.existsSync(CHROMIUM)) {
      console.warn(`    skipped: no Chromium at ${CHROMIUM}; install it with scripts/vscode/setup.sh (apt-get install chromium) or set CHROMIUM`);
      this.skip();
    }
    const example = fs.readFileSync(path.join(ROOT, 'examples', 'draft.md'), 'utf8');
    const dir = tempDir({ 'drafts/example.md': example, 'drafts/sochi.md': `# Sochi\n\n${TWO_WRONG}\n${RIGHT}`, 'drafts/quiet.md': 'Nothing to check here.\n' });
    ({ files, summary } = json(sourcecheck(['check', 'drafts', '--format', 'json'], dir)));
    const html = sourcecheck(['check', 'drafts', '--format', 'html'], dir);
    assert.equal(html.code, 1, html.stderr);
    const file = path.join(dir, 'report.html');
    fs.writeFileSync(file, html.stdout);
    reportUrl = pathToFileURL(file).href;
    const { launch } = await import(path.join(ROOT, 'scripts', 'vscode', 'browser.mjs'));
    const browser = await launch({ width: 1200, height: 1500 });
    ({ page, close } = browser);
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(reportUrl, { waitUntil: 'load' });
  });

  after(async () => close?.());

  it('shows each draft with the counts of the JSON report for the same drafts', async () => {
    const shown = await shownCounts(page);
    assert.deepEqual(
      shown.map((s) => ({ path: s.path, counts: s.counts })),
      files.map((f) => ({ path: f.path, counts: expectedCounts(f) })),
    );
    const totalSupported = await page.textContent('tfoot [data-count="supported"]');
    assert.equal(Number(totalSupported), summary.supported);
  });

  it('marks in the text as many claims of each verdict as it counts', async () => {
    for (const s of await shownCounts(page)) assert.deepEqual(s.marks, s.counts, s.path ?? '');
  });

  it('links each draft in the contents to its own section', async () => {
    const links = await page.$$eval('nav a', (as) => as.map((a) => ({ text: a.textContent, target: a.ownerDocument.querySelector(a.getAttribute('href')!)?.querySelector('h2')?.textContent })));
    assert.deepEqual(links, files.map((f) => ({ text: f.path, target: f.path })));
  });

  it('loads nothing but itself, and nothing fails to run', () => {
    assert.deepEqual(requests, [reportUrl]);
    assert.deepEqual(errors, []);
  });

  it('prints on A4 each draft from a new page, the notes beside the text', async () => {
    const viewport = page.viewportSize()!;
    await page.setViewportSize(A4);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.$$eval('section.draft', (sections) =>
      sections.map((s) => ({
        breakBefore: s.ownerDocument.defaultView!.getComputedStyle(s).breakBefore,
        notesBeside: [...s.querySelectorAll('.block')].every((b) => {
          const [prose, notes] = [b.querySelector('.prose')!, b.querySelector('.notes')];
          return !notes || notes.getBoundingClientRect().left >= prose.getBoundingClientRect().right;
        }),
      })),
    );
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize(viewport);
    assert.deepEqual(printed, files.map(() => ({ breakBefore: 'page', notesBeside: true })));
  });

  it('saves the screenshot that the README shows', async () => {
    await page.screenshot({ path: SCREENSHOT });
    assert.ok(fs.statSync(SCREENSHOT).size > 10_000);
  });
});
