import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { orderBookCsv, syntheticOrders } from '../../src/ml/orders/synthetic-orders';
import { crmpro } from './scoring-cli-runner';
import { runInProcess } from './segment-cli-in-process';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildIfNeeded } = require('../../scripts/build-if-needed.js') as {
  buildIfNeeded: (o?: { quiet?: boolean }) => void;
};

const dir = mkdtempSync(path.join(tmpdir(), 'crmpro-recommend-cli-'));
const orders = path.join(dir, 'orders.csv');
const planted = syntheticOrders({
  customers: 160,
  start: Date.UTC(2022, 0, 1),
  end: Date.UTC(2023, 11, 31),
  seed: 9,
});
writeFileSync(orders, orderBookCsv(planted.book));

// Spawned commands may trigger a rebuild of dist/ when sources changed: allow for it.
jest.setTimeout(240_000);

describe('crmpro recommend train | predict | eval', () => {
  beforeAll(() => buildIfNeeded({ quiet: true }), 300_000);

  it('trains a model with a card, then writes customer_id,rank,product_id,reason with a reason on every row', () => {
    const model = path.join(dir, 'model');
    const trained = crmpro(['recommend', 'train', '--orders', orders, '--out', model, '--json']);
    expect(trained.status).toBe(0);
    const card = JSON.parse(trained.stdout);
    expect(card).toMatchObject({
      kind: 'recommendations',
      formatVersion: 2,
      data: { customers: planted.book.customers.length },
    });
    expect(JSON.parse(readFileSync(path.join(model, 'model.json'), 'utf8')).libraries.node).toMatch(/^v\d+/);

    const ids = path.join(dir, 'ids.txt');
    const known = planted.book.customers.slice(0, 3);
    writeFileSync(ids, ['customer_id', ...known, 'never-seen'].join('\n'));
    const out = path.join(dir, 'recs.csv');
    const predicted = crmpro([
      'recommend',
      'predict',
      '--model',
      model,
      '--customers',
      ids,
      '--k',
      '10',
      '--out',
      out,
    ]);
    expect(predicted.status).toBe(0);
    const rows: string[][] = parse(readFileSync(out));
    expect(rows[0]).toEqual(['customer_id', 'rank', 'product_id', 'reason']);
    expect(
      rows
        .slice(1)
        .filter((r) => r[0] === known[0])
        .map((r) => r[1]),
    ).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    const stranger = rows.filter((r) => r[0] === 'never-seen');
    expect(stranger).toHaveLength(10);
    expect(stranger.every((r) => /^popular/.test(r[3]!))).toBe(true);
    expect(rows.slice(1).every((r) => r[3]!.length > 10)).toBe(true);
  });

  it('evaluates HR@10 and NDCG@10 beside the popularity and bought-most baselines', () => {
    const result = crmpro(['recommend', 'eval', '--orders', orders, '--cut', '2023-10-01', '--json']);
    expect(result.status).toBe(0);
    const e = JSON.parse(result.stdout);
    expect(e).toMatchObject({ cut: '2023-10-01', k: 10 });
    expect(e.returningCustomers).toBeGreaterThan(20);
    for (const key of ['ours', 'popularity', 'boughtMost', 'boughtMostPopularTies']) {
      expect(e[key].hitRate).toBeGreaterThanOrEqual(0);
      expect(e[key].ndcg).toBeLessThanOrEqual(1);
    }
    expect(e.ours.ndcg).toBeGreaterThan(e.popularity.ndcg);
  });

  it('fails with a message naming the problem (exit 1)', async () => {
    expect(
      await runInProcess([
        'recommend',
        'predict',
        '--model',
        path.join(dir, 'none'),
        '--customers',
        orders,
        '--out',
        path.join(dir, 'x.csv'),
      ]),
    ).toMatchObject({
      code: 1,
      err: expect.stringMatching(/No recommender model in .*none/),
    });
    const missing = path.join(dir, 'short.csv');
    writeFileSync(missing, 'InvoiceNo,StockCode,InvoiceDate,UnitPrice,CustomerID\n');
    expect(
      await runInProcess(['recommend', 'train', '--orders', missing, '--out', path.join(dir, 'm2')]),
    ).toMatchObject({ code: 1, err: expect.stringMatching(/short\.csv: missing column Quantity/) });
    expect(
      await runInProcess(['recommend', 'eval', '--orders', orders, '--cut', '2030-01-01']),
    ).toMatchObject({
      code: 1,
      err: expect.stringMatching(/No customer .* bought both before and after 2030-01-01/),
    });
  });
});
