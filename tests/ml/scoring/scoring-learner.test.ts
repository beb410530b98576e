import { rocAuc } from '../../../src/ml/scoring/classification-metrics';
import { binTable } from '../../../src/ml/scoring/feature-binning';
import {
  featureTableOf,
  inferColumnSpecs,
  selectRows,
  targetLabelsOf,
} from '../../../src/ml/scoring/feature-table';
import { stratifiedSplit } from '../../../src/ml/scoring/stratified-split';
import { trainScoringModel } from '../../../src/ml/scoring/train-scoring-model';
import { addTreeShapOfRows, expectedTreeValue } from '../../../src/ml/scoring/tree-shap';
import { plantedRows } from './planted-data';

describe('scoring learner on data with a planted structure', () => {
  const data = plantedRows(4000);
  const labels = targetLabelsOf(data, 'outcome');
  const specs = inferColumnSpecs(data, ['outcome']);
  const table = featureTableOf(data, specs);
  const split = stratifiedSplit(labels, 0.25, 42);
  const training = trainScoringModel(
    selectRows(table, split.train),
    Uint8Array.from(split.train, (r) => labels[r]!),
  );
  const test = selectRows(table, split.test);
  const testLabels = Uint8Array.from(split.test, (r) => labels[r]!);
  const probabilities = training.model.probabilities(test);

  it('infers numeric and categorical columns, with empty and unknown cells as missing', () => {
    expect(specs).toEqual([
      { name: 'signal', kind: 'numeric' },
      { name: 'noise_a', kind: 'numeric' },
      { name: 'noise_b', kind: 'numeric' },
      { name: 'industry', kind: 'categorical' },
      { name: 'region', kind: 'categorical' },
    ]);
    const region = table.columns[4]!;
    expect(region.kind === 'categorical' && region.levels).not.toContain('unknown');
  });

  it('ranks held-out rows well (the planted logistic model allows an AUC near 0.87)', () => {
    expect(rocAuc(testLabels, probabilities)).toBeGreaterThan(0.82);
  });

  it('finds the planted driver and ranks it first, the planted category second, noise last', () => {
    const importances = training.model.importances(test);
    const ranking = importances.map((i) => i.feature);
    expect(ranking[0]).toBe('signal');
    expect(ranking[1]).toBe('industry');
    const shares = Object.fromEntries(importances.map((i) => [i.feature, i.share]));
    expect(shares.signal!).toBeGreaterThan(0.5);
    expect(shares.region!).toBeLessThan(0.1);
  });

  it('gives calibrated probabilities: the mean prediction matches the win rate in the top and bottom halves', () => {
    const order = Array.from(probabilities.keys()).sort((a, b) => probabilities[a]! - probabilities[b]!);
    for (const half of [order.slice(0, order.length / 2), order.slice(order.length / 2)]) {
      const predicted = half.reduce((s, i) => s + probabilities[i]!, 0) / half.length;
      const observed = half.reduce((s, i) => s + testLabels[i]!, 0) / half.length;
      expect(Math.abs(predicted - observed)).toBeLessThan(0.05);
    }
  });

  it('explains a score: retail pushes a retail row up, a low signal pushes it down', () => {
    const row = Array.from({ length: test.rowCount }, (_, i) => i).find((i) => {
      const industry = test.columns[3]!;
      const signal = test.columns[0]!;
      return (
        industry.kind === 'categorical' &&
        industry.levels[industry.codes[i]!] === 'retail' &&
        signal.kind === 'numeric' &&
        signal.values[i]! < 0.2
      );
    })!;
    const explanation = training.model.explain(test, row);
    expect(explanation.up.map((f) => f.feature)).toContain('industry');
    expect(explanation.up.find((f) => f.feature === 'industry')!.value).toBe('retail');
    expect(explanation.down[0]!.feature).toBe('signal');
    expect(explanation.probability).toBeCloseTo(probabilities[row]!, 6);
  });

  it('has factor contributions that add up to the score (exact TreeSHAP)', () => {
    const binned = binTable(test, training.model.binnings);
    const raw = training.model.rawScores(binned);
    const expected =
      training.model.booster.baseScore +
      training.model.booster.trees.reduce((s, t) => s + expectedTreeValue(t), 0);
    for (const row of [0, 1, 2, 50, 99]) {
      const sum = training.model.contributionsOf(binned, row).reduce((s, c) => s + c, 0);
      expect(expected + sum).toBeCloseTo(raw[row]!, 8);
    }
  });

  it('explains many rows at once with the same values as row by row (rows taking the same turns share one walk)', () => {
    const binned = binTable(test, training.model.binnings);
    const rows = Array.from({ length: 200 }, (_, i) => i * 3);
    const featureCount = training.model.binnings.length;
    const together = new Float64Array(rows.length * featureCount);
    for (const tree of training.model.booster.trees)
      addTreeShapOfRows(tree, binned, rows, together, featureCount);
    rows.forEach((row, r) => {
      const alone = training.model.contributionsOf(binned, row);
      for (let f = 0; f < featureCount; f++)
        expect(together[r * featureCount + f]).toBeCloseTo(alone[f]!, 10);
    });
  });

  it('refuses a one-class target with a message saying why', () => {
    expect(() => trainScoringModel(table, new Uint8Array(table.rowCount))).toThrow(/both outcomes/);
  });

  it('picks the rounds of a small data set by cross-validation and calibrates on out-of-fold scores', () => {
    const small = plantedRows(400, 4);
    const smallLabels = targetLabelsOf(small, 'outcome');
    const result = trainScoringModel(
      featureTableOf(small, inferColumnSpecs(small, ['outcome'])),
      smallLabels,
    );
    expect(result.model.calibration.kind).toBe('platt');
    expect(result.validation.rows).toBe(400);
    expect(result.validation.auc).toBeGreaterThan(0.75);
    expect(result.model.probabilities(test).length).toBe(test.rowCount);
    expect(rocAuc(testLabels, result.model.probabilities(test))).toBeGreaterThan(0.75);
  });

  it('still trains (uncalibrated, a short run) when one outcome has fewer than 10 rows', () => {
    const tiny = plantedRows(16, 3);
    const tinyLabels = targetLabelsOf(tiny, 'outcome');
    const result = trainScoringModel(featureTableOf(tiny, inferColumnSpecs(tiny, ['outcome'])), tinyLabels);
    expect(result.model.calibration.kind).toBe('identity');
    expect(result.iterations).toBeGreaterThan(0);
  });
});
