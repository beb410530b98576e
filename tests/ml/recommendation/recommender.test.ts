import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { customerLinesOf } from '../../../src/ml/orders/customer-lines';
import { OrderBookBuilder } from '../../../src/ml/orders/order-book';
import { MS_PER_DAY } from '../../../src/ml/orders/order-date';
import { seededRandom } from '../../../src/core/seeded-random';
import { PLANTED_RULE, syntheticOrders } from '../../../src/ml/orders/synthetic-orders';
import { evaluateRecommendations } from '../../../src/ml/recommendation/evaluate-recommendations';
import { loadRecommender, saveRecommender } from '../../../src/ml/recommendation/recommender-artifact';
import { ProductSuggester, suggestionReasonText } from '../../../src/ml/recommendation/suggest-products';
import { trainRecommender } from '../../../src/ml/recommendation/train-recommender';

const START = Date.UTC(2022, 0, 1);
const END = Date.UTC(2023, 11, 31);
const planted = syntheticOrders({ customers: 500, start: START, end: END, seed: 21 });
const trained = trainRecommender(planted.book);
const suggester = new ProductSuggester(trained.model);

describe('recommender on orders with a planted co-purchase rule', () => {
  it('keeps the planted KIT-X → KIT-Y link as the strongest neighbour of KIT-X', () => {
    const model = trained.model;
    const x = model.products.indexOf(PLANTED_RULE.ifBought);
    const y = model.products.indexOf(PLANTED_RULE.thenBuys);
    expect(model.neighbours.product[x * model.neighbours.size]).toBe(y);
    expect(model.neighbours.together[x * model.neighbours.size]! / model.buyers[x]!).toBeGreaterThan(0.8);
  });

  it('suggests KIT-Y to a customer who just bought KIT-X, with the reason in words', () => {
    // A clean world: 24 products bought equally often, so only the rule sets KIT-Y apart.
    const builder = new OrderBookBuilder();
    let invoice = 0;
    const order = (customer: string, day: number, products: string[]) => {
      invoice++;
      for (const productId of products)
        builder.add({
          customerId: customer,
          productId,
          invoiceId: String(invoice),
          at: START + day * MS_PER_DAY,
          quantity: 1,
          unitPrice: 10,
          isProduct: true,
        });
    };
    for (let c = 0; c < 240; c++) {
      const base = [`P${c % 24}`, `P${(c * 7 + 3) % 24}`];
      order(`c${c}`, c % 200, base);
      if (c % 3 === 0) {
        order(`c${c}`, (c % 200) + 20, [PLANTED_RULE.ifBought, `P${(c + 5) % 24}`]);
        order(`c${c}`, (c % 200) + 40, [PLANTED_RULE.thenBuys]);
      } else order(`c${c}`, (c % 200) + 30, [`P${(c + 11) % 24}`]);
    }
    order('acme', 500, ['P1', 'P2']);
    order('acme', 520, [PLANTED_RULE.ifBought]);
    const { model } = trainRecommender(builder.build());
    const suggester = new ProductSuggester(model);
    const [first] = suggester.suggest('acme', 3, { onlyNew: true });
    expect(first?.productId).toBe(PLANTED_RULE.thenBuys);
    expect(first?.reason).toMatchObject({ kind: 'also-bought', becauseProductId: PLANTED_RULE.ifBought });
    expect(suggestionReasonText(first!.reason, 'Acme', 'accounts')).toMatch(
      /^accounts like Acme that bought KIT-X also bought this \(80 of 81\)$/,
    );
    expect(suggester.suggest('acme', 10).map((s) => s.productId)).toContain(PLANTED_RULE.thenBuys);
  });

  it('beats both baselines on a time split of the same data', () => {
    const evaluation = evaluateRecommendations(planted.book, END - 90 * MS_PER_DAY);
    expect(evaluation.returningCustomers).toBeGreaterThan(100);
    expect(evaluation.ours.ndcg).toBeGreaterThan(evaluation.popularity.ndcg);
    expect(evaluation.ours.hitRate).toBeGreaterThanOrEqual(evaluation.popularity.hitRate);
    expect(evaluation.ours.ndcg).toBeGreaterThanOrEqual(evaluation.boughtMost.ndcg - 0.005);
    expect(evaluation.crossSell.ours.hitRate + evaluation.crossSell.ours.ndcg).toBeGreaterThanOrEqual(
      evaluation.crossSell.popularity.hitRate + evaluation.crossSell.popularity.ndcg - 0.02,
    );
  });

  it('gives every suggestion a reason: re-orders with their rhythm, popular products for unknown customers', () => {
    const regular = [...planted.groupOf].find(([, g]) => g === 'top')![0];
    const suggestions = suggester.suggest(regular, 10);
    expect(suggestions).toHaveLength(10);
    const reorder = suggestions.find((s) => s.reason.kind === 'reorder')!;
    expect(suggestionReasonText(reorder.reason)).toMatch(
      /^re-orders every \d+ (days|weeks), last order .+ ago$/,
    );
    const unknown = suggester.suggest('no-such-customer', 5);
    expect(unknown).toHaveLength(5);
    expect(unknown.every((s) => s.reason.kind === 'popular')).toBe(true);
    expect(suggester.knows('no-such-customer')).toBe(false);
  });
});

describe('recommender on orders where customers moved on from their old staples', () => {
  // 240 customers, each with 4 old staples re-ordered every 20 days for 400 days, then 3 new staples
  // re-ordered every 30 days: up to the cut the old ones have far more orders, but the new ones are
  // what they keep buying. "Bought most" ranks the old staples first; the learned blend must see the
  // age of those orders (faded counts, days since) and put the current staples on top.
  const builder = new OrderBookBuilder();
  const random = seededRandom(5);
  const current = new Map<string, string[]>();
  for (let c = 0; c < 240; c++) {
    const customer = `c${c}`;
    const pick = (n: number, offset: number) =>
      Array.from({ length: n }, (_, i) => `P${(c * 7 + offset + i * 11) % 60}`);
    const old = pick(4, 0);
    const now = pick(3, 31);
    current.set(customer, now);
    const start = Math.floor(random() * 15);
    for (let day = start; day < 730; day += day < 400 ? 20 : 30) {
      const products = day < 400 ? old : now;
      for (const productId of products)
        builder.add({
          customerId: customer,
          productId,
          invoiceId: `${customer}-${day}`,
          at: START + day * MS_PER_DAY,
          quantity: 1 + Math.floor(random() * 4),
          unitPrice: 3,
          isProduct: true,
        });
    }
  }
  const book = builder.build();

  it('ranks what customers buy now above what they bought most, and beats bought-most on a time split', () => {
    const evaluation = evaluateRecommendations(book, START + 640 * MS_PER_DAY);
    expect(evaluation.returningCustomers).toBeGreaterThan(200);
    expect(evaluation.ours.ndcg).toBeGreaterThan(0.95);
    expect(evaluation.ours.ndcg).toBeGreaterThan(evaluation.boughtMostPopularTies.ndcg + 0.2);
    const { model } = trainRecommender(book);
    const top3 = new ProductSuggester(model).suggest('c7', 3).map((s) => s.productId);
    expect(top3.sort()).toEqual([...current.get('c7')!].sort());
  });
});

describe('recommender edge cases', () => {
  const add = (builder: OrderBookBuilder, customerId: string, productId: string, day: number, quantity = 1) =>
    builder.add({
      customerId,
      productId,
      invoiceId: `${customerId}-${day}-${quantity > 0 ? '' : 'C'}`,
      at: START + day * MS_PER_DAY,
      quantity,
      unitPrice: 5,
      isProduct: true,
    });

  it('works with a single product and a single customer', () => {
    const builder = new OrderBookBuilder();
    add(builder, 'only', 'A', 1);
    add(builder, 'only', 'A', 30);
    const { model } = trainRecommender(builder.build());
    const [first] = new ProductSuggester(model).suggest('only', 10);
    expect(first).toMatchObject({ productId: 'A', reason: { kind: 'reorder', orders: 2, everyDays: 29 } });
    expect(new ProductSuggester(model).suggest('stranger', 10).map((s) => s.productId)).toEqual(['A']);
  });

  it('does not suggest products that were only returned', () => {
    const builder = new OrderBookBuilder();
    add(builder, 'c1', 'A', 1, -2);
    add(builder, 'c2', 'B', 1, 3);
    add(builder, 'c2', 'B', 5, -3);
    const { model } = trainRecommender(builder.build());
    expect(new ProductSuggester(model).suggest('c1', 10)).toEqual([]);
    expect(new ProductSuggester(model).suggest('c2', 10)).toEqual([]);
  });

  it('saves and loads the model with its card, and refuses another format version', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'crmpro-recommender-'));
    const byCustomer = customerLinesOf(planted.book);
    const small = trainRecommender(planted.book, { byCustomer });
    const card = await saveRecommender(dir, small.model, {
      source: 'synthetic',
      lines: planted.book.lineCount,
      tuning: small.tuning,
      seconds: small.seconds,
    });
    expect(card).toMatchObject({
      kind: 'recommendations',
      formatVersion: 2,
      data: { source: 'synthetic', customers: planted.book.customers.length },
    });
    const { model } = await loadRecommender(dir);
    const customer = planted.book.customers[3]!;
    expect(new ProductSuggester(model).suggest(customer, 10)).toEqual(
      new ProductSuggester(small.model).suggest(customer, 10),
    );
    const file = path.join(dir, 'model.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"formatVersion": 2', '"formatVersion": 99'));
    await expect(loadRecommender(dir)).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      message: expect.stringContaining('Retrain'),
    });
    await expect(loadRecommender(path.join(dir, 'missing'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
