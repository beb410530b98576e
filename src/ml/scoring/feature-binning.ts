import type { FeatureColumn, FeatureTable } from './feature-table';
import { seededRandom } from '../../core/seeded-random';

/** How a numeric column maps to bins: bin 0 is missing, bin b >= 1 holds values <= upperEdges[b-1]. */
export interface NumericBinning {
  name: string;
  kind: 'numeric';
  /** Ascending cut points; the last bin holds everything above the last edge. */
  upperEdges: number[];
}

/** How a categorical column maps to bins: bin 0 is missing or unseen, bin b >= 1 is `levels[b-1]`. */
export interface CategoricalBinning {
  name: string;
  kind: 'categorical';
  /** Levels by falling frequency; rare levels beyond the bin budget share the last bin, `otherLevel`. */
  levels: string[];
  /** True when the last bin gathers the rare levels. */
  hasOther: boolean;
}

export type FeatureBinning = NumericBinning | CategoricalBinning;

/** The number of bins of a feature, the missing bin included. */
export function binCountOf(binning: FeatureBinning): number {
  return binning.kind === 'numeric'
    ? binning.upperEdges.length + 2
    : binning.levels.length + 1 + (binning.hasOther ? 1 : 0);
}

/** Features binned into at most 256 values each, row-major: `bins[row * featureCount + feature]`. */
export interface BinnedMatrix {
  rowCount: number;
  featureCount: number;
  bins: Uint8Array;
}

const MAX_BINS = 255;
const SAMPLE_FOR_EDGES = 200_000;

/**
 * Learns the bins of each column: numeric columns by quantiles of (a sample of) their values, or
 * one bin per distinct value when there are few; categorical columns one bin per level.
 */
export function learnBinnings(table: FeatureTable, maxBins = MAX_BINS): FeatureBinning[] {
  return table.columns.map((column) =>
    column.kind === 'numeric'
      ? numericBinning(column.name, column.values, maxBins)
      : categoricalBinning(column, maxBins),
  );
}

function numericBinning(name: string, values: Float64Array, maxBins: number): NumericBinning {
  let present: number[] = [];
  for (let r = 0; r < values.length; r++) if (!Number.isNaN(values[r]!)) present.push(values[r]!);
  if (present.length > SAMPLE_FOR_EDGES) {
    const random = seededRandom(7);
    present = Array.from({ length: SAMPLE_FOR_EDGES }, () => present[Math.floor(random() * present.length)]!);
  }
  const sorted = Float64Array.from(present).sort();
  const distinct: number[] = [];
  const counts: number[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const value = sorted[i]!;
    if (distinct.length && distinct[distinct.length - 1] === value) counts[counts.length - 1]!++;
    else {
      distinct.push(value);
      counts.push(1);
    }
  }
  const upperEdges: number[] = [];
  if (distinct.length <= maxBins - 1) {
    for (let i = 0; i + 1 < distinct.length; i++) upperEdges.push((distinct[i]! + distinct[i + 1]!) / 2);
  } else {
    // Equal-frequency cuts over the distinct values, so a heavy value gets a bin of its own.
    const perBin = sorted.length / (maxBins - 1);
    let cumulative = 0;
    let nextCut = perBin;
    for (let i = 0; i + 1 < distinct.length; i++) {
      cumulative += counts[i]!;
      if (cumulative >= nextCut) {
        upperEdges.push((distinct[i]! + distinct[i + 1]!) / 2);
        while (nextCut <= cumulative) nextCut += perBin;
        if (upperEdges.length >= maxBins - 2) break;
      }
    }
  }
  return { name, kind: 'numeric', upperEdges };
}

function categoricalBinning(
  column: Extract<FeatureColumn, { kind: 'categorical' }>,
  maxBins: number,
): CategoricalBinning {
  const counts = new Float64Array(column.levels.length);
  for (let r = 0; r < column.codes.length; r++) if (column.codes[r]! >= 0) counts[column.codes[r]!]!++;
  const order = column.levels.map((_, i) => i).filter((i) => counts[i]! > 0);
  order.sort((a, b) => counts[b]! - counts[a]! || (column.levels[a]! < column.levels[b]! ? -1 : 1));
  const budget = maxBins - 1;
  const hasOther = order.length > budget;
  const kept = hasOther ? order.slice(0, budget - 1) : order;
  return { name: column.name, kind: 'categorical', levels: kept.map((i) => column.levels[i]!), hasOther };
}

/** The bin of one numeric value (binary search over the edges). */
export function numericBinOf(binning: NumericBinning, value: number): number {
  if (Number.isNaN(value)) return 0;
  const edges = binning.upperEdges;
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (value <= edges[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo + 1;
}

/**
 * Bins a feature table with learned binnings. Columns are matched by name; unseen categorical
 * levels fall in the missing bin. `table.columns` must hold every binned column.
 */
export function binTable(table: FeatureTable, binnings: readonly FeatureBinning[]): BinnedMatrix {
  const featureCount = binnings.length;
  const bins = new Uint8Array(table.rowCount * featureCount);
  binnings.forEach((binning, f) => {
    const column = table.columns.find((c) => c.name === binning.name);
    if (!column || column.kind !== binning.kind)
      throw new Error(`feature '${binning.name}' (${binning.kind}) is not in the table`);
    if (column.kind === 'numeric' && binning.kind === 'numeric') {
      for (let r = 0; r < table.rowCount; r++)
        bins[r * featureCount + f] = numericBinOf(binning, column.values[r]!);
    } else if (column.kind === 'categorical' && binning.kind === 'categorical') {
      const binOfLevel = new Map(binning.levels.map((level, i) => [level, i + 1]));
      const otherBin = binning.hasOther ? binning.levels.length + 1 : 0;
      const binOfCode = column.levels.map((level) => binOfLevel.get(level) ?? otherBin);
      for (let r = 0; r < table.rowCount; r++) {
        const code = column.codes[r]!;
        bins[r * featureCount + f] = code < 0 ? 0 : binOfCode[code]!;
      }
    }
  });
  return { rowCount: table.rowCount, featureCount, bins };
}
