/**
 * Chooses the recommender's blend settings (src/ml/recommendation/tune-blend.ts, BLEND_SETTINGS) on a
 * validation window inside the training period of the retail bench, never on its test window:
 *
 * - data: UCI Online Retail (the file of bench/recommend-retail.ts);
 * - VALIDATION: `trainRecommender` sees only orders before 2011-06-01 (its own internal splits lie
 *   before that date too), and is judged on what returning customers bought from 2011-06-01 to
 *   2011-08-31. Orders from 2011-09-01 on (the test window of bench/recommend-retail.ts) are never
 *   read by any model or score here.
 * - rule: the settings with the highest HR@10 + NDCG@10 on that window (the learner's own
 *   objective); each is shown beside "bought most, ties by popularity" with a paired bootstrap
 *   interval (1,000 resamples of customers).
 *
 * Run: `npx tsx bench/tune-recommender.ts`. Writes bench/results/recommend-tuning.json. When the
 * chosen settings differ from BLEND_SETTINGS it says so (copy them into tune-blend.ts).
 */
import { parseDayOption } from '../src/ml/orders/order-date';
import { readOrdersFile } from '../src/ml/orders/read-orders-file';
import { evaluateRecommendations } from '../src/ml/recommendation/evaluate-recommendations';
import { pairedBootstrap } from '../src/ml/recommendation/paired-bootstrap';
import { BLEND_SETTINGS, type BlendSettings } from '../src/ml/recommendation/tune-blend';
import { benchMain, ONLINE_RETAIL, writeBenchResult } from './segment-bench-support';

/** The validation cut: models see orders before it only. */
export const VALIDATION_CUT = '2011-06-01';
/** End of the validation window (exclusive): the test window of the retail bench starts here. */
export const VALIDATION_UNTIL = '2011-09-01';

/** The settings tried. */
export function candidateSettings(): BlendSettings[] {
  const out: BlendSettings[] = [];
  const sample = BLEND_SETTINGS.sample;
  for (const hitWeight of [0, 0.5, 1]) {
    out.push({ windows: 1, windowShift: 0, hitWeight, sample, bags: 1 });
    for (const windowShift of [1 / 3, 1 / 2])
      out.push({ windows: 2, windowShift, hitWeight, sample, bags: 1 });
  }
  out.push({ windows: 3, windowShift: 1 / 3, hitWeight: 0.5, sample, bags: 1 });
  // Bagging (5 bootstrap fits averaged) on the default split layout: five times the learning time.
  out.push({ windows: 2, windowShift: 1 / 3, hitWeight: 0.5, sample, bags: 5 });
  return out;
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** Scores every candidate setting on the validation window and returns (and writes) the table. */
export async function runRecommenderTuning(
  options: { log?: (line: string) => void } = {},
): Promise<Record<string, unknown>> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const book = await readOrdersFile(ONLINE_RETAIL);
  const cut = parseDayOption('cut', VALIDATION_CUT);
  const until = parseDayOption('until', VALIDATION_UNTIL);
  const rows = [];
  for (const settings of candidateSettings()) {
    const e = evaluateRecommendations(book, cut, 10, { until, settings, perCustomer: true });
    const each = e.perCustomer!;
    const hr = pairedBootstrap(each.hit.ours, each.hit.boughtMostPopularTies);
    const ndcg = pairedBootstrap(each.ndcg.ours, each.ndcg.boughtMostPopularTies);
    const row = {
      settings,
      hitRate: e.ours.hitRate,
      ndcg: e.ours.ndcg,
      versusBoughtMostPopularTies: {
        hitRate: [round4(hr.low), round4(hr.high)],
        ndcg: [round4(ndcg.low), round4(ndcg.high)],
      },
      weights: e.tuning.weights,
      windows: e.tuning.windows,
      trainSeconds: e.trainSeconds,
    };
    rows.push(row);
    log(
      `${JSON.stringify(settings)}: HR@10 ${e.ours.hitRate.toFixed(4)} [${row.versusBoughtMostPopularTies.hitRate.join(', ')}]  NDCG@10 ${e.ours.ndcg.toFixed(4)} [${row.versusBoughtMostPopularTies.ndcg.join(', ')}]  train ${e.trainSeconds} s`,
    );
  }
  const reference = evaluateRecommendations(book, cut, 10, { until, settings: BLEND_SETTINGS });
  const best = rows.reduce((a, b) => (b.hitRate + b.ndcg > a.hitRate + a.ndcg ? b : a));
  const same = JSON.stringify(best.settings) === JSON.stringify(BLEND_SETTINGS);
  log(
    same
      ? `chosen: ${JSON.stringify(best.settings)} (as in tune-blend.ts)`
      : `chosen: ${JSON.stringify(best.settings)}; tune-blend.ts has ${JSON.stringify(BLEND_SETTINGS)}: update it`,
  );
  const summary = {
    data: `UCI Online Retail; models see orders before ${VALIDATION_CUT}, judged on ${VALIDATION_CUT}..${VALIDATION_UNTIL} (exclusive); the test window after ${VALIDATION_UNTIL} is never read`,
    rule: 'highest HR@10 + NDCG@10 on the validation window; intervals: paired bootstrap (1,000 resamples of customers) of ours minus "bought most, ties by popularity"',
    returningCustomers: reference.returningCustomers,
    baselines: {
      boughtMostPopularTies: reference.boughtMostPopularTies,
      boughtMost: reference.boughtMost,
      popularity: reference.popularity,
    },
    candidates: rows,
    chosen: best.settings,
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
