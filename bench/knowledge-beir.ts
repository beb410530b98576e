/**
 * Knowledge retrieval quality on BEIR SciFact, our product retrieval beside BM25 baselines in our
 * own code and a numpy/scikit-learn BM25 peer, all on the same files in the same run. Settings
 * were chosen on the train queries; the test queries are the held-out report.
 * Run alone: `npx tsx bench/knowledge-beir.ts` (or `npm run bench -- knowledge-beir`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readBeirCorpus, readBeirQueries, readQrels } from '../src/ml/knowledge/evaluation/beir-files';
import { percentiles, runBeir, writeTrecRun } from '../src/ml/knowledge/evaluation/beir-run';
import { evaluateRun, type Run } from '../src/ml/knowledge/evaluation/trec-metrics';
import { Bm25Index, queryOf, type Bm25Parameters } from '../src/ml/knowledge/retrieval/bm25-index';
import { createAnalyzer, type AnalyzerOptions } from '../src/ml/knowledge/text/analyzer';

/** The repository root, whether run from bench/ (tsx) or dist/bench/ (npm run bench). */
const ROOT =
  path.basename(path.resolve(__dirname, '..')) === 'dist'
    ? path.resolve(__dirname, '..', '..')
    : path.resolve(__dirname, '..');
/** SciFact in the shared datasets folder beside the checkout. */
const DATA = path.join(ROOT, '..', 'shared', 'datasets', 'beir-scifact');
const PYTHON = '/usr/bin/python3';

/** BEIR paper anchors for SciFact (nDCG@10, Thakur et al. 2021, Table 2; Pyserini flat from Kamalloo et al. 2023). */
export const SCIFACT_ANCHORS = {
  'BM25 (Anserini multifield)': 0.665,
  'BM25 Pyserini flat': 0.679,
  'BM25+CE': 0.688,
  ColBERT: 0.671,
  'TAS-B': 0.643,
  docT5query: 0.675,
};

interface Row {
  system: string;
  ndcgAt10: number;
  recallAt100: number;
  queryP50Ms?: number;
  queryP99Ms?: number;
  indexSeconds?: number;
}

/** Our BM25 alone (no fusion), for the baselines. */
async function bm25Only(
  corpusFile: string,
  queries: { id: string; text: string }[],
  qrels: Map<string, Map<string, number>>,
  analyzer: AnalyzerOptions,
  parameters: Bm25Parameters,
  titleWeight: number,
) {
  const corpus = await readBeirCorpus(corpusFile);
  const analyze = createAnalyzer(analyzer);
  const started = performance.now();
  const index = new Bm25Index(
    corpus.map((doc) => [
      ...Array.from({ length: titleWeight }, () => analyze(doc.title)).flat(),
      ...analyze(doc.text),
    ]),
    parameters,
  );
  const indexSeconds = (performance.now() - started) / 1000;
  const run: Run = new Map();
  const latencies: number[] = [];
  for (const query of queries) {
    if (!qrels.has(query.id)) continue;
    const start = performance.now();
    const hits = index.search(queryOf(analyze(query.text)), 100);
    latencies.push(performance.now() - start);
    run.set(query.id, new Map(hits.map((hit) => [corpus[hit.doc]!.id, hit.score])));
  }
  const metrics = evaluateRun(run, qrels);
  const latency = percentiles(latencies);
  return {
    ndcgAt10: metrics.ndcgAt10,
    recallAt100: metrics.recallAt100,
    queryP50Ms: latency.p50,
    queryP99Ms: latency.p99,
    indexSeconds,
  };
}

function python(args: string[]): Record<string, number> | undefined {
  const result = spawnSync(PYTHON, args, { encoding: 'utf8', maxBuffer: 16 << 20 });
  if (result.status !== 0) return undefined;
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as Record<string, number>;
}

/** Runs every system on the SciFact test and train queries and returns the tables for docs/knowledge.md. */
export async function runKnowledgeBeirBench(
  options: { log?: (line: string) => void; dataDir?: string } = {},
): Promise<Record<string, unknown>> {
  const log = options.log ?? (() => undefined);
  const dataDir = options.dataDir ?? DATA;
  const corpusFile = path.join(dataDir, 'corpus.jsonl.gz');
  const queriesFile = path.join(dataDir, 'queries.jsonl');
  const queries = await readBeirQueries(queriesFile);
  const peer = path.join(ROOT, 'bench', 'peers', 'knowledge_bm25.py');
  const tmp = mkdtempSync(path.join(tmpdir(), 'knowledge-beir-'));
  const splits: Record<string, Row[]> = {};
  try {
    for (const split of ['test', 'train']) {
      const qrelsFile = path.join(dataDir, 'qrels', `${split}.tsv`);
      const qrels = await readQrels(qrelsFile);
      const rows: Row[] = [];
      const add = (row: Row) => {
        rows.push(row);
        log(
          `${split} ${row.system}: nDCG@10 ${row.ndcgAt10.toFixed(4)}, Recall@100 ${row.recallAt100.toFixed(4)}${row.queryP50Ms !== undefined ? `, p50 ${row.queryP50Ms.toFixed(2)} ms` : ''}`,
        );
      };
      add({
        system: 'BM25 plain, our code (k1=0.9, b=0.4, no stemming)',
        ...(await bm25Only(
          corpusFile,
          queries,
          qrels,
          { stem: false, stopWords: false },
          { k1: 0.9, b: 0.4 },
          1,
        )),
      });
      add({
        system: 'BM25 + Porter2 stems + stop words (k1=0.9, b=0.4)',
        ...(await bm25Only(
          corpusFile,
          queries,
          qrels,
          { stem: true, stopWords: true },
          { k1: 0.9, b: 0.4 },
          1,
        )),
      });
      add({
        system: 'BM25 stemmed, k1=1.2, b=0.75, title x2 (product lexical side)',
        ...(await bm25Only(
          corpusFile,
          queries,
          qrels,
          { stem: true, stopWords: true },
          { k1: 1.2, b: 0.75 },
          2,
        )),
      });
      const product = await runBeir(corpusFile, queriesFile, {
        top: 100,
        onlyQueries: new Set(qrels.keys()),
      });
      const metrics = evaluateRun(product.run, qrels);
      add({
        system: 'CRMPro hybrid (BM25 + LSA-256 in hnswlib, fused) = `crmpro knowledge eval`',
        ndcgAt10: metrics.ndcgAt10,
        recallAt100: metrics.recallAt100,
        queryP50Ms: product.latency.p50,
        queryP99Ms: product.latency.p99,
        indexSeconds: product.indexSeconds,
      });
      const runFile = path.join(tmp, `${split}.run`);
      await writeTrecRun(product.run, runFile);
      const check = python([peer, '--run', runFile, qrelsFile]);
      if (check)
        add({
          system: 'same CRMPro run, scored by the Python peer',
          ndcgAt10: check.ndcgAt10!,
          recallAt100: check.recallAt100!,
        });
      const plain = python([peer, corpusFile, queriesFile, qrelsFile, '0.9', '0.4']);
      if (plain)
        add({
          system: 'Python peer: numpy/scikit-learn BM25 plain (k1=0.9, b=0.4)',
          ndcgAt10: plain.ndcgAt10!,
          recallAt100: plain.recallAt100!,
          queryP50Ms: plain.queryP50Ms,
          indexSeconds: plain.indexSeconds,
        });
      else log('python peer unavailable (/usr/bin/python3 with numpy and scikit-learn)');
      splits[split] = rows;
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const test = splits.test!;
  const ours = test.find((row) => row.system.startsWith('CRMPro'))!;
  const plainOurs = test[0]!;
  const peerRow = test.find((row) => row.system.startsWith('Python peer'));
  return {
    dataset: 'BEIR SciFact (5,183 documents; test 300 queries, train 809 queries)',
    anchors: SCIFACT_ANCHORS,
    splits,
    ratios: {
      oursOverPlainBm25OurCode: ours.ndcgAt10 / plainOurs.ndcgAt10,
      ...(peerRow ? { oursOverPythonPlainBm25: ours.ndcgAt10 / peerRow.ndcgAt10 } : {}),
      oursOverPaperBm25: ours.ndcgAt10 / SCIFACT_ANCHORS['BM25 (Anserini multifield)'],
      oursOverBm25CrossEncoder: ours.ndcgAt10 / SCIFACT_ANCHORS['BM25+CE'],
    },
  };
}

if (require.main === module) {
  runKnowledgeBeirBench({ log: (line) => process.stderr.write(`${line}\n`) }).then(
    (summary) => process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`),
    (error) => {
      process.stderr.write(`${(error as Error).stack}\n`);
      process.exitCode = 1;
    },
  );
}
