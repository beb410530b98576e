/**
 * Recommendations on UCI Online Retail, cut 2011-09-01: HR@10 and NDCG@10 over returning customers for
 * our blend, beside the popularity and "what they bought most" baselines and EASE, recomputed with
 * pandas/numpy in the same run (bench/peers/recommend_numpy_baselines.py). Against every peer, the
 * 95% paired bootstrap interval of ours minus the peer (1,000 resamples of customers), so a lead is
 * only claimed where the choice of customers cannot explain it. Training is timed three times (the
 * machine is shared).
 *
 * The blend's settings were chosen on an earlier validation window (bench/tune-recommender.ts: orders
 * before 2011-06-01, judged on June-August), never on this test window.
 *
 * Run alone: `npx tsx bench/recommend-retail.ts`; `bench/run.ts` calls `runRecommendRetailBench()`.
 * `npm run bench -- recommend-retail` writes bench/results/recommend-retail.json.
 */
import { customerLinesOf } from '../src/ml/orders/customer-lines';
import { parseDayOption } from '../src/ml/orders/order-date';
import { readOrdersFile } from '../src/ml/orders/read-orders-file';
import {
  evaluateRecommendations,
  type RankingMethod,
} from '../src/ml/recommendation/evaluate-recommendations';
import { pairedBootstrap } from '../src/ml/recommendation/paired-bootstrap';
import { trainRecommender } from '../src/ml/recommendation/train-recommender';
import { benchMain, ONLINE_RETAIL, RETAIL_CUT, runPythonPeer } from './segment-bench-support';

const RESAMPLES = 1000;
const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

interface PeerScores {
  customers: string[];
  hit: Record<string, number[]>;
  ndcg: Record<string, number[]>;
}

/** One peer beside ours: its scores and the interval of ours minus it. */
interface Comparison {
  peer: string;
  source: string;
  hitRate: number;
  ndcg: number;
  oursMinusPeer: {
    hitRate: { difference: number; interval95: [number, number] };
    ndcg: { difference: number; interval95: [number, number] };
  };
  /** True when both intervals lie above zero. */
  aheadOnBoth: boolean;
}

function compare(
  peer: string,
  source: string,
  ours: { hit: ArrayLike<number>; ndcg: ArrayLike<number> },
  theirs: { hit: ArrayLike<number>; ndcg: ArrayLike<number> },
): Comparison {
  const mean = (a: ArrayLike<number>) => Array.from(a).reduce((x, y) => x + y, 0) / Math.max(1, a.length);
  const hr = pairedBootstrap(ours.hit, theirs.hit, { resamples: RESAMPLES, seed: 1 });
  const ndcg = pairedBootstrap(ours.ndcg, theirs.ndcg, { resamples: RESAMPLES, seed: 2 });
  return {
    peer,
    source,
    hitRate: round4(mean(theirs.hit)),
    ndcg: round4(mean(theirs.ndcg)),
    oursMinusPeer: {
      hitRate: { difference: round4(hr.difference), interval95: [round4(hr.low), round4(hr.high)] },
      ndcg: { difference: round4(ndcg.difference), interval95: [round4(ndcg.low), round4(ndcg.high)] },
    },
    aheadOnBoth: hr.low > 0 && ndcg.low > 0,
  };
}

/** Runs the bench and returns (and writes) its summary. */
export async function runRecommendRetailBench(
  options: { log?: (line: string) => void } = {},
): Promise<Record<string, unknown>> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const book = await readOrdersFile(ONLINE_RETAIL);
  const cut = parseDayOption('cut', RETAIL_CUT);
  const evaluation = evaluateRecommendations(book, cut, 10, { perCustomer: true });
  const each = evaluation.perCustomer!;
  for (const r of [
    evaluation.ours,
    evaluation.popularity,
    evaluation.boughtMost,
    evaluation.boughtMostPopularTies,
    evaluation.crossSell.ours,
    evaluation.crossSell.popularity,
  ]) {
    log(`${r.hitRate.toFixed(4)}  ${r.ndcg.toFixed(4)}  ${r.method}`);
  }
  const byCustomer = customerLinesOf(book);
  const trainSeconds = [evaluation.trainSeconds];
  for (let run = 0; run < 2; run++)
    trainSeconds.push(round4(trainRecommender(book, { asOf: cut, byCustomer }).seconds));
  log(`training (internal splits, learning, refit) ${trainSeconds.join(' s, ')} s`);

  const peer = runPythonPeer('recommend_numpy_baselines.py', [ONLINE_RETAIL, RETAIL_CUT]);
  const peerScores = peer.per_customer as PeerScores;
  delete peer.per_customer;
  log(`peer (${String(peer.returning_customers)} returning customers): ${JSON.stringify(peer.results)}`);
  // Line the peer's customers up with ours: the intervals pair each customer's two scores.
  const position = new Map(peerScores.customers.map((id, i) => [id, i]));
  const missing = each.customers.filter((id) => !position.has(id));
  if (missing.length || peerScores.customers.length !== each.customers.length)
    throw new Error(
      `the peer judged other customers (${peerScores.customers.length} vs ${each.customers.length}; e.g. ${missing.slice(0, 3).join(', ')})`,
    );
  const aligned = (values: number[]) => each.customers.map((id) => values[position.get(id)!]!);
  const ours = { hit: each.hit.ours, ndcg: each.ndcg.ours };
  const inProcess: [RankingMethod, string][] = [
    ['boughtMostPopularTies', 'bought most, ties by popularity'],
    ['boughtMost', 'bought most, ties by product code'],
    ['popularity', 'popularity'],
  ];
  const comparisons: Comparison[] = [
    ...inProcess.map(([key, name]) =>
      compare(name, 'crmpro (TypeScript, same candidates)', ours, {
        hit: each.hit[key],
        ndcg: each.ndcg[key],
      }),
    ),
    ...Object.keys(peerScores.hit).map((name) =>
      compare(name, 'bench/peers/recommend_numpy_baselines.py', ours, {
        hit: aligned(peerScores.hit[name]!),
        ndcg: aligned(peerScores.ndcg[name]!),
      }),
    ),
  ];
  for (const c of comparisons)
    log(
      `vs ${c.peer} (${c.source}): ${c.hitRate.toFixed(4)} ${c.ndcg.toFixed(4)}; ours - peer HR@10 ${c.oursMinusPeer.hitRate.difference} [${c.oursMinusPeer.hitRate.interval95.join(', ')}], NDCG@10 ${c.oursMinusPeer.ndcg.difference} [${c.oursMinusPeer.ndcg.interval95.join(', ')}]`,
    );
  const strongest = comparisons.reduce((a, b) => (b.hitRate + b.ndcg > a.hitRate + a.ndcg ? b : a));
  const summary = {
    data: `UCI Online Retail, cut ${RETAIL_CUT}`,
    protocol:
      'trained on orders before the cut; each customer who bought before and after it is judged on the products bought after it (HR@10: any of the 10 bought; NDCG@10 with the ideal over min(10, products bought)); intervals: 95% percentile bootstrap of the paired difference ours - peer, 1,000 resamples of customers',
    ours: { ...evaluation, perCustomer: undefined },
    trainSeconds,
    versus: comparisons,
    strongestPeer: strongest.peer,
    peer,
    node: process.version,
    measuredAt: new Date().toISOString(),
  };
  return summary;
}

benchMain(
  module,
  () => ({}),
  () => runRecommendRetailBench(),
);
