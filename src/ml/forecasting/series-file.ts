import { CrmError, ErrorCode } from '../../core/errors';
import { readDelimitedFile } from '../scoring/delimited-file';

/** Named time series in file order; each holds its values in time order. */
export type SeriesSet = Map<string, Float64Array>;

const REQUIRED_COLUMNS = ['series_id', 't', 'value'] as const;

/**
 * Reads long-form series (`series_id,t,value`, t ascending within each series, as in the M3 files).
 * Errors name the file and row: missing columns, a value that is not a number, t out of order.
 */
export async function readSeriesFile(file: string): Promise<SeriesSet> {
  const data = await readDelimitedFile(file);
  const [idColumn, timeColumn, valueColumn] = REQUIRED_COLUMNS.map((name) => {
    const index = data.header.indexOf(name);
    if (index < 0) {
      throw new CrmError(
        ErrorCode.InvalidInput,
        `${file} needs the columns series_id, t, value (it has: ${data.header.join(', ')})`,
        { file },
      );
    }
    return index;
  }) as [number, number, number];
  const values = new Map<string, number[]>();
  const lastTime = new Map<string, string>();
  data.rows.forEach((row, r) => {
    const id = (row[idColumn] ?? '').trim();
    const time = (row[timeColumn] ?? '').trim();
    const cell = (row[valueColumn] ?? '').trim();
    const where = `${file} row ${r + 1}`;
    if (id === '')
      throw new CrmError(ErrorCode.InvalidInput, `${where}: series_id is empty`, { file, row: r + 1 });
    const value = cell === '' ? Number.NaN : Number(cell);
    if (!Number.isFinite(value)) {
      throw new CrmError(ErrorCode.InvalidInput, `${where} (series ${id}): value '${cell}' is not a number`, {
        file,
        row: r + 1,
        series: id,
      });
    }
    const previous = lastTime.get(id);
    if (previous !== undefined && !isAfter(time, previous)) {
      throw new CrmError(
        ErrorCode.InvalidInput,
        `${where} (series ${id}): t '${time}' does not come after '${previous}'; sort each series by t`,
        {
          file,
          row: r + 1,
          series: id,
        },
      );
    }
    lastTime.set(id, time);
    let list = values.get(id);
    if (!list) values.set(id, (list = []));
    list.push(value);
  });
  if (values.size === 0)
    throw new CrmError(ErrorCode.InvalidInput, `${file} holds no series (only a header)`, { file });
  return new Map([...values].map(([id, list]) => [id, Float64Array.from(list)]));
}

function isAfter(time: string, previous: string): boolean {
  const a = Number(time);
  const b = Number(previous);
  if (time !== '' && previous !== '' && Number.isFinite(a) && Number.isFinite(b)) return a > b;
  return time > previous;
}

/** Named seasonal periods accepted wherever a period is asked for. */
const NAMED_PERIODS: Record<string, number> = {
  monthly: 12,
  month: 12,
  quarterly: 4,
  quarter: 4,
  weekly: 52,
  week: 52,
  daily: 7,
  day: 7,
  yearly: 1,
  annual: 1,
  none: 1,
};

/** Parses a seasonal period: a whole number >= 1 or a name (monthly = 12, quarterly = 4, weekly = 52, daily = 7, yearly = 1). */
export function parsePeriod(text: string): number {
  const named = NAMED_PERIODS[text.trim().toLowerCase()];
  if (named) return named;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    throw new CrmError(
      ErrorCode.InvalidInput,
      `period must be a whole number >= 1 or one of ${Object.keys(NAMED_PERIODS).join(', ')} (got '${text}')`,
    );
  }
  return value;
}

/** The fewest observations a series needs for a period: two full cycles (and at least 3). */
export function minimumLength(period: number): number {
  return Math.max(3, period > 1 ? 2 * period : 3);
}

/** Throws INVALID_INPUT naming the first series too short for the period. */
export function assertLongEnough(series: SeriesSet, period: number, file: string): void {
  const needed = minimumLength(period);
  for (const [id, values] of series) {
    if (values.length < needed) {
      throw new CrmError(
        ErrorCode.InvalidInput,
        `${file}: series ${id} has ${values.length} values; period ${period} needs at least ${needed}${period > 1 ? ' (two full cycles)' : ''}`,
        { file, series: id },
      );
    }
  }
}

/** Picks up to `count` ids spread evenly over a list (a stable sample for reports). */
export function evenSample(ids: string[], count: number): Set<string> {
  if (ids.length <= count) return new Set(ids);
  const step = ids.length / count;
  return new Set(Array.from({ length: count }, (_, i) => ids[Math.floor(i * step)]!));
}
