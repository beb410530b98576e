/**
 * Chooses the recommender's blend settings (src/ml/recommendation/tune-blend.ts, BLEND_SETTINGS) on
 * validation windows inside the training period of the retail bench, never on its test window:
 *
 * - data: UCI Online Retail (the file of bench/recommend-retail.ts);
 * - VALIDATION_WINDOWS: three cuts (2011-04-01, 2011-05-01, 2011-06-01). For each, `trainRecommender`
 *   sees only orders before the cut (its own internal splits lie before it too) and is judged on what
 *   returning customers bought in the three months after it. Every window ends by 2011-09-01: orders
 *   from 2011-09-01 on (the test window of bench/recommend-retail.ts) are never read by any model or
 *   score here. Three windows, not one, so a setting is not chosen for one window's luck.
 * - rule (parsimony, as in bench/tune-knowledge-retrieval.ts): the best is the setting with the
 *   highest HR@10 + NDCG@10 over the customers of all three windows together (the learner's own
 *   objective); the CHOSEN one is the cheapest (`blendCost`: internal splits × fits per split) whose
 *   paired bootstrap interval of the best minus it (per-customer HR@10 + NDCG@10, pooled customers,
 *   2,000 resamples, seed 1) includes 0 (`chooseParsimonious`). Each is also shown beside "bought
 *   most, ties by popularity" with a paired bootstrap interval (1,000 resamples).
 *
 * Run: `npx tsx bench/tune-recommender.ts`. Writes bench/results/recommend-tuning.json. When the
 * chosen settings differ from BLEND_SETTINGS it says so (copy them into tune-blend.ts).
 */
import { parseDayOption } from '../src/ml/orders/order-date';
import { readOrdersFile } from '../src/ml/orders/read-orders-file';
import { evaluateRecommendations } from '../src/ml/recommendation/evaluate-recommendations';
import { pairedBootstrap } from '../src/ml/recommendation/paired-bootstrap';
import {
  BLEND_SETTINGS,
  blendCost,
  chooseParsimonious,
  type BlendSettings,
} from '../src/ml/recommendation/tune-blend';
import { benchMain, ONLINE_RETAIL, writeBenchResult } from './segment-bench-support';

/** The validation windows: models see orders before `cut` only and are judged on [cut, until). */
export const VALIDATION_WINDOWS: readonly { cut: string; until: string }[] = [
  { cut: '2011-04-01', until: '2011-07-01' },
  { cut: '2011-05-01', until: '2011-08-01' },
  { cut: '2011-06-01', until: '2011-09-01' },
];
/** The test window of the retail bench starts here: no validation window may reach it. */
export const TEST_CUT = '2011-09-01';

/** The settings tried. */
export function candidateSettings(): BlendSettings[] {
  const sample = BLEND_SETTINGS.sample;
  return [
    { windows: 1, windowShift: 0, hitWeight: 1, sample, bags: 1 },
    { windows: 3, windowShift: 1 / 2, hitWeight: 1, sample, bags: 1 },
    { windows: 3, windowShift: 1 / 2, hitWeight: 2, sample, bags: 1 },
    // Bagging (5 bootstrap fits averaged): five times the learning time.
    { windows: 2, windowShift: 1 / 2, hitWeight: 1, sample, bags: 5 },
    { windows: 3, windowShift: 1 / 2, hitWeight: 1, sample, bags: 5 },
  ];
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;
const mean = (a: readonly number[]) => a.reduce((x, y) => x + y, 0) / Math.max(1, a.length);

/** Scores every candidate setting on the validation window and returns (and writes) the table. */
export async function runRecommenderTuning(
  options: { log?: (line: string) => void } = {},
): Promise<Record<string, unknown>> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const book = await readOrdersFile(ONLINE_RETAIL);
  const testCut = parseDayOption('cut', TEST_CUT);
  const windows = VALIDATION_WINDOWS.map((w) => ({
    ...w,
    at: parseDayOption('cut', w.cut),
    to: parseDayOption('until', w.until),
  }));
  if (windows.some((w) => w.to > testCut))
    throw new Error(`a validation window reaches the test cut ${TEST_CUT}`);
  const rows = [];
  const perCustomerScores: number[][] = [];
  let judgedCustomers: string | undefined;
  for (const settings of candidateSettings()) {
    const pooled = { ours: [[], []] as number[][], peer: [[], []] as number[][] };
    const perWindow = [];
    let trainSeconds = 0;
    for (const w of windows) {
      const e = evaluateRecommendations(book, w.at, 10, { until: w.to, settings, perCustomer: true });
      const each = e.perCustomer!;
      pooled.ours[0]!.push(...each.hit.ours);
      pooled.ours[1]!.push(...each.ndcg.ours);
      pooled.peer[0]!.push(...each.hit.boughtMostPopularTies);
      pooled.peer[1]!.push(...each.ndcg.boughtMostPopularTies);
      trainSeconds += e.trainSeconds;
      perWindow.push({
        judged: each.customers,
        cut: w.cut,
        until: w.until,
        customers: e.returningCustomers,
        hitRate: e.ours.hitRate,
        ndcg: e.ours.ndcg,
        boughtMostPopularTies: e.boughtMostPopularTies,
        crossSell: e.crossSell,
        weights: e.tuning.weights,
      });
    }
    const hr = pairedBootstrap(pooled.ours[0]!, pooled.peer[0]!);
    const ndcg = pairedBootstrap(pooled.ours[1]!, pooled.peer[1]!);
    // The paired comparison needs the same customers, in the same order, for every setting.
    const ids = JSON.stringify(perWindow.map((w) => w.judged));
    if ((judgedCustomers ??= ids) !== ids) throw new Error('settings judged on different customers');
    perCustomerScores.push(pooled.ours[0]!.map((hit, i) => hit + pooled.ours[1]![i]!));
    const row = {
      settings,
      cost: blendCost(settings),
      hitRate: round4(mean(pooled.ours[0]!)),
      ndcg: round4(mean(pooled.ours[1]!)),
      versusBoughtMostPopularTies: {
        hitRate: { difference: round4(hr.difference), interval95: [round4(hr.low), round4(hr.high)] },
        ndcg: { difference: round4(ndcg.difference), interval95: [round4(ndcg.low), round4(ndcg.high)] },
      },
      windows: perWindow.map(({ judged: _judged, ...w }) => w),
      trainSeconds: round4(trainSeconds / windows.length),
    };
    rows.push(row);
    log(
      `${JSON.stringify(settings)}: HR@10 ${row.hitRate.toFixed(4)} (${row.versusBoughtMostPopularTies.hitRate.difference} [${row.versusBoughtMostPopularTies.hitRate.interval95.join(', ')}])  NDCG@10 ${row.ndcg.toFixed(4)} (${row.versusBoughtMostPopularTies.ndcg.difference} [${row.versusBoughtMostPopularTies.ndcg.interval95.join(', ')}])  per window HR ${perWindow.map((w) => w.hitRate).join(' ')}  train ${row.trainSeconds} s`,
    );
  }
  const choice = chooseParsimonious(
    rows.map((row, i) => ({ cost: row.cost, perCustomer: perCustomerScores[i]! })),
    { resamples: 2000, seed: 1 },
  );
  const candidates = rows.map((row, i) => {
    const v = choice.versusBest[i]!;
    return {
      ...row,
      score: round4(row.hitRate + row.ndcg),
      bestMinusThis: {
        difference: round4(v.difference),
        interval95: [round4(v.low), round4(v.high)],
        includesZero: v.low <= 0 && v.high >= 0,
      },
    };
  });
  for (const c of candidates)
    log(
      `${JSON.stringify(c.settings)}: cost ${c.cost}, best minus it ${c.bestMinusThis.difference} [${c.bestMinusThis.interval95.join(', ')}]`,
    );
  const best = rows[choice.best]!;
  const chosen = rows[choice.chosen]!;
  const same = JSON.stringify(chosen.settings) === JSON.stringify(BLEND_SETTINGS);
  log(`best: ${JSON.stringify(best.settings)} (cost ${best.cost})`);
  log(
    same
      ? `chosen: ${JSON.stringify(chosen.settings)} (cost ${chosen.cost}; as in tune-blend.ts)`
      : `chosen: ${JSON.stringify(chosen.settings)} (cost ${chosen.cost}); tune-blend.ts has ${JSON.stringify(BLEND_SETTINGS)}: update it`,
  );
  const summary = {
    data: `UCI Online Retail; three validation windows (${VALIDATION_WINDOWS.map((w) => `orders before ${w.cut}, judged on ${w.cut}..${w.until} exclusive`).join('; ')}); the test window from ${TEST_CUT} is never read`,
    rule: 'best = highest HR@10 + NDCG@10 over the customers of the three windows pooled; chosen = the cheapest setting (cost = internal splits x fits per split, windows x bags; ties: higher score) whose paired bootstrap interval of the best minus it (per-customer HR@10 + NDCG@10, pooled customers, 2,000 resamples, seed 1) includes 0; versusBoughtMostPopularTies: paired bootstrap (1,000 resamples) of ours minus "bought most, ties by popularity"',
    cost: 'windows x bags: internal splits (one candidate pass each) x coordinate-ascent fits over their examples',
    baselines: Object.fromEntries(
      rows[0]!.windows.map((w) => [
        w.cut,
        { customers: w.customers, boughtMostPopularTies: w.boughtMostPopularTies },
      ]),
    ),
    candidates,
    best: best.settings,
    chosen: chosen.settings,
    matchesCode: same,
    node: process.version,
    measuredAt: new Date().toISOString(),
  };
  writeBenchResult('recommend-tuning.json', summary);
  return summary;
}

benchMain(
  module,
  () => ({}),
  () => runRecommenderTuning(),
);
