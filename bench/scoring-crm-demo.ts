/**
 * The lead-score models trained from the full demo CRM (10,000 deals, 100,000 interactions, 400
 * leads; its win and conversion rules are known, see src/store/seed/win-model.ts): held-out AUC and
 * Brier, training time, and which factors the model leans on, next to the planted ones.
 * With `--save DIR`, also writes the artifact (models/lead-score/<version>/) there.
 *
 * Run alone: `npx tsx bench/scoring-crm-demo.ts [--save models]`; `bench/run.ts` calls `runScoringCrmBench()`.
 * `npm run bench -- scoring-crm-demo` writes bench/results/scoring-crm-demo.json.
 */
import { saveLeadScore, trainLeadScore } from '../src/ml/scoring/crm-lead-score';
import { CrmRecords } from '../src/ml/scoring/crm-records';
import { DEFAULT_DEMO_SEED, generateDemoCrm, startOfUtcDay } from '../src/store/seed';

/** Trains on the demo CRM and returns (and writes) the summary. */
export async function runScoringCrmBench(
  options: { save?: string; anchor?: Date; log?: (line: string) => void } = {},
): Promise<Record<string, unknown>> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const anchor = options.anchor ?? startOfUtcDay(new Date());
  let started = performance.now();
  const crm = generateDemoCrm({ seed: DEFAULT_DEMO_SEED, scale: 1, anchor });
  log(`generated the demo CRM in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const records = new CrmRecords(crm.deals, crm.accounts, crm.contacts, crm.interactions, crm.leads);
  started = performance.now();
  const cpu = process.cpuUsage();
  const trained = trainLeadScore(records, anchor);
  const used = process.cpuUsage(cpu);
  const seconds = (performance.now() - started) / 1000;
  const { card } = trained.model;
  log(
    `trained in ${seconds.toFixed(1)} s: deal AUC ${card.metrics.deal.auc.toFixed(3)}, lead AUC ${card.metrics.lead?.auc.toFixed(3) ?? 'n/a'}`,
  );
  const dir = options.save ? await saveLeadScore(options.save, trained) : undefined;
  if (dir) log(`saved to ${dir}`);
  const summary = {
    data: `demo CRM, seed ${DEFAULT_DEMO_SEED}, anchor ${anchor.toISOString().slice(0, 10)}: ${card.data.closedDeals} closed deals (${card.data.won} won), ${card.data.resolvedLeads} resolved leads`,
    protocol:
      'deal rows at 2 points in the life of each closed deal; stratified 80/20 split by deal (seed 42) for the held-out figures; final model on all deals',
    metrics: card.metrics,
    trainingSeconds: seconds,
    trainingCpuSeconds: (used.user + used.system) / 1e6,
    dealImportances: card.importances.deal,
    leadImportances: card.importances.lead,
    planted: {
      deal: 'industry, size, region, deal type, meetings, calls, days since last meeting/call, champion, deal age (emails, notes, amount, currency, owner: no effect)',
      lead: 'source, senior title, touches; company e-mail, head count and industry drawn given the outcome (fit)',
    },
    savedTo: dir,
    node: process.version,
    measuredAt: new Date().toISOString(),
  };
  return summary;
}

if (require.main === module) {
  const at = process.argv.indexOf('--save');
  runScoringCrmBench({ save: at >= 0 ? process.argv[at + 1] : undefined }).then(
    (summary) => process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`),
    (error) => {
      process.stderr.write(`${(error as Error).stack}\n`);
      process.exitCode = 1;
    },
  );
}
