import {
  dueForReorder,
  itemMedianIntervals,
  recentOrderCounts,
} from '../../../bench/recommend-reranker-features';
import { customerLinesOf } from '../../../src/ml/orders/customer-lines';
import { OrderBookBuilder } from '../../../src/ml/orders/order-book';
import { MS_PER_DAY } from '../../../src/ml/orders/order-date';
import { fitRecommender } from '../../../src/ml/recommendation/fit-recommender';
import { DEFAULT_WEIGHTS } from '../../../src/ml/recommendation/tune-blend';

const START = Date.UTC(2024, 0, 1);
const AS_OF = START + 100 * MS_PER_DAY;

// ann buys TEA on days 40, 60 and 80 (every 20 days), MUG on 40 and 95; bob TEA on days 0 and 60; cat once.
const builder = new OrderBookBuilder();
let invoice = 0;
const order = (customerId: string, day: number, products: string[], quantity = 1) => {
  invoice++;
  for (const productId of products)
    builder.add({
      customerId,
      productId,
      invoiceId: String(invoice),
      at: START + day * MS_PER_DAY,
      quantity,
      unitPrice: 2,
      isProduct: true,
    });
};
order('ann', 40, ['TEA', 'MUG']);
order('ann', 60, ['TEA']);
order('ann', 80, ['TEA']);
order('ann', 95, ['MUG']);
order('ann', 120, ['TEA']); // after AS_OF: never counted
order('bob', 0, ['TEA']);
order('bob', 60, ['TEA']);
order('cat', 90, ['TEA']);
order('cat', 92, ['MUG'], -1); // a return is not an order
const book = builder.build();
const byCustomer = customerLinesOf(book);
const model = fitRecommender(book, byCustomer, AS_OF, DEFAULT_WEIGHTS);
const customer = (id: string) => book.customers.indexOf(id);
const slotOf = (id: string, productId: string) => {
  const c = customer(id);
  const p = model.products.indexOf(productId);
  for (let s = model.history.offsets[c]!; s < model.history.offsets[c + 1]!; s++)
    if (model.history.product[s] === p) return s;
  throw new Error(`${id} never bought ${productId}`);
};

describe('the re-ranker bench features (bench/recommend-reranker.ts)', () => {
  it('measures how due a re-order is against the customer’s own interval', () => {
    // ann: last TEA 20 days ago, every 20 days → (20) / (20 + 1); bob: 40 days ago, every 60.
    expect(dueForReorder(model.history, slotOf('ann', 'TEA'), AS_OF)).toBeCloseTo(20 / 21, 6);
    expect(dueForReorder(model.history, slotOf('bob', 'TEA'), AS_OF)).toBeCloseTo(40 / 61, 6);
    expect(dueForReorder(model.history, slotOf('cat', 'TEA'), AS_OF)).toBeNaN();
  });

  it('takes the median over customers of their mean re-order interval, per product', () => {
    const intervals = itemMedianIntervals(model);
    // Intervals 20 (ann) and 60 (bob): the upper median of an even list.
    expect(intervals[model.products.indexOf('TEA')]).toBeCloseTo(60, 6);
    // ann bought MUG on days 40 and 95.
    expect(intervals[model.products.indexOf('MUG')]).toBeCloseTo(55, 6);
  });

  it('counts distinct orders in the last 30 and 90 days before the cut, returns and later orders left out', () => {
    const { in30, in90 } = recentOrderCounts(book, byCustomer, AS_OF);
    expect([in30[customer('ann')], in90[customer('ann')]]).toEqual([2, 4]);
    expect([in30[customer('bob')], in90[customer('bob')]]).toEqual([0, 1]);
    expect([in30[customer('cat')], in90[customer('cat')]]).toEqual([1, 1]);
  });
});
