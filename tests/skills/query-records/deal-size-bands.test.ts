import { dealSizeBands } from '../../../src/skills/query-records/deal-size-bands';
import type { Deal } from '../../../src/vocabulary';

const deal = (amount: number, currency = 'USD') => ({ amount, currency }) as Deal;

describe('deal size bands', () => {
  it('cuts each currency at its quartiles rounded to round figures, smallest band first', () => {
    const deals = [
      ...[3_000, 8_000, 9_000, 12_000, 20_000, 24_000, 30_000, 45_000, 60_000, 90_000, 150_000].map((a) =>
        deal(a),
      ),
      ...[4_000, 6_000, 30_000].map((a) => deal(a, 'EUR')),
    ];
    const bands = dealSizeBands(deals);
    // USD quartiles 9,000 / 24,000 / 60,000 → 10k, 25k, 50k; EUR 4,000 / 6,000 / 6,000 → 5k only.
    expect(bands.order).toEqual([
      'under $10k',
      '$10k–25k',
      '$25k–50k',
      '$50k and over',
      'under €5k',
      '€5k and over',
    ]);
    expect(deals.map(bands.bandOf)).toEqual([
      'under $10k',
      'under $10k',
      'under $10k',
      '$10k–25k',
      '$10k–25k',
      '$10k–25k',
      '$25k–50k',
      '$25k–50k',
      '$50k and over',
      '$50k and over',
      '$50k and over',
      'under €5k',
      '€5k and over',
      '€5k and over',
    ]);
  });

  it('names other currencies by their code, and one band when every deal is the same size', () => {
    const bands = dealSizeBands([
      deal(1_000, 'JPY'),
      deal(1_000, 'JPY'),
      deal(2_500_000, 'CHF'),
      deal(900, 'CHF'),
    ]);
    // Two deals each: the currencies in their codes' order.
    expect(bands.order).toEqual(['under 1k CHF', '1k CHF and over', 'all JPY deals']);
    expect(bands.bandOf(deal(2_500_000, 'CHF'))).toBe('1k CHF and over');
  });
});
