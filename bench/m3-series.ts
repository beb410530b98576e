/**
 * The M3 series sets the forecast bench and the forecast tuning script use (`../shared/datasets/m3`):
 * monthly, yearly and other as shipped (train and test files), and a quarterly stand-in built from
 * the monthly TRAINING files only, because the M3 quarterly file is held out from us: each monthly
 * training series summed to quarters (three months each, aligned to its last month), its last 8
 * quarters as the stand-in's test part and the quarters before them as its history.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readSeriesFile, type SeriesSet } from '../src/ml/forecasting/series-file';
import { sharedDataset } from './scoring-bank-marketing';

/** One frequency's series: the history each forecast may see and the values to score it on. */
export interface M3Set {
  name: 'monthly' | 'yearly' | 'other' | 'quarterly stand-in';
  period: number;
  horizon: number;
  history: SeriesSet;
  actual: SeriesSet;
  /** Where the series come from, in words. */
  source: string;
}

/** The shipped frequencies: period and horizon as in the M3 competition. */
export const M3_FREQUENCIES = {
  monthly: { period: 12, horizon: 18 },
  yearly: { period: 1, horizon: 6 },
  other: { period: 1, horizon: 8 },
} as const;

/** Period and horizon of the quarterly stand-in (those of M3 quarterly). */
export const QUARTERLY_STAND_IN = { period: 4, horizon: 8 } as const;

/** The M3 train and test files of a frequency. */
export function m3Files(name: keyof typeof M3_FREQUENCIES): { train: string; test: string } {
  return { train: sharedDataset('m3', `${name}-train.csv`), test: sharedDataset('m3', `${name}-test.csv`) };
}

/** A shipped frequency: the training series as history and the test series as actuals. */
export async function m3Set(name: keyof typeof M3_FREQUENCIES): Promise<M3Set> {
  const files = m3Files(name);
  return {
    name,
    ...M3_FREQUENCIES[name],
    history: await readSeriesFile(files.train),
    actual: await readSeriesFile(files.test),
    source: `${files.train} (history) and ${files.test} (scored)`,
  };
}

/** The quarterly stand-in: monthly TRAINING series summed to quarters, the last 8 quarters scored. */
export async function quarterlyStandIn(): Promise<M3Set> {
  const file = m3Files('monthly').train;
  const quarters = new Map<string, Float64Array>();
  for (const [id, months] of await readSeriesFile(file)) quarters.set(id, toQuarters(months));
  return {
    name: 'quarterly stand-in',
    ...QUARTERLY_STAND_IN,
    ...holdOutLast(quarters, QUARTERLY_STAND_IN.horizon, 0),
    source: `${file} summed to quarters (aligned to each series' last month); the last ${QUARTERLY_STAND_IN.horizon} quarters scored. A stand-in for the held-out M3 quarterly file, not that file.`,
  };
}

/** Sums consecutive months to quarters, aligned so the last quarter ends with the last month (a leading remainder is dropped). */
export function toQuarters(months: Float64Array): Float64Array {
  const count = Math.floor(months.length / 3);
  const skip = months.length - 3 * count;
  return Float64Array.from({ length: count }, (_, q) => {
    const start = skip + 3 * q;
    return months[start]! + months[start + 1]! + months[start + 2]!;
  });
}

/**
 * Splits each series into the part before its last `horizon` points and those points; series left
 * with fewer than `minimum` points before them are dropped.
 */
export function holdOutLast(
  series: SeriesSet,
  horizon: number,
  minimum: number,
): { history: SeriesSet; actual: SeriesSet } {
  const history: SeriesSet = new Map();
  const actual: SeriesSet = new Map();
  for (const [id, values] of series) {
    if (values.length - horizon < Math.max(1, minimum)) continue;
    history.set(id, values.slice(0, values.length - horizon));
    actual.set(id, values.slice(values.length - horizon));
  }
  return { history, actual };
}

/** Writes a set's history and actuals as long-form CSV files (t continuing from the history) for a peer to read. */
export function writeSetFiles(set: M3Set): { train: string; test: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'crmpro-m3-'));
  const train = ['series_id,t,value'];
  const test = ['series_id,t,value'];
  for (const [id, values] of set.history) {
    values.forEach((value, t) => train.push(`${id},${t + 1},${value}`));
    set.actual.get(id)?.forEach((value, h) => test.push(`${id},${values.length + h + 1},${value}`));
  }
  const files = { train: path.join(dir, 'train.csv'), test: path.join(dir, 'test.csv') };
  writeFileSync(files.train, `${train.join('\n')}\n`);
  writeFileSync(files.test, `${test.join('\n')}\n`);
  return files;
}

/** Each series' M3 category (MICRO, INDUSTRY, MACRO, FINANCE, DEMOGRAPHIC, OTHER) from `<name>_series.csv`. */
export function m3Categories(name: keyof typeof M3_FREQUENCIES): Map<string, string> {
  const lines = readFileSync(sharedDataset('m3', `${name}_series.csv`), 'utf8')
    .trim()
    .split('\n');
  const header = lines[0]!.split(',');
  const id = header.indexOf('series_id');
  const category = header.indexOf('category');
  return new Map(
    lines
      .slice(1)
      .map((line) => line.split(','))
      .map((cells) => [cells[id]!, cells[category]!]),
  );
}
