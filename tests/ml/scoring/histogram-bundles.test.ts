import { seededRandom } from '../../../src/core/seeded-random';
import type { BinnedMatrix } from '../../../src/ml/scoring/feature-binning';
import { addJointToFeatureHistogram, histogramBundlesOf } from '../../../src/ml/scoring/histogram-bundles';
import { featureLayoutOf } from '../../../src/ml/scoring/tree-layout';

/** A row-major matrix from per-feature bin functions of the row number and a random draw. */
function matrixOf(rowCount: number, features: ((row: number, draw: number) => number)[]): BinnedMatrix {
  const random = seededRandom(3);
  const bins = new Uint8Array(rowCount * features.length);
  for (let row = 0; row < rowCount; row++)
    features.forEach((bin, f) => (bins[row * features.length + f] = bin(row, random())));
  return { rowCount, featureCount: features.length, bins };
}

/** The feature histogram of some rows straight from the bins ([gradient, hessian, count] per bin). */
function directHistogram(
  data: BinnedMatrix,
  offsets: number[],
  totalBins: number,
  rows: number[],
  gradients: Float64Array,
  hessians: Float64Array,
): Float64Array {
  const histogram = new Float64Array(totalBins * 3);
  for (const row of rows)
    for (let f = 0; f < data.featureCount; f++) {
      const slot = (offsets[f]! + data.bins[row * data.featureCount + f]!) * 3;
      histogram[slot] = histogram[slot]! + gradients[row]!;
      histogram[slot + 1] = histogram[slot + 1]! + hessians[row]!;
      histogram[slot + 2] = histogram[slot + 2]! + 1;
    }
  return histogram;
}

describe('histogram bundles', () => {
  const month = (row: number) => 1 + (row % 10);
  const data = matrixOf(3000, [
    (_, draw) => 1 + Math.floor(draw * 200), // many values: alone
    (row) => 1 + (month(row) % 3), // a function of the month
    (_, draw) => (draw < 0.5 ? 1 : 2), // yes/no
    month,
    (row) => 1 + Math.floor(month(row) / 2), // another function of the month
    (_, draw) => (draw < 0.1 ? 0 : 1 + Math.floor(draw * 3)), // missing sometimes
  ]);
  const binCounts = [201, 4, 3, 11, 7, 5];
  const layout = featureLayoutOf(
    binCounts,
    binCounts.map(() => false),
  );

  it('histograms features that take few combinations together as one cell per row', () => {
    const bundles = histogramBundlesOf(data, layout);
    expect(bundles.count).toBeLessThan(data.featureCount);
    expect(bundles.count).toBeGreaterThanOrEqual(2);
    expect(bundles.slots.length).toBe(data.rowCount * bundles.count);
    expect(bundles.targets).not.toBeNull();
  });

  it('adds a joint histogram up into the histograms of the features one by one', () => {
    const bundles = histogramBundlesOf(data, layout);
    const random = seededRandom(11);
    const gradients = Float64Array.from({ length: data.rowCount }, () => random() - 0.5);
    const hessians = Float64Array.from({ length: data.rowCount }, () => random() * 0.25);
    const rows = Array.from({ length: data.rowCount }, (_, row) => row).filter(() => random() < 0.3);
    const joint = new Float64Array(bundles.jointLength);
    for (const row of rows)
      for (let b = 0; b < bundles.count; b++) {
        const slot = bundles.slots[row * bundles.count + b]!;
        joint[slot] = joint[slot]! + gradients[row]!;
        joint[slot + 1] = joint[slot + 1]! + hessians[row]!;
        joint[slot + 2] = joint[slot + 2]! + 1;
      }
    const histogram = new Float64Array(layout.totalBins * 3);
    addJointToFeatureHistogram(bundles, joint, histogram);
    const expected = directHistogram(data, layout.offsets, layout.totalBins, rows, gradients, hessians);
    expected.forEach((value, slot) => expect(histogram[slot]).toBeCloseTo(value, 10));
  });

  it('leaves features that combine into too many values as they are, slot for slot', () => {
    const spread = matrixOf(2000, [(_, draw) => 1 + Math.floor(draw * 250), (row) => 1 + ((row * 7) % 250)]);
    const wide = featureLayoutOf([251, 251], [false, false]);
    const bundles = histogramBundlesOf(spread, wide);
    expect(bundles.count).toBe(2);
    expect(bundles.targets).toBeNull();
    for (let cell = 0; cell < spread.bins.length; cell++)
      expect(bundles.slots[cell]).toBe((wide.offsets[cell % 2]! + spread.bins[cell]!) * 3);
  });
});
