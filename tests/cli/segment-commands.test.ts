import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { orderBookCsv, syntheticOrders } from '../../src/ml/orders/synthetic-orders';
import { crmpro } from './scoring-cli-runner';
import { runInProcess } from './segment-cli-in-process';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildIfNeeded } = require('../../scripts/build-if-needed.js') as {
  buildIfNeeded: (o?: { quiet?: boolean }) => void;
};

const dir = mkdtempSync(path.join(tmpdir(), 'crmpro-segment-cli-'));
const orders = path.join(dir, 'orders.csv.gz');
const planted = syntheticOrders({
  customers: 160,
  start: Date.UTC(2022, 0, 1),
  end: Date.UTC(2023, 11, 31),
  seed: 5,
});
writeFileSync(orders, gzipSync(orderBookCsv(planted.book)));

// Spawned commands may trigger a rebuild of dist/ when sources changed: allow for it.
jest.setTimeout(240_000);

describe('crmpro segment run | eval', () => {
  beforeAll(() => buildIfNeeded({ quiet: true }), 300_000);

  it('writes customer_id,segment,recency_days,frequency,monetary for every customer with a purchase', () => {
    const out = path.join(dir, 'seg.csv');
    const result = crmpro(['segment', 'run', '--orders', orders, '--out', out, '--json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const rows: string[][] = parse(readFileSync(out));
    expect(rows[0]).toEqual(['customer_id', 'segment', 'recency_days', 'frequency', 'monetary']);
    expect(rows.length - 1).toBe(planted.book.customers.length);
    const summary = JSON.parse(result.stdout);
    expect(summary.segments.length).toBeGreaterThanOrEqual(3);
    expect(summary.segments.length).toBeLessThanOrEqual(12);
    expect(summary.segments[0].segment).toBe('Champions');
    expect(summary.criterion).toMatch(/fewest segments/);
    expect(typeof summary.seconds).toBe('number');
    const names = new Set(summary.segments.map((s: { segment: string }) => s.segment));
    for (const row of rows.slice(1)) {
      expect(names.has(row[1])).toBe(true);
      expect(Number(row[2])).toBeGreaterThanOrEqual(0);
      expect(Number(row[3])).toBeGreaterThanOrEqual(1);
    }
  });

  it('evaluates against KMeans at the same count and writes a report with PNGs and one HTML page', () => {
    const report = path.join(dir, 'report');
    const result = crmpro([
      'segment',
      'eval',
      '--orders',
      orders,
      '--cut',
      '2023-10-01',
      '--json',
      '--report',
      report,
    ]);
    expect(result.status).toBe(0);
    const evaluation = JSON.parse(result.stdout);
    expect(evaluation).toMatchObject({ cut: '2023-10-01', method: 'learned-value-score' });
    expect(evaluation.etaSquared).toBeGreaterThan(0);
    expect(evaluation.kmeansEtaSquared).toBeGreaterThan(0);
    expect(
      evaluation.byCount.find((c: { segments: number }) => c.segments === evaluation.segments).kmeans,
    ).toBe(evaluation.kmeansEtaSquared);
    for (const file of [
      'index.html',
      'segment-sizes.png',
      'rfm-profile.png',
      'segment-movement.png',
      'eta-squared-by-count.png',
    ]) {
      expect(existsSync(path.join(report, file))).toBe(true);
    }
    expect(readFileSync(path.join(report, 'index.html'), 'utf8')).toContain('data:image/png;base64,');
  });

  it('fails with a message naming the file and the problem (exit 1)', async () => {
    const missing = path.join(dir, 'missing-column.csv');
    writeFileSync(missing, 'InvoiceNo,StockCode,Quantity,UnitPrice,CustomerID\n1,A,1,1,7\n');
    // In-process: the same commands and error boundary, without a process start per case.
    expect(
      await runInProcess(['segment', 'run', '--orders', missing, '--out', path.join(dir, 'x.csv')]),
    ).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^error: Orders file .*missing-column\.csv: missing column InvoiceDate/),
    });
    const badDate = path.join(dir, 'bad-date.csv');
    writeFileSync(
      badDate,
      'InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID\n1,A,1,2011-01-01,1,7\n2,A,1,01/32/2011,1,7\n',
    );
    expect(await runInProcess(['segment', 'eval', '--orders', badDate, '--cut', '2011-01-01'])).toMatchObject(
      { code: 1, err: expect.stringMatching(/bad-date\.csv, line 3: date '01\/32\/2011' is not a date/) },
    );
    expect(
      await runInProcess([
        'segment',
        'run',
        '--orders',
        path.join(dir, 'nope.csv'),
        '--out',
        path.join(dir, 'x.csv'),
      ]),
    ).toMatchObject({ code: 1, err: expect.stringMatching(/Cannot read orders file .*nope\.csv/) });
    expect(await runInProcess(['segment', 'eval', '--orders', orders, '--cut', 'soon'])).toMatchObject({
      code: 1,
      err: expect.stringMatching(/--cut must be a date/),
    });
    expect(
      await runInProcess([
        'segment',
        'run',
        '--orders',
        orders,
        '--out',
        path.join(dir, 'y.csv'),
        '--segments',
        '20',
      ]),
    ).toMatchObject({ code: 1, err: expect.stringMatching(/--segments must be between 3 and 12/) });
  });
});
