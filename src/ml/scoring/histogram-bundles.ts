import type { BinnedMatrix } from './feature-binning';
import type { FeatureLayout } from './tree-layout';

/**
 * Features whose bins occur together in few combinations, histogrammed as one column each: a
 * leaf's histogram is built over the combinations a row has (one cell per bundle instead of one per
 * feature), then each member feature's histogram is the sum of the combinations holding each of
 * its bins. The histograms are those of the features one by one (the sums are only added in
 * another order), so trees grow as without bundles. On Bank Marketing the 19 features fall into 7
 * bundles (the macro indicators and the month take few joint values, as do the yes/no columns).
 */
export interface HistogramBundles {
  /** Number of bundles: the cells per row of `slots`. */
  readonly count: number;
  /** Each row's combination per bundle, as a joint-histogram slot: `slots[row * count + bundle]`. */
  readonly slots: Uint16Array | Uint32Array;
  /** Length of a joint histogram ([gradient, hessian, count] per combination). */
  readonly jointLength: number;
  /**
   * Where each combination's sums go in a feature histogram: the slots of combination j are
   * `targets[targetStart[j] .. targetStart[j + 1])`. Null when every bundle is one feature: the
   * joint histogram is then the feature histogram itself.
   */
  readonly targetStart: Int32Array | null;
  readonly targets: Int32Array | null;
}

/** At most this many combinations in a bundle: a row's code then fits a byte, like a bin. */
const MAX_COMBINATIONS = 256;

interface Bundle {
  features: number[];
  /** Per row, its combination. */
  codes: Uint8Array;
  /** Per combination, the members' bins (in `features` order). */
  combinations: number[][];
}

/**
 * Bundles the features of a binned matrix (first fit, fewest bins first: a feature joins the first
 * bundle whose combinations with it, over every row, stay within 256) and lays out the row slots
 * and the combination-to-bin map for histograms with `layout`'s feature offsets.
 */
export function histogramBundlesOf(data: BinnedMatrix, layout: FeatureLayout): HistogramBundles {
  const { rowCount, featureCount, bins } = data;
  const order = Array.from({ length: featureCount }, (_, f) => f).sort(
    (a, b) => layout.binCounts[a]! - layout.binCounts[b]! || a - b,
  );
  const bundles: Bundle[] = [];
  const codeOf = new Int32Array(MAX_COMBINATIONS * 256);
  for (const feature of order) {
    let joined = false;
    for (const bundle of bundles) {
      if (tryJoin(bundle, feature, bins, featureCount, rowCount, codeOf)) {
        joined = true;
        break;
      }
    }
    if (!joined) bundles.push(singleFeatureBundle(feature, bins, featureCount, rowCount));
  }
  bundles.sort((a, b) => a.features[0]! - b.features[0]!);

  const count = bundles.length;
  if (count === featureCount) {
    // No feature shares a bundle: rows are histogrammed straight into the feature layout.
    const slots = slotArray(rowCount * count, layout.totalBins * 3);
    for (let row = 0, cell = 0; row < rowCount; row++)
      for (let f = 0; f < featureCount; f++, cell++) slots[cell] = (layout.offsets[f]! + bins[cell]!) * 3;
    return { count, slots, jointLength: layout.totalBins * 3, targetStart: null, targets: null };
  }
  const jointOffsets: number[] = [];
  let combinations = 0;
  for (const bundle of bundles) {
    jointOffsets.push(combinations);
    combinations += bundle.combinations.length;
  }
  const slots = slotArray(rowCount * count, combinations * 3);
  for (let b = 0; b < count; b++) {
    const { codes } = bundles[b]!;
    const offset = jointOffsets[b]!;
    for (let row = 0; row < rowCount; row++) slots[row * count + b] = (offset + codes[row]!) * 3;
  }
  const targetStart = new Int32Array(combinations + 1);
  const targets: number[] = [];
  let j = 0;
  for (const bundle of bundles) {
    for (const combination of bundle.combinations) {
      targetStart[j++] = targets.length;
      bundle.features.forEach((feature, m) => targets.push((layout.offsets[feature]! + combination[m]!) * 3));
    }
  }
  targetStart[combinations] = targets.length;
  return {
    count,
    slots,
    jointLength: combinations * 3,
    targetStart,
    targets: Int32Array.from(targets),
  };
}

/**
 * Adds a joint histogram's sums into a feature histogram (which holds zeros or sums to add to):
 * each combination's [gradient, hessian, count] goes to the bin of each of its bundle's features.
 */
export function addJointToFeatureHistogram(
  bundles: HistogramBundles,
  joint: Float64Array,
  histogram: Float64Array,
): void {
  const targetStart = bundles.targetStart!;
  const targets = bundles.targets!;
  const combinations = targetStart.length - 1;
  for (let j = 0; j < combinations; j++) {
    const g = joint[j * 3]!;
    const h = joint[j * 3 + 1]!;
    const c = joint[j * 3 + 2]!;
    if (c === 0) continue;
    for (let t = targetStart[j]!; t < targetStart[j + 1]!; t++) {
      const slot = targets[t]!;
      histogram[slot] = histogram[slot]! + g;
      histogram[slot + 1] = histogram[slot + 1]! + h;
      histogram[slot + 2] = histogram[slot + 2]! + c;
    }
  }
}

/** An array for histogram slots below `slotCount`: 16 bits where they fit. */
function slotArray(length: number, slotCount: number): Uint16Array | Uint32Array {
  return slotCount <= 0x10000 ? new Uint16Array(length) : new Uint32Array(length);
}

function singleFeatureBundle(
  feature: number,
  bins: Uint8Array,
  featureCount: number,
  rowCount: number,
): Bundle {
  const codes = new Uint8Array(rowCount);
  const codeOfBin = new Int16Array(256).fill(-1);
  const combinations: number[][] = [];
  for (let row = 0; row < rowCount; row++) {
    const bin = bins[row * featureCount + feature]!;
    let code = codeOfBin[bin]!;
    if (code < 0) {
      code = codeOfBin[bin] = combinations.length;
      combinations.push([bin]);
    }
    codes[row] = code;
  }
  return { features: [feature], codes, combinations };
}

/** Adds `feature` to `bundle` when their combinations over every row stay within the limit. */
function tryJoin(
  bundle: Bundle,
  feature: number,
  bins: Uint8Array,
  featureCount: number,
  rowCount: number,
  codeOf: Int32Array,
): boolean {
  codeOf.fill(-1, 0, bundle.combinations.length * 256);
  const codes = new Uint8Array(rowCount);
  const pairs: number[] = [];
  for (let row = 0; row < rowCount; row++) {
    const key = bundle.codes[row]! * 256 + bins[row * featureCount + feature]!;
    let code = codeOf[key]!;
    if (code < 0) {
      if (pairs.length === MAX_COMBINATIONS) return false;
      code = codeOf[key] = pairs.length;
      pairs.push(key);
    }
    codes[row] = code;
  }
  bundle.features.push(feature);
  bundle.codes = codes;
  bundle.combinations = pairs.map((key) => [...bundle.combinations[key >> 8]!, key & 255]);
  return true;
}
