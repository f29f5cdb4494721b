import { UsageError, type CliArgs } from './args';
import { checkPlans } from './checkPlans';
import { Configs } from './configs';
import { coverageOf, type CoverageReport } from './coverage';
import { FactBases } from './factBases';
import { formatCoverageTable } from './formats/coverageTable';
import type { Io } from './main';
import { planDrafts } from './plan';

/** `facts coverage DRAFTS...`: the drafts are found, configured and checked as `check` does them. */
export async function factsCoverage(args: CliArgs, cwd: string, io: Io): Promise<void> {
  const format = args.format ?? 'table';
  if (format !== 'table' && format !== 'json') throw new UsageError(`unknown format "${format}" for facts coverage (choose table or json)`);
  const plans = planDrafts(args, args.patterns, cwd, new Configs());
  const factBases = new FactBases();
  const results = await checkPlans(plans, { factBases, tool: '', bundle: __filename, workers: args.workers });
  const report: CoverageReport = { version: 1, drafts: plans.map((p, i) => coverageOf(p, results[i], factBases.checker(p.factBaseDir))) };
  io.write(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatCoverageTable(report));
}
