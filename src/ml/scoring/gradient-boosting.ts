import type { BinnedMatrix } from './feature-binning';
import { routedValue, routingTableOf, type RegressionTree } from './regression-tree';
import { seededRandom } from '../../core/seeded-random';
import { TreeGrower, type FeatureLayout, type TreeGrowthParams } from './tree-grower';

/** Settings of the boosting loop on top of the tree settings. */
export interface BoostingParams extends TreeGrowthParams {
  maxIterations: number;
  /** Stop when the validation log-loss has not improved for this many rounds. */
  earlyStoppingRounds: number;
  /** Share of features each tree may use (1 = all). */
  featureFraction: number;
  /**
   * Share of the training rows each tree is grown on (1 = all): stochastic gradient boosting
   * (Friedman 2002). Each round draws its rows afresh; the tree's leaves then move every training
   * row's score, sampled or not.
   */
  rowFraction: number;
  seed: number;
}

/**
 * Defaults for tabular CRM-sized data (thousands to hundreds of thousands of rows, tens of columns).
 * 15 leaves and 100 rows per category in categorical splits (LightGBM's min_data_per_group) were
 * set after the first scale bench: with 31 leaves and 10 rows per category, many-level categoricals
 * overfit on the synthetic data while Bank Marketing was unaffected either way.
 */
export const DEFAULT_BOOSTING_PARAMS: BoostingParams = {
  learningRate: 0.1,
  maxLeaves: 15,
  maxDepth: 0,
  minSamplesLeaf: 20,
  minHessianLeaf: 1e-3,
  l2: 1,
  minGain: 1e-7,
  categoricalL2: 10,
  categoricalSmoothing: 10,
  minSamplesPerCategory: 100,
  maxCategoriesLeft: 32,
  maxIterations: 1000,
  earlyStoppingRounds: 30,
  featureFraction: 1,
  rowFraction: 1,
  seed: 1,
};

/** A boosted ensemble: raw score (log-odds) = baseScore + sum of tree outputs. */
export interface BoostedTrees {
  baseScore: number;
  trees: RegressionTree[];
}

/** The outcome of training: the ensemble (cut at the best round) and the validation log-odds at that round. */
export interface BoostingResult {
  model: BoostedTrees;
  /** Every tree grown, also those after the best round (for cross-validation curves). */
  allTrees: RegressionTree[];
  bestIteration: number;
  validationLogLoss: number[];
  validationScores: Float64Array;
}

/**
 * Gradient boosting of regression trees on the binary log-loss, with Newton leaf values and early
 * stopping on the validation rows (when there are any).
 */
export function trainBoostedTrees(
  data: BinnedMatrix,
  layout: FeatureLayout,
  labels: Uint8Array,
  trainRows: Uint32Array,
  validRows: Uint32Array,
  params: BoostingParams,
): BoostingResult {
  let positives = 0;
  for (const row of trainRows) positives += labels[row]!;
  const prior = Math.min(1 - 1e-6, Math.max(1e-6, positives / trainRows.length));
  const baseScore = Math.log(prior / (1 - prior));
  const scores = new Float64Array(data.rowCount).fill(baseScore);
  const gradients = new Float64Array(data.rowCount);
  const hessians = new Float64Array(data.rowCount);
  const rows = Uint32Array.from(trainRows);
  const trees: RegressionTree[] = [];
  const validationLogLoss: number[] = [];
  let bestLoss = Number.POSITIVE_INFINITY;
  let bestIteration = 0;
  const bestValidationScores = new Float64Array(validRows.length).fill(baseScore);
  const random = seededRandom(params.seed);
  const allFeatures = Array.from({ length: data.featureCount }, (_, f) => f);
  const grower = new TreeGrower(data, layout, params);

  const subsampling = params.rowFraction < 1;
  // Its own stream, so that sampling rows leaves the features' draws as they were.
  const rowRandom = seededRandom(params.seed ^ 0x5bd1e995);
  const unsampled = new Uint32Array(subsampling ? trainRows.length : 0);

  // The per-row work of a round is in small functions of their own: inside this long loop V8 kept
  // it unoptimised, boxing every number (300 MB of garbage per booster on Bank Marketing).
  for (let iteration = 0; iteration < params.maxIterations; iteration++) {
    let treeRows = rows;
    let unsampledCount = 0;
    if (subsampling) {
      const seed = Math.floor(rowRandom() * 4294967296);
      const sampled = sampleRows(trainRows, params.rowFraction, seed, rows, unsampled);
      treeRows = rows.subarray(0, sampled);
      unsampledCount = trainRows.length - sampled;
    }
    // Only the rows a tree is grown on need their gradients.
    setGradients(treeRows, scores, labels, gradients, hessians);
    const features =
      params.featureFraction < 1 ? sampleFeatures(allFeatures, params.featureFraction, random) : allFeatures;
    const { tree, leafSpans } = grower.grow(gradients, hessians, treeRows, features);
    trees.push(tree);
    for (const span of leafSpans) addToScores(scores, treeRows, span.start, span.end, tree.value[span.node]!);
    if (unsampledCount > 0) addTreeToRows(tree, data, unsampled, unsampledCount, scores);
    if (validRows.length === 0) {
      bestIteration = iteration + 1;
      continue;
    }
    const loss = addTreeToValidation(tree, data, validRows, labels, scores) / validRows.length;
    validationLogLoss.push(loss);
    if (loss < bestLoss - 1e-7) {
      bestLoss = loss;
      bestIteration = iteration + 1;
      for (let i = 0; i < validRows.length; i++) bestValidationScores[i] = scores[validRows[i]!]!;
    } else if (iteration + 1 - bestIteration >= params.earlyStoppingRounds) {
      break;
    }
    if (tree.feature.length === 1) break;
  }
  return {
    model: { baseScore, trees: trees.slice(0, bestIteration) },
    allTrees: trees,
    bestIteration,
    validationLogLoss,
    validationScores: validRows.length ? bestValidationScores : new Float64Array(0),
  };
}

/** Raw scores (log-odds) of every row of a binned matrix. */
export function rawScoresOf(model: BoostedTrees, data: BinnedMatrix): Float64Array {
  const scores = new Float64Array(data.rowCount).fill(model.baseScore);
  for (const tree of model.trees) {
    const route = routingTableOf(tree);
    for (let row = 0; row < data.rowCount; row++)
      scores[row] = scores[row]! + routedValue(route, data.bins, row * data.featureCount);
  }
  return scores;
}

/** The log-loss gradient and hessian of each training row at its current score. */
function setGradients(
  trainRows: Uint32Array,
  scores: Float64Array,
  labels: Uint8Array,
  gradients: Float64Array,
  hessians: Float64Array,
): void {
  for (let i = 0; i < trainRows.length; i++) {
    const row = trainRows[i]!;
    const p = 1 / (1 + Math.exp(-scores[row]!));
    gradients[row] = p - labels[row]!;
    hessians[row] = Math.max(p * (1 - p), 1e-16);
  }
}

/** Adds a leaf's value to the scores of its rows (`rows[start..end)`). */
function addToScores(
  scores: Float64Array,
  rows: Uint32Array,
  start: number,
  end: number,
  value: number,
): void {
  for (let i = start; i < end; i++) scores[rows[i]!] = scores[rows[i]!]! + value;
}

/**
 * Draws each training row with probability `fraction` (in order, so the sampled rows stay sorted
 * for the histogram pass): writes the sampled rows to the front of `sampled`, the others to the
 * front of `unsampled`, and returns how many were sampled (at least one). The per-row draws come
 * from an inline xorshift32 seeded by `seed`: a call to the seeded generator per row cost more
 * than the histogram work that sampling saves.
 */
export function sampleRows(
  trainRows: Uint32Array,
  fraction: number,
  seed: number,
  sampled: Uint32Array,
  unsampled: Uint32Array,
): number {
  const threshold = Math.floor(fraction * 4294967296);
  let state = seed >>> 0 || 0x9e3779b9;
  let taken = 0;
  let left = 0;
  for (let i = 0; i < trainRows.length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    const row = trainRows[i]!;
    if (state >>> 0 < threshold) sampled[taken++] = row;
    else unsampled[left++] = row;
  }
  if (taken === 0 && left > 0) sampled[taken++] = unsampled[--left]!;
  return taken;
}

/** Adds a new tree's output to the scores of the rows `rows[0..count)` (rows it was not grown on). */
function addTreeToRows(
  tree: RegressionTree,
  data: BinnedMatrix,
  rows: Uint32Array,
  count: number,
  scores: Float64Array,
): void {
  const route = routingTableOf(tree);
  for (let i = 0; i < count; i++) {
    const row = rows[i]!;
    scores[row] = scores[row]! + routedValue(route, data.bins, row * data.featureCount);
  }
}

/** Adds a new tree's output to the validation rows' scores and returns their summed log-loss. */
function addTreeToValidation(
  tree: RegressionTree,
  data: BinnedMatrix,
  validRows: Uint32Array,
  labels: Uint8Array,
  scores: Float64Array,
): number {
  const route = routingTableOf(tree);
  let loss = 0;
  for (let i = 0; i < validRows.length; i++) {
    const row = validRows[i]!;
    const score = (scores[row] = scores[row]! + routedValue(route, data.bins, row * data.featureCount));
    loss += labels[row] ? softplus(-score) : softplus(score);
  }
  return loss;
}

/** log(1 + e^x) without overflow. */
function softplus(x: number): number {
  return x > 30 ? x : Math.log1p(Math.exp(x));
}

function sampleFeatures(all: number[], fraction: number, random: () => number): number[] {
  const picked = all.filter(() => random() < fraction);
  return picked.length ? picked : [all[Math.floor(random() * all.length)]!];
}
