import { customerLinesOf } from '../orders/customer-lines';
import { lastOrderAt, type OrderBook } from '../orders/order-book';
import { isoDay } from '../orders/order-date';
import {
  blendScore,
  CandidateScratch,
  candidatesFor,
  topByScore,
  topCandidates,
  topIndexes,
} from './candidate-features';
import { rankingScores } from './ranking-metrics';
import { returningCustomers } from './time-split';
import { firstPurchases, type BlendSettings } from './tune-blend';
import { trainRecommender, type BlendTuning } from './train-recommender';

/** HR@k and NDCG@k of one method. */
export interface RankingResult {
  method: string;
  hitRate: number;
  ndcg: number;
}

/** What `crmpro recommend eval` reports. */
export interface RecommendationEvaluation {
  cut: string;
  until: string;
  k: number;
  /** Customers who bought before the cut and again after it (the ones judged). */
  returningCustomers: number;
  products: number;
  ours: RankingResult;
  /** Same top-10 for everyone: the products most customers bought before the cut. */
  popularity: RankingResult;
  /** What each customer bought most often before (orders containing it; ties by product code), padded with popularity. */
  boughtMost: RankingResult;
  /** The same with ties broken by popularity: a stronger form of that baseline, shown for honesty. */
  boughtMostPopularTies: RankingResult;
  /** Cross-sell: only products new to the customer, judged on first purchases after the cut. */
  crossSell: { customers: number; ours: RankingResult; popularity: RankingResult };
  tuning: BlendTuning;
  trainSeconds: number;
  seconds: number;
  /** With `perCustomer`: each judged customer's id and HR/NDCG per method (for paired bootstrap intervals). */
  perCustomer?: PerCustomerScores;
}

/** The main-list methods scored per customer. */
export type RankingMethod = 'ours' | 'popularity' | 'boughtMost' | 'boughtMostPopularTies';

/** Each returning customer's HR@k (0/1) and NDCG@k per method, in the order of `customers`. */
export interface PerCustomerScores {
  customers: string[];
  hit: Record<RankingMethod, Float64Array>;
  ndcg: Record<RankingMethod, Float64Array>;
}

/**
 * Trains on orders before `cut` and scores each returning customer's top k against the products
 * they bought after it (up to `until`, default the end of the file) (HR@k: at least one bought; NDCG@k: how high the bought ones rank), beside
 * the popularity and "what they bought most" baselines on the same customers.
 */
export function evaluateRecommendations(
  book: OrderBook,
  cut: number,
  k = 10,
  options: { perCustomer?: boolean; until?: number; settings?: BlendSettings } = {},
): RecommendationEvaluation {
  const started = performance.now();
  const byCustomer = customerLinesOf(book);
  const trained = trainRecommender(book, { asOf: cut, byCustomer, k, settings: options.settings });
  const model = trained.model;
  const until = options.until ?? lastOrderAt(book) + 1;
  const split = returningCustomers(book, byCustomer, cut, until);
  const scratch = new CandidateScratch(book.products.length);
  const popular = topIndexes(model.buyers, k);
  const codeOrder = Array.from(book.products.keys()).sort((a, b) =>
    book.products[a]! < book.products[b]! ? -1 : book.products[a]! > book.products[b]! ? 1 : 0,
  );
  const codeRank = new Int32Array(book.products.length);
  codeOrder.forEach((p, rank) => (codeRank[p] = rank));
  const totals = { ours: [0, 0], popularity: [0, 0], boughtMost: [0, 0], boughtMostPopularTies: [0, 0] };
  const methods = Object.keys(totals) as RankingMethod[];
  const n0 = split.customers.length;
  const each = {
    hit: Object.fromEntries(methods.map((m) => [m, new Float64Array(n0)])) as PerCustomerScores['hit'],
    ndcg: Object.fromEntries(methods.map((m) => [m, new Float64Array(n0)])) as PerCustomerScores['ndcg'],
  };
  const add = (key: RankingMethod, ranked: number[], u: number) => {
    const s = rankingScores(ranked, split.bought[u]!, split.bought[u]!.size, k);
    totals[key][0]! += s.hit;
    totals[key][1]! += s.ndcg;
    each.hit[key][u] = s.hit;
    each.ndcg[key][u] = s.ndcg;
  };
  const h = model.history;
  split.customers.forEach((c, u) => {
    const set = candidatesFor(model, c, scratch);
    add(
      'ours',
      topCandidates(set, k, (i) => blendScore(set, i, model.weights, model.buyers)).map(
        (i) => set.products[i]!,
      ),
      u,
    );
    add('popularity', popular, u);
    const slots = Array.from({ length: h.offsets[c + 1]! - h.offsets[c]! }, (_, i) => h.offsets[c]! + i);
    const byCode = [...slots]
      .sort((a, b) => h.orders[b]! - h.orders[a]! || codeRank[h.product[a]!]! - codeRank[h.product[b]!]!)
      .map((s) => h.product[s]!);
    const byPopularity = [...slots]
      .sort(
        (a, b) => h.orders[b]! - h.orders[a]! || model.buyers[h.product[b]!]! - model.buyers[h.product[a]!]!,
      )
      .map((s) => h.product[s]!);
    add('boughtMost', padded(byCode, popular, k), u);
    add('boughtMostPopularTies', padded(byPopularity, popular, k), u);
  });
  const fresh = firstPurchases(model, split);
  const cross = { ours: [0, 0], popularity: [0, 0] };
  const byPopularity = Array.from(model.buyers.keys()).sort(
    (a, b) => model.buyers[b]! - model.buyers[a]! || a - b,
  );
  fresh.customers.forEach((c, u) => {
    const set = candidatesFor(model, c, scratch);
    const scores = Float64Array.from(set.products, (_, i) =>
      set.historySlot[i]! >= 0
        ? Number.NEGATIVE_INFINITY
        : blendScore(set, i, model.crossSellWeights, model.buyers),
    );
    const ours = topByScore(scores, set.products, k)
      .filter((i) => scores[i]! > Number.NEGATIVE_INFINITY)
      .map((i) => set.products[i]!);
    const had = new Set(
      Array.from({ length: h.offsets[c + 1]! - h.offsets[c]! }, (_, i) => h.product[h.offsets[c]! + i]!),
    );
    const popularNew: number[] = [];
    for (const p of byPopularity) {
      if (popularNew.length >= k) break;
      if (!had.has(p)) popularNew.push(p);
    }
    for (const [key, ranked] of [
      ['ours', ours],
      ['popularity', popularNew],
    ] as const) {
      const r = rankingScores(ranked, fresh.bought[u]!, fresh.bought[u]!.size, k);
      cross[key][0]! += r.hit;
      cross[key][1]! += r.ndcg;
    }
  });
  const m = Math.max(1, fresh.customers.length);
  const n = Math.max(1, split.customers.length);
  const result = (key: keyof typeof totals, method: string): RankingResult => ({
    method,
    hitRate: round4(totals[key][0]! / n),
    ndcg: round4(totals[key][1]! / n),
  });
  return {
    cut: isoDay(cut),
    until: isoDay(until - 1),
    k,
    returningCustomers: split.customers.length,
    products: book.products.length,
    ours: result(
      'ours',
      'CRMPro blend (re-order counts faded by age, also-bought, popularity; weights learned on HR@10 + NDCG@10 over internal splits)',
    ),
    popularity: result('popularity', 'popularity (most customers before the cut)'),
    boughtMost: result('boughtMost', 'what they bought most before (ties by product code)'),
    boughtMostPopularTies: result(
      'boughtMostPopularTies',
      'what they bought most before (ties by popularity)',
    ),
    crossSell: {
      customers: fresh.customers.length,
      ours: {
        method: 'CRMPro cross-sell (also-bought + popularity, learned on first purchases)',
        hitRate: round4(cross.ours[0]! / m),
        ndcg: round4(cross.ours[1]! / m),
      },
      popularity: {
        method: 'most popular products they never bought',
        hitRate: round4(cross.popularity[0]! / m),
        ndcg: round4(cross.popularity[1]! / m),
      },
    },
    tuning: trained.tuning,
    trainSeconds: Math.round(trained.seconds * 100) / 100,
    seconds: Math.round((performance.now() - started) / 10) / 100,
    perCustomer: options.perCustomer
      ? { customers: split.customers.map((c) => book.customers[c]!), ...each }
      : undefined,
  };
}

function padded(first: number[], fill: number[], k: number): number[] {
  const out = first.slice(0, k);
  for (const p of fill) {
    if (out.length >= k) break;
    if (!out.includes(p)) out.push(p);
  }
  return out;
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
