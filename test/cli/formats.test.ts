import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatGithub } from '../../server/src/cli/formats/github';
import { formatJson } from '../../server/src/cli/formats/json';
import { formatJunit } from '../../server/src/cli/formats/junit';
import { formatSarif } from '../../server/src/cli/formats/sarif';
import { formatStylish } from '../../server/src/cli/formats/stylish';
import { buildReport, type FileReport, type ReportFinding, type ReportSupport } from '../../server/src/cli/report';
import { sarifSchemaErrors } from './sarifSchema';
import { WRONG, sourcecheck, tempDir } from './helpers';

const OPTIONS = { color: false, version: '9.9.9' };

function finding(over: Partial<ReportFinding> = {}): ReportFinding {
  return {
    rule: 'date-contradiction',
    severity: 'error',
    message: 'The draft says “August 21, 2022”, but the source says 19 August 2022',
    range: { start: { line: 0, character: 25 }, end: { line: 0, character: 40 } },
    fix: { newText: 'August 19, 2022' },
    factId: 'tokayev-sochi-visit-date',
    sourceId: 'basaran-sochi-visit',
    claimText: 'August 21, 2022',
    evidence: {
      file: 'facts/sources/003_sochi.txt',
      range: { start: { line: 4, character: 10 }, end: { line: 4, character: 58 } },
      quote: 'Mr. Tokayev visited the Sochi on August 19, 2022',
      fact: 'Tokayev visits Sochi and meets Putin: 19 August 2022',
      source: { title: 'Visit of the President of Kazakhstan to Sochi', author: 'Doğacan Başaran', date: '2022 (inferred)' },
    },
    ...over,
  };
}

/** A draft of the report: the sentence the fixture's finding is about, on its first line. */
function draft(path: string, findings: ReportFinding[], supported: ReportSupport[] = []): FileReport {
  return { path, text: WRONG, findings, supported };
}

const REPORT = buildReport([
  draft('drafts/a.md', [finding()]),
  draft('drafts/b.md', [], [{ range: finding().range, factId: 'x', claimText: 'August 21, 2022' }]),
]);

describe('output formats (each a pure function of the report)', () => {
  describe('stylish', () => {
    it('lists each finding under its draft, with its place, severity, fix and rule, then the totals', () => {
      const text = formatStylish(REPORT, OPTIONS);
      assert.match(text, /^drafts\/a\.md\n {2}1:26 +error +The draft says “August 21, 2022”.*\(fix: August 19, 2022\) +date-contradiction$/m);
      assert.doesNotMatch(text, /drafts\/b\.md/);
      assert.match(text, /2 files checked: 1 error, 0 warnings, 0 info, 1 supported claim\n$/);
    });
  });

  describe('json', () => {
    it('keeps to the documented contract, whatever else the report carries', () => {
      const report = JSON.parse(formatJson(REPORT));
      assert.deepEqual(Object.keys(report), ['version', 'files', 'summary']);
      assert.deepEqual(Object.keys(report.files[0]), ['path', 'findings', 'supported']);
      assert.deepEqual(Object.keys(report.files[0].findings[0]), ['rule', 'severity', 'message', 'range', 'fix', 'factId', 'sourceId']);
      assert.deepEqual(Object.keys(report.files[1].supported[0]), ['range', 'factId']);
      assert.deepEqual(report.summary, { files: 2, errors: 1, warnings: 0, infos: 0, supported: 1 });
    });
  });

  describe('sarif', () => {
    const log = JSON.parse(formatSarif(REPORT, OPTIONS));
    const [result] = log.runs[0].results;

    it('is valid against the official SARIF 2.1.0 JSON Schema', () => {
      assert.equal(sarifSchemaErrors(log), '');
    });

    it('describes every rule once, with a description and help text', () => {
      const rules = log.runs[0].tool.driver.rules;
      assert.deepEqual(
        rules.map((r: { id: string }) => r.id),
        ['date-contradiction', 'figure-contradiction', 'name-contradiction', 'name-spelling', 'misquote', 'unsourced-claim', 'unused-ignore'],
      );
      for (const r of rules) assert.ok(r.shortDescription.text && r.fullDescription.text && r.help.text, r.id);
      assert.equal(log.runs[0].tool.driver.version, '9.9.9');
    });

    it('puts the result on the claim, 1-based, in UTF-16 columns', () => {
      assert.equal(result.ruleId, 'date-contradiction');
      assert.equal(result.level, 'error');
      assert.equal(log.runs[0].columnKind, 'utf16CodeUnits');
      assert.deepEqual(result.locations[0].physicalLocation, {
        artifactLocation: { uri: 'drafts/a.md' },
        region: { startLine: 1, startColumn: 26, endLine: 1, endColumn: 41 },
      });
    });

    it('carries the sourced value as a fix and the source passage as a related location', () => {
      assert.deepEqual(result.fixes[0].artifactChanges[0].replacements[0], {
        deletedRegion: { startLine: 1, startColumn: 26, endLine: 1, endColumn: 41 },
        insertedContent: { text: 'August 19, 2022' },
      });
      assert.deepEqual(result.relatedLocations[0].physicalLocation, {
        artifactLocation: { uri: 'facts/sources/003_sochi.txt' },
        region: { startLine: 5, startColumn: 11, endLine: 5, endColumn: 59 },
      });
    });

    it('maps info and hint to note', () => {
      const notes = JSON.parse(formatSarif(buildReport([draft('a.md', [finding({ severity: 'info' }), finding({ severity: 'hint' })])]), OPTIONS));
      assert.deepEqual(notes.runs[0].results.map((r: { level: string }) => r.level), ['note', 'note']);
    });

    it('from the CLI: the related location is the very quote in the source text', () => {
      const dir = tempDir({ 'a.md': WRONG });
      const run = sourcecheck(['check', 'a.md', '--format', 'sarif'], dir);
      assert.equal(run.code, 1);
      const fromCli = JSON.parse(run.stdout);
      assert.equal(sarifSchemaErrors(fromCli), '');
      const related = fromCli.runs[0].results[0].relatedLocations[0].physicalLocation;
      const lines = fs.readFileSync(fileURLToPath(related.artifactLocation.uri), 'utf8').split('\n');
      const { startLine, startColumn, endColumn } = related.region;
      assert.match(lines[startLine - 1].slice(startColumn - 1, endColumn - 1), /August 19, 2022/);
    });
  });

  describe('github', () => {
    it('writes an annotation on the claim, escaping the message and the properties as GitHub requires', () => {
      const text = formatGithub(
        buildReport([draft('drafts/a,b:c.md', [finding({ message: '100% wrong\r\nsee: the source, line 2', fix: { newText: '19, 2022' } })])]),
      );
      assert.equal(
        text.split('\n')[0],
        '::error file=drafts/a%2Cb%3Ac.md,line=1,col=26,endLine=1,endColumn=40,title=date-contradiction (fix%3A 19%2C 2022)::100%25 wrong%0D%0Asee: the source, line 2',
      );
    });

    it('annotates at most 10 errors and 10 warnings, logs the rest, and ends with one notice of the totals', () => {
      const many = (severity: string, n: number) => Array.from({ length: n }, () => finding({ severity }));
      const text = formatGithub(buildReport([draft('a.md', [...many('error', 12), ...many('warning', 11), ...many('info', 3)])]));
      const lines = text.trimEnd().split('\n');
      assert.equal(lines.filter((l) => l.startsWith('::error ')).length, 10);
      assert.equal(lines.filter((l) => l.startsWith('::warning ')).length, 10);
      assert.equal(lines.filter((l) => l.startsWith('a.md:1:26: ')).length, 3);
      assert.equal(lines.at(-1), '::notice title=Source Check::Source Check: 12 errors, 11 warnings, 3 info in 1 draft; 3 more not annotated (GitHub shows 10 per kind): see the log');
    });

    it('never fails because of the limit: the exit code counts errors only', () => {
      const drafts = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`d${String(i).padStart(2, '0')}.md`, WRONG]));
      const run = sourcecheck(['check', '.', '--format', 'github'], tempDir(drafts));
      assert.equal(run.code, 1);
      assert.equal(run.stdout.split('\n').filter((l) => l.startsWith('::error ')).length, 10);
      assert.match(run.stdout, /::notice title=Source Check::Source Check: 12 errors, 0 warnings, 0 info in 12 drafts; 2 more not annotated/);
    });
  });

  describe('junit', () => {
    it('makes one test case per draft, failed when the draft has an error, with every finding in it', () => {
      const xml = formatJunit(REPORT);
      assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="sourcecheck" tests="2" failures="1" errors="0">/);
      assert.equal(xml.match(/<testcase /g)?.length, 2);
      assert.match(xml, /<testcase classname="sourcecheck" name="drafts\/a\.md" file="drafts\/a\.md">\n {6}<failure message="1 error: The draft says/);
      assert.match(xml, /drafts\/a\.md:1:26 error The draft says .* \(fix: August 19, 2022\) \[date-contradiction\]<\/failure>/);
      assert.match(xml, /<testcase classname="sourcecheck" name="drafts\/b\.md" file="drafts\/b\.md" \/>/);
    });

    it('escapes what XML cannot hold as it is', () => {
      const xml = formatJunit(buildReport([draft('a&b.md', [finding({ message: 'says <5> & "6"\u0007' })])]));
      assert.match(xml, /name="a&amp;b\.md"/);
      assert.match(xml, /says &lt;5&gt; &amp; &quot;6&quot;/);
      assert.doesNotMatch(xml, /\u0007/);
    });

    it('keeps a draft with only warnings passing, its findings in the output', () => {
      const xml = formatJunit(buildReport([draft('a.md', [finding({ severity: 'warning' })])]));
      assert.match(xml, /failures="0"/);
      assert.match(xml, /<system-out>a\.md:1:26 warning /);
    });
  });
});
