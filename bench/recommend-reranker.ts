/**
 * A non-linear re-ranker beside the recommender on the validation windows of bench/tune-recommender.ts
 * (orders before 2011-04-01, -05-01, -06-01, each judged on the next three months; the test window
 * from 2011-09-01 is never read), for issue 17 item 7.
 *
 * For each window, the recommender is trained as shipped (`trainRecommender`, blend learned on its
 * internal splits). The re-ranker then takes the blend's top RERANK_DEPTH candidates per customer and
 * reorders them by a gradient-boosted model (the project's `trainScoringModel`, pointwise, label:
 * bought after the split) over the candidate features plus "due for re-order" features: days since
 * the customer last bought the item over their mean interval between orders of it, their orders
 * overall and in the last 30 / 90 days, days since their last order of anything, the item's median
 * re-order interval across customers, and the blend's own score. The booster learns on the
 * recommender's latest internal split (a model fitted on the orders before `cut - 91 days`, labels
 * from the 91 days after), so nothing at or after the window's cut is read to train it.
 *
 * Scores are pooled over the three windows' returning customers, with paired bootstrap intervals
 * (1,000 resamples) against "bought most, ties by popularity" (the peer) and against the blend.
 *
 * Run: `npx tsx bench/recommend-reranker.ts`. Writes bench/results/recommend-reranker.json.
 */
import { customerLinesOf, type CustomerLines } from '../src/ml/orders/customer-lines';
import type { OrderBook } from '../src/ml/orders/order-book';
import { MS_PER_DAY, parseDayOption } from '../src/ml/orders/order-date';
import { readOrdersFile } from '../src/ml/orders/read-orders-file';
import {
  blendScore,
  CANDIDATE_FEATURE_NAMES,
  CANDIDATE_FEATURES,
  CandidateScratch,
  candidatesFor,
  FEATURE,
  topByScore,
  topCandidates,
  type CandidateSet,
} from '../src/ml/recommendation/candidate-features';
import { fitRecommender } from '../src/ml/recommendation/fit-recommender';
import { pairedBootstrap } from '../src/ml/recommendation/paired-bootstrap';
import { rankingScores } from '../src/ml/recommendation/ranking-metrics';
import type { RecommenderModel } from '../src/ml/recommendation/recommender-model';
import { returningCustomers, type ReturningCustomers } from '../src/ml/recommendation/time-split';
import { trainRecommender } from '../src/ml/recommendation/train-recommender';
import type { FeatureTable } from '../src/ml/scoring/feature-table';
import { trainScoringModel } from '../src/ml/scoring/train-scoring-model';
import { dueForReorder, itemMedianIntervals, recentOrderCounts } from './recommend-reranker-features';
import { benchMain, ONLINE_RETAIL, writeBenchResult } from './segment-bench-support';
import { TEST_CUT, VALIDATION_WINDOWS } from './tune-recommender';

const K = 10;
/** Candidates (the blend's best) the booster reorders; the rest keep the blend's order below them. */
const RERANK_DEPTH = 40;
/** Length of the internal split the booster learns on (as the recommender's own latest split). */
const INNER_DAYS = 91;
/** Weight of the booster's log-odds added to the blend score in the hybrid ranking. */
const HYBRID_WEIGHT = 0.5;

const DUE_FEATURES = [
  'dueRatio',
  'theirOrders',
  'theirOrders30',
  'theirOrders90',
  'daysSinceTheirLastOrder',
  'itemMedianInterval',
  'blend',
] as const;
const COLUMNS = [...CANDIDATE_FEATURE_NAMES, ...DUE_FEATURES];

/** What the re-ranker's features need about one model (the history it was fitted on). */
interface DueContext {
  model: RecommenderModel;
  in30: Float64Array;
  in90: Float64Array;
  itemInterval: Float64Array;
}

function dueContext(book: OrderBook, byCustomer: CustomerLines, model: RecommenderModel): DueContext {
  return {
    model,
    ...recentOrderCounts(book, byCustomer, model.asOf),
    itemInterval: itemMedianIntervals(model),
  };
}

/** The blend's top RERANK_DEPTH candidates of one customer and their feature rows (COLUMNS order). */
function rerankRows(ctx: DueContext, c: number, set: CandidateSet): { picks: number[]; rows: number[][] } {
  const { model } = ctx;
  const h = model.history;
  const blend = (i: number) => blendScore(set, i, model.weights, model.buyers);
  const picks = topCandidates(set, RERANK_DEPTH, blend);
  let theirLast = Number.NEGATIVE_INFINITY;
  for (let s = h.offsets[c]!; s < h.offsets[c + 1]!; s++) theirLast = Math.max(theirLast, h.last[s]!);
  const rows = picks.map((i) => {
    const slot = set.historySlot[i]!;
    const own = Array.from(set.features.subarray(i * CANDIDATE_FEATURES, (i + 1) * CANDIDATE_FEATURES));
    const dueRatio = slot >= 0 ? dueForReorder(h, slot, model.asOf) : Number.NaN;
    return [
      ...own,
      dueRatio,
      h.customerOrders[c]!,
      ctx.in30[c]!,
      ctx.in90[c]!,
      (model.asOf - theirLast) / MS_PER_DAY,
      ctx.itemInterval[set.products[i]!]!,
      blend(i),
    ];
  });
  return { picks, rows };
}

function tableOf(rows: number[][]): FeatureTable {
  return {
    rowCount: rows.length,
    columns: COLUMNS.map((name, j) => ({
      name,
      kind: 'numeric' as const,
      values: Float64Array.from(rows, (row) => row[j]!),
    })),
  };
}

/** Training rows of the booster: the blend's top candidates on a split, labelled by purchase after it. */
function trainingRows(ctx: DueContext, split: ReturningCustomers) {
  const scratch = new CandidateScratch(ctx.model.products.length);
  const rows: number[][] = [];
  const labels: number[] = [];
  split.customers.forEach((c, u) => {
    const set = candidatesFor(ctx.model, c, scratch);
    const { picks, rows: own } = rerankRows(ctx, c, set);
    picks.forEach((i, n) => {
      rows.push(own[n]!);
      labels.push(split.bought[u]!.has(set.products[i]!) ? 1 : 0);
    });
  });
  return { table: tableOf(rows), labels: Uint8Array.from(labels) };
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
const mean = (a: readonly number[]) => a.reduce((x, y) => x + y, 0) / Math.max(1, a.length);
const interval = (a: readonly number[], b: readonly number[], seed: number) => {
  const r = pairedBootstrap(a, b, { resamples: 1000, seed });
  return { difference: round4(r.difference), interval95: [round4(r.low), round4(r.high)] };
};
const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

const RANKINGS = [
  'bought most, ties by popularity (the peer)',
  'CRMPro blend (trained as shipped)',
  `blend top ${RERANK_DEPTH} re-ranked by the boosted trees' probability`,
  `blend top ${RERANK_DEPTH}: products they bought first, each group by the boosted trees' probability`,
  `blend top ${RERANK_DEPTH} by blend score + ${HYBRID_WEIGHT} x the boosted trees' log-odds`,
];

export async function runRecommendReranker(
  options: { log?: (line: string) => void } = {},
): Promise<Record<string, unknown>> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const book = await readOrdersFile(ONLINE_RETAIL);
  const byCustomer = customerLinesOf(book);
  const testCut = parseDayOption('cut', TEST_CUT);
  const hits = RANKINGS.map((): number[] => []);
  const ndcgs = RANKINGS.map((): number[] => []);
  const windows: Record<string, unknown>[] = [];
  for (const w of VALIDATION_WINDOWS) {
    const cut = parseDayOption('cut', w.cut);
    const until = parseDayOption('until', w.until);
    if (until > testCut) throw new Error(`a validation window reaches the test cut ${TEST_CUT}`);
    let cpu = cpuSeconds();
    const { model } = trainRecommender(book, { asOf: cut, byCustomer });
    const blendCpu = cpuSeconds() - cpu;
    cpu = cpuSeconds();
    // The booster's own split: orders before innerCut, labels in [innerCut, cut); the blend weights
    // are those trainRecommender learned (on splits that end at the cut too).
    const innerCut = cut - INNER_DAYS * MS_PER_DAY;
    const inner = fitRecommender(book, byCustomer, innerCut, model.weights, model.crossSellWeights);
    const innerSplit = returningCustomers(book, byCustomer, innerCut, cut);
    const { table, labels } = trainingRows(dueContext(book, byCustomer, inner), innerSplit);
    const trained = trainScoringModel(table, labels, { seed: 1 });
    const rerankCpu = cpuSeconds() - cpu;
    const ctx = dueContext(book, byCustomer, model);
    const split = returningCustomers(book, byCustomer, cut, until);
    const scratch = new CandidateScratch(book.products.length);
    split.customers.forEach((c, u) => {
      const set = candidatesFor(model, c, scratch);
      const after = split.bought[u]!;
      const peer = topCandidates(
        set,
        K,
        (i) =>
          (set.historySlot[i]! >= 0 ? 1000 + set.features[i * CANDIDATE_FEATURES + FEATURE.orders]! : 0) +
          1e-9 * model.buyers[set.products[i]!]!,
      );
      const { picks, rows } = rerankRows(ctx, c, set);
      const p = trained.model.probabilities(tableOf(rows));
      const products = picks.map((i) => set.products[i]!);
      const byScore = (score: Float64Array) => topByScore(score, products, K).map((n) => picks[n]!);
      const logOdds = p.map((q) => Math.log(Math.max(q, 1e-6) / Math.max(1 - q, 1e-6)));
      const blendColumn = COLUMNS.indexOf('blend');
      const rankings = [
        peer,
        picks.slice(0, K),
        byScore(p),
        byScore(p.map((q, n) => (set.historySlot[picks[n]!]! >= 0 ? 1 : 0) + q)),
        byScore(logOdds.map((l, n) => rows[n]![blendColumn]! + HYBRID_WEIGHT * l)),
      ];
      rankings.forEach((top, r) => {
        const s = rankingScores(
          top.map((i) => set.products[i]!),
          after,
          after.size,
          K,
        );
        hits[r]!.push(s.hit);
        ndcgs[r]!.push(s.ndcg);
      });
    });
    windows.push({
      cut: w.cut,
      until: w.until,
      customers: split.customers.length,
      boosterRows: labels.length,
      boosterPositives: labels.reduce((a, b) => a + b, 0),
      boosterIterations: trained.iterations,
      boosterValidationAuc: round4(trained.validation.auc),
      cpuSeconds: { trainRecommender: round4(blendCpu), rerankerExtra: round4(rerankCpu) },
    });
    log(
      `${w.cut}: ${split.customers.length} customers, booster ${labels.length} rows, ${trained.iterations} rounds, recommender ${blendCpu.toFixed(1)} s CPU + re-ranker ${rerankCpu.toFixed(1)} s`,
    );
  }
  const rows = RANKINGS.map((name, r) => ({
    ranking: name,
    hitRate: round4(mean(hits[r]!)),
    ndcg: round4(mean(ndcgs[r]!)),
    minusPeer: { hitRate: interval(hits[r]!, hits[0]!, 1), ndcg: interval(ndcgs[r]!, ndcgs[0]!, 2) },
    minusBlend: { hitRate: interval(hits[r]!, hits[1]!, 1), ndcg: interval(ndcgs[r]!, ndcgs[1]!, 2) },
  }));
  for (const row of rows)
    log(
      `${row.hitRate.toFixed(4)} ${row.ndcg.toFixed(4)}  ${row.ranking}: HR - peer ${row.minusPeer.hitRate.difference} [${row.minusPeer.hitRate.interval95.join(', ')}], - blend ${row.minusBlend.hitRate.difference} [${row.minusBlend.hitRate.interval95.join(', ')}]`,
    );
  const summary = {
    data: `UCI Online Retail; the validation windows of bench/tune-recommender.ts (${VALIDATION_WINDOWS.map((w) => `orders before ${w.cut}, judged on ${w.cut}..${w.until} exclusive`).join('; ')}), customers pooled (${hits[0]!.length}); the test window from ${TEST_CUT} is never read`,
    protocol: `re-ranker: trainScoringModel (default options, seed 1) on the blend's top ${RERANK_DEPTH} candidates of the returning customers of one internal split (model on orders before cut - ${INNER_DAYS} days, label: bought in the ${INNER_DAYS} days to the cut), features ${COLUMNS.join(', ')}; HR@10 and NDCG@10 as in bench/recommend-retail.ts; intervals: 95% percentile bootstrap of the paired difference, 1,000 resamples of the pooled customers`,
    rows,
    windows,
    node: process.version,
    measuredAt: new Date().toISOString(),
  };
  writeBenchResult('recommend-reranker.json', summary);
  return summary;
}

benchMain(
  module,
  () => ({}),
  () => runRecommendReranker(),
);
