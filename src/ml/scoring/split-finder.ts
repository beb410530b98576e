import type { FeatureLayout, TreeGrowthParams } from './tree-layout';

/** The best split of a leaf: the feature, where it cuts, and the left child's gradient statistics. */
export interface SplitChoice {
  gain: number;
  feature: number;
  threshold: number;
  missingLeft: boolean;
  leftBins: number[] | null;
  leftG: number;
  leftH: number;
  leftC: number;
}

/** A leaf's histogram (interleaved [gradient, hessian, count] per bin) and totals. */
export interface LeafStatistics {
  histogram: Float64Array;
  g: number;
  h: number;
  c: number;
}

/**
 * The split of a leaf with the largest loss reduction over the allowed features (numeric: a bin
 * threshold with missing values sent the better way; categorical: a set of categories), or null when
 * no split gains more than `minGain` while keeping `minSamplesLeaf` rows on each side.
 */
export function bestSplit(
  leaf: LeafStatistics,
  layout: FeatureLayout,
  params: TreeGrowthParams,
  allowedFeatures: readonly number[],
): SplitChoice | null {
  if (leaf.c < 2 * params.minSamplesLeaf || leaf.h < 2 * params.minHessianLeaf) return null;
  let best: SplitChoice | null = null;
  const parentScore = (leaf.g * leaf.g) / (leaf.h + params.l2);
  for (const f of allowedFeatures) {
    const candidate = layout.categorical[f]
      ? bestCategoricalSplit(leaf, layout, params, f)
      : bestNumericSplit(leaf, layout, params, f, parentScore);
    if (candidate && (!best || candidate.gain > best.gain)) best = candidate;
  }
  return best && best.gain > params.minGain ? best : null;
}

function bestNumericSplit(
  leaf: LeafStatistics,
  layout: FeatureLayout,
  params: TreeGrowthParams,
  f: number,
  parentScore: number,
): SplitChoice | null {
  const hist = leaf.histogram;
  const base = layout.offsets[f]! * 3;
  const binCount = layout.binCounts[f]!;
  const missingG = hist[base]!;
  const missingH = hist[base + 1]!;
  const missingC = hist[base + 2]!;
  const { g: totalG, h: totalH, c: totalC } = leaf;
  const { minSamplesLeaf, minHessianLeaf, l2 } = params;
  // The best so far lives in locals: one SplitChoice per call, not one per improvement.
  let bestGain = 0;
  let bestThreshold = -1;
  let bestWithMissing = false;
  let bestG = 0;
  let bestH = 0;
  let bestC = 0;
  let lg = 0;
  let lh = 0;
  let lc = 0;
  for (let t = 1; t < binCount; t++) {
    const slot = base + t * 3;
    lg += hist[slot]!;
    lh += hist[slot + 1]!;
    lc += hist[slot + 2]!;
    if (hist[slot + 2] === 0 && t + 1 < binCount) continue;
    for (let withMissing = 0; withMissing < (missingC > 0 ? 2 : 1); withMissing++) {
      const g = withMissing ? lg + missingG : lg;
      const h = withMissing ? lh + missingH : lh;
      const c = withMissing ? lc + missingC : lc;
      const rc = totalC - c;
      const rh = totalH - h;
      if (c < minSamplesLeaf || rc < minSamplesLeaf || h < minHessianLeaf || rh < minHessianLeaf) continue;
      const rg = totalG - g;
      const gain = (g * g) / (h + l2) + (rg * rg) / (rh + l2) - parentScore;
      if (gain > bestGain) {
        bestGain = gain;
        bestThreshold = t;
        bestWithMissing = withMissing === 1;
        bestG = g;
        bestH = h;
        bestC = c;
      }
    }
  }
  if (bestThreshold < 0) return null;
  return {
    gain: bestGain,
    feature: f,
    threshold: bestThreshold,
    missingLeft: bestWithMissing,
    leftBins: null,
    leftG: bestG,
    leftH: bestH,
    leftC: bestC,
  };
}

function bestCategoricalSplit(
  leaf: LeafStatistics,
  layout: FeatureLayout,
  params: TreeGrowthParams,
  f: number,
): SplitChoice | null {
  const hist = leaf.histogram;
  const base = layout.offsets[f]! * 3;
  const binCount = layout.binCounts[f]!;
  const eligible: number[] = [];
  for (let b = 0; b < binCount; b++)
    if (hist[base + b * 3 + 2]! >= params.minSamplesPerCategory) eligible.push(b);
  if (eligible.length < 2) return null;
  const { g: totalG, h: totalH, c: totalC } = leaf;
  const l2 = params.l2 + params.categoricalL2;
  const parent = (totalG * totalG) / (totalH + l2);
  // Candidate left sets are runs eligible[from..to) of the (sorted) eligible bins; the best is kept
  // as its run and turned into a SplitChoice once, so the search allocates no arrays of its own.
  let bestGain = 0;
  let bestFrom = -1;
  let bestTo = -1;
  let bestG = 0;
  let bestH = 0;
  let bestC = 0;
  const consider = (from: number, to: number) => {
    let g = 0;
    let h = 0;
    let c = 0;
    for (let i = from; i < to; i++) {
      const b = eligible[i]!;
      g += hist[base + b * 3]!;
      h += hist[base + b * 3 + 1]!;
      c += hist[base + b * 3 + 2]!;
    }
    const rc = totalC - c;
    const rh = totalH - h;
    if (
      c < params.minSamplesLeaf ||
      rc < params.minSamplesLeaf ||
      h < params.minHessianLeaf ||
      rh < params.minHessianLeaf
    )
      return;
    const rg = totalG - g;
    const gain = (g * g) / (h + l2) + (rg * rg) / (rh + l2) - parent;
    if (gain > 0 && (bestFrom < 0 || gain > bestGain)) {
      bestGain = gain;
      bestFrom = from;
      bestTo = to;
      bestG = g;
      bestH = h;
      bestC = c;
    }
  };
  if (eligible.length <= 4) {
    for (let i = 0; i < eligible.length; i++) consider(i, i + 1);
  } else {
    // Categories by gradient / (hessian + smoothing), ascending; ties keep bin order (a stable
    // insertion sort: a few dozen bins at most, and no sort buffers per leaf and feature).
    const ratios = eligible.map(
      (b) => hist[base + b * 3]! / (hist[base + b * 3 + 1]! + params.categoricalSmoothing),
    );
    for (let i = 1; i < eligible.length; i++) {
      const bin = eligible[i]!;
      const ratio = ratios[i]!;
      let j = i - 1;
      for (; j >= 0 && ratios[j]! > ratio; j--) {
        eligible[j + 1] = eligible[j]!;
        ratios[j + 1] = ratios[j]!;
      }
      eligible[j + 1] = bin;
      ratios[j + 1] = ratio;
    }
    const limit = Math.min(params.maxCategoriesLeft, eligible.length - 1);
    for (let k = 1; k <= limit; k++) {
      consider(0, k);
      consider(eligible.length - k, eligible.length);
    }
  }
  if (bestFrom < 0) return null;
  const leftSet = eligible.slice(bestFrom, bestTo);
  return {
    gain: bestGain,
    feature: f,
    threshold: 0,
    missingLeft: leftSet.includes(0),
    leftBins: leftSet.sort((a, b) => a - b),
    leftG: bestG,
    leftH: bestH,
    leftC: bestC,
  };
}
