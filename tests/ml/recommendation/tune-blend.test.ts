import { customerLinesOf } from '../../../src/ml/orders/customer-lines';
import { MS_PER_DAY } from '../../../src/ml/orders/order-date';
import { syntheticOrders } from '../../../src/ml/orders/synthetic-orders';
import { fitRecommender } from '../../../src/ml/recommendation/fit-recommender';
import { returningCustomers } from '../../../src/ml/recommendation/time-split';
import { trainRecommender } from '../../../src/ml/recommendation/train-recommender';
import {
  DEFAULT_WEIGHTS,
  firstPurchases,
  rankingGroupsOf,
  rankingGroupsOfBoth,
} from '../../../src/ml/recommendation/tune-blend';

const START = Date.UTC(2022, 0, 1);
const END = Date.UTC(2023, 11, 31);
const { book } = syntheticOrders({ customers: 300, start: START, end: END, seed: 7 });
const byCustomer = customerLinesOf(book);

describe('learning examples of an internal split', () => {
  const cut = START + 600 * MS_PER_DAY;
  const model = fitRecommender(book, byCustomer, cut, DEFAULT_WEIGHTS);
  const split = returningCustomers(book, byCustomer, cut, cut + 60 * MS_PER_DAY);

  it.each([10_000, 37])(
    'one candidate pass for both lists gives the same examples as two (sample %i)',
    (sample) => {
      const both = rankingGroupsOfBoth(model, split, sample);
      const main = rankingGroupsOf(model, split, { sample });
      const cross = rankingGroupsOf(model, firstPurchases(model, split), { sample, onlyNew: true });
      expect(split.customers.length).toBeGreaterThan(50);
      expect(both.main.relevantTotal.length).toBe(Math.min(sample, split.customers.length));
      expect(both.main).toEqual(main);
      expect(both.crossSell).toEqual(cross);
      expect(both.crossSell.relevantTotal.length).toBeGreaterThan(0);
    },
  );
});

describe('training on several internal splits', () => {
  it('learns on three splits, each half a window before the last, all before the training date', () => {
    const asOf = START + 400 * MS_PER_DAY;
    const { tuning } = trainRecommender(book, {
      asOf,
      byCustomer,
      settings: { windows: 3, windowShift: 1 / 2, hitWeight: 1, sample: 2000, bags: 1 },
    });
    // 400 days of history: windows of 91 days (at most a quarter of it), cut 91, 91 + 46 and 91 + 91 days before.
    const day = (iso: string) => Math.round((Date.parse(iso) - START) / MS_PER_DAY);
    expect(tuning.windows.map((w) => day(w.cut))).toEqual([309, 263, 218]);
    expect(tuning.windows.every((w) => day(w.until) < 400)).toBe(true);
    expect(tuning.validationCustomers).toBe(tuning.windows.reduce((sum, w) => sum + w.customers, 0));
  });
});
