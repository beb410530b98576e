import { rocAuc } from '../../../src/ml/scoring/classification-metrics';
import { binCountOf, binTable, learnBinnings } from '../../../src/ml/scoring/feature-binning';
import { featureTableOf, inferColumnSpecs, targetLabelsOf } from '../../../src/ml/scoring/feature-table';
import {
  DEFAULT_BOOSTING_PARAMS,
  rawScoresOf,
  sampleRows,
  trainBoostedTrees,
  type BoostingParams,
} from '../../../src/ml/scoring/gradient-boosting';
import { stratifiedSplit } from '../../../src/ml/scoring/stratified-split';
import { featureLayoutOf } from '../../../src/ml/scoring/tree-layout';
import { plantedRows } from './planted-data';

describe('sampleRows', () => {
  const trainRows = Uint32Array.from({ length: 10_000 }, (_, i) => 3 * i + 1);

  it('splits the rows into a sorted sample of about the fraction and the rest, the same for a seed', () => {
    const sampled = new Uint32Array(trainRows.length);
    const unsampled = new Uint32Array(trainRows.length);
    const taken = sampleRows(trainRows, 0.3, 12345, sampled, unsampled);
    expect(taken).toBeGreaterThan(2850);
    expect(taken).toBeLessThan(3150);
    const both = [...sampled.subarray(0, taken), ...unsampled.subarray(0, trainRows.length - taken)];
    expect(both.sort((a, b) => a - b)).toEqual([...trainRows]);
    for (let i = 1; i < taken; i++) expect(sampled[i]!).toBeGreaterThan(sampled[i - 1]!);

    const again = new Uint32Array(trainRows.length);
    expect(sampleRows(trainRows, 0.3, 12345, again, new Uint32Array(trainRows.length))).toBe(taken);
    expect(again).toEqual(sampled);
    const other = new Uint32Array(trainRows.length);
    sampleRows(trainRows, 0.3, 54321, other, new Uint32Array(trainRows.length));
    expect(other.subarray(0, 100)).not.toEqual(sampled.subarray(0, 100));
  });

  it('always keeps at least one row', () => {
    const rows = Uint32Array.of(7, 8);
    const sampled = new Uint32Array(2);
    expect(sampleRows(rows, 1e-12, 99, sampled, new Uint32Array(2))).toBe(1);
    expect([7, 8]).toContain(sampled[0]);
  });
});

describe('boosting with each tree on a share of the rows', () => {
  const data = plantedRows(6000, 5);
  const labels = targetLabelsOf(data, 'outcome');
  const table = featureTableOf(data, inferColumnSpecs(data, ['outcome']));
  const binnings = learnBinnings(table);
  const binned = binTable(table, binnings);
  const layout = featureLayoutOf(
    binnings.map(binCountOf),
    binnings.map((b) => b.kind === 'categorical'),
  );
  const split = stratifiedSplit(labels, 0.2, 3);
  const train = (params: Partial<BoostingParams>, validRows = split.test) =>
    trainBoostedTrees(binned, layout, labels, split.train, validRows, {
      ...DEFAULT_BOOSTING_PARAMS,
      ...params,
    });
  const validLabels = Uint8Array.from(split.test, (row) => labels[row]!);

  it('grows the first tree on about that share (its root covers about half the hessian)', () => {
    const full = train({ maxIterations: 1 }).allTrees[0]!;
    const half = train({ maxIterations: 1, rowFraction: 0.5 }).allTrees[0]!;
    expect(half.cover[0]! / full.cover[0]!).toBeGreaterThan(0.45);
    expect(half.cover[0]! / full.cover[0]!).toBeLessThan(0.55);
  });

  it('keeps the validation scores equal to the model it returns, and ranks as well as on all rows', () => {
    const full = train({});
    const half = train({ rowFraction: 0.5 });
    const scores = rawScoresOf(half.model, binned);
    half.validationScores.forEach((score, i) => expect(score).toBeCloseTo(scores[split.test[i]!]!, 9));
    expect(rocAuc(validLabels, half.validationScores)).toBeGreaterThan(
      rocAuc(validLabels, full.validationScores) - 0.01,
    );
  });

  it('moves the scores of the rows a tree was not grown on (the log-loss stays near that of all rows)', () => {
    // Left stale, those rows keep their old gradients: the next trees push them again and the
    // model's scores overshoot, which the log-loss of its own training rows shows.
    const logLoss = (rowFraction: number) => {
      const { model } = train({ rowFraction, maxIterations: 150 }, new Uint32Array(0));
      const scores = rawScoresOf(model, binned);
      let loss = 0;
      for (const row of split.train) {
        const p = 1 / (1 + Math.exp(-scores[row]!));
        loss -= Math.log(labels[row] ? p : 1 - p);
      }
      return loss / split.train.length;
    };
    // On all rows 0.296; on 30% each 0.306; with the unsampled rows left stale 0.595.
    expect(logLoss(0.3)).toBeLessThan(logLoss(1) + 0.03);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const a = train({ rowFraction: 0.5, maxIterations: 20 });
    const b = train({ rowFraction: 0.5, maxIterations: 20 });
    const c = train({ rowFraction: 0.5, maxIterations: 20, seed: 2 });
    expect(b.allTrees).toEqual(a.allTrees);
    expect(c.allTrees).not.toEqual(a.allTrees);
  });
});
