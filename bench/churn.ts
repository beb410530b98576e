/**
 * Churn on a time split of the demo CRM: the churn model (our gradient boosting, Platt-calibrated,
 * src/ml/churn) trained on the monthly account snapshots whose 90-day label windows end by the last
 * settled cutoff T, and tested on the snapshot at T, beside scikit-learn's
 * GradientBoostingClassifier, HistGradientBoostingClassifier and LogisticRegression on the same
 * feature table (exported as CSV to a temporary directory the log names: 1.7 MB a seed, too big to
 * keep in the repository) and the same split: AUC, Brier (with the base rate's), a reliability table and training time, for
 * three demo seeds. Nothing is tuned on the test cutoff: every model runs with its defaults (ours
 * picks its number of rounds by cross-validation on the training rows).
 *
 * `npm run bench -- churn` writes bench/results/churn.json.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { accountHistories } from '../src/ml/churn/account-history';
import { CHURN_FEATURES } from '../src/ml/churn/churn-features';
import {
  churnSnapshots,
  DEFAULT_SNAPSHOT_PLAN,
  snapshotCutoffs,
  snapshotsWhere,
  type ChurnSnapshots,
} from '../src/ml/churn/churn-snapshots';
import { brierScore, calibrationTable, rocAuc } from '../src/ml/scoring/classification-metrics';
import { crmFeatureTable } from '../src/ml/scoring/crm-features';
import { trainScoringModel } from '../src/ml/scoring/train-scoring-model';
import { scoreSentiment } from '../src/ml/sentiment';
import { DEFAULT_DEMO_SEED, generateDemoCrm } from '../src/store/seed';
import { runBinaryPeers, type BinaryModelFigures } from './peers/binary-peers';

/** The demo's fixed anchor (as the lead-conversion bench), so every run sees the same accounts. */
const ANCHOR = new Date(Date.UTC(2026, 10, 25));
const SEEDS = [DEFAULT_DEMO_SEED, 1, 2];
const BINS = 10;
const DAY = 86_400_000;

type ModelFigures = BinaryModelFigures;

/** One seed's run: the split and every model's figures on it. */
interface SeedRun {
  seed: number;
  testCutoff: string;
  trainCutoffs: number;
  trainRows: number;
  trainPositives: number;
  testRows: number;
  testPositives: number;
  baseRateBrier: number;
  sklearn: string;
  models: Record<string, ModelFigures>;
}

/** Runs the comparison and returns its summary. */
export async function runChurnBench(
  options: { seeds?: number[]; log?: (line: string) => void } = {},
): Promise<Record<string, unknown>> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const work = mkdtempSync(path.join(tmpdir(), 'crmpro-bench-churn-'));
  const runs: SeedRun[] = [];
  for (const seed of options.seeds ?? SEEDS) {
    const crm = generateDemoCrm({ seed, scale: 1, anchor: ANCHOR });
    for (const interaction of crm.interactions) interaction.sentiment = scoreSentiment(interaction.summary);
    const histories = accountHistories(crm, scoreSentiment);
    const cutoffs = snapshotCutoffs(histories, ANCHOR, DEFAULT_SNAPSHOT_PLAN);
    const testCutoff = cutoffs.at(-1)!;
    const trainUntil = testCutoff - DEFAULT_SNAPSHOT_PLAN.horizonDays * DAY;
    const all = churnSnapshots(histories, cutoffs, DEFAULT_SNAPSHOT_PLAN.horizonDays);
    const train = snapshotsWhere(all, (cutoff) => cutoff <= trainUntil);
    const test = snapshotsWhere(all, (cutoff) => cutoff === testCutoff);

    const started = performance.now();
    const model = trainScoringModel(crmFeatureTable(train.rows, CHURN_FEATURES), train.labels).model;
    const trainSeconds = (performance.now() - started) / 1000;
    const probabilities = model.probabilities(crmFeatureTable(test.rows, CHURN_FEATURES));

    const csv = path.join(work, `features-${seed}.csv`);
    writeFileSync(csv, featureCsv(train, test));
    log(`seed ${seed}: feature table ${csv}`);
    const peers = runBinaryPeers(csv, { label: 'lost', ignore: ['account_id', 'cutoff'], bins: BINS });
    const models: Record<string, ModelFigures> = {
      'crmpro gradient boosting (Platt-calibrated)': {
        auc: rocAuc(test.labels, probabilities),
        brier: brierScore(test.labels, probabilities),
        reliability: calibrationTable(test.labels, probabilities, BINS),
        trainSeconds,
      },
      ...peers.models,
    };
    const sum = (labels: Uint8Array) => labels.reduce((total, label) => total + label, 0);
    const baseRate = sum(train.labels) / train.labels.length;
    const baseRateBrier = brierScore(test.labels, new Float64Array(test.labels.length).fill(baseRate));
    log(
      `seed ${seed}: test cutoff ${new Date(testCutoff).toISOString().slice(0, 10)}, ${train.labels.length} train rows (${sum(train.labels)} lost) / ${test.labels.length} test (${sum(test.labels)} lost); ` +
        Object.entries(models)
          .map(
            ([name, m]) =>
              `${name.replace(/ \(.*\)$/, '')} AUC ${m.auc.toFixed(3)} Brier ${m.brier.toFixed(4)}`,
          )
          .join('; ') +
        `; base rate Brier ${baseRateBrier.toFixed(4)}`,
    );
    runs.push({
      seed,
      testCutoff: new Date(testCutoff).toISOString(),
      trainCutoffs: new Set(train.cutoffs).size,
      trainRows: train.labels.length,
      trainPositives: sum(train.labels),
      testRows: test.labels.length,
      testPositives: sum(test.labels),
      baseRateBrier,
      sklearn: peers.sklearn,
      models,
    });
  }
  const names = Object.keys(runs[0]!.models);
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const summary = Object.fromEntries(
    names.map((name) => {
      const aucs = runs.map((r) => r.models[name]!.auc);
      return [
        name,
        {
          meanAuc: mean(aucs),
          minAuc: Math.min(...aucs),
          maxAuc: Math.max(...aucs),
          meanBrier: mean(runs.map((r) => r.models[name]!.brier)),
          meanTrainSeconds: mean(runs.map((r) => r.models[name]!.trainSeconds)),
        },
      ];
    }),
  );
  for (const [name, figures] of Object.entries(summary))
    log(
      `${name}: mean AUC ${figures.meanAuc.toFixed(3)} [${figures.minAuc.toFixed(3)}, ${figures.maxAuc.toFixed(3)}], mean Brier ${figures.meanBrier.toFixed(4)}, training ${figures.meanTrainSeconds.toFixed(2)} s`,
    );
  return {
    data: `demo CRM at scale 1 (2,000 accounts, anchor ${ANCHOR.toISOString().slice(0, 10)}), seeds ${runs.map((r) => r.seed).join(', ')}: one row per active customer and monthly cutoff`,
    protocol: `time split: label = churned or let a renewal lapse within ${DEFAULT_SNAPSHOT_PLAN.horizonDays} days of the cutoff; cutoffs every ${DEFAULT_SNAPSHOT_PLAN.everyDays} days up to ${DEFAULT_SNAPSHOT_PLAN.horizonDays + DEFAULT_SNAPSHOT_PLAN.settleDays} days before the anchor (labels complete); the last cutoff T tests, the cutoffs up to T - ${DEFAULT_SNAPSHOT_PLAN.horizonDays} days train; the same feature table (the CSV the log names) and split for every model; default settings, nothing tuned on T; reliability in ${BINS} equal-width bands`,
    features: CHURN_FEATURES.map((f) => f.name),
    planted:
      'churn and lapsed renewals preceded (with noise) by stopped orders, ended touches, souring summaries, a champion who left and high-priority cases; see src/store/seed/account-health.ts',
    meanBaseRateBrier: mean(runs.map((r) => r.baseRateBrier)),
    summary,
    runs,
    node: process.version,
  };
}

/** The feature table as CSV: one row per account and cutoff, the model's features, the label and the split. */
function featureCsv(train: ChurnSnapshots, test: ChurnSnapshots): string {
  const names = CHURN_FEATURES.map((f) => f.name);
  const lines = [['account_id', 'cutoff', ...names, 'lost', 'split'].join(',')];
  for (const [part, snapshots] of [
    ['train', train],
    ['test', test],
  ] as const) {
    snapshots.rows.forEach((row, i) => {
      const cells = names.map((name) => csvCell(row[name]));
      const cutoff = new Date(snapshots.cutoffs[i]!).toISOString().slice(0, 10);
      lines.push([snapshots.accountIds[i]!, cutoff, ...cells, String(snapshots.labels[i]), part].join(','));
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
  runChurnBench().then(
    (summary) => process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`),
    (error) => {
      process.stderr.write(`${(error as Error).stack}\n`);
      process.exitCode = 1;
    },
  );
}
