import type { CellValue, ColumnInfo } from '../shared/record-columns';

/** How many distinct values a field's counts keep; past this it is "high cardinality". */
const MAX_DISTINCT = 5000;
/** How many top values a field profile lists. */
const TOP_VALUES = 10;
/** How many bars a histogram has at most. */
const BINS = 20;

/** One bar of a histogram: values in [from, to) (the last bar includes `to`). */
export interface HistogramBin {
  /** A number, or an ISO 8601 instant for timestamps. */
  from: number | string;
  to: number | string;
  count: number;
}

/** What one column holds: type, how often it is missing, its spread and its most common values. */
export interface FieldProfile {
  name: string;
  type: ColumnInfo['type'];
  meaning: string;
  /** Records with a value. */
  present: number;
  missing: number;
  /** missing / all records, 0..1. */
  missingShare: number;
  /** Distinct values seen; a lower bound when `distinctCapped`. */
  distinct: number;
  distinctCapped: boolean;
  /** The most common values (as text) with their counts, most common first; none for timestamps or when no value repeats. */
  topValues: { value: string; count: number }[];
  /** Numbers and timestamps: smallest, largest, mean and median (timestamps as ISO 8601). */
  range?: { min: number | string; max: number | string; mean: number | string; median: number | string };
  /** Numbers and timestamps: equal-width bins between min and max. */
  histogram?: HistogramBin[];
}

/** Collects one column's figures as rows stream past (numbers as numbers, values as counts). */
export class FieldAccumulator {
  private missing = 0;
  private readonly counts = new Map<string, number>();
  private capped = false;
  private numbers: number[] = [];

  constructor(readonly column: ColumnInfo) {}

  add(value: CellValue): void {
    if (value === null) {
      this.missing++;
      return;
    }
    if (this.column.type === 'timestamp') {
      this.numbers.push(value instanceof Date ? value.getTime() : Date.parse(String(value)));
      return;
    }
    if (this.column.type === 'number' || this.column.type === 'integer') this.numbers.push(Number(value));
    const key = String(value);
    const seen = this.counts.get(key);
    if (seen !== undefined) this.counts.set(key, seen + 1);
    else if (this.counts.size < MAX_DISTINCT) this.counts.set(key, 1);
    else this.capped = true;
  }

  finish(rows: number): FieldProfile {
    const present = rows - this.missing;
    const temporal = this.column.type === 'timestamp';
    const profile: FieldProfile = {
      name: this.column.name,
      type: this.column.type,
      meaning: this.column.meaning,
      present,
      missing: this.missing,
      missingShare: rows === 0 ? 0 : this.missing / rows,
      distinct: temporal ? new Set(this.numbers).size : this.counts.size,
      distinctCapped: this.capped,
      topValues: this.mostCommon(),
    };
    if (this.numbers.length > 0) Object.assign(profile, spreadOf(this.numbers, temporal));
    this.numbers = [];
    return profile;
  }

  /** The most common values, most common first; none when no value repeats (ids, free text). */
  private mostCommon(): { value: string; count: number }[] {
    const top = [...this.counts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, TOP_VALUES)
      .map(([value, count]) => ({ value, count }));
    return top.length > 0 && top[0]!.count > 1 ? top : [];
  }
}

/** Min, max, mean, median and a histogram of numbers (timestamps in milliseconds, shown as ISO). */
function spreadOf(values: number[], temporal: boolean): Pick<FieldProfile, 'range' | 'histogram'> {
  const sorted = Float64Array.from(values).sort();
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  const mean = sorted.reduce((sum, v) => sum + v, 0) / sorted.length;
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  const show = (v: number) => (temporal ? new Date(Math.round(v)).toISOString() : v);
  // Whole numbers over a short span get one bar per value; everything else BINS equal bars.
  const whole = !temporal && sorted.every(Number.isInteger);
  const bins = whole && max - min < BINS ? max - min + 1 : max === min ? 1 : BINS;
  const width = whole && max - min < BINS ? 1 : (max - min) / bins || 1;
  const counts = new Array<number>(bins).fill(0);
  for (const v of sorted) counts[Math.min(bins - 1, Math.floor((v - min) / width))]!++;
  return {
    range: { min: show(min), max: show(max), mean: show(mean), median: show(median) },
    histogram: counts.map((count, i) => ({
      from: show(min + i * width),
      to: show(min + (i + 1) * width),
      count,
    })),
  };
}
