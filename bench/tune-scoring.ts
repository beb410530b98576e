/**
 * Tuning of the scoring learner's settings on Bank Marketing, on TRAINING rows only: for each of
 * the bench's outer seeds (1-5 and 42), the outer test part (20%) is never read; the outer training
 * part is cut again (stratified 80/20, three inner seeds) and each candidate is trained on the inner
 * training rows and judged by ROC-AUC on the inner validation rows.
 *
 * The rule (the one-standard-error rule, fixed before the candidates were run): the candidate with
 * the best mean inner AUC sets the bar; every candidate whose mean inner AUC is below it by no more
 * than one standard error of its paired per-run differences from that best one is "level" with it;
 * of those, the one with the least mean training CPU is chosen, and it is what `crmpro scoring
 * train` uses (TABULAR_TRAINING_OPTIONS, which a test holds to the result file's `chosenOptions`).
 * No outer test part is read to choose: the bench reports how the choice does on them afterwards.
 *
 * Run: `npx tsx bench/tune-scoring.ts [--quick]`. Writes bench/results/scoring-tuning.json.
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
import { trainScoringModel } from '../src/ml/scoring/train-scoring-model';
import { sharedDataset, writeResult } from './scoring-bank-marketing';
import { CANDIDATES } from './scoring-tuning-candidates';

const OUTER_SEEDS = [42, 1, 2, 3, 4, 5];
const INNER_SEEDS = process.argv.includes('--quick') ? [101, 102] : [101, 102, 103];

interface CandidateFigures {
  meanInnerAuc: number;
  runs: number;
  /** Runs in which it beats the single booster. */
  wins: number;
  meanTrainCpuSeconds: number;
  /** Boosting rounds kept, summed over the members (mean over runs). */
  meanRounds: number;
  /** Mean of (best candidate's AUC - this one's) over the runs, and its standard error. */
  behindBest: number;
  behindBestStandardError: number;
  level: boolean;
}

async function main(): Promise<void> {
  const data = await readDelimitedFile(sharedDataset('bank-marketing', 'bank-additional-full.csv.gz'));
  const labels = targetLabelsOf(data, 'y');
  const table = featureTableOf(data, inferColumnSpecs(data, ['y', 'duration']));
  const names = Object.keys(CANDIDATES);
  const perRun = (): Record<string, number[]> => Object.fromEntries(names.map((name) => [name, []]));
  const scores = perRun();
  const cpuSeconds = perRun();
  const rounds = perRun();
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
        const result = trainScoringModel(fitTable, fitLabels, options);
        const used = process.cpuUsage(cpu);
        cpuSeconds[name]!.push((used.user + used.system) / 1e6);
        rounds[name]!.push(result.iterations);
        const auc = rocAuc(checkLabels, result.model.probabilities(checkTable));
        scores[name]!.push(auc);
        process.stderr.write(`outer ${outer} inner ${inner} ${name}: ${auc.toFixed(4)}\n`);
      }
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const standardError = (xs: number[]) => {
    const m = mean(xs);
    return Math.sqrt(xs.reduce((sum, x) => sum + (x - m) ** 2, 0) / (xs.length - 1) / xs.length);
  };
  const best = names.reduce((a, b) => (mean(scores[b]!) > mean(scores[a]!) ? b : a));
  const baseline = scores['one booster (15 leaves, lr 0.1)']!;
  const summary: Record<string, CandidateFigures> = {};
  for (const name of names) {
    const xs = scores[name]!;
    const behind = xs.map((x, i) => scores[best]![i]! - x);
    const behindBest = mean(behind);
    const behindBestStandardError = name === best ? 0 : standardError(behind);
    summary[name] = {
      meanInnerAuc: mean(xs),
      runs: xs.length,
      wins: xs.filter((x, i) => x > baseline[i]!).length,
      meanTrainCpuSeconds: mean(cpuSeconds[name]!),
      meanRounds: mean(rounds[name]!),
      behindBest,
      behindBestStandardError,
      level: behindBest <= behindBestStandardError,
    };
  }
  const chosen = names
    .filter((name) => summary[name]!.level)
    .reduce((a, b) => (summary[b]!.meanTrainCpuSeconds < summary[a]!.meanTrainCpuSeconds ? b : a));
  for (const [name, figures] of Object.entries(summary))
    process.stderr.write(
      `${name}: mean inner AUC ${figures.meanInnerAuc.toFixed(5)} (${figures.behindBest.toFixed(5)} ± ${figures.behindBestStandardError.toFixed(5)} behind the best), ${figures.meanTrainCpuSeconds.toFixed(2)} CPU s, beats the single booster in ${figures.wins}/${figures.runs}\n`,
    );
  process.stderr.write(`best: ${best}; chosen: ${chosen}\n`);
  writeResult('scoring-tuning.json', {
    protocol:
      'Bank Marketing, duration dropped; per outer seed (42, 1-5) only the outer 80% training part is used, cut 80/20 again by three inner seeds; mean ROC-AUC on the inner validation parts',
    rule: 'one-standard-error rule: the candidates whose mean inner AUC is below the best mean by no more than one standard error of their paired per-run differences from it are level with it; of those, the one with the least mean training CPU seconds (all members in sequence, one thread) is chosen',
    candidates: summary,
    best,
    chosen,
    chosenOptions: CANDIDATES[chosen],
  });
}

if (require.main === module) void main();
