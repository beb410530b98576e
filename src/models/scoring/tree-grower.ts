import type { BinnedMatrix } from './feature-binning';
import type { RegressionTree } from './regression-tree';

/** How a tree grows: leaf-wise (best gain first) up to `maxLeaves`, on Newton steps. */
export interface TreeGrowthParams {
  maxLeaves: number;
  /** 0 for no depth limit. */
  maxDepth: number;
  minSamplesLeaf: number;
  minHessianLeaf: number;
  /** L2 penalty on leaf values. */
  l2: number;
  minGain: number;
  learningRate: number;
  /** Categorical splits: extra L2 on the split gain, smoothing of the category order, and limits. */
  categoricalL2: number;
  categoricalSmoothing: number;
  minSamplesPerCategory: number;
  maxCategoriesLeft: number;
}

/** The feature layout a grower needs: bins per feature, which features are categorical, histogram offsets. */
export interface FeatureLayout {
  binCounts: number[];
  categorical: boolean[];
  offsets: number[];
  totalBins: number;
}

/** Builds the histogram layout of binned features. */
export function featureLayoutOf(binCounts: number[], categorical: boolean[]): FeatureLayout {
  const offsets: number[] = [];
  let totalBins = 0;
  for (const count of binCounts) {
    offsets.push(totalBins);
    totalBins += count;
  }
  return { binCounts, categorical, offsets, totalBins };
}

interface SplitChoice {
  gain: number;
  feature: number;
  threshold: number;
  missingLeft: boolean;
  leftBins: number[] | null;
  leftG: number;
  leftH: number;
  leftC: number;
}

interface OpenLeaf {
  node: number;
  start: number;
  end: number;
  depth: number;
  /** Interleaved [gradient, hessian, count] per bin. */
  histogram: Float64Array;
  g: number;
  h: number;
  c: number;
  split: SplitChoice | null;
}

/** A grown tree and, for each leaf, the span of `rows` (reordered) that fell into it. */
export interface GrownTree {
  tree: RegressionTree;
  leafSpans: { node: number; start: number; end: number }[];
}

/**
 * Grows regression trees on gradient statistics with histograms: the smaller child's histogram is
 * built from its rows, the larger one's by subtraction from the parent. Buffers are kept between
 * trees so that boosting hundreds of rounds does not churn the garbage collector.
 */
export class TreeGrower {
  private readonly scratch: Uint32Array;
  private readonly pool: Float64Array[] = [];
  private readonly slotOffsets: Int32Array;

  constructor(
    private readonly data: BinnedMatrix,
    private readonly layout: FeatureLayout,
    private readonly params: TreeGrowthParams,
  ) {
    this.scratch = new Uint32Array(data.rowCount);
    this.slotOffsets = Int32Array.from(layout.offsets, (offset) => offset * 3);
  }

  /**
   * Grows one tree over `rows` (reordered in place so that each leaf's rows are contiguous),
   * splitting only on `allowedFeatures`.
   */
  grow(gradients: Float64Array, hessians: Float64Array, rows: Uint32Array, allowedFeatures: readonly number[]): GrownTree {
    const { data, layout, params } = this;
    const tree: RegressionTree = { feature: [], threshold: [], missingLeft: [], leftBins: [], left: [], right: [], value: [], cover: [], gain: [] };
    const addNode = (g: number, h: number) => {
      tree.feature.push(-1);
      tree.threshold.push(0);
      tree.missingLeft.push(false);
      tree.leftBins.push(null);
      tree.left.push(-1);
      tree.right.push(-1);
      tree.value.push((-g / (h + params.l2)) * params.learningRate);
      tree.cover.push(h);
      tree.gain.push(0);
      return tree.feature.length - 1;
    };

    const rootHistogram = this.newHistogram();
    this.buildHistogram(gradients, hessians, rows, 0, rows.length, rootHistogram);
    const rootTotals = totalsOf(rootHistogram, layout);
    const root: OpenLeaf = { node: addNode(rootTotals.g, rootTotals.h), start: 0, end: rows.length, depth: 0, histogram: rootHistogram, ...rootTotals, split: null };
    root.split = bestSplit(root, layout, params, allowedFeatures);
    const leaves: OpenLeaf[] = [root];

    while (leaves.length < params.maxLeaves) {
      let best = -1;
      for (let i = 0; i < leaves.length; i++) {
        const candidate = leaves[i]!;
        if (candidate.split && (best < 0 || candidate.split.gain > leaves[best]!.split!.gain)) best = i;
      }
      if (best < 0) break;
      const parent = leaves[best]!;
      const split = parent.split!;
      const middle = partitionRows(data, split, rows, this.scratch, parent.start, parent.end);
      const leftNode = addNode(split.leftG, split.leftH);
      const rightNode = addNode(parent.g - split.leftG, parent.h - split.leftH);
      tree.feature[parent.node] = split.feature;
      tree.threshold[parent.node] = split.threshold;
      tree.missingLeft[parent.node] = split.missingLeft;
      tree.leftBins[parent.node] = split.leftBins;
      tree.left[parent.node] = leftNode;
      tree.right[parent.node] = rightNode;
      tree.gain[parent.node] = split.gain;

      const leftIsSmall = middle - parent.start <= parent.end - middle;
      const smallHistogram = this.newHistogram();
      if (leftIsSmall) this.buildHistogram(gradients, hessians, rows, parent.start, middle, smallHistogram);
      else this.buildHistogram(gradients, hessians, rows, middle, parent.end, smallHistogram);
      const largeHistogram = parent.histogram;
      for (let i = 0; i < largeHistogram.length; i++) largeHistogram[i] = largeHistogram[i]! - smallHistogram[i]!;
      const depth = parent.depth + 1;
      const left: OpenLeaf = {
        node: leftNode,
        start: parent.start,
        end: middle,
        depth,
        histogram: leftIsSmall ? smallHistogram : largeHistogram,
        g: split.leftG,
        h: split.leftH,
        c: split.leftC,
        split: null,
      };
      const right: OpenLeaf = {
        node: rightNode,
        start: middle,
        end: parent.end,
        depth,
        histogram: leftIsSmall ? largeHistogram : smallHistogram,
        g: parent.g - split.leftG,
        h: parent.h - split.leftH,
        c: parent.c - split.leftC,
        split: null,
      };
      if (params.maxDepth <= 0 || depth < params.maxDepth) {
        left.split = bestSplit(left, layout, params, allowedFeatures);
        right.split = bestSplit(right, layout, params, allowedFeatures);
      }
      leaves.splice(best, 1, left, right);
    }
    for (const leaf of leaves) this.pool.push(leaf.histogram);
    return { tree, leafSpans: leaves.map(({ node, start, end }) => ({ node, start, end })) };
  }

  private newHistogram(): Float64Array {
    const reused = this.pool.pop();
    if (reused) {
      reused.fill(0);
      return reused;
    }
    return new Float64Array(this.layout.totalBins * 3);
  }

  private buildHistogram(gradients: Float64Array, hessians: Float64Array, rows: Uint32Array, start: number, end: number, histogram: Float64Array): void {
    const featureCount = this.data.featureCount;
    const bins = this.data.bins;
    const offsets = this.slotOffsets;
    for (let i = start; i < end; i++) {
      const row = rows[i]!;
      const g = gradients[row]!;
      const h = hessians[row]!;
      const base = row * featureCount;
      for (let f = 0; f < featureCount; f++) {
        const slot = offsets[f]! + bins[base + f]! * 3;
        histogram[slot] = histogram[slot]! + g;
        histogram[slot + 1] = histogram[slot + 1]! + h;
        histogram[slot + 2] = histogram[slot + 2]! + 1;
      }
    }
  }
}

function totalsOf(histogram: Float64Array, layout: FeatureLayout): { g: number; h: number; c: number } {
  let g = 0;
  let h = 0;
  let c = 0;
  const end = (layout.offsets[0]! + layout.binCounts[0]!) * 3;
  for (let slot = layout.offsets[0]! * 3; slot < end; slot += 3) {
    g += histogram[slot]!;
    h += histogram[slot + 1]!;
    c += histogram[slot + 2]!;
  }
  return { g, h, c };
}

function partitionRows(
  data: BinnedMatrix,
  split: SplitChoice,
  rows: Uint32Array,
  scratch: Uint32Array,
  start: number,
  end: number,
): number {
  const featureCount = data.featureCount;
  const bins = data.bins;
  const f = split.feature;
  let lookup: Uint8Array | null = null;
  if (split.leftBins) {
    lookup = new Uint8Array(256);
    for (const bin of split.leftBins) lookup[bin] = 1;
  }
  let writeLeft = start;
  let writeRight = 0;
  for (let i = start; i < end; i++) {
    const row = rows[i]!;
    const bin = bins[row * featureCount + f]!;
    const left = lookup ? lookup[bin] === 1 : bin === 0 ? split.missingLeft : bin <= split.threshold;
    if (left) rows[writeLeft++] = row;
    else scratch[writeRight++] = row;
  }
  rows.set(scratch.subarray(0, writeRight), writeLeft);
  return writeLeft;
}

function bestSplit(leaf: OpenLeaf, layout: FeatureLayout, params: TreeGrowthParams, allowedFeatures: readonly number[]): SplitChoice | null {
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

function bestNumericSplit(leaf: OpenLeaf, layout: FeatureLayout, params: TreeGrowthParams, f: number, parentScore: number): SplitChoice | null {
  const hist = leaf.histogram;
  const base = layout.offsets[f]! * 3;
  const binCount = layout.binCounts[f]!;
  const missingG = hist[base]!;
  const missingH = hist[base + 1]!;
  const missingC = hist[base + 2]!;
  const { g: totalG, h: totalH, c: totalC } = leaf;
  const { minSamplesLeaf, minHessianLeaf, l2 } = params;
  let bestGain = 0;
  let best: SplitChoice | null = null;
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
        best = { gain, feature: f, threshold: t, missingLeft: withMissing === 1, leftBins: null, leftG: g, leftH: h, leftC: c };
      }
    }
  }
  return best;
}

function bestCategoricalSplit(leaf: OpenLeaf, layout: FeatureLayout, params: TreeGrowthParams, f: number): SplitChoice | null {
  const hist = leaf.histogram;
  const base = layout.offsets[f]! * 3;
  const binCount = layout.binCounts[f]!;
  const eligible: number[] = [];
  for (let b = 0; b < binCount; b++) if (hist[base + b * 3 + 2]! >= params.minSamplesPerCategory) eligible.push(b);
  if (eligible.length < 2) return null;
  const { g: totalG, h: totalH, c: totalC } = leaf;
  const l2 = params.l2 + params.categoricalL2;
  const parent = (totalG * totalG) / (totalH + l2);
  let best: SplitChoice | null = null;
  const consider = (leftSet: number[]) => {
    let g = 0;
    let h = 0;
    let c = 0;
    for (const b of leftSet) {
      g += hist[base + b * 3]!;
      h += hist[base + b * 3 + 1]!;
      c += hist[base + b * 3 + 2]!;
    }
    const rc = totalC - c;
    const rh = totalH - h;
    if (c < params.minSamplesLeaf || rc < params.minSamplesLeaf || h < params.minHessianLeaf || rh < params.minHessianLeaf) return;
    const rg = totalG - g;
    const gain = (g * g) / (h + l2) + (rg * rg) / (rh + l2) - parent;
    if (gain > 0 && (!best || gain > best.gain)) {
      best = { gain, feature: f, threshold: 0, missingLeft: leftSet.includes(0), leftBins: [...leftSet].sort((a, b) => a - b), leftG: g, leftH: h, leftC: c };
    }
  };
  if (eligible.length <= 4) {
    for (const b of eligible) consider([b]);
    return best;
  }
  const ratio = (b: number) => hist[base + b * 3]! / (hist[base + b * 3 + 1]! + params.categoricalSmoothing);
  eligible.sort((a, b) => ratio(a) - ratio(b));
  const limit = Math.min(params.maxCategoriesLeft, eligible.length - 1);
  for (let k = 1; k <= limit; k++) {
    consider(eligible.slice(0, k));
    consider(eligible.slice(eligible.length - k));
  }
  return best;
}
