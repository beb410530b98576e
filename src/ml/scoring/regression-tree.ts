/**
 * A trained regression tree over binned features, in flat arrays. Node 0 is the root; a leaf has
 * `feature === -1`. Numeric splits send bins 1..threshold left (and the missing bin 0 left when
 * `missingLeft`); categorical splits send the bins listed in `leftBins` left.
 */
export interface RegressionTree {
  feature: number[];
  threshold: number[];
  missingLeft: boolean[];
  /** For categorical splits: the bins that go left; null for numeric splits and leaves. */
  leftBins: (number[] | null)[];
  left: number[];
  right: number[];
  /** The node's output (already scaled by the learning rate): a leaf's prediction, or what the node would predict as a leaf. */
  value: number[];
  /** Sum of hessians of the training rows through the node (used to weigh explanations). */
  cover: number[];
  /** Loss reduction of the split (0 for leaves). */
  gain: number[];
}

/** Index of the leaf a row of bins (row-major, starting at `offset`) falls into. */
export function leafIndexOf(
  tree: RegressionTree,
  bins: Uint8Array,
  offset: number,
  leftBinSets?: (Uint8Array | null)[],
): number {
  let node = 0;
  while (tree.feature[node]! >= 0) {
    node = goesLeft(tree, node, bins[offset + tree.feature[node]!]!, leftBinSets)
      ? tree.left[node]!
      : tree.right[node]!;
  }
  return node;
}

/** True when a row whose split feature falls in `bin` goes to the left child of `node`. */
export function goesLeft(
  tree: RegressionTree,
  node: number,
  bin: number,
  leftBinSets?: (Uint8Array | null)[],
): boolean {
  const set = tree.leftBins[node];
  if (set) {
    const lookup = leftBinSets?.[node];
    return lookup ? lookup[bin] === 1 : set.includes(bin);
  }
  if (bin === 0) return tree.missingLeft[node]!;
  return bin <= tree.threshold[node]!;
}

/** Per-node lookup tables of categorical splits (bin → goes left), so prediction avoids `includes`. */
export function leftBinLookups(tree: RegressionTree): (Uint8Array | null)[] {
  return tree.leftBins.map((set) => {
    if (!set) return null;
    const lookup = new Uint8Array(256);
    for (const bin of set) lookup[bin] = 1;
    return lookup;
  });
}

/**
 * A tree in typed arrays with one 256-entry "goes left" table per split node (numeric splits
 * included, missing bin too), so routing a row is a table read per level instead of the branches
 * of `goesLeft`. Boosting routes every validation row (and, when subsampling, every unsampled
 * training row) through each new tree.
 */
export interface RoutingTable {
  feature: Int32Array;
  left: Int32Array;
  right: Int32Array;
  /** `goesLeft[node * 256 + bin]` is 1 when a row with that bin goes to the left child. */
  goesLeft: Uint8Array;
  value: Float64Array;
}

export function routingTableOf(tree: RegressionTree): RoutingTable {
  const nodes = tree.feature.length;
  const table = new Uint8Array(nodes * 256);
  for (let node = 0; node < nodes; node++) {
    if (tree.feature[node]! < 0) continue;
    const base = node * 256;
    const set = tree.leftBins[node];
    if (set) {
      for (const bin of set) table[base + bin] = 1;
    } else {
      table[base] = tree.missingLeft[node] ? 1 : 0;
      const last = Math.min(255, tree.threshold[node]!);
      for (let bin = 1; bin <= last; bin++) table[base + bin] = 1;
    }
  }
  return {
    feature: Int32Array.from(tree.feature),
    left: Int32Array.from(tree.left),
    right: Int32Array.from(tree.right),
    goesLeft: table,
    value: Float64Array.from(tree.value),
  };
}

/** The output of a routing table for a row of bins (row-major, starting at `offset`). */
export function routedValue(route: RoutingTable, bins: Uint8Array, offset: number): number {
  const { feature, left, right, goesLeft } = route;
  let node = 0;
  let f = feature[0]!;
  while (f >= 0) {
    node = goesLeft[node * 256 + bins[offset + f]!] === 1 ? left[node]! : right[node]!;
    f = feature[node]!;
  }
  return route.value[node]!;
}
