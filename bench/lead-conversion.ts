/**
 * Lead conversion on a time split of the demo CRM: the lead model (our gradient boosting, the
 * lead-score model's learner and features) trained on the resolved leads created before a cutoff
 * (the first 70% of them in time) and tested on the later ones, beside scikit-learn's
 * GradientBoostingClassifier, HistGradientBoostingClassifier and LogisticRegression on the same
 * feature table (exported as CSV; the default seed's is kept as bench/results/lead-conversion-features.csv)
 * and the same split: AUC, Brier, a reliability table and training time, for five demo seeds (a
 * demo CRM has 400 leads, about 220 resolved, so one split tests on ~65 leads: the spread over
 * seeds says how far one figure can be trusted).
 *
 * `npm run bench -- lead-conversion` writes bench/results/lead-conversion.json.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LEAD_FEATURES } from '../src/ml/scoring/crm-features';
import { CrmRecords } from '../src/ml/scoring/crm-records';
import { leadConversionRows, trainLeadModelOnTimeSplit } from '../src/ml/scoring/lead-time-split';
import { DEFAULT_DEMO_SEED, generateDemoCrm } from '../src/store/seed';
import { runBinaryPeers, type BinaryModelFigures } from './peers/binary-peers';

const ROOT = path.resolve(__dirname, '..').replace(/[\\/]dist$/, '');
/** The demo's fixed anchor (the shipped lead-score model's day), so every run sees the same leads. */
const ANCHOR = new Date(Date.UTC(2026, 10, 25));
const SEEDS = [DEFAULT_DEMO_SEED, 1, 2, 3, 4];
const TRAIN_SHARE = 0.7;
const BINS = 5;

/** One seed's run: the split and every model's figures on it. */
interface SeedRun {
  seed: number;
  cutoff: string;
  trainLeads: number;
  testLeads: number;
  testConversionRate: number;
  sklearn: string;
  models: Record<string, ModelFigures>;
}

type ModelFigures = BinaryModelFigures;

/** Runs the comparison and returns its summary. */
export async function runLeadConversionBench(
  options: { seeds?: number[]; log?: (line: string) => void } = {},
): Promise<Record<string, unknown>> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const work = mkdtempSync(path.join(tmpdir(), 'crmpro-bench-lead-conversion-'));
  const runs: SeedRun[] = [];
  for (const seed of options.seeds ?? SEEDS) {
    const crm = generateDemoCrm({ seed, scale: 1, anchor: ANCHOR });
    const records = new CrmRecords(crm.deals, crm.accounts, crm.contacts, crm.interactions, crm.leads);
    const ours = trainLeadModelOnTimeSplit(records, ANCHOR, {
      trainShare: TRAIN_SHARE,
      reliabilityBins: BINS,
    });
    const csv = path.join(work, `features-${seed}.csv`);
    writeFileSync(csv, featureCsv(records, ours.split.train, ours.split.test));
    if (seed === DEFAULT_DEMO_SEED)
      copyFileSync(csv, path.join(ROOT, 'bench', 'results', 'lead-conversion-features.csv'));
    const peers = runBinaryPeers(csv, { label: 'converted', ignore: ['lead_id', 'created_at'], bins: BINS });
    const models: Record<string, ModelFigures> = {
      'crmpro gradient boosting (Platt-calibrated)': {
        auc: ours.auc,
        brier: ours.brier,
        reliability: ours.reliability,
        trainSeconds: ours.trainSeconds,
      },
      ...peers.models,
    };
    const testRate = ours.labels.reduce((sum, label) => sum + label, 0) / Math.max(1, ours.labels.length);
    log(
      `seed ${seed}: cutoff ${ours.split.cutoff.toISOString().slice(0, 10)}, ${ours.split.train.length} train / ${ours.split.test.length} test leads; ` +
        Object.entries(models)
          .map(
            ([name, m]) =>
              `${name.replace(/ \(.*\)$/, '')} AUC ${m.auc.toFixed(3)} Brier ${m.brier.toFixed(3)}`,
          )
          .join('; '),
    );
    runs.push({
      seed,
      cutoff: ours.split.cutoff.toISOString(),
      trainLeads: ours.split.train.length,
      testLeads: ours.split.test.length,
      testConversionRate: testRate,
      sklearn: peers.sklearn,
      models,
    });
  }
  const names = Object.keys(runs[0]!.models);
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const summary = Object.fromEntries(
    names.map((name) => {
      const aucs = runs.map((r) => r.models[name]!.auc);
      const briers = runs.map((r) => r.models[name]!.brier);
      return [
        name,
        {
          meanAuc: mean(aucs),
          minAuc: Math.min(...aucs),
          maxAuc: Math.max(...aucs),
          meanBrier: mean(briers),
          meanTrainSeconds: mean(runs.map((r) => r.models[name]!.trainSeconds)),
        },
      ];
    }),
  );
  for (const [name, figures] of Object.entries(summary))
    log(
      `${name}: mean AUC ${figures.meanAuc.toFixed(3)} [${figures.minAuc.toFixed(3)}, ${figures.maxAuc.toFixed(3)}], mean Brier ${figures.meanBrier.toFixed(3)}, training ${figures.meanTrainSeconds.toFixed(3)} s`,
    );
  return {
    data: `demo CRM (400 leads, anchor ${ANCHOR.toISOString().slice(0, 10)}), seeds ${runs.map((r) => r.seed).join(', ')}: the resolved leads (converted or disqualified)`,
    protocol: `time split: leads created before the cutoff (the first ${TRAIN_SHARE * 100}% of resolved leads by creation time) train, the later ones test; the same feature table (bench/results/lead-conversion-features.csv for seed ${DEFAULT_DEMO_SEED}) and split for every model; reliability in ${BINS} equal-width bands of predicted probability`,
    features: LEAD_FEATURES.map((f) => f.name),
    planted:
      'outcome from source, senior title and touches (engagement); company e-mail, company size and industry drawn given the outcome (fit); see src/store/seed/demo-leads.ts',
    summary,
    runs,
    node: process.version,
  };
}

/** The feature table as CSV: one row per resolved lead, the model's features, the outcome and the split. */
function featureCsv(records: CrmRecords, train: CrmRecords['leads'], test: CrmRecords['leads']): string {
  const names = LEAD_FEATURES.map((f) => f.name);
  const lines = [['lead_id', 'created_at', ...names, 'converted', 'split'].join(',')];
  for (const [part, leads] of [
    ['train', train],
    ['test', test],
  ] as const) {
    const { rows, labels } = leadConversionRows(leads, records, ANCHOR);
    rows.forEach((row, i) => {
      const cells = names.map((name) => csvCell(row[name]));
      lines.push(
        [leads[i]!._id, leads[i]!.createdAt!.toISOString(), ...cells, String(labels[i]), part].join(','),
      );
    });
  }
  return `${lines.join('\n')}\n`;
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

if (require.main === module) {
  runLeadConversionBench().then(
    (summary) => process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`),
    (error) => {
      process.stderr.write(`${(error as Error).stack}\n`);
      process.exitCode = 1;
    },
  );
}
