import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Range } from '../../engine/index';
import type { Report, ReportFinding } from '../report';
import { RULE_HELP } from '../ruleHelp';
import type { FormatOptions } from './index';

const LEVEL: Record<string, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/**
 * SARIF 2.1.0, for code-scanning views: one rule per rule id with its help, each result
 * at the claim, the sourced value as a fix, and the source passage as a related location
 * so that the view shows where the evidence is. Columns are UTF-16 code units, as the
 * report's ranges are, and 1-based as SARIF counts them.
 */
export function formatSarif(report: Report, options: FormatOptions): string {
  const ruleIds = Object.keys(RULE_HELP);
  const results = report.files.flatMap((file) => file.findings.map((f) => result(file.path, f, ruleIds)));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Source Check',
            version: options.version,
            rules: ruleIds.map((id) => {
              const h = RULE_HELP[id];
              return {
                id,
                name: h.name,
                shortDescription: { text: h.short },
                fullDescription: { text: h.full },
                help: { text: h.help, markdown: h.help },
                defaultConfiguration: { level: h.defaultLevel },
              };
            }),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function result(draft: string, f: ReportFinding, ruleIds: string[]) {
  const location = { artifactLocation: { uri: uri(draft) }, region: region(f.range) };
  return {
    ruleId: f.rule,
    ...(ruleIds.includes(f.rule) ? { ruleIndex: ruleIds.indexOf(f.rule) } : {}),
    level: LEVEL[f.severity] ?? 'note',
    message: { text: f.message },
    locations: [{ physicalLocation: location }],
    // The claim's words, not its line: the alert stays the same alert when lines move.
    partialFingerprints: { 'sourcecheck/claim/v1': createHash('sha256').update(`${draft}\0${f.rule}\0${f.claimText}`).digest('hex') },
    ...(f.evidence
      ? {
          relatedLocations: [
            {
              id: 1,
              message: { text: `The source passage${f.sourceId ? ` (${f.sourceId})` : ''}` },
              physicalLocation: { artifactLocation: { uri: uri(f.evidence.file) }, region: region(f.evidence.range) },
            },
          ],
        }
      : {}),
    ...(f.fix
      ? {
          fixes: [
            {
              description: { text: `Replace “${f.claimText}” with “${f.fix.newText}”` },
              artifactChanges: [
                { artifactLocation: { uri: uri(draft) }, replacements: [{ deletedRegion: region(f.range), insertedContent: { text: f.fix.newText } }] },
              ],
            },
          ],
        }
      : {}),
  };
}

function region(r: Range) {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

/** A path relative to the run's folder stays a relative URI (code scanning wants it so); an absolute one becomes file:. */
function uri(file: string): string {
  if (path.isAbsolute(file)) return pathToFileURL(file).href;
  return file.split(path.sep).map(encodeURIComponent).join('/');
}
