/**
 * How segmentation cost grows: `segment run` (fit the value score on internal cuts, cut tiers, name
 * them, assign every customer) on 50k, 500k and 5M synthetic order lines (planted buyer groups, about
 * 130 lines per customer over two years), each size in a fresh process so its peak memory (max RSS,
 * data included) is its own. Also: reading the same lines from a CSV file (up to 500k lines), and
 * KMeans (k = 8, 10 restarts) on the customers' log-RFM, ours beside scikit-learn on the same table.
 *
 * Run alone: `npx tsx bench/segment-scale.ts`; `bench/run.ts` calls `runSegmentScaleBench()`.
 * `npm run bench -- segment-scale` writes bench/results/segment-scale.json.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readOrdersFile } from '../src/ml/orders/read-orders-file';
import { orderBookCsv, syntheticOrders } from '../src/ml/orders/synthetic-orders';
import { logRfm } from '../src/ml/segmentation/evaluate-segments';
import { fitSegments } from '../src/ml/segmentation/fit-segments';
import { kMeans, standardised } from '../src/ml/segmentation/kmeans';
import { runOf } from '../src/ml/segmentation/segment-customers';
import { benchMain, inChildProcess, maxRssMegabytes, runPythonPeer } from './segment-bench-support';

const SIZES = [50_000, 500_000, 5_000_000];
const LINES_PER_CUSTOMER = 130;
const READ_LIMIT = 500_000;

interface SizeFigures {
  targetLines: number;
  lines: number;
  customers: number;
  generateSeconds: number;
  segmentSeconds: number;
  segments: number;
  readCsvSeconds?: number;
  kmeansSeconds: number;
  maxRssMegabytes: number;
  peerKmeansSeconds?: number;
}

/** Measures one size in this process (called in a child by `runSegmentScaleBench`). */
export async function measureSegmentSize(targetLines: number): Promise<SizeFigures & { table?: string }> {
  let started = performance.now();
  const { book } = syntheticOrders({
    customers: Math.round(targetLines / LINES_PER_CUSTOMER),
    start: Date.UTC(2022, 0, 1),
    end: Date.UTC(2023, 11, 31),
    seed: 7,
  });
  const generateSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const run = runOf(book, fitSegments(book));
  const segmentSeconds = (performance.now() - started) / 1000;
  const { features } = fitSegments(book, { segments: 8 });
  const rows = standardised(logRfm(features.recencyDays, features.frequency, features.monetary), 3);
  started = performance.now();
  kMeans(rows, 3, 8, { restarts: 10 });
  const kmeansSeconds = (performance.now() - started) / 1000;
  const rss = maxRssMegabytes();
  const work = mkdtempSync(path.join(tmpdir(), 'crmpro-segment-scale-'));
  const table = path.join(work, 'rfm.csv');
  writeFileSync(
    table,
    `customer_id,recency_days,frequency,monetary\n${Array.from(features.customer, (c, i) => `${book.customers[c]},${features.recencyDays[i]},${features.frequency[i]},${features.monetary[i]}`).join('\n')}\n`,
  );
  let readCsvSeconds: number | undefined;
  if (targetLines <= READ_LIMIT) {
    const file = path.join(work, 'orders.csv');
    writeFileSync(file, orderBookCsv(book));
    started = performance.now();
    await readOrdersFile(file);
    readCsvSeconds = (performance.now() - started) / 1000;
    rmSync(file);
  }
  return {
    targetLines,
    lines: book.lineCount,
    customers: run.customers.length,
    generateSeconds,
    segmentSeconds,
    segments: run.sizes.length,
    readCsvSeconds,
    kmeansSeconds,
    maxRssMegabytes: rss,
    table,
  };
}

/** Runs every size in its own process and returns (and writes) the summary. */
export async function runSegmentScaleBench(
  options: { sizes?: number[]; log?: (line: string) => void } = {},
): Promise<Record<string, unknown>> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const results: SizeFigures[] = [];
  for (const size of options.sizes ?? SIZES) {
    const { table, ...figures } = inChildProcess<SizeFigures & { table?: string }>(__filename, size);
    if (table) {
      try {
        figures.peerKmeansSeconds = Number(
          runPythonPeer('segment_sklearn_kmeans.py', ['--time', table, '8']).seconds,
        );
      } finally {
        rmSync(path.dirname(table), { recursive: true, force: true });
      }
    }
    log(
      `${figures.lines} lines, ${figures.customers} customers: segment run ${figures.segmentSeconds.toFixed(2)} s (${figures.segments} segments), ` +
        `${figures.readCsvSeconds !== undefined ? `CSV read ${figures.readCsvSeconds.toFixed(2)} s, ` : ''}KMeans k=8 ours ${figures.kmeansSeconds.toFixed(2)} s / sklearn ${figures.peerKmeansSeconds?.toFixed(2)} s, max RSS ${figures.maxRssMegabytes} MB`,
    );
    results.push(figures);
  }
  const summary = {
    data: 'synthetic orders (src/ml/orders/synthetic-orders.ts): five planted buyer groups, returns, postage lines, two years',
    protocol:
      'segment run = fit (ridge value score on three internal cuts, isotonic calibration, tiers, names) + assignment, timed from the in-memory order book; CSV read timed separately; each size in a fresh process (max RSS includes the data and the generator)',
    sizes: results,
    node: process.version,
    measuredAt: new Date().toISOString(),
  };
  return summary;
}

benchMain(module, measureSegmentSize, () => runSegmentScaleBench());
