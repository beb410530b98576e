/**
 * Recommendations on UCI Online Retail, cut 2011-09-01: HR@10 and NDCG@10 over returning customers for
 * our blend, beside the popularity and "what they bought most" baselines and EASE, recomputed with
 * pandas/numpy in the same run (bench/peers/recommend_numpy_baselines.py).
 *
 * Run alone: `npx tsx bench/recommend-retail.ts`; `bench/run.ts` calls `runRecommendRetailBench()`.
 * Writes bench/results/recommend-retail.json.
 */
import { parseDayOption } from '../src/ml/orders/order-date';
import { readOrdersFile } from '../src/ml/orders/read-orders-file';
import { evaluateRecommendations } from '../src/ml/recommendation/evaluate-recommendations';
import {
  benchMain,
  ONLINE_RETAIL,
  RETAIL_CUT,
  runPythonPeer,
  writeBenchResult,
} from './segment-bench-support';

/** Runs the bench and returns (and writes) its summary. */
export async function runRecommendRetailBench(
  options: { log?: (line: string) => void } = {},
): Promise<Record<string, unknown>> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const book = await readOrdersFile(ONLINE_RETAIL);
  const evaluation = evaluateRecommendations(book, parseDayOption('cut', RETAIL_CUT), 10);
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
  const peer = runPythonPeer('recommend_numpy_baselines.py', [ONLINE_RETAIL, RETAIL_CUT]);
  log(`peer (${String(peer.returning_customers)} returning customers): ${JSON.stringify(peer.results)}`);
  const summary = {
    data: `UCI Online Retail, cut ${RETAIL_CUT}`,
    ours: evaluation,
    peer,
    node: process.version,
    measuredAt: new Date().toISOString(),
  };
  writeBenchResult('recommend-retail.json', summary);
  return summary;
}

benchMain(
  module,
  () => ({}),
  () => runRecommendRetailBench(),
);
