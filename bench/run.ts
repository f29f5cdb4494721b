/**
 * `npm run bench [-- --quick] [-- --json FILE]`: generates the corpora and fact bases,
 * measures the engine, the floor, the server and the CLI beside its peers, prints one
 * table and, on a full run, writes it into the README's performance section.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeDraft, writeFolder } from './corpus';
import { flatness, keystrokes, loadCost, loadInProcess, throughput, warmUp } from './engine';
import { REAL_FACTS_DIR, writeSyntheticFactBase } from './factBases';
import { machine } from './machine';
import { misquoteBench } from './misquotes';
import { measure, tools } from './peers';
import { FULL, QUICK } from './plan';
import { writeTextlintConfig } from './prh';
import { writePerformanceSection } from './readme';
import type { Results } from './results';
import { serverBench } from './server';
import { table } from './table';
import { judge } from './targets';

const OUT = path.join(__dirname, 'out');
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

async function main(argv: string[]): Promise<void> {
  const plan = argv.includes('--quick') ? QUICK : FULL;
  const jsonAt = argv.indexOf('--json');
  const jsonFile = jsonAt >= 0 ? argv[jsonAt + 1] : undefined;
  if (jsonAt >= 0 && !jsonFile) throw new Error('--json needs a file name');

  log('writing corpora');
  const drafts = plan.drafts.map((d, i) => ({ ...d, file: path.join(OUT, 'corpus', `draft-${d.kib}k.md`), seed: 100 + i }));
  const corpora = drafts.map((d) => ({ name: d.name, ...writeDraft(d.file, d.kib * 1024, d.seed) }));
  const folder = path.join(OUT, 'corpus', 'folder');
  corpora.push({ name: `${plan.folder.count.toLocaleString('en-US')} drafts`, ...writeFolder(folder, plan.folder.count, plan.folder.kib * 1024, 200) });
  const draft100k = drafts.find((d) => d.kib === 100)!.file;

  log(`writing fact bases of ${plan.factBases.join(', ')} facts`);
  const bases = plan.factBases.map((facts) => ({ facts, dir: writeSyntheticFactBase(path.join(OUT, `facts-${facts}`), facts, facts) }));

  log('engine: warm-up, throughput and floor');
  const fb = loadInProcess(REAL_FACTS_DIR);
  warmUp(fb, fs.readFileSync(draft100k, 'utf8'));
  const engineThroughput = throughput(fb, drafts);
  log('engine: keystrokes');
  const engineKeystrokes = keystrokes(fb, draft100k, plan.keystrokes);
  log('engine: the misquote rule alone');
  const misquote = misquoteBench(fb, draft100k, plan.flatnessRuns, plan.keystrokes);
  log('engine: flatness over fact base sizes');
  const engineFlatness = flatness(draft100k, bases, plan.flatnessRuns);
  log('engine: fact base load cost');
  const loads = [REAL_FACTS_DIR, ...bases.map((b) => b.dir)].map((dir) => loadCost(dir, plan.loadRuns));

  log(`server: ${plan.server.edits} edits, ${plan.server.hovers} hovers`);
  const server = await serverBench(draft100k, plan.server.edits, plan.server.hovers);

  const targets: Record<string, string> = {
    '1 draft': path.join(folder, 'draft-0000.md'),
    '1,000 drafts': path.join(folder, '*.md'),
    '1 MB': path.join(OUT, 'corpus', 'draft-1024k.md'),
    '10 MB': path.join(OUT, 'corpus', 'draft-10240k.md'),
  };
  const peerTools = tools(writeTextlintConfig(path.join(OUT, 'peers')));
  const peers = plan.peers.flatMap(({ corpus, runs }) =>
    peerTools.map((tool) => {
      log(`cli: ${tool.name} on ${corpus} (${runs} runs)`);
      return measure(tool, corpus, path.relative(path.resolve(__dirname, '..'), targets[corpus]), runs);
    }),
  );

  const results: Results = { quick: plan.quick, machine: machine(), corpora, throughput: engineThroughput, keystrokes: engineKeystrokes, misquote, flatness: engineFlatness, loads, server, peers };
  const verdicts = judge(results);
  const rendered = table(results, verdicts);
  process.stdout.write(`${rendered}\n`);
  for (const t of verdicts) process.stdout.write(`${t.met ? 'met    ' : 'MISSED '} ${t.target}: ${t.figure}\n`);
  if (!plan.quick) writePerformanceSection(`${rendered}\nRun it with \`npm run bench\` (about ten minutes; \`-- --quick\` for a reduced set, \`-- --json FILE\` for every figure). The corpora and synthetic fact bases are generated into \`bench/out/\` from the bundled fact base with a fixed seed.`);
  if (jsonFile) fs.writeFileSync(jsonFile, JSON.stringify({ ...results, targets: verdicts }, null, 2));
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exit(1);
});
