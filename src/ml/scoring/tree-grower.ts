import type { BinnedMatrix } from './feature-binning';
import { addJointToFeatureHistogram, histogramBundlesOf, type HistogramBundles } from './histogram-bundles';
import type { RegressionTree } from './regression-tree';
import { bestSplit, type LeafStatistics, type SplitChoice } from './split-finder';
import type { FeatureLayout, TreeGrowthParams } from './tree-layout';

export { featureLayoutOf, type FeatureLayout, type TreeGrowthParams } from './tree-layout';

interface OpenLeaf extends LeafStatistics {
  node: number;
  start: number;
  end: number;
  depth: number;
  split: SplitChoice | null;
}

/** A grown tree and, for each leaf, the span of `rows` (reordered) that fell into it. */
export interface GrownTree {
  tree: RegressionTree;
  leafSpans: { node: number; start: number; end: number }[];
}

/**
 * The histogram bundles and the feature-major bins of a matrix, kept while the matrix lives: the
 * members of a bag train on the same matrix, and each would otherwise derive them again.
 */
const derivedLayouts = new WeakMap<
  BinnedMatrix,
  { layout: FeatureLayout; bundles: HistogramBundles; columns: Uint8Array }
>();

/**
 * Grows regression trees on gradient statistics with histograms: the smaller child's histogram is
 * built from its rows (over bundles of features, see `HistogramBundles`), the larger one's by
 * subtraction from the parent. Buffers are kept between trees so that boosting hundreds of rounds
 * does not churn the garbage collector.
 */
export class TreeGrower {
  private readonly scratch: Uint32Array;
  private readonly pool: Float64Array[] = [];
  private readonly bundles: HistogramBundles;
  /** A leaf's histogram over the bundles' combinations, before it is added up per feature. */
  private readonly joint: Float64Array;
  /** The bins feature by feature (`columns[feature * rowCount + row]`), for partitioning a leaf's rows. */
  private readonly columns: Uint8Array;
  private readonly leftLookup = new Uint8Array(256);

  constructor(
    private readonly data: BinnedMatrix,
    private readonly layout: FeatureLayout,
    private readonly params: TreeGrowthParams,
  ) {
    this.scratch = new Uint32Array(data.rowCount);
    let derived = derivedLayouts.get(data);
    if (derived?.layout !== layout) {
      derived = { layout, bundles: histogramBundlesOf(data, layout), columns: columnMajorOf(data) };
      derivedLayouts.set(data, derived);
    }
    this.bundles = derived.bundles;
    this.joint = new Float64Array(this.bundles.targets ? this.bundles.jointLength : 0);
    this.columns = derived.columns;
  }

  /**
   * Grows one tree over `rows` (reordered in place so that each leaf's rows are contiguous),
   * splitting only on `allowedFeatures`.
   */
  grow(
    gradients: Float64Array,
    hessians: Float64Array,
    rows: Uint32Array,
    allowedFeatures: readonly number[],
  ): GrownTree {
    const { layout, params } = this;
    const tree: RegressionTree = {
      feature: [],
      threshold: [],
      missingLeft: [],
      leftBins: [],
      left: [],
      right: [],
      value: [],
      cover: [],
      gain: [],
    };
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
    const root: OpenLeaf = {
      node: addNode(rootTotals.g, rootTotals.h),
      start: 0,
      end: rows.length,
      depth: 0,
      histogram: rootHistogram,
      ...rootTotals,
      split: null,
    };
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
      const middle = this.partitionRows(split, rows, parent.start, parent.end);
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
      for (let i = 0; i < largeHistogram.length; i++)
        largeHistogram[i] = largeHistogram[i]! - smallHistogram[i]!;
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

  /**
   * Reorders `rows[start..end)` so that the rows going left come first (in their order) and returns
   * where the right ones start. It reads the split feature's column, which stays in cache, rather
   * than one row-major cell per row.
   */
  private partitionRows(split: SplitChoice, rows: Uint32Array, start: number, end: number): number {
    const { scratch, leftLookup } = this;
    const rowCount = this.data.rowCount;
    const column = this.columns.subarray(split.feature * rowCount, (split.feature + 1) * rowCount);
    let writeLeft = start;
    let writeRight = 0;
    if (split.leftBins) {
      leftLookup.fill(0);
      for (const bin of split.leftBins) leftLookup[bin] = 1;
      for (let i = start; i < end; i++) {
        const row = rows[i]!;
        if (leftLookup[column[row]!] === 1) rows[writeLeft++] = row;
        else scratch[writeRight++] = row;
      }
    } else {
      const threshold = split.threshold;
      const missingLeft = split.missingLeft;
      for (let i = start; i < end; i++) {
        const row = rows[i]!;
        const bin = column[row]!;
        if (bin === 0 ? missingLeft : bin <= threshold) rows[writeLeft++] = row;
        else scratch[writeRight++] = row;
      }
    }
    for (let i = 0; i < writeRight; i++) rows[writeLeft + i] = scratch[i]!;
    return writeLeft;
  }

  private newHistogram(): Float64Array {
    const reused = this.pool.pop();
    if (reused) {
      reused.fill(0);
      return reused;
    }
    return new Float64Array(this.layout.totalBins * 3);
  }

  /** Adds the rows `rows[start..end)` into a (zeroed) feature histogram. */
  private buildHistogram(
    gradients: Float64Array,
    hessians: Float64Array,
    rows: Uint32Array,
    start: number,
    end: number,
    histogram: Float64Array,
  ): void {
    const { bundles, joint } = this;
    if (!bundles.targets) {
      accumulateRows(gradients, hessians, rows, start, end, bundles.slots, bundles.count, histogram);
      return;
    }
    joint.fill(0);
    accumulateRows(gradients, hessians, rows, start, end, bundles.slots, bundles.count, joint);
    addJointToFeatureHistogram(bundles, joint, histogram);
  }
}

/** Adds each row's gradient, hessian and 1 at its slot of every bundle. */
function accumulateRows(
  gradients: Float64Array,
  hessians: Float64Array,
  rows: Uint32Array,
  start: number,
  end: number,
  slots: Uint16Array | Uint32Array,
  count: number,
  histogram: Float64Array,
): void {
  for (let i = start; i < end; i++) {
    const row = rows[i]!;
    const g = gradients[row]!;
    const h = hessians[row]!;
    const base = row * count;
    for (let b = 0; b < count; b++) {
      const slot = slots[base + b]!;
      histogram[slot] = histogram[slot]! + g;
      histogram[slot + 1] = histogram[slot + 1]! + h;
      histogram[slot + 2] = histogram[slot + 2]! + 1;
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

/** The bins of a row-major matrix laid out feature by feature. */
function columnMajorOf(data: BinnedMatrix): Uint8Array {
  const { bins, featureCount, rowCount } = data;
  const columns = new Uint8Array(bins.length);
  for (let row = 0, cell = 0; row < rowCount; row++)
    for (let f = 0; f < featureCount; f++, cell++) columns[f * rowCount + row] = bins[cell]!;
  return columns;
}
