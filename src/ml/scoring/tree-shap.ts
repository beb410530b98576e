import type { BinnedMatrix } from './feature-binning';
import { goesLeft, leftBinLookups, type RegressionTree } from './regression-tree';

const walkersByDepth = new Map<number, TreeShapWalker>();
const depthOfTree = new WeakMap<RegressionTree, number>();

/**
 * Exact SHAP values of one row for one tree (the path-dependent TreeSHAP algorithm of Lundberg
 * et al., 2018, following the reference implementation), added into `contributions` (one slot per
 * feature). Node covers weigh the paths, so the contributions sum to the tree's output minus its
 * expected output.
 */
export function addTreeShap(
  tree: RegressionTree,
  bins: Uint8Array,
  offset: number,
  contributions: Float64Array,
): void {
  const depth = treeDepth(tree) + 2;
  let walker = walkersByDepth.get(depth);
  if (!walker) {
    walker = new TreeShapWalker(((depth + 1) * (depth + 2)) / 2 + depth + 2);
    walkersByDepth.set(depth, walker);
  }
  walker.walk(tree, bins, offset, contributions);
}

/** Trees with more split nodes than this are explained row by row (a route no longer fits a 32-bit key). */
const MAX_MEMO_SPLITS = 31;

/**
 * `addTreeShap` for many rows of a binned matrix at once, into `contributions` (row-major, one row
 * of `featureCount` slots per entry of `rows`). A row's TreeSHAP values in a tree depend only on
 * which way it goes at each split node, so rows that take the same turns everywhere share one
 * computation: each distinct set of turns is explained once and copied to the others. The values
 * are `addTreeShap`'s (summed per tree first, so they may differ in the last bits).
 */
export function addTreeShapOfRows(
  tree: RegressionTree,
  binned: BinnedMatrix,
  rows: readonly number[],
  contributions: Float64Array,
  featureCount: number,
): void {
  const splitNodes: number[] = [];
  tree.feature.forEach((feature, node) => {
    if (feature >= 0) splitNodes.push(node);
  });
  const single = new Float64Array(featureCount);
  if (splitNodes.length > MAX_MEMO_SPLITS) {
    rows.forEach((row, r) => {
      single.fill(0);
      addTreeShap(tree, binned.bins, row * binned.featureCount, single);
      addInto(contributions, r * featureCount, single);
    });
    return;
  }
  const lookups = leftBinLookups(tree);
  const byTurns = new Map<number, Float64Array>();
  rows.forEach((row, r) => {
    const offset = row * binned.featureCount;
    let turns = 0;
    for (let i = 0; i < splitNodes.length; i++) {
      const node = splitNodes[i]!;
      if (goesLeft(tree, node, binned.bins[offset + tree.feature[node]!]!, lookups)) turns |= 1 << i;
    }
    let values = byTurns.get(turns);
    if (!values) {
      values = new Float64Array(featureCount);
      addTreeShap(tree, binned.bins, offset, values);
      byTurns.set(turns, values);
    }
    addInto(contributions, r * featureCount, values);
  });
}

function addInto(target: Float64Array, offset: number, values: Float64Array): void {
  for (let f = 0; f < values.length; f++) target[offset + f] = target[offset + f]! + values[f]!;
}

/**
 * The TreeSHAP recursion over path buffers reused across calls (one segment per recursion level,
 * as in the reference C++ code). Its steps are methods of one long-lived object rather than
 * closures made per call: explaining rows over hundreds of trees (the importances of every
 * `scoring train`) made four closures per row and tree, and the closures' context reads cost
 * about a third of the time. The arithmetic, and so every value, is the reference's, in its order.
 */
class TreeShapWalker {
  private readonly feature: Int32Array;
  private readonly zero: Float64Array;
  private readonly one: Float64Array;
  private readonly weight: Float64Array;
  private tree!: RegressionTree;
  private bins!: Uint8Array;
  private offset = 0;
  private contributions!: Float64Array;

  constructor(size: number) {
    this.feature = new Int32Array(size);
    this.zero = new Float64Array(size);
    this.one = new Float64Array(size);
    this.weight = new Float64Array(size);
  }

  walk(tree: RegressionTree, bins: Uint8Array, offset: number, contributions: Float64Array): void {
    this.tree = tree;
    this.bins = bins;
    this.offset = offset;
    this.contributions = contributions;
    // The root call starts from an empty path; extending it adds the dummy element every path begins with.
    this.recurse(0, 0, 0, 1, 1, -1);
  }

  private extend(
    start: number,
    uniqueDepth: number,
    zeroFraction: number,
    oneFraction: number,
    featureIndex: number,
  ): void {
    const { feature, zero, one, weight } = this;
    feature[start + uniqueDepth] = featureIndex;
    zero[start + uniqueDepth] = zeroFraction;
    one[start + uniqueDepth] = oneFraction;
    weight[start + uniqueDepth] = uniqueDepth === 0 ? 1 : 0;
    for (let i = uniqueDepth - 1; i >= 0; i--) {
      weight[start + i + 1] =
        weight[start + i + 1]! + (oneFraction * weight[start + i]! * (i + 1)) / (uniqueDepth + 1);
      weight[start + i] = (zeroFraction * weight[start + i]! * (uniqueDepth - i)) / (uniqueDepth + 1);
    }
  }

  private unwind(start: number, uniqueDepth: number, pathIndex: number): void {
    const { feature, zero, one, weight } = this;
    const oneFraction = one[start + pathIndex]!;
    const zeroFraction = zero[start + pathIndex]!;
    let next = weight[start + uniqueDepth]!;
    for (let i = uniqueDepth - 1; i >= 0; i--) {
      if (oneFraction !== 0) {
        const kept = weight[start + i]!;
        weight[start + i] = (next * (uniqueDepth + 1)) / ((i + 1) * oneFraction);
        next = kept - (weight[start + i]! * zeroFraction * (uniqueDepth - i)) / (uniqueDepth + 1);
      } else {
        weight[start + i] = (weight[start + i]! * (uniqueDepth + 1)) / (zeroFraction * (uniqueDepth - i));
      }
    }
    for (let i = pathIndex; i < uniqueDepth; i++) {
      feature[start + i] = feature[start + i + 1]!;
      zero[start + i] = zero[start + i + 1]!;
      one[start + i] = one[start + i + 1]!;
    }
  }

  private unwoundSum(start: number, uniqueDepth: number, pathIndex: number): number {
    const { zero, one, weight } = this;
    const oneFraction = one[start + pathIndex]!;
    const zeroFraction = zero[start + pathIndex]!;
    let next = weight[start + uniqueDepth]!;
    let total = 0;
    for (let i = uniqueDepth - 1; i >= 0; i--) {
      if (oneFraction !== 0) {
        const part = (next * (uniqueDepth + 1)) / ((i + 1) * oneFraction);
        total += part;
        next = weight[start + i]! - (part * zeroFraction * (uniqueDepth - i)) / (uniqueDepth + 1);
      } else if (zeroFraction !== 0) {
        total += weight[start + i]! / zeroFraction / ((uniqueDepth - i) / (uniqueDepth + 1));
      }
    }
    return total;
  }

  private recurse(
    node: number,
    uniqueDepth: number,
    parentStart: number,
    zeroFraction: number,
    oneFraction: number,
    featureIndex: number,
  ): void {
    const { feature, zero, one, weight, tree } = this;
    const start = parentStart + uniqueDepth + 1;
    for (let i = 0; i <= uniqueDepth; i++) {
      feature[start + i] = feature[parentStart + i]!;
      zero[start + i] = zero[parentStart + i]!;
      one[start + i] = one[parentStart + i]!;
      weight[start + i] = weight[parentStart + i]!;
    }
    this.extend(start, uniqueDepth, zeroFraction, oneFraction, featureIndex);
    const split = tree.feature[node]!;
    if (split < 0) {
      const value = tree.value[node]!;
      const contributions = this.contributions;
      for (let i = 1; i <= uniqueDepth; i++) {
        const f = feature[start + i]!;
        contributions[f] =
          contributions[f]! +
          this.unwoundSum(start, uniqueDepth, i) * (one[start + i]! - zero[start + i]!) * value;
      }
      return;
    }
    const left = goesLeft(tree, node, this.bins[this.offset + split]!);
    const hot = left ? tree.left[node]! : tree.right[node]!;
    const cold = left ? tree.right[node]! : tree.left[node]!;
    const cover = tree.cover[node]!;
    let incomingZero = 1;
    let incomingOne = 1;
    let depthHere = uniqueDepth;
    let pathIndex = 0;
    while (pathIndex <= depthHere && feature[start + pathIndex] !== split) pathIndex++;
    if (pathIndex !== depthHere + 1) {
      incomingZero = zero[start + pathIndex]!;
      incomingOne = one[start + pathIndex]!;
      this.unwind(start, depthHere, pathIndex);
      depthHere -= 1;
    }
    this.recurse(hot, depthHere + 1, start, (tree.cover[hot]! / cover) * incomingZero, incomingOne, split);
    this.recurse(cold, depthHere + 1, start, (tree.cover[cold]! / cover) * incomingZero, 0, split);
  }
}

/** The expected output of a tree over its training rows (cover-weighted mean of the leaf values). */
export function expectedTreeValue(tree: RegressionTree): number {
  let sum = 0;
  for (let node = 0; node < tree.feature.length; node++)
    if (tree.feature[node]! < 0) sum += tree.cover[node]! * tree.value[node]!;
  return sum / tree.cover[0]!;
}

function treeDepth(tree: RegressionTree): number {
  let depth = depthOfTree.get(tree);
  if (depth === undefined) {
    const walk = (node: number): number =>
      tree.feature[node]! < 0 ? 0 : 1 + Math.max(walk(tree.left[node]!), walk(tree.right[node]!));
    depth = walk(0);
    depthOfTree.set(tree, depth);
  }
  return depth;
}
