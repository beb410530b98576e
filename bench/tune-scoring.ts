/**
 * Tuning of the scoring learner's settings on Bank Marketing, on TRAINING rows only: for each of
 * the bench's outer seeds (1-5 and 42), the outer test part (20%) is never read; the outer training
 * part is cut again (stratified 80/20, three inner seeds) and each candidate is trained on the inner
 * training rows and judged by ROC-AUC on the inner validation rows. The default is the candidate
 * with the best mean inner AUC; the bench then reports it on the untouched outer test parts.
 *
 * Run: `npx tsx bench/tune-scoring.ts`. Writes bench/results/scoring-tuning.json.
 */
import { rocAuc } from '../src/ml/scoring/classification-metrics';
import { readDelimitedFile } from '../src/ml/scoring/delimited-file';
import {
  featureTableOf,
  inferColumnSpecs,
  selectRows,
  targetLabelsOf,
} from '../src/ml/scoring/feature-table';
import { stratifiedSplit } from '../src/ml/scoring/stratified-split';
import { trainScoringModel, type ScoringTrainingOptions } from '../src/ml/scoring/train-scoring-model';
import { sharedDataset, writeResult } from './scoring-bank-marketing';

const CANDIDATES: Record<string, ScoringTrainingOptions> = {
  'one booster (15 leaves, lr 0.1)': { members: 1 },
  '5 boosters on 10 folds': { members: 5, folds: 10 },
  '5 boosters on 10 folds, lr 0.05': { members: 5, folds: 10, params: { learningRate: 0.05 } },
};
const OUTER_SEEDS = [42, 1, 2, 3, 4, 5];
const INNER_SEEDS = process.argv.includes('--quick') ? [101, 102] : [101, 102, 103];

async function main(): Promise<void> {
  const data = await readDelimitedFile(sharedDataset('bank-marketing', 'bank-additional-full.csv.gz'));
  const labels = targetLabelsOf(data, 'y');
  const table = featureTableOf(data, inferColumnSpecs(data, ['y', 'duration']));
  const scores: Record<string, number[]> = Object.fromEntries(
    Object.keys(CANDIDATES).map((name) => [name, []]),
  );
  const cpuSeconds: Record<string, number[]> = Object.fromEntries(
    Object.keys(CANDIDATES).map((name) => [name, []]),
  );
  for (const outer of OUTER_SEEDS) {
    const outerTrain = stratifiedSplit(labels, 0.2, outer).train;
    const trainLabels = Uint8Array.from(outerTrain, (row) => labels[row]!);
    for (const inner of INNER_SEEDS) {
      const split = stratifiedSplit(trainLabels, 0.2, inner);
      const fitRows = Uint32Array.from(split.train, (i) => outerTrain[i]!);
      const checkRows = Uint32Array.from(split.test, (i) => outerTrain[i]!);
      const fitTable = selectRows(table, fitRows);
      const checkTable = selectRows(table, checkRows);
      const fitLabels = Uint8Array.from(fitRows, (row) => labels[row]!);
      const checkLabels = Uint8Array.from(checkRows, (row) => labels[row]!);
      for (const [name, options] of Object.entries(CANDIDATES)) {
        const cpu = process.cpuUsage();
        const model = trainScoringModel(fitTable, fitLabels, options).model;
        const used = process.cpuUsage(cpu);
        cpuSeconds[name]!.push((used.user + used.system) / 1e6);
        const auc = rocAuc(checkLabels, model.probabilities(checkTable));
        scores[name]!.push(auc);
        process.stderr.write(`outer ${outer} inner ${inner} ${name}: ${auc.toFixed(4)}\n`);
      }
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const summary = Object.fromEntries(
    Object.entries(scores).map(([name, xs]) => [
      name,
      { meanInnerAuc: mean(xs), runs: xs.length, wins: 0, meanTrainCpuSeconds: mean(cpuSeconds[name]!) },
    ]),
  );
  const baseline = scores['one booster (15 leaves, lr 0.1)']!;
  for (const [name, xs] of Object.entries(scores))
    summary[name]!.wins = xs.filter((x, i) => x > baseline[i]!).length;
  const best = Object.entries(summary).sort((a, b) => b[1].meanInnerAuc - a[1].meanInnerAuc)[0]![0];
  for (const [name, figures] of Object.entries(summary))
    process.stderr.write(
      `${name}: mean inner AUC ${figures.meanInnerAuc.toFixed(5)}, beats the single booster in ${figures.wins}/${figures.runs}\n`,
    );
  writeResult('scoring-tuning.json', {
    protocol:
      'Bank Marketing, duration dropped; per outer seed (42, 1-5) only the outer 80% training part is used, cut 80/20 again by three inner seeds; mean ROC-AUC on the inner validation parts',
    candidates: summary,
    chosen: best,
  });
}

void main();
