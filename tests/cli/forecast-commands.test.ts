import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { crmpro } from './scoring-cli-runner';

/** Three monthly series with a planted pattern, split into history (60) and test (12) files. */
function writeSeries(dir: string): { train: string; test: string } {
  const train = ['series_id,t,value'];
  const test = ['series_id,t,value'];
  for (const [id, level] of [
    ['S1', 100],
    ['S2', 5000],
    ['S3', 42],
  ] as const) {
    for (let t = 1; t <= 72; t++) {
      const value = (
        level *
        (1 + 0.004 * t) *
        (1 + 0.3 * Math.sin((2 * Math.PI * t) / 12)) *
        (1 + 0.02 * Math.cos(t * 7.3))
      ).toFixed(3);
      (t <= 60 ? train : test).push(`${id},${t},${value}`);
    }
  }
  const files = { train: path.join(dir, 'train.csv'), test: path.join(dir, 'test.csv') };
  writeFileSync(files.train, train.join('\n') + '\n');
  writeFileSync(files.test, test.join('\n') + '\n');
  return files;
}

describe('crmpro forecast run | eval', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'crmpro-forecast-cli-'));
  const files = writeSeries(dir);

  it('writes one row per series and step with the forecast and 80%/95% intervals', () => {
    const out = path.join(dir, 'pred.csv');
    const result = crmpro([
      'forecast',
      'run',
      '--data',
      files.train,
      '--horizon',
      '6',
      '--period',
      '12',
      '--out',
      out,
    ]);
    expect(result.status).toBe(0);
    const rows: string[][] = parse(readFileSync(out));
    expect(rows[0]).toEqual(['series_id', 'h', 'forecast', 'lo80', 'hi80', 'lo95', 'hi95']);
    expect(rows).toHaveLength(1 + 3 * 6);
    expect(rows.slice(1, 7).map((r) => `${r[0]}${r[1]}`)).toEqual(['S11', 'S12', 'S13', 'S14', 'S15', 'S16']);
    for (const row of rows.slice(1)) {
      const [forecast, lo80, hi80, lo95, hi95] = row.slice(2).map(Number) as [
        number,
        number,
        number,
        number,
        number,
      ];
      expect(lo95).toBeLessThanOrEqual(lo80);
      expect(lo80).toBeLessThanOrEqual(forecast);
      expect(forecast).toBeLessThanOrEqual(hi80);
      expect(hi80).toBeLessThanOrEqual(hi95);
    }
  });

  it('evaluates sMAPE, MASE and coverage, next to Theta and Naive2, with a report', () => {
    const report = path.join(dir, 'report');
    const result = crmpro([
      'forecast',
      'eval',
      '--train',
      files.train,
      '--test',
      files.test,
      '--period',
      'monthly',
      '--report',
      report,
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/3 series, 36 test points, horizon 12, period 12/);
    expect(result.stdout).toMatch(/crmpro .*\d+\.\d\d\s+\d\.\d{3}/);
    expect(result.stdout).toMatch(/Theta \(classic, same run\)/);
    expect(result.stdout).toMatch(/Interval coverage \(ours\): 80% interval \d+\.\d%, 95% interval \d+\.\d%/);
    expect(existsSync(path.join(report, 'index.html'))).toBe(true);
    expect(existsSync(path.join(report, 'series-S1.png'))).toBe(true);
    const json = JSON.parse(
      crmpro(['forecast', 'eval', '--train', files.train, '--test', files.test, '--period', '12', '--json'])
        .stdout,
    );
    expect(json.methods[0].smape).toBeLessThan(5);
    expect(json.coverage.p80).toBeGreaterThan(0);
  });

  it('fails with a message naming the series or file and exit 1', () => {
    const short = path.join(dir, 'short.csv');
    writeFileSync(short, 'series_id,t,value\nS1,1,1\nS1,2,2\nS1,3,3\n');
    const tooShort = crmpro([
      'forecast',
      'run',
      '--data',
      short,
      '--horizon',
      '3',
      '--period',
      '12',
      '--out',
      path.join(dir, 'x.csv'),
    ]);
    expect(tooShort.status).toBe(1);
    expect(tooShort.stderr).toMatch(/series S1 has 3 values; period 12 needs at least 24/);
    const missing = crmpro([
      'forecast',
      'eval',
      '--train',
      path.join(dir, 'none.csv'),
      '--test',
      files.test,
      '--period',
      '12',
    ]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*none\.csv/);
    const badHorizon = crmpro([
      'forecast',
      'run',
      '--data',
      files.train,
      '--horizon',
      'x',
      '--period',
      '12',
      '--out',
      path.join(dir, 'x.csv'),
    ]);
    expect(badHorizon.status).not.toBe(0);
  });

  it('forecasts quarterly series (period 4, horizon 8): the planted fourth-quarter peak and the trend, short series included', () => {
    const pattern = [0.9, 1.0, 0.95, 1.15];
    const truth = (t: number) => 200 * (1 + 0.02 * t) * pattern[t % 4]! * (1 + 0.01 * Math.sin(t * 2.1));
    const lines = ['series_id,t,value'];
    for (let t = 0; t < 32; t++) lines.push(`Q1,${t + 1},${truth(t).toFixed(3)}`);
    for (let t = 0; t < 8; t++) lines.push(`Q2,${t + 1},${(50 + 3 * t).toFixed(1)}`);
    const data = path.join(dir, 'quarterly.csv');
    writeFileSync(data, lines.join('\n') + '\n');
    const out = path.join(dir, 'quarterly-forecast.csv');
    const result = crmpro([
      'forecast',
      'run',
      '--data',
      data,
      '--horizon',
      '8',
      '--period',
      'quarterly',
      '--out',
      out,
    ]);
    expect(result.status).toBe(0);
    const rows: string[][] = parse(readFileSync(out)).slice(1);
    expect(rows.map((r) => `${r[0]}:${r[1]}`)).toEqual([
      ...Array.from({ length: 8 }, (_, h) => `Q1:${h + 1}`),
      ...Array.from({ length: 8 }, (_, h) => `Q2:${h + 1}`),
    ]);
    const q1 = rows.slice(0, 8).map((r) => Number(r[2]));
    // t = 32.. are quarters 1, 2, 3, 4, 1, ...: the fourth (index 3 and 7) is the peak of each year.
    expect(q1.indexOf(Math.max(...q1.slice(0, 4)))).toBe(3);
    expect(q1[7]!).toBeGreaterThan(q1[3]!);
    const actual = Array.from({ length: 8 }, (_, h) => truth(32 + h));
    const smapeQ1 = actual.reduce((sum, a, h) => sum + (200 * Math.abs(a - q1[h]!)) / (a + q1[h]!), 0) / 8;
    expect(smapeQ1).toBeLessThan(3);
    const q2 = rows.slice(8).map((r) => r.slice(2).map(Number));
    for (const [forecast, lo80, hi80, lo95, hi95] of q2) {
      expect([forecast, lo80, hi80, lo95, hi95].every(Number.isFinite)).toBe(true);
      expect(lo95!).toBeLessThanOrEqual(lo80!);
      expect(hi80!).toBeLessThanOrEqual(hi95!);
    }
    // The eight-point straight line keeps rising.
    expect(q2[7]![0]!).toBeGreaterThan(q2[0]![0]!);
  });
});
