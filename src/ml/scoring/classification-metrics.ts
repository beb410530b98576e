/** One row of a calibration table: predictions in a probability band and how often they came true. */
export interface CalibrationBin {
  /** Lower and upper edge of the predicted-probability band. */
  from: number;
  to: number;
  count: number;
  meanPredicted: number;
  observedRate: number;
}

/** A point of the ROC curve. */
export interface RocPoint {
  falsePositiveRate: number;
  truePositiveRate: number;
}

/**
 * Area under the ROC curve (the probability that a random positive outranks a random negative;
 * ties count half), computed from ranks in O(n log n).
 */
export function rocAuc(labels: ArrayLike<number>, scores: ArrayLike<number>): number {
  const n = labels.length;
  const order = sortedOrder(scores);
  let positives = 0;
  let rankSumPositives = 0;
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && scores[order[j + 1]!] === scores[order[i]!]) j++;
    const averageRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (labels[order[k]!] === 1) {
        positives++;
        rankSumPositives += averageRank;
      }
    }
    i = j + 1;
  }
  const negatives = n - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSumPositives - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** The ROC curve, thinned to at most `maxPoints` points for charts. */
export function rocCurve(labels: ArrayLike<number>, scores: ArrayLike<number>, maxPoints = 200): RocPoint[] {
  const order = sortedOrder(scores).reverse();
  let positives = 0;
  for (let i = 0; i < labels.length; i++) positives += labels[i] === 1 ? 1 : 0;
  const negatives = labels.length - positives;
  const points: RocPoint[] = [{ falsePositiveRate: 0, truePositiveRate: 0 }];
  let tp = 0;
  let fp = 0;
  const step = Math.max(1, Math.floor(order.length / maxPoints));
  for (let k = 0; k < order.length; k++) {
    if (labels[order[k]!] === 1) tp++;
    else fp++;
    const lastOfTies = k + 1 === order.length || scores[order[k + 1]!] !== scores[order[k]!];
    if (lastOfTies && (k % step === 0 || k + 1 === order.length)) {
      points.push({
        falsePositiveRate: negatives ? fp / negatives : 0,
        truePositiveRate: positives ? tp / positives : 0,
      });
    }
  }
  return points;
}

/** Mean squared difference between predicted probability and outcome (lower is better). */
export function brierScore(labels: ArrayLike<number>, probabilities: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < labels.length; i++) sum += (probabilities[i]! - labels[i]!) ** 2;
  return sum / labels.length;
}

/** Mean negative log-likelihood of the outcomes (probabilities clipped away from 0 and 1). */
export function logLoss(labels: ArrayLike<number>, probabilities: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < labels.length; i++) {
    const p = Math.min(1 - 1e-15, Math.max(1e-15, probabilities[i]!));
    sum -= labels[i] === 1 ? Math.log(p) : Math.log(1 - p);
  }
  return sum / labels.length;
}

/** Predictions grouped into `bins` equal-width probability bands (empty bands are left out). */
export function calibrationTable(
  labels: ArrayLike<number>,
  probabilities: ArrayLike<number>,
  bins = 10,
): CalibrationBin[] {
  const count = new Float64Array(bins);
  const predicted = new Float64Array(bins);
  const observed = new Float64Array(bins);
  for (let i = 0; i < labels.length; i++) {
    const p = probabilities[i]!;
    const bin = Math.min(bins - 1, Math.max(0, Math.floor(p * bins)));
    count[bin]!++;
    predicted[bin]! += p;
    observed[bin]! += labels[i]!;
  }
  const table: CalibrationBin[] = [];
  for (let b = 0; b < bins; b++) {
    if (count[b] === 0) continue;
    table.push({
      from: b / bins,
      to: (b + 1) / bins,
      count: count[b]!,
      meanPredicted: predicted[b]! / count[b]!,
      observedRate: observed[b]! / count[b]!,
    });
  }
  return table;
}

function sortedOrder(scores: ArrayLike<number>): Uint32Array {
  const order = new Uint32Array(scores.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((a, b) => scores[a]! - scores[b]!);
}
