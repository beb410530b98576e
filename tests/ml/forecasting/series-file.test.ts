import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { assertLongEnough, parsePeriod, readSeriesFile } from '../../../src/ml/forecasting/series-file';

describe('long-form series files', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'crmpro-series-'));
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  };

  it('reads series in file order with values in time order', async () => {
    const series = await readSeriesFile(
      write('ok.csv', 'series_id,t,value\nB,1,5\nB,2,6\nA,1,1.5\nA,2,2\nA,10,3\n'),
    );
    expect([...series.keys()]).toEqual(['B', 'A']);
    expect(Array.from(series.get('A')!)).toEqual([1.5, 2, 3]);
  });

  it('names the file, row and series for bad rows', async () => {
    await expect(readSeriesFile(write('cols.csv', 'id,time,y\n1,1,1\n'))).rejects.toThrow(
      /needs the columns series_id, t, value \(it has: id, time, y\)/,
    );
    await expect(readSeriesFile(write('nan.csv', 'series_id,t,value\nA,1,1\nA,2,abc\n'))).rejects.toThrow(
      /nan\.csv row 2 \(series A\): value 'abc' is not a number/,
    );
    await expect(readSeriesFile(write('order.csv', 'series_id,t,value\nA,2,1\nA,1,2\n'))).rejects.toThrow(
      /row 2 \(series A\): t '1' does not come after '2'/,
    );
    await expect(readSeriesFile(write('none.csv', 'series_id,t,value\n'))).rejects.toThrow(/holds no series/);
  });

  it('accepts periods as numbers or names and refuses nonsense', () => {
    expect(parsePeriod('12')).toBe(12);
    expect(parsePeriod('monthly')).toBe(12);
    expect(parsePeriod('Quarterly')).toBe(4);
    expect(parsePeriod('none')).toBe(1);
    expect(() => parsePeriod('0')).toThrow(/period must be/);
    expect(() => parsePeriod('fortnightly')).toThrow(/period must be/);
  });

  it('refuses a series shorter than two cycles of the period, naming it', () => {
    const series = new Map([
      ['long', new Float64Array(30)],
      ['S7', new Float64Array(20)],
    ]);
    expect(() => assertLongEnough(series, 12, 'f.csv')).toThrow(
      'f.csv: series S7 has 20 values; period 12 needs at least 24 (two full cycles)',
    );
    expect(() => assertLongEnough(series, 1, 'f.csv')).not.toThrow();
  });
});
