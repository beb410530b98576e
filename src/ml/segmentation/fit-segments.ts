import type { CustomerLines } from '../orders/customer-lines';
import { customerLinesOf } from '../orders/customer-lines';
import { firstOrderAt, lastOrderAt, type OrderBook } from '../orders/order-book';
import { isoDay, MS_PER_DAY } from '../orders/order-date';
import {
  customerFeaturesAt,
  spendBetween,
  type CustomerFeatures,
  type CustomerTouches,
} from './customer-features';
import { etaSquared, logSpend } from './eta-squared';
import { applyLinearScore, fitLinearScore, type LinearScore } from './linear-score';
import { SEGMENT_MODEL_FORMAT, type SegmentCountChoice, type SegmentModel } from './segment-model';
import { nameSegments, type SegmentProfile } from './segment-names';
import { applyIsotonic, fitIsotonic, type IsotonicMap } from './isotonic-calibration';
import { ladderThresholds, tierOf } from './value-ladder';

export const MIN_SEGMENTS = 3;
export const MAX_SEGMENTS = 12;
/** Segment counts explaining within this much (eta², absolute) of the best count are as good: the fewest wins. */
export const MIN_GAIN = 0.005;
const RIDGE_PENALTY = 10;
/** Prior slope of log(1 + later spend) on log(1 + spend expected if still buying): a well-calibrated guess is 1. */
const PRIOR_SLOPE = 1;
const MIN_TRAINING_ROWS = 30;

export interface FitSegmentsOptions {
  /** Segment as of this instant (default: just after the last order). Only earlier orders are used. */
  asOf?: number;
  /** A fixed number of segments (3-12) instead of the criterion. */
  segments?: number;
  /** Interaction times per customer index, for engagement features. */
  touches?: CustomerTouches;
  byCustomer?: CustomerLines;
}

/** A fitted model and the customers it segmented at `asOf`. */
export interface SegmentedCustomers {
  model: SegmentModel;
  features: CustomerFeatures;
  scores: Float64Array;
  /** Tier per row of `features` (index into model.names). */
  tiers: Int32Array;
}

/**
 * Segments customers by what they are expected to spend next, in tiers with business names.
 *
 * 1. A value score is learned from the customers' own history: at a few internal cut dates before
 *    `asOf`, RFM and engagement features are computed and a ridge regression learns to predict
 *    log(1 + spend in the following window). No order after `asOf` is used.
 * 2. The score at `asOf` is cut into the tiers that keep most of its variance (optimal 1-D k-means).
 *    The number of tiers is the fewest (3-12) whose share of later spend explained on the internal
 *    cuts (adjusted for the number of tiers) is within 0.005 of the best count's.
 * 3. Each tier is named after the nearest classic RFM profile (Champions, Loyal, At risk, ...).
 *
 * With too little history for an internal cut, the score falls back to the classic RFM direction
 * (recent, frequent, high spend) and the count rule to the score's own variance.
 */
export function fitSegments(book: OrderBook, options: FitSegmentsOptions = {}): SegmentedCustomers {
  const byCustomer = options.byCustomer ?? customerLinesOf(book);
  const asOf = options.asOf ?? lastOrderAt(book) + 1;
  const first = firstOrderAt(book);
  const spanDays = Number.isNaN(first) ? 0 : (asOf - first) / MS_PER_DAY;
  const windowDays = Math.max(7, Math.min(91, Math.round(spanDays / 3)));
  const features = customerFeaturesAt(book, byCustomer, asOf, windowDays, options.touches);
  const width = features.columns.length;

  const training = internalTraining(book, byCustomer, asOf, first, windowDays, options.touches);
  let score: LinearScore;
  let method: SegmentModel['method'];
  if (training && training.rows >= MIN_TRAINING_ROWS && variance(training.y) > 0) {
    const prior = features.columns.map((c) => (c === 'expected_spend_if_buying' ? PRIOR_SLOPE : 0));
    score = fitLinearScore(training.matrix, width, training.y, features.columns, RIDGE_PENALTY, prior);
    method = 'learned-value-score';
  } else {
    score = rfmDirectionScore(features);
    method = 'rfm-score';
  }
  const scores = applyLinearScore(score, features.matrix);
  // Tiers are cut on the score calibrated to later spend (isotonic on the internal cuts), then
  // translated back to raw-score thresholds, so the model keeps one simple shape.
  const learned = training && method === 'learned-value-score' ? training : undefined;
  const calibration = learned ? fitIsotonic(applyLinearScore(score, learned.matrix), learned.y) : undefined;
  const calibrated = calibration ? scores.map((x) => applyIsotonic(calibration, x)) : scores;
  const distinct = new Set(scores).size;
  const choice = chooseCount(
    options.segments,
    learned ? { matrix: learned.matrix, y: learned.y, score, calibration } : undefined,
    calibrated,
    distinct,
  );
  const thresholds = rawThresholds(scores, calibrated, ladderThresholds(calibrated, choice.chosen));
  const tiers = Int32Array.from(scores, (s) => tierOf(s, thresholds));
  const names = nameSegments(profilesOf(features, tiers, thresholds.length + 1));
  const model: SegmentModel = {
    formatVersion: SEGMENT_MODEL_FORMAT,
    asOf,
    windowDays,
    method,
    score,
    thresholds,
    names,
    choice,
    training: { rows: training?.rows ?? 0, cuts: training?.cuts.map(isoDay) ?? [] },
  };
  return { model, features, scores, tiers };
}

/** Applies a fitted model to the customers as they were at `asOf` (e.g. an earlier date for movements). */
export function applySegments(
  model: SegmentModel,
  book: OrderBook,
  asOf: number,
  byCustomer?: CustomerLines,
  touches?: CustomerTouches,
): SegmentedCustomers {
  const features = customerFeaturesAt(
    book,
    byCustomer ?? customerLinesOf(book),
    asOf,
    model.windowDays,
    usesEngagement(model) ? (touches ?? new Map()) : undefined,
  );
  const scores = applyLinearScore(model.score, features.matrix);
  const tiers = Int32Array.from(scores, (s) => tierOf(s, model.thresholds));
  return { model, features, scores, tiers };
}

interface TrainingSet {
  matrix: Float64Array;
  y: Float64Array;
  rows: number;
  cuts: number[];
}

/** Stacks (features at c, log spend in [c, c + window)) for up to three internal cuts c before asOf. */
function internalTraining(
  book: OrderBook,
  byCustomer: CustomerLines,
  asOf: number,
  first: number,
  windowDays: number,
  touches: CustomerTouches | undefined,
): TrainingSet | undefined {
  const window = windowDays * MS_PER_DAY;
  const matrices: Float64Array[] = [];
  const targets: Float64Array[] = [];
  const cuts: number[] = [];
  for (let j = 0; j < 3; j++) {
    const cut = asOf - window - (j * window) / 3;
    if (cut - first < window / 2) break;
    const f = customerFeaturesAt(book, byCustomer, cut, windowDays, touches);
    if (f.customer.length === 0) break;
    matrices.push(f.matrix);
    targets.push(logSpend(spendBetween(book, byCustomer, f.customer, cut, cut + window)));
    cuts.push(cut);
  }
  if (!cuts.length) return undefined;
  return {
    matrix: concat(matrices),
    y: concat(targets),
    rows: targets.reduce((n, t) => n + t.length, 0),
    cuts,
  };
}

function chooseCount(
  fixed: number | undefined,
  training:
    { matrix: Float64Array; y: Float64Array; score: LinearScore; calibration?: IsotonicMap } | undefined,
  scores: Float64Array,
  distinct: number,
): SegmentCountChoice {
  const upper = Math.max(1, Math.min(MAX_SEGMENTS, distinct));
  const lower = Math.min(MIN_SEGMENTS, upper);
  const explained: { segments: number; etaSquared: number }[] = [];
  const target = training ? training.y : scores;
  const raw = training ? applyLinearScore(training.score, training.matrix) : scores;
  const calibration = training?.calibration;
  const basis = calibration ? raw.map((x) => applyIsotonic(calibration, x)) : raw;
  for (let k = lower; k <= upper; k++) {
    const thresholds = ladderThresholds(basis, k);
    // Adjusted for the number of groups (epsilon²): with few customers, plain eta² rises with every
    // extra segment even when the segments mean nothing.
    const raw = etaSquared(
      target,
      Int32Array.from(basis, (s) => tierOf(s, thresholds)),
    );
    const n = target.length;
    explained.push({ segments: k, etaSquared: round4(n > k ? 1 - ((1 - raw) * (n - 1)) / (n - k) : raw) });
  }
  const rule = training
    ? `fewest segments (${lower}-${upper}) within ${MIN_GAIN} of the best share of later spend explained (eta² adjusted for the number of segments, on the internal cuts)`
    : `fewest segments (${lower}-${upper}) within ${MIN_GAIN} of the best share of the RFM score's variance explained (too little history to learn from later spend)`;
  if (fixed !== undefined) {
    return {
      rule: `fixed by the caller (${fixed})`,
      explainedByCount: explained,
      chosen: Math.max(1, Math.min(fixed, upper)),
    };
  }
  const best = Math.max(...explained.map((e) => e.etaSquared));
  const chosen = explained.find((e) => e.etaSquared >= best - MIN_GAIN)?.segments ?? lower;
  return { rule, explainedByCount: explained, chosen };
}

/** The classic RFM direction (recent, frequent, big spenders score high) on standardised log features. */
function rfmDirectionScore(features: CustomerFeatures): LinearScore {
  const width = features.columns.length;
  const n = features.customer.length;
  const means = new Array<number>(width).fill(0);
  const scales = new Array<number>(width).fill(1);
  for (let j = 0; j < 3; j++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += features.matrix[i * width + j]! / Math.max(n, 1);
    let v = 0;
    for (let i = 0; i < n; i++) v += (features.matrix[i * width + j]! - mean) ** 2 / Math.max(n, 1);
    means[j] = mean;
    scales[j] = Math.sqrt(v) || 1;
  }
  const weights = new Array<number>(width).fill(0);
  weights[0] = -1;
  weights[1] = 1;
  weights[2] = 1;
  return { columns: features.columns, means, scales, weights, intercept: 0 };
}

/** Average percentile ranks (recency, frequency, monetary, tenure) of each tier's members. */
export function profilesOf(features: CustomerFeatures, tiers: Int32Array, count: number): SegmentProfile[] {
  const r = percentiles(features.recencyDays.map((d) => -d));
  const f = percentiles(features.frequency);
  const m = percentiles(features.monetary);
  const t = percentiles(features.tenureDays);
  const sums = Array.from({ length: count }, () => ({ n: 0, r: 0, f: 0, m: 0, t: 0 }));
  for (let i = 0; i < tiers.length; i++) {
    const s = sums[tiers[i]!]!;
    s.n++;
    s.r += r[i]!;
    s.f += f[i]!;
    s.m += m[i]!;
    s.t += t[i]!;
  }
  return sums.map((s) =>
    s.n ? { r: s.r / s.n, f: s.f / s.n, m: s.m / s.n, t: s.t / s.n } : { r: 0.5, f: 0.5, m: 0.5, t: 0.5 },
  );
}

/** Percentile rank in [0, 1] (ties share their average rank). */
function percentiles(values: Float64Array): Float64Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const out = new Float64Array(n);
  for (let start = 0; start < n;) {
    let end = start;
    while (end + 1 < n && values[order[end + 1]!] === values[order[start]!]) end++;
    const rank = n > 1 ? (start + end) / 2 / (n - 1) : 0.5;
    for (let i = start; i <= end; i++) out[order[i]!] = rank;
    start = end + 1;
  }
  return out;
}

function concat(parts: Float64Array[]): Float64Array {
  const out = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

function variance(y: Float64Array): number {
  let mean = 0;
  for (const v of y) mean += v / y.length;
  let s = 0;
  for (const v of y) s += (v - mean) ** 2;
  return s / Math.max(1, y.length);
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** Raw-score thresholds equivalent to thresholds on a monotone transform of the score. */
function rawThresholds(raw: Float64Array, transformed: Float64Array, cuts: number[]): number[] {
  return cuts.map((cut) => {
    let below = Number.NEGATIVE_INFINITY;
    let above = Number.POSITIVE_INFINITY;
    for (let i = 0; i < raw.length; i++) {
      if (transformed[i]! <= cut) below = Math.max(below, raw[i]!);
      else above = Math.min(above, raw[i]!);
    }
    return Number.isFinite(below) && Number.isFinite(above)
      ? (below + above) / 2
      : Number.isFinite(below)
        ? below
        : above;
  });
}

/** True when the model's score reads interaction features (fitted on CRM data with interactions). */
export function usesEngagement(model: SegmentModel): boolean {
  return model.score.columns.includes('touches_last_window');
}
