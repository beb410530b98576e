import { rocAuc } from '../../../src/ml/scoring/classification-metrics';
import { binCountOf, binTable, learnBinnings } from '../../../src/ml/scoring/feature-binning';
import {
  featureTableOf,
  inferColumnSpecs,
  selectRows,
  targetLabelsOf,
} from '../../../src/ml/scoring/feature-table';
import {
  DEFAULT_BOOSTING_PARAMS,
  rawScoresOf,
  trainBoostedTrees,
} from '../../../src/ml/scoring/gradient-boosting';
import { stratifiedSplit } from '../../../src/ml/scoring/stratified-split';
import {
  TABULAR_TRAINING_OPTIONS,
  averageBoosters,
  trainScoringModel,
} from '../../../src/ml/scoring/train-scoring-model';
import { expectedTreeValue } from '../../../src/ml/scoring/tree-shap';
import { featureLayoutOf } from '../../../src/ml/scoring/tree-layout';
import { plantedRows } from './planted-data';

describe('bagged training, as `crmpro scoring train` runs it', () => {
  const data = plantedRows(8000, 3);
  const labels = targetLabelsOf(data, 'outcome');
  const table = featureTableOf(data, inferColumnSpecs(data, ['outcome']));
  const split = stratifiedSplit(labels, 0.25, 42);
  const trainTable = selectRows(table, split.train);
  const trainLabels = Uint8Array.from(split.train, (r) => labels[r]!);
  const testTable = selectRows(table, split.test);
  const testLabels = Uint8Array.from(split.test, (r) => labels[r]!);
  const bagged = trainScoringModel(trainTable, trainLabels, TABULAR_TRAINING_OPTIONS);
  const probabilities = bagged.model.probabilities(testTable);

  it('ranks held-out rows within 0.015 AUC of the planted model that generated them', () => {
    // The outcome was drawn from logit = 8 (signal - 0.5) + 1.5 [retail] - 0.5: no model can rank better.
    const truth = Array.from(split.test, (r) => {
      const row = data.rows[r]!;
      return 8 * (Number(row[0]) - 0.5) + (row[3] === 'retail' ? 1.5 : 0);
    });
    const ceiling = rocAuc(testLabels, truth);
    expect(ceiling).toBeGreaterThan(0.85);
    expect(rocAuc(testLabels, probabilities)).toBeGreaterThan(ceiling - 0.015);
  });

  it('averages five boosters, each stopped on its own tenth, and calibrates on those five tenths', () => {
    expect(bagged.model.booster.trees.length).toBe(bagged.iterations);
    expect(bagged.validation.rows).toBeGreaterThanOrEqual(Math.floor(trainLabels.length / 2) - 5);
    expect(bagged.validation.rows).toBeLessThanOrEqual(Math.ceil(trainLabels.length / 2) + 5);
    const meanProbability = probabilities.reduce((sum, p) => sum + p, 0) / probabilities.length;
    const rate = testLabels.reduce((sum, label) => sum + label, 0) / testLabels.length;
    expect(Math.abs(meanProbability - rate)).toBeLessThan(0.03);
  });

  it('is deterministic for a seed, and another seed cuts other folds', () => {
    const again = trainScoringModel(trainTable, trainLabels, TABULAR_TRAINING_OPTIONS);
    expect(Array.from(again.model.probabilities(testTable))).toEqual(Array.from(probabilities));
    const other = trainScoringModel(trainTable, trainLabels, { ...TABULAR_TRAINING_OPTIONS, seed: 8 });
    expect(Array.from(other.model.probabilities(testTable))).not.toEqual(Array.from(probabilities));
  });

  it('keeps explanations exact: contributions add up to the averaged model’s log-odds', () => {
    const binned = binTable(testTable, bagged.model.binnings);
    const raw = bagged.model.rawScores(binned);
    const expected =
      bagged.model.booster.baseScore +
      bagged.model.booster.trees.reduce((sum, tree) => sum + expectedTreeValue(tree), 0);
    for (const row of [0, 7, 99]) {
      const total = bagged.model.contributionsOf(binned, row).reduce((sum, c) => sum + c, expected);
      expect(total).toBeCloseTo(raw[row]!, 8);
    }
  });
});

describe('averageBoosters', () => {
  it('scores every row with the mean of the members’ log-odds', () => {
    const data = plantedRows(1500, 5);
    const labels = targetLabelsOf(data, 'outcome');
    const table = featureTableOf(data, inferColumnSpecs(data, ['outcome']));
    const binnings = learnBinnings(table);
    const binned = binTable(table, binnings);
    const layout = featureLayoutOf(
      binnings.map(binCountOf),
      binnings.map((b) => b.kind === 'categorical'),
    );
    const rows = Uint32Array.from(labels, (_, i) => i);
    const members = [0, 1, 2].map(
      (k) =>
        trainBoostedTrees(
          binned,
          layout,
          labels,
          rows.filter((row) => row % 3 !== k),
          new Uint32Array(0),
          { ...DEFAULT_BOOSTING_PARAMS, maxIterations: 10 + 5 * k },
        ).model,
    );
    const average = averageBoosters(members);
    const scores = members.map((member) => rawScoresOf(member, binned));
    expect(average.trees).toHaveLength(10 + 15 + 20);
    const averaged = rawScoresOf(average, binned);
    expect(scores[0]![0]).not.toBeCloseTo(scores[1]![0]!, 6);
    for (let row = 0; row < labels.length; row += 97)
      expect(averaged[row]).toBeCloseTo((scores[0]![row]! + scores[1]![row]! + scores[2]![row]!) / 3, 10);
  });
});
