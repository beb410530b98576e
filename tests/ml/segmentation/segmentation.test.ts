import { OrderBookBuilder } from '../../../src/ml/orders/order-book';
import { MS_PER_DAY } from '../../../src/ml/orders/order-date';
import { syntheticOrders } from '../../../src/ml/orders/synthetic-orders';
import { etaSquared } from '../../../src/ml/segmentation/eta-squared';
import { evaluateSegments } from '../../../src/ml/segmentation/evaluate-segments';
import { applySegments, fitSegments } from '../../../src/ml/segmentation/fit-segments';
import { kMeans } from '../../../src/ml/segmentation/kmeans';
import { rfmCellName } from '../../../src/ml/segmentation/rfm-map';
import { segmentCustomers } from '../../../src/ml/segmentation/segment-customers';
import { nameSegments } from '../../../src/ml/segmentation/segment-names';
import { ladderThresholds, tierOf } from '../../../src/ml/segmentation/value-ladder';

const START = Date.UTC(2022, 0, 1);
const END = Date.UTC(2023, 11, 31);
const CUT = END - 90 * MS_PER_DAY;
const planted = syntheticOrders({ customers: 500, start: START, end: END, seed: 11 });

/** Segment counts per planted group. */
function crossTable(asOf: number, segments?: number) {
  const fitted = fitSegments(planted.book, { asOf, segments });
  const table = new Map<string, Map<string, number>>();
  fitted.features.customer.forEach((c, i) => {
    const group = planted.groupOf.get(planted.book.customers[c]!)!;
    const row = table.get(group) ?? new Map<string, number>();
    const name = fitted.model.names[fitted.tiers[i]!]!;
    row.set(name, (row.get(name) ?? 0) + 1);
    table.set(group, row);
  });
  return { fitted, table };
}

const share = (row: Map<string, number>, names: string[]) =>
  names.reduce((s, n) => s + (row.get(n) ?? 0), 0) / [...row.values()].reduce((a, b) => a + b, 0);

describe('value-tier segmentation on orders with planted buyer groups', () => {
  it('puts the planted weekly big buyers in Champions and the stopped and one-off buyers at the bottom', () => {
    const { fitted, table } = crossTable(CUT, 4);
    const ladder = [...fitted.model.names].reverse(); // highest first
    expect(ladder[0]).toBe('Champions');
    expect(share(table.get('top')!, ['Champions'])).toBeGreaterThan(0.85);
    const bottomTwo = ladder.slice(-2);
    expect(share(table.get('lapsed')!, bottomTwo)).toBeGreaterThan(0.8);
    expect(share(table.get('occasional')!, bottomTwo)).toBeGreaterThan(0.85);
    // Regular monthly buyers sit between: neither Champions nor with the stopped buyers.
    expect(share(table.get('regular')!, ladder.slice(1, 3))).toBeGreaterThan(0.8);
  });

  it('explains later spend better than KMeans on log-RFM at the chosen count and at 3-10 segments', () => {
    const evaluation = evaluateSegments(planted.book, CUT);
    expect(evaluation.customers).toBeGreaterThan(300);
    expect(evaluation.segments).toBeGreaterThanOrEqual(3);
    expect(evaluation.segments).toBeLessThanOrEqual(12);
    expect(evaluation.etaSquared).toBeGreaterThan(0.8);
    for (const count of evaluation.byCount.filter((c) => c.segments <= 4))
      expect(count.ours).toBeGreaterThan(count.kmeans);
    expect(evaluation.etaSquared).toBeGreaterThan(evaluation.kmeansEtaSquared);
    // With 11-12 segments KMeans can edge ahead on data this clustered (a known limit, see
    // docs/segments-and-recommendations.md, "Known limits").
    for (const count of evaluation.byCount.filter((c) => c.segments <= 10))
      expect(count.ours).toBeGreaterThan(count.kmeans - 0.001);
    expect(evaluation.sizes.reduce((n, s) => n + s.customers, 0)).toBe(evaluation.customers);
  });

  it('chooses the number of segments by its stated rule and says so', () => {
    const { fitted } = crossTable(END + 1);
    const { choice } = fitted.model;
    expect(choice.rule).toMatch(/fewest segments \(3-12\) within 0.005 of the best/);
    const best = Math.max(...choice.explainedByCount.map((e) => e.etaSquared));
    const chosen = choice.explainedByCount.find((e) => e.segments === choice.chosen)!;
    expect(chosen.etaSquared).toBeGreaterThanOrEqual(best - 0.005);
    expect(
      choice.explainedByCount
        .filter((e) => e.segments < choice.chosen)
        .every((e) => e.etaSquared < best - 0.005),
    ).toBe(true);
    expect(new Set(fitted.model.names).size).toBe(fitted.model.names.length);
  });

  it('applies one model at two dates so movements compare like with like', () => {
    const { fitted } = crossTable(END + 1, 5);
    const earlier = applySegments(fitted.model, planted.book, CUT);
    expect(earlier.model.names).toEqual(fitted.model.names);
    // Lapsed buyers were still buying a year before the end: most were in higher tiers then.
    const yearAgo = applySegments(fitted.model, planted.book, END - 365 * MS_PER_DAY);
    const lapsedTier = (run: typeof yearAgo) => {
      let sum = 0;
      let n = 0;
      run.features.customer.forEach((c, i) => {
        if (planted.groupOf.get(planted.book.customers[c]!) === 'lapsed') {
          sum += run.tiers[i]!;
          n++;
        }
      });
      return sum / n;
    };
    expect(lapsedTier(yearAgo)).toBeGreaterThan(lapsedTier(fitted) + 0.5);
  });
});

describe('segmentation edge cases', () => {
  const line = (customerId: string, day: number, quantity = 1, invoice = `${customerId}-${day}`) => ({
    customerId,
    productId: 'A',
    invoiceId: invoice,
    at: START + day * MS_PER_DAY,
    quantity,
    unitPrice: 10,
    isProduct: true,
  });

  it('segments a single customer (one segment: Champions)', () => {
    const builder = new OrderBookBuilder();
    builder.add(line('c1', 0));
    builder.add(line('c1', 10));
    const run = segmentCustomers(builder.build());
    expect(run.customers).toEqual([
      { customerId: 'c1', segment: 'Champions', recencyDays: 0, frequency: 2, monetary: 20, tier: 0 },
    ]);
  });

  it('leaves out customers who only returned goods, and nets returns out of spend', () => {
    const builder = new OrderBookBuilder();
    builder.add(line('returns-only', 5, -3));
    builder.add(line('buyer', 1, 5));
    builder.add(line('buyer', 3, -2, 'C1'));
    const run = segmentCustomers(builder.build());
    expect(run.customers.map((c) => [c.customerId, c.monetary, c.frequency])).toEqual([['buyer', 30, 1]]);
  });

  it('returns no rows for a file of returns only', () => {
    const builder = new OrderBookBuilder();
    builder.add(line('x', 1, -1));
    expect(segmentCustomers(builder.build()).customers).toEqual([]);
  });
});

describe('segmentation building blocks', () => {
  it('cuts a score into the tiers that keep most of its variance', () => {
    const score = Float64Array.from([1, 1.1, 0.9, 5, 5.2, 4.8, 9, 9.1, 8.9]);
    const thresholds = ladderThresholds(score, 3);
    expect(Array.from(score, (s) => tierOf(s, thresholds))).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2]);
  });

  it('KMeans recovers well-separated groups and eta² measures them', () => {
    const rows = Float64Array.from(
      [0, 0, 0.1, 0, 0, 0.1, 5, 5, 5.1, 5, 5, 5.1, 10, 0, 10.1, 0, 10, 0.1].map(Number),
    );
    const { labels } = kMeans(rows, 2, 3, { seed: 1 });
    expect(new Set([labels[0], labels[1], labels[2]]).size).toBe(1);
    expect(new Set(labels).size).toBe(3);
    const y = Float64Array.from([1, 1, 1, 5, 5, 5, 9, 9, 9]);
    expect(etaSquared(y, labels)).toBeCloseTo(1, 6);
    expect(etaSquared(y, new Int32Array(9))).toBe(0);
  });

  it('names tiers along the ladder, Champions on top, qualifiers only when names run out', () => {
    const profile = (level: number) => ({ r: level, f: level, m: level, t: 0.5 });
    expect(nameSegments([0.1, 0.5, 0.9].map(profile))).toEqual(['Lost', 'Need attention', 'Champions']);
    const twelve = nameSegments(Array.from({ length: 12 }, (_, i) => profile(0.05 + i * 0.08)));
    expect(twelve[11]).toMatch(/^Champions/);
    expect(new Set(twelve).size).toBe(12);
  });

  it('maps RFM cells like the classic map', () => {
    expect(rfmCellName(5, 5)).toBe('Champions');
    expect(rfmCellName(1, 1)).toBe('Lost');
    expect(rfmCellName(2, 4)).toBe('At risk');
    expect(rfmCellName(5, 1)).toBe('New');
  });
});
