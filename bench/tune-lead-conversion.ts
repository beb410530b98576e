/**
 * Tuning of the lead conversion model's learner settings on the TRAINING period only. For each demo
 * seed, the resolved leads are cut in time as the lead-conversion bench cuts them (the first 70% by
 * creation time train, the later ones test); the test leads are never read. The training period is
 * cut again in time (its first 70% fit, the rest validate) and each candidate is trained on the fit
 * leads and judged by ROC-AUC (and Brier) on the validation leads. A validation part holds about 45
 * leads, so the figure is averaged over the bench's five seeds and ten more: the bench then reports
 * the chosen candidate on the untouched test leads.
 *
 * Run: `npx tsx bench/tune-lead-conversion.ts`. Writes bench/results/lead-conversion-tuning.json.
 */
import { brierScore, rocAuc } from '../src/ml/scoring/classification-metrics';
import { CrmRecords } from '../src/ml/scoring/crm-records';
import { LEAD_TRAINING_OPTIONS } from '../src/ml/scoring/crm-lead-score';
import { leadConversionRows, leadTimeSplit } from '../src/ml/scoring/lead-time-split';
import { trainScoringModel, type ScoringTrainingOptions } from '../src/ml/scoring/train-scoring-model';
import { DEFAULT_DEMO_SEED, generateDemoCrm } from '../src/store/seed';
import { writeResult } from './scoring-bank-marketing';

/** The lead-conversion bench's anchor and train share (bench/lead-conversion.ts). */
const ANCHOR = new Date(Date.UTC(2026, 10, 25));
const TRAIN_SHARE = 0.7;
/** The bench's seeds first, then ten more: only their training periods are read. */
const SEEDS = [DEFAULT_DEMO_SEED, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];

const CANDIDATES: Record<string, ScoringTrainingOptions> = {
  'the scoring defaults (15 leaves, lr 0.1, 20 rows a leaf)': { params: {} },
  '4 leaves, lr 0.05': { params: { maxLeaves: 4, learningRate: 0.05 } },
  '4 leaves, lr 0.05, 10 rows a leaf': { params: { maxLeaves: 4, learningRate: 0.05, minSamplesLeaf: 10 } },
  '3 leaves, lr 0.05, l2 5': { params: { maxLeaves: 3, learningRate: 0.05, l2: 5 } },
  'stumps (2 leaves), lr 0.1': { params: { maxLeaves: 2 } },
  'stumps, lr 0.05': { params: { maxLeaves: 2, learningRate: 0.05 } },
  'stumps, lr 0.05, 10 rows a leaf': { params: { maxLeaves: 2, learningRate: 0.05, minSamplesLeaf: 10 } },
  'stumps, lr 0.05, 10 rows a leaf, l2 5': {
    params: { maxLeaves: 2, learningRate: 0.05, minSamplesLeaf: 10, l2: 5 },
  },
  'stumps, lr 0.05, 5 rows a category': {
    params: { maxLeaves: 2, learningRate: 0.05, minSamplesPerCategory: 5 },
  },
  'stumps, lr 0.02': { params: { maxLeaves: 2, learningRate: 0.02 } },
  'stumps, lr 0.05, 5 rows a leaf, l2 5': {
    params: { maxLeaves: 2, learningRate: 0.05, minSamplesLeaf: 5, l2: 5 },
  },
  'stumps, lr 0.05, 10 rows a leaf, l2 10': {
    params: { maxLeaves: 2, learningRate: 0.05, minSamplesLeaf: 10, l2: 10 },
  },
  'stumps, lr 0.05, 10 rows a leaf, l2 5, 20 rows a category': {
    params: { maxLeaves: 2, learningRate: 0.05, minSamplesLeaf: 10, l2: 5, minSamplesPerCategory: 20 },
  },
  '3 leaves, lr 0.05, 10 rows a leaf, l2 5': {
    params: { maxLeaves: 3, learningRate: 0.05, minSamplesLeaf: 10, l2: 5 },
  },
};

async function main(): Promise<void> {
  const started = performance.now();
  const names = Object.keys(CANDIDATES);
  const aucs: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  const briers: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (const seed of SEEDS) {
    const crm = generateDemoCrm({ seed, scale: 1, anchor: ANCHOR });
    const records = new CrmRecords(crm.deals, crm.accounts, crm.contacts, crm.interactions, crm.leads);
    const trainingPeriod = leadTimeSplit(records.leads, { trainShare: TRAIN_SHARE }).train;
    const inner = leadTimeSplit(trainingPeriod, { trainShare: TRAIN_SHARE });
    const fit = leadConversionRows(inner.train, records, ANCHOR);
    const check = leadConversionRows(inner.test, records, ANCHOR);
    const line: string[] = [];
    for (const name of names) {
      const model = trainScoringModel(fit.table, fit.labels, CANDIDATES[name]).model;
      const probabilities = model.probabilities(check.table);
      aucs[name]!.push(rocAuc(check.labels, probabilities));
      briers[name]!.push(brierScore(check.labels, probabilities));
      line.push(`${aucs[name]!.at(-1)!.toFixed(3)}`);
    }
    process.stderr.write(
      `seed ${seed}: ${inner.train.length} fit / ${inner.test.length} validation leads; AUC ${line.join(' ')}\n`,
    );
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const baseline = aucs[names[0]!]!;
  const candidates = Object.fromEntries(
    names.map((name) => [
      name,
      {
        options: CANDIDATES[name],
        meanValidationAuc: mean(aucs[name]!),
        meanValidationBrier: mean(briers[name]!),
        beatsDefaults: aucs[name]!.filter((auc, i) => auc > baseline[i]!).length,
        seeds: aucs[name]!.length,
      },
    ]),
  );
  const chosen = names.reduce((best, name) =>
    candidates[name]!.meanValidationAuc > candidates[best]!.meanValidationAuc ? name : best,
  );
  for (const [name, figures] of Object.entries(candidates))
    process.stderr.write(
      `${name}: mean validation AUC ${figures.meanValidationAuc.toFixed(4)}, Brier ${figures.meanValidationBrier.toFixed(4)}, beats the defaults on ${figures.beatsDefaults}/${figures.seeds} seeds\n`,
    );
  process.stderr.write(`chosen: ${chosen}; in use: ${JSON.stringify(LEAD_TRAINING_OPTIONS)}\n`);
  writeResult('lead-conversion-tuning.json', {
    protocol: `demo CRM (anchor ${ANCHOR.toISOString().slice(0, 10)}), seeds ${SEEDS.join(', ')}: per seed only the lead-conversion bench's training period (the first ${TRAIN_SHARE * 100}% of resolved leads by creation time) is read; its first ${TRAIN_SHARE * 100}% fit and the rest validate; mean ROC-AUC on the validation leads (the bench's test leads are never read)`,
    candidates,
    chosen,
    inUse: LEAD_TRAINING_OPTIONS,
    seconds: (performance.now() - started) / 1000,
  });
}

void main();
