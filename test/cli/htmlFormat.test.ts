import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RIGHT, ROOT, WRONG, copyFacts, sourcecheck, tempDir, writeFiles } from './helpers';

const EXAMPLE = fs.readFileSync(path.join(ROOT, 'examples', 'draft.md'), 'utf8');

/** The tags and attributes the report writes itself; anything else came from a draft or a source. */
const TAGS = new Set('html head meta title style body header h1 h2 h3 p span nav table thead tbody tfoot tr th td a main section div ul ol li b del ins blockquote cite mark sup aside'.split(' '));
const ATTRIBUTES = new Set('lang charset http-equiv content name class id href rel style scope aria-label aria-labelledby aria-hidden data-count data-draft title'.split(' '));

function htmlOf(dir: string, ...args: string[]): string {
  const run = sourcecheck(['check', ...args, '--format', 'html'], dir);
  assert.ok(run.code === 0 || run.code === 1, run.stderr);
  return run.stdout;
}

function tags(html: string): Array<{ name: string; attributes: string[]; href?: string }> {
  return [...html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)].map((m) => ({
    name: m[1].toLowerCase(),
    attributes: [...m[2].matchAll(/\s([^\s=]+)(?:="[^"]*")?/g)].map((a) => a[1].toLowerCase()),
    href: /\shref="([^"]*)"/.exec(m[2])?.[1],
  }));
}

/** The text of the first element with this attribute, tags left out. */
function textAfter(html: string, marker: string): string {
  const at = html.indexOf(marker);
  assert.ok(at >= 0, `no ${marker}`);
  return html.slice(html.indexOf('>', at) + 1, html.indexOf('</', at));
}

describe('html format: a fact-check report for a desk editor', () => {
  let html: string;
  before(() => (html = htmlOf(tempDir({ 'drafts/example.md': EXAMPLE, 'drafts/right.md': RIGHT }), 'drafts')));

  it('opens with every draft, its counts and a link to its section', () => {
    assert.match(html, /<tr data-draft="draft-1"><td><a href="#draft-1">drafts\/example\.md<\/a><\/td><td class="num" data-count="supported">8<\/td><td class="num" data-count="contradicted">4<\/td><td class="num" data-count="unsourced">1<\/td><td class="num" data-count="other">1<\/td><\/tr>/);
    assert.match(html, /<tr data-draft="draft-2"><td><a href="#draft-2">drafts\/right\.md<\/a><\/td><td class="num" data-count="supported">1<\/td><td class="num" data-count="contradicted">0<\/td>/);
    assert.match(html, /<section class="draft" id="draft-1"[^>]*>\n<h2 id="draft-1-title">drafts\/example\.md<\/h2>/);
    assert.match(html, /<section class="draft" id="draft-2"/);
  });

  it('lists the contradictions first, each with its fix and the sourced value, linked to the claim in the text', () => {
    const section = html.slice(html.indexOf('id="draft-1"'), html.indexOf('id="draft-2"'));
    assert.ok(section.indexOf('<ol class="contradictions">') < section.indexOf('<h3>The draft</h3>'));
    const list = section.slice(section.indexOf('<ol class="contradictions">'), section.indexOf('</ol>'));
    assert.deepEqual(
      [...list.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]),
      [
        '<span class="tag">✗&#8239;2</span> <a href="#draft-1-claim-2">line 12</a>: <del>August 21, 2022</del> → <ins>August 19, 2022</ins> <span class="sourced">(Tokayev visits Sochi and meets Putin: 19 August 2022)</span>',
        '<span class="tag">✗&#8239;5</span> <a href="#draft-1-claim-5">line 12</a>: <del>7,464 kilometers</del> → <ins>7,644 kilometers</ins> <span class="sourced">(Length of Kazakhstan’s land border with Russia: 7,644 km)</span>',
        '<span class="tag">✗&#8239;7</span> <a href="#draft-1-claim-7">line 16</a>: <del>$5 billion</del> → <ins>$10 billion</ins> <span class="sourced">(Target for Turkey–Kazakhstan trade volume: $10 billion)</span>',
        '<span class="tag">✗&#8239;11</span> <a href="#draft-1-claim-11">line 20</a>: <del>President</del> → <ins>Prime Minister</ins> <span class="sourced">(Nikol Pashinyan, Prime Minister of Armenia (2022): Prime Minister)</span>',
      ],
    );
  });

  it('puts beside a contradicted claim its fix, the sourced value, the quote and the source: title, author, date', () => {
    const note = html.slice(html.indexOf('<div class="note contradicted">'));
    assert.match(
      note.slice(0, note.indexOf('</div>')),
      /<del>August 21, 2022<\/del> → <ins>August 19, 2022<\/ins><\/p><p class="sourced"><span class="label">Source:<\/span> Tokayev visits Sochi and meets Putin: 19 August 2022<\/p><blockquote>Mr\. Tokayev visited the Sochi on August 19, 2022<\/blockquote><p class="cite"><cite>Efforts to Strengthen the Regional Security Environment: Visit of the President of Kazakhstan to Sochi<\/cite> · Doğacan Başaran · 2022 \(inferred\) <span class="where" title="[^"]*facts\/sources\/000_744f50d4dd1e5be3\.txt">000_744f50d4dd1e5be3\.txt:10<\/span>/,
    );
  });

  it('marks each claim in the text by its verdict with a symbol as well as a colour, its note beside it', () => {
    assert.match(html, /Tokayev visited Sochi on <mark class="claim contradicted" id="draft-1-claim-2">August 21, 2022<sup><span class="tag">✗&#8239;2<\/span><\/sup><\/mark>/);
    assert.match(html, /sworn in as president on <mark class="claim supported" id="draft-1-claim-1">March 20, 2019<sup><span class="tag">✓&#8239;1<\/span><\/sup><\/mark>/);
    assert.match(html, /met in Baku in <mark class="claim unsourced" id="draft-1-claim-(\d+)">2017<sup><span class="tag">\?&#8239;\1<\/span><\/sup><\/mark>/);
    assert.match(html, /<aside class="notes"><div class="note supported"><p class="verdict"><span class="tag">✓&#8239;1<\/span> Supported<\/p><p class="sourced"><span class="label">Source:<\/span> Tokayev is sworn in as President of Kazakhstan: 20 March 2019<\/p><blockquote>already on March 20, Tokayev was sworn in<\/blockquote>/);
  });

  it('shows the counts in each draft’s summary as the contents table does', () => {
    const section = html.slice(html.indexOf('id="draft-1"'));
    assert.equal(textAfter(section, 'data-count="supported"'), '8');
    assert.equal(textAfter(section, 'data-count="contradicted"'), '4');
    assert.equal(textAfter(section, 'data-count="unsourced"'), '1');
  });

  it('stands alone: no script, nothing to fetch, and a policy that would refuse both', () => {
    const names = new Set(tags(html).map((t) => t.name));
    for (const fetching of ['script', 'link', 'img', 'iframe', 'object']) assert.ok(!names.has(fetching), fetching);
    assert.doesNotMatch(html, /\ssrc=/);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
  });
});

describe('html format: everything from a draft or a source is escaped', () => {
  const hostile = `<script>alert('quote')</script></style><img src=x onerror=alert('quote')> `;
  let html: string;
  before(() => (html = htmlOf(hostileDraftAndSource(hostile), 'draft.md', '--facts', 'facts')));

  it('still finds the contradiction, so the hostile quote and source are on the page', () => {
    assert.match(html, /<del>August 21, 2022<\/del> → <ins>August 19, 2022<\/ins>/);
  });

  it('writes no tag or attribute of its own from them', () => {
    const found = tags(html);
    assert.deepEqual([...new Set(found.map((t) => t.name))].filter((n) => !TAGS.has(n)), []);
    assert.deepEqual([...new Set(found.flatMap((t) => t.attributes))].filter((a) => !ATTRIBUTES.has(a)), []);
    assert.equal(html.split('</style>').length, 2, 'one style element, closed once');
  });

  it('links only within the page or to the web: a javascript: URL is never a link', () => {
    const hrefs = tags(html).flatMap((t) => (t.href === undefined ? [] : [t.href]));
    assert.ok(hrefs.length > 0);
    for (const href of hrefs) assert.match(href, /^(#[\w-]+|https?:\/\/)/);
  });

  it('shows them as text, escaped', () => {
    assert.ok(html.includes('# &lt;script&gt;alert(&#39;draft&#39;)&lt;/script&gt; and &lt;/style&gt;'));
    assert.ok(html.includes('See [the source](javascript:alert(&#39;link&#39;)) and &lt;img src=x onerror=alert(&#39;img&#39;)&gt;.'));
    assert.ok(html.includes(`<blockquote>&lt;script&gt;alert(&#39;quote&#39;)&lt;/script&gt;&lt;/style&gt;&lt;img src=x onerror=alert(&#39;quote&#39;)&gt; ${SOCHI_QUOTE}</blockquote>`));
    assert.ok(html.includes('<cite>&lt;/style&gt;&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;</cite> · &lt;img src=x onerror=alert(&#39;author&#39;)&gt;'));
  });
});

const SOCHI_QUOTE = 'Mr. Tokayev visited the Sochi on August 19, 2022';

/**
 * A folder with a copy of the bundled fact base whose Sochi quote starts with `hostile`
 * (in the source text too, so it stays verbatim), whose source has markup for a title and
 * author and a javascript: URL, and a draft with markup and a javascript: link.
 */
function hostileDraftAndSource(hostile: string): string {
  const dir = tempDir();
  const facts = copyFacts(dir);
  const edit = (file: string, change: (text: string) => string) => fs.writeFileSync(path.join(facts, file), change(fs.readFileSync(path.join(facts, file), 'utf8')));
  edit('sources/000_744f50d4dd1e5be3.txt', (t) => t.replace(SOCHI_QUOTE, hostile + SOCHI_QUOTE));
  edit('facts.json', (t) => t.replace(JSON.stringify(SOCHI_QUOTE), JSON.stringify(hostile + SOCHI_QUOTE)));
  edit('sources.json', (t) =>
    t
      .replace('"Efforts to Strengthen the Regional Security Environment: Visit of the President of Kazakhstan to Sochi"', JSON.stringify(`</style><script>alert('title')</script>`))
      .replace('"author": "Doğacan Başaran"', `"author": ${JSON.stringify(`<img src=x onerror=alert('author')>`)}, "url": "javascript:alert('url')"`),
  );
  writeFiles(dir, {
    'draft.md': `# <script>alert('draft')</script> and </style>\n\nSee [the source](javascript:alert('link')) and <img src=x onerror=alert('img')>.\n\n${WRONG}`,
  });
  return dir;
}
