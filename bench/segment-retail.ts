/**
 * Segmentation on UCI Online Retail, cut 2011-09-01: eta² of log(1 + spend after the cut) for our
 * value tiers and our KMeans at every count 3-12, beside scikit-learn KMeans in the same run (on the
 * very table our evaluation used, and on RFM recomputed independently with pandas), plus the time of
 * `segment run` on the full file.
 *
 * Run alone: `npx tsx bench/segment-retail.ts`; `bench/run.ts` calls `runSegmentRetailBench()`.
 * `npm run bench -- segment-retail` writes bench/results/segment-retail.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { customerLinesOf } from '../src/ml/orders/customer-lines';
import { lastOrderAt } from '../src/ml/orders/order-book';
import { parseDayOption } from '../src/ml/orders/order-date';
import { readOrdersFile } from '../src/ml/orders/read-orders-file';
import { spendBetween } from '../src/ml/segmentation/customer-features';
import { evaluateSegments } from '../src/ml/segmentation/evaluate-segments';
import { fitSegments } from '../src/ml/segmentation/fit-segments';
import { runOf } from '../src/ml/segmentation/segment-customers';
import { benchMain, ONLINE_RETAIL, RETAIL_CUT, runPythonPeer } from './segment-bench-support';

/** Runs the bench and returns (and writes) its summary. */
export async function runSegmentRetailBench(
  options: { log?: (line: string) => void } = {},
): Promise<Record<string, unknown>> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const cut = parseDayOption('cut', RETAIL_CUT);

  let started = performance.now();
  const book = await readOrdersFile(ONLINE_RETAIL);
  const readSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const run = runOf(book, fitSegments(book));
  const segmentSeconds = (performance.now() - started) / 1000;
  log(
    `segment run on the full file: read ${readSeconds.toFixed(2)} s, segment ${segmentSeconds.toFixed(2)} s, ${run.customers.length} customers in ${run.sizes.length} segments`,
  );

  started = performance.now();
  const evaluation = evaluateSegments(book, cut);
  const evalSeconds = (performance.now() - started) / 1000;

  // The same customers and figures, for the peer.
  const byCustomer = customerLinesOf(book);
  const { features } = fitSegments(book, { asOf: cut, byCustomer });
  const later = spendBetween(book, byCustomer, features.customer, cut, lastOrderAt(book) + 1);
  const work = mkdtempSync(path.join(tmpdir(), 'crmpro-segment-bench-'));
  let peer: Record<string, unknown>;
  try {
    const table = path.join(work, 'rfm.csv');
    const rows = ['customer_id,recency_days,frequency,monetary,later_spend'];
    features.customer.forEach((c, i) =>
      rows.push(
        `${book.customers[c]},${features.recencyDays[i]},${features.frequency[i]},${features.monetary[i]},${later[i]}`,
      ),
    );
    writeFileSync(table, `${rows.join('\n')}\n`);
    peer = runPythonPeer('segment_sklearn_kmeans.py', [ONLINE_RETAIL, RETAIL_CUT, table]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const sklearn = peer.sklearn_same_table as Record<string, number>;
  const sklearnPandas = peer.sklearn_pandas_rfm as Record<string, number>;
  const byCount = evaluation.byCount.map((c) => ({
    segments: c.segments,
    ours: c.ours,
    kmeansOurs: c.kmeans,
    kmeansSklearn: sklearn[String(c.segments)],
    kmeansSklearnPandasRfm: sklearnPandas[String(c.segments)],
    ratioToSklearn: Math.round((c.ours / sklearn[String(c.segments)]!) * 1000) / 1000,
  }));
  for (const c of byCount)
    log(
      `k=${c.segments}: ours ${c.ours.toFixed(4)}  KMeans (ours) ${c.kmeansOurs.toFixed(4)}  sklearn ${c.kmeansSklearn?.toFixed(4)}  (pandas RFM ${c.kmeansSklearnPandasRfm?.toFixed(4)})  ratio ${c.ratioToSklearn}`,
    );
  log(
    `chosen ${evaluation.segments} segments: ours ${evaluation.etaSquared}, RFM map ${evaluation.rfmMapEtaSquared}; feature check ${JSON.stringify(peer.feature_check)}`,
  );
  const wholeProcess = timeWholeProcesses(log);
  const summary = {
    data: `UCI Online Retail (${book.lineCount} lines with a customer of ${book.stats.readLines}), cut ${RETAIL_CUT}, judged to ${evaluation.until}`,
    segmentRun: {
      readSeconds: round(readSeconds),
      segmentSeconds: round(segmentSeconds),
      customers: run.customers.length,
      segments: run.sizes.map((s) => [s.segment, s.customers]),
    },
    evaluation: { ...evaluation, byCount: undefined, seconds: round(evalSeconds) },
    byCount,
    wholeProcess,
    peer,
    node: process.version,
    measuredAt: new Date().toISOString(),
  };
  return summary;
}

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * `crmpro segment run` on the full file against pandas + scikit-learn KMeans (10 restarts) doing
 * the same job, each timed from process start to exit (start-up, imports and file parsing
 * included), alternating, five times each after one untimed run of each; medians.
 */
function timeWholeProcesses(log: (line: string) => void): Record<string, unknown> {
  const root = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');
  const work = mkdtempSync(path.join(tmpdir(), 'crmpro-segment-process-'));
  const ours = [
    process.execPath,
    path.join(root, 'bin', 'crmpro.js'),
    'segment',
    'run',
    '--orders',
    ONLINE_RETAIL,
    '--out',
    path.join(work, 'ours.csv'),
  ];
  const peer = [
    '/usr/bin/python3',
    path.join(root, 'bench', 'peers', 'segment_pandas_kmeans_run.py'),
    ONLINE_RETAIL,
    path.join(work, 'peer.csv'),
  ];
  const time = (command: string[]) => {
    const started = performance.now();
    const result = spawnSync(command[0]!, command.slice(1), { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command.join(' ')} failed: ${result.stderr}`);
    return (performance.now() - started) / 1000;
  };
  try {
    time(ours);
    time(peer);
    const oursSeconds: number[] = [];
    const peerSeconds: number[] = [];
    for (let i = 0; i < 5; i++) {
      oursSeconds.push(time(ours));
      peerSeconds.push(time(peer));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const result = {
      oursSeconds: round(median(oursSeconds)),
      peerSeconds: round(median(peerSeconds)),
      ratio: round(median(oursSeconds) / median(peerSeconds)),
      peer: 'pandas read_csv (date format given) + RFM + scikit-learn KMeans(6, n_init=10), process start to exit',
      runs: { ours: oursSeconds.map(round), peer: peerSeconds.map(round) },
    };
    log(
      `segment run, whole process: ours ${result.oursSeconds} s, pandas + KMeans ${result.peerSeconds} s (${result.ratio}x)`,
    );
    return result;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

benchMain(
  module,
  () => ({}),
  () => runSegmentRetailBench(),
);
