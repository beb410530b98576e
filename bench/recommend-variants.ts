/**
 * Simple rankings beside the recommender on the validation windows of bench/tune-recommender.ts
 * (orders before 2011-04-01, -05-01, -06-01, each judged on the next three months; the test window
 * from 2011-09-01 is never read), pooled over the three windows' returning customers. Each is a
 * fixed rule over the candidates and features the recommender already has, with the paired bootstrap
 * interval (1,000 resamples) of it minus "bought most, ties by popularity" and of it minus our
 * trained blend. It records which ideas for issue 17 item 7 were measured and what they gave, so a
 * later round does not repeat them:
 *
 * - own history faded by age (half-lives 14 to 240 days) instead of plain order counts;
 * - the slots left after a customer's history filled by recent popularity (last 30 days) or by our
 *   cross-sell ranking (also-bought links) instead of all-time popularity;
 * - order counts plus recent popularity, and plus each product's current re-buy rate (the share of
 *   its earlier buyers who bought it again in the last 60 days);
 * - "bought most" kept as it is, with its ties (products bought in as many orders) broken otherwise
 *   than by popularity: by how recently they bought it, by how close to their last order, by recent
 *   popularity, by the product's repeat buyers, or by the trained blend (and the slots after their
 *   history filled by our cross-sell ranking).
 *
 * Run: `npx tsx bench/recommend-variants.ts`. Writes bench/results/recommend-variants.json.
 */
import { customerLinesOf, type CustomerLines } from '../src/ml/orders/customer-lines';
import type { OrderBook } from '../src/ml/orders/order-book';
import { MS_PER_DAY, parseDayOption } from '../src/ml/orders/order-date';
import { readOrdersFile } from '../src/ml/orders/read-orders-file';
import {
  blendScore,
  CANDIDATE_FEATURES,
  CandidateScratch,
  candidatesFor,
  FEATURE,
  topCandidates,
  type CandidateSet,
} from '../src/ml/recommendation/candidate-features';
import { pairedBootstrap } from '../src/ml/recommendation/paired-bootstrap';
import { purchaseHistoryOf } from '../src/ml/recommendation/purchase-history';
import { rankingScores } from '../src/ml/recommendation/ranking-metrics';
import type { RecommenderModel } from '../src/ml/recommendation/recommender-model';
import { returningCustomers } from '../src/ml/recommendation/time-split';
import { trainRecommender } from '../src/ml/recommendation/train-recommender';
import { benchMain, ONLINE_RETAIL, writeBenchResult } from './segment-bench-support';
import { TEST_CUT, VALIDATION_WINDOWS } from './tune-recommender';

const K = 10;
const FADE_HALF_LIVES = [14, 30, 60, 120, 240];
/** Days of the window a product's current re-buy rate is measured on. */
const REBUY_DAYS = 60;
/** Prior weight (in buyers) pulling a product's re-buy rate toward the overall rate. */
const REBUY_PRIOR = 5;
/** Added to history products so they always come before products new to the customer. */
const HISTORY_FIRST = 1000;

/** What a ranking rule sees of one customer. */
interface Judged {
  model: RecommenderModel;
  /** The customer's index in the model. */
  customer: number;
  set: CandidateSet;
  /** Orders faded by each of FADE_HALF_LIVES, per candidate (0 when never bought). */
  faded: Float64Array[];
  /** log of each product's smoothed current re-buy rate. */
  rebuy: Float64Array;
}

type Rule = (j: Judged, i: number) => number;

const feature = (j: Judged, i: number, name: keyof typeof FEATURE) =>
  j.set.features[i * CANDIDATE_FEATURES + FEATURE[name]]!;
const bought = (j: Judged, i: number) => j.set.historySlot[i]! >= 0;
const popularTie = (j: Judged, i: number) => 1e-9 * j.model.buyers[j.set.products[i]!]!;
const historyFirst = (j: Judged, i: number, score: number) => (bought(j, i) ? HISTORY_FIRST + score : 0);
/**
 * "Bought most" with its ties broken by `tie` (in [0, 1]; popularity after it): scaled far below the
 * smallest gap between two order counts' log(1 + orders), so only products bought in as many orders
 * are reordered.
 */
const boughtMostTiesBy =
  (tie: (j: Judged, i: number) => number, rest?: (j: Judged, i: number) => number): Rule =>
  (j, i) =>
    bought(j, i)
      ? HISTORY_FIRST * 10 + feature(j, i, 'orders') + 1e-5 * tie(j, i) + popularTie(j, i)
      : rest
        ? rest(j, i)
        : popularTie(j, i);
const share = (count: number, of: number) => count / Math.max(1, of);
const squash = (x: number) => 1 / (1 + Math.exp(-x));
/** Days from their last purchase of the candidate to their last order (0 when bought in it). */
const daysBeforeTheirLast = (j: Judged, i: number) => {
  const h = j.model.history;
  const c = j.customer;
  let theirLast = Number.NEGATIVE_INFINITY;
  for (let s = h.offsets[c]!; s < h.offsets[c + 1]!; s++) theirLast = Math.max(theirLast, h.last[s]!);
  return (theirLast - h.last[j.set.historySlot[i]!]!) / MS_PER_DAY;
};

/** The rules compared, by name. */
const RULES: [string, Rule][] = [
  [
    'bought most, ties by popularity (the peer)',
    (j, i) => historyFirst(j, i, feature(j, i, 'orders')) + popularTie(j, i),
  ],
  ['CRMPro blend (trained as shipped)', (j, i) => blendScore(j.set, i, j.model.weights, j.model.buyers)],
  ...FADE_HALF_LIVES.map((h, n): [string, Rule] => [
    `own orders faded by a ${h}-day half-life, ties by popularity`,
    (j, i) => historyFirst(j, i, Math.log1p(j.faded[n]![i]!)) + popularTie(j, i),
  ]),
  [
    'bought most, then popular in the last 30 days',
    (j, i) =>
      bought(j, i)
        ? HISTORY_FIRST + feature(j, i, 'orders') + popularTie(j, i)
        : 1e-9 * j.model.recentBuyers[j.set.products[i]!]! + 1e-12 * j.model.buyers[j.set.products[i]!]!,
  ],
  [
    'bought most, then our cross-sell ranking',
    (j, i) =>
      bought(j, i)
        ? HISTORY_FIRST * 10 + feature(j, i, 'orders') + popularTie(j, i)
        : blendScore(j.set, i, j.model.crossSellWeights, j.model.buyers),
  ],
  [
    'log(1 + orders) + 0.2 x popular-now share (fixed)',
    (j, i) =>
      historyFirst(j, i, feature(j, i, 'orders') + 0.2 * feature(j, i, 'popularNow')) + popularTie(j, i),
  ],
  [
    `log(1 + orders) + 0.3 x log re-buy rate (${REBUY_DAYS} days)`,
    (j, i) =>
      historyFirst(j, i, feature(j, i, 'orders') + 0.3 * j.rebuy[j.set.products[i]!]!) + popularTie(j, i),
  ],
  [
    `log(1 + orders) + 0.2 x popular-now share + 0.3 x log re-buy rate`,
    (j, i) =>
      historyFirst(
        j,
        i,
        feature(j, i, 'orders') + 0.2 * feature(j, i, 'popularNow') + 0.3 * j.rebuy[j.set.products[i]!]!,
      ) + popularTie(j, i),
  ],
  [
    'bought most, ties by how recently they bought it',
    boughtMostTiesBy((j, i) => 1 / (1 + Math.expm1(feature(j, i, 'daysSinceLast')))),
  ],
  [
    'bought most, ties by how close to their last order they bought it',
    boughtMostTiesBy((j, i) => 1 / (1 + daysBeforeTheirLast(j, i))),
  ],
  [
    'bought most, ties by popular-now share',
    boughtMostTiesBy((j, i) => share(j.model.recentBuyers[j.set.products[i]!]!, j.model.recentCustomers)),
  ],
  [
    "bought most, ties by the product's repeat buyers (2+ orders)",
    boughtMostTiesBy((j, i) => {
      const p = j.set.products[i]!;
      return share(j.model.repeatRate[p]! * (j.model.buyers[p]! + 2) - 1, j.model.activeCustomers);
    }),
  ],
  [
    'bought most, ties by the trained blend',
    boughtMostTiesBy((j, i) => squash(blendScore(j.set, i, j.model.weights, j.model.buyers))),
  ],
  [
    'bought most, ties by the trained blend, then our cross-sell ranking',
    boughtMostTiesBy(
      (j, i) => squash(blendScore(j.set, i, j.model.weights, j.model.buyers)),
      (j, i) => blendScore(j.set, i, j.model.crossSellWeights, j.model.buyers),
    ),
  ],
];

/** Each candidate's orders faded by each half-life, from the customer's lines before the cut. */
function fadedOrders(book: OrderBook, byCustomer: CustomerLines, c: number, set: CandidateSet, cut: number) {
  const position = new Map(set.products.map((p, i) => [p, i]));
  const faded = FADE_HALF_LIVES.map(() => new Float64Array(set.products.length));
  const counted = new Set<string>();
  for (let k = byCustomer.offsets[c]!; k < byCustomer.offsets[c + 1]!; k++) {
    const line = byCustomer.lines[k]!;
    if (book.at[line]! >= cut || !book.isProduct[line] || book.quantity[line]! <= 0) continue;
    const i = position.get(book.product[line]!);
    // One count per order, for products still in the history (not returned in full).
    if (i === undefined || set.historySlot[i]! < 0) continue;
    const key = `${i}:${book.invoice[line]!}`;
    if (counted.has(key)) continue;
    counted.add(key);
    const age = (cut - book.at[line]!) / MS_PER_DAY;
    FADE_HALF_LIVES.forEach((h, n) => (faded[n]![i]! += Math.pow(2, -age / h)));
  }
  return faded;
}

/**
 * log of each product's re-buy rate now: of the customers who bought it before the last REBUY_DAYS,
 * the share who bought it again in them (smoothed toward the overall rate).
 */
function rebuyRates(book: OrderBook, byCustomer: CustomerLines, model: RecommenderModel): Float64Array {
  const from = model.asOf - REBUY_DAYS * MS_PER_DAY;
  const earlier = purchaseHistoryOf(book, byCustomer, from);
  const holders = new Float64Array(book.products.length);
  const rebuyers = new Float64Array(book.products.length);
  const had = new Uint8Array(book.products.length);
  const h = model.history;
  for (let c = 0; c < book.customers.length; c++) {
    for (let s = earlier.offsets[c]!; s < earlier.offsets[c + 1]!; s++) {
      had[earlier.product[s]!] = 1;
      holders[earlier.product[s]!]!++;
    }
    for (let s = h.offsets[c]!; s < h.offsets[c + 1]!; s++)
      if (h.last[s]! >= from && had[h.product[s]!]) rebuyers[h.product[s]!]!++;
    for (let s = earlier.offsets[c]!; s < earlier.offsets[c + 1]!; s++) had[earlier.product[s]!] = 0;
  }
  const overall =
    rebuyers.reduce((a, b) => a + b, 0) /
    Math.max(
      1,
      holders.reduce((a, b) => a + b, 0),
    );
  return holders.map((n, p) => Math.log((rebuyers[p]! + REBUY_PRIOR * overall) / (n + REBUY_PRIOR)));
}

/** Why the peer missed a customer: a re-order it left out, or only products new to them. */
function countMiss(
  misses: { rebought: number; onlyNewToThem: number; onlyLaunchedAfterCut: number },
  model: RecommenderModel,
  set: CandidateSet,
  after: ReadonlySet<number>,
): void {
  const history = new Set(set.products.filter((_, i) => set.historySlot[i]! >= 0));
  if ([...after].some((p) => history.has(p))) misses.rebought++;
  else {
    misses.onlyNewToThem++;
    if ([...after].every((p) => model.buyers[p] === 0)) misses.onlyLaunchedAfterCut++;
  }
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
const mean = (a: readonly number[]) => a.reduce((x, y) => x + y, 0) / Math.max(1, a.length);
const interval = (a: readonly number[], b: readonly number[], seed: number) => {
  const r = pairedBootstrap(a, b, { resamples: 1000, seed });
  return { difference: round4(r.difference), interval95: [round4(r.low), round4(r.high)] };
};

/** Scores every rule on the validation windows and returns (and writes) the table. */
export async function runRecommendVariants(
  options: { log?: (line: string) => void } = {},
): Promise<Record<string, unknown>> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const book = await readOrdersFile(ONLINE_RETAIL);
  const byCustomer = customerLinesOf(book);
  const testCut = parseDayOption('cut', TEST_CUT);
  const hits = RULES.map((): number[] => []);
  const ndcgs = RULES.map((): number[] => []);
  const peerMisses = { rebought: 0, onlyNewToThem: 0, onlyLaunchedAfterCut: 0 };
  for (const w of VALIDATION_WINDOWS) {
    const cut = parseDayOption('cut', w.cut);
    const until = parseDayOption('until', w.until);
    if (until > testCut) throw new Error(`a validation window reaches the test cut ${TEST_CUT}`);
    const { model } = trainRecommender(book, { asOf: cut, byCustomer });
    const split = returningCustomers(book, byCustomer, cut, until);
    const rebuy = rebuyRates(book, byCustomer, model);
    const scratch = new CandidateScratch(book.products.length);
    split.customers.forEach((c, u) => {
      const set = candidatesFor(model, c, scratch);
      const judged: Judged = {
        model,
        customer: c,
        set,
        faded: fadedOrders(book, byCustomer, c, set, cut),
        rebuy,
      };
      const after = split.bought[u]!;
      RULES.forEach(([, rule], r) => {
        const top = topCandidates(set, K, (i) => rule(judged, i)).map((i) => set.products[i]!);
        const s = rankingScores(top, after, after.size, K);
        hits[r]!.push(s.hit);
        ndcgs[r]!.push(s.ndcg);
      });
      if (!hits[0]!.at(-1)) countMiss(peerMisses, model, set, after);
    });
    log(`${w.cut}: ${split.customers.length} returning customers`);
  }
  log(`the peer missed: ${JSON.stringify(peerMisses)}`);
  const rows = RULES.map(([name], r) => ({
    rule: name,
    hitRate: round4(mean(hits[r]!)),
    ndcg: round4(mean(ndcgs[r]!)),
    minusPeer: { hitRate: interval(hits[r]!, hits[0]!, 1), ndcg: interval(ndcgs[r]!, ndcgs[0]!, 2) },
    minusBlend: { hitRate: interval(hits[r]!, hits[1]!, 1), ndcg: interval(ndcgs[r]!, ndcgs[1]!, 2) },
  }));
  for (const row of rows)
    log(
      `${row.hitRate.toFixed(4)} ${row.ndcg.toFixed(4)}  ${row.rule}: HR - peer ${row.minusPeer.hitRate.difference} [${row.minusPeer.hitRate.interval95.join(', ')}], - blend ${row.minusBlend.hitRate.difference} [${row.minusBlend.hitRate.interval95.join(', ')}]`,
    );
  const summary = {
    data: `UCI Online Retail; the validation windows of bench/tune-recommender.ts (${VALIDATION_WINDOWS.map((w) => `orders before ${w.cut}, judged on ${w.cut}..${w.until} exclusive`).join('; ')}), customers pooled (${hits[0]!.length}); the test window from ${TEST_CUT} is never read`,
    protocol:
      "each rule ranks the recommender's own candidates (its history products first, except the trained blend); HR@10 and NDCG@10 as in bench/recommend-retail.ts; intervals: 95% percentile bootstrap of the paired difference, 1,000 resamples of the pooled customers",
    rows,
    peerMisses: {
      customers: peerMisses.rebought + peerMisses.onlyNewToThem,
      ...peerMisses,
      note: 'customers "bought most, ties by popularity" missed: rebought = bought again something they had bought before (left out of the 10); onlyNewToThem = bought only products new to them; onlyLaunchedAfterCut = of those, only products nobody bought before the cut',
    },
    node: process.version,
    measuredAt: new Date().toISOString(),
  };
  writeBenchResult('recommend-variants.json', summary);
  return summary;
}

benchMain(
  module,
  () => ({}),
  () => runRecommendVariants(),
);
