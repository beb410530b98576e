/**
 * Platt scaling: probability = sigmoid(slope * score + intercept), fitted on held-out rows so that
 * the booster's log-odds become honest probabilities.
 */
export interface PlattCalibration {
  kind: 'platt';
  slope: number;
  intercept: number;
}

/** No calibration (too few held-out rows of one class to fit one). */
export interface IdentityCalibration {
  kind: 'identity';
}

export type Calibration = PlattCalibration | IdentityCalibration;

/**
 * Fits Platt scaling by Newton's method on the log-loss, with Platt's smoothed targets
 * ((positives + 1) / (positives + 2) and 1 / (negatives + 2)) against overconfidence.
 */
export function fitPlattCalibration(scores: ArrayLike<number>, labels: ArrayLike<number>): Calibration {
  let positives = 0;
  for (let i = 0; i < labels.length; i++) positives += labels[i]!;
  const negatives = labels.length - positives;
  if (positives < 5 || negatives < 5) return { kind: 'identity' };
  const hi = (positives + 1) / (positives + 2);
  const lo = 1 / (negatives + 2);
  let slope = 1;
  let intercept = 0;
  for (let iteration = 0; iteration < 50; iteration++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    for (let i = 0; i < scores.length; i++) {
      const s = scores[i]!;
      const p = sigmoid(slope * s + intercept);
      const t = labels[i] ? hi : lo;
      const d = p - t;
      const w = p * (1 - p);
      ga += d * s;
      gb += d;
      haa += w * s * s;
      hab += w * s;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    const stepA = (hbb * ga - hab * gb) / det;
    const stepB = (haa * gb - hab * ga) / det;
    slope -= stepA;
    intercept -= stepB;
    if (Math.abs(stepA) + Math.abs(stepB) < 1e-9) break;
  }
  return { kind: 'platt', slope, intercept };
}

/** The calibrated probability of a raw log-odds score. */
export function calibratedProbability(calibration: Calibration, score: number): number {
  return calibration.kind === 'platt'
    ? sigmoid(calibration.slope * score + calibration.intercept)
    : sigmoid(score);
}

/** The logistic function. */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
