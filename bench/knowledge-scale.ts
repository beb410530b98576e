/**
 * Knowledge index at scale: indexing time, query latency (p50/p99) of the bot's hybrid search,
 * hnswlib recall@10 against exact cosine search at the chosen HNSW parameters, and memory per
 * chunk, at 1k, 10k and 100k chunks. Chunks are 3 random SciFact sentences each (real
 * vocabulary), queries are SciFact claims. Run alone: `npx tsx bench/knowledge-scale.ts [sizes]`.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seededRandom } from '../src/core/seeded-random';
import { readBeirCorpus, readBeirQueries } from '../src/ml/knowledge/evaluation/beir-files';
import { percentiles } from '../src/ml/knowledge/evaluation/beir-run';
import { splitSentences } from '../src/ml/knowledge/ingestion/chunker';
import { DEFAULT_RETRIEVAL, HybridRetriever } from '../src/ml/knowledge/retrieval/hybrid-retriever';
import { VectorIndex } from '../src/ml/knowledge/retrieval/vector-index';
import { createAnalyzer } from '../src/ml/knowledge/text/analyzer';

/** The repository root, whether run from bench/ (tsx) or dist/bench/ (npm run bench). */
const ROOT =
  path.basename(path.resolve(__dirname, '..')) === 'dist'
    ? path.resolve(__dirname, '..', '..')
    : path.resolve(__dirname, '..');
/** SciFact in the shared datasets folder beside the checkout. */
const DATA = path.join(ROOT, '..', 'shared', 'datasets', 'beir-scifact');

/** Figures at one index size. */
export interface ScaleRow {
  chunks: number;
  indexSeconds: number;
  embeddingTrainedOn: number;
  queryP50Ms: number;
  queryP99Ms: number;
  vectorSearchP50Ms: number;
  hnswRecallAt10: Record<string, number>;
  /** Resident memory added by building the index, per chunk (includes the embedding's vocabulary). */
  bytesPerChunk: number;
  /** Size of the persisted hnswlib index per chunk (vector + graph links). */
  vectorIndexBytesPerChunk: number;
  /** Size of the persisted embedding (vocabulary × dimensions). */
  embeddingBytes: number;
}

/** Measures one size; `global.gc` (node --expose-gc) makes the memory figure cleaner. */
async function measure(
  size: number,
  sentences: string[],
  queries: string[],
  log: (line: string) => void,
): Promise<ScaleRow> {
  const random = seededRandom(size);
  const pick = () => sentences[Math.floor(random() * sentences.length)]!;
  const passages = Array.from({ length: size }, (_, label) => ({
    label,
    title: `Chunk ${label}`,
    text: `${pick()} ${pick()} ${pick()}`,
  }));
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  const started = performance.now();
  const retriever = HybridRetriever.build(passages, DEFAULT_RETRIEVAL);
  const indexSeconds = (performance.now() - started) / 1000;
  gc?.();
  const after = process.memoryUsage();
  // Memory held by the index: JS heap + native (hnswlib allocations show in rss and external).
  const bytes = Math.max(0, after.rss - before.rss);
  log(`${size} chunks: indexed in ${indexSeconds.toFixed(1)} s, ~${Math.round(bytes / size)} bytes/chunk`);

  const latencies: number[] = [];
  for (const query of queries) {
    const start = performance.now();
    retriever.search(query, 10);
    latencies.push(performance.now() - start);
  }
  // hnswlib against exact cosine search over the same vectors, for the first 200 queries.
  const analyze = createAnalyzer(DEFAULT_RETRIEVAL.analyzer);
  const vectors = passages.map((p) =>
    retriever.embedding.embed(HybridRetriever.passageTerms(p, analyze, DEFAULT_RETRIEVAL.titleWeight)),
  );
  const queryVectors = queries
    .slice(0, 200)
    .map((q) => retriever.embedding.embed(analyze(q)))
    .filter((v) => v.some((x) => x !== 0));
  const exact = queryVectors.map((q) => exactTop(vectors, q, 10));
  const recall: Record<string, number> = {};
  const vectorLatencies: number[] = [];
  for (const ef of [50, 100, DEFAULT_RETRIEVAL.vectorIndex.efSearch]) {
    const index: VectorIndex = retriever.vectors;
    (index as unknown as { parameters: { efSearch: number } }).parameters = {
      ...DEFAULT_RETRIEVAL.vectorIndex,
      efSearch: ef,
    };
    let found = 0;
    queryVectors.forEach((q, i) => {
      const start = performance.now();
      const hits = index.search(q, 10);
      if (ef === DEFAULT_RETRIEVAL.vectorIndex.efSearch) vectorLatencies.push(performance.now() - start);
      const truth = new Set(exact[i]);
      found += hits.filter((hit) => truth.has(hit.label)).length;
    });
    recall[`ef${ef}`] = found / (queryVectors.length * 10);
  }
  (retriever.vectors as unknown as { parameters: unknown }).parameters = DEFAULT_RETRIEVAL.vectorIndex;
  const dir = mkdtempSync(path.join(tmpdir(), 'knowledge-scale-'));
  retriever.vectors.save(path.join(dir, 'vectors.hnsw'));
  const vectorIndexBytes = statSync(path.join(dir, 'vectors.hnsw')).size;
  rmSync(dir, { recursive: true, force: true });
  const embeddingBytes = retriever.embedding.state.projection.byteLength;
  const latency = percentiles(latencies);
  const row: ScaleRow = {
    chunks: size,
    indexSeconds,
    embeddingTrainedOn: retriever.embedding.state.trainedOn,
    queryP50Ms: latency.p50,
    queryP99Ms: latency.p99,
    vectorSearchP50Ms: percentiles(vectorLatencies).p50,
    hnswRecallAt10: recall,
    bytesPerChunk: Math.round(bytes / size),
    vectorIndexBytesPerChunk: Math.round(vectorIndexBytes / size),
    embeddingBytes,
  };
  log(
    `${size} chunks: hybrid query p50 ${row.queryP50Ms.toFixed(2)} ms, p99 ${row.queryP99Ms.toFixed(2)} ms; hnsw recall@10 ${JSON.stringify(recall)}`,
  );
  return row;
}

function exactTop(vectors: Float32Array[], query: Float32Array, k: number): number[] {
  const scored = vectors.map((vector, label) => {
    let dot = 0;
    for (let d = 0; d < vector.length; d++) dot += vector[d]! * query[d]!;
    return { label, dot };
  });
  return scored
    .sort((a, b) => b.dot - a.dot)
    .slice(0, k)
    .map((s) => s.label);
}

/** Runs the scale bench at the given sizes (default 1k, 10k, 100k chunks). */
export async function runKnowledgeScaleBench(
  options: { sizes?: number[]; log?: (line: string) => void } = {},
): Promise<Record<string, unknown>> {
  const log = options.log ?? (() => undefined);
  const corpus = await readBeirCorpus(path.join(DATA, 'corpus.jsonl.gz'));
  const sentences = corpus.flatMap((doc) => splitSentences(doc.text)).filter((s) => s.split(' ').length >= 5);
  const queries = (await readBeirQueries(path.join(DATA, 'queries.jsonl'))).slice(0, 500).map((q) => q.text);
  const rows: ScaleRow[] = [];
  for (const size of options.sizes ?? [1_000, 10_000, 100_000])
    rows.push(await measure(size, sentences, queries, log));
  return {
    setup:
      `chunks of 3 random SciFact sentences (pool ${sentences.length}); ${queries.length} SciFact claims as queries, top 10; ` +
      `HNSW M=${DEFAULT_RETRIEVAL.vectorIndex.m}, efConstruction=${DEFAULT_RETRIEVAL.vectorIndex.efConstruction}, efSearch=${DEFAULT_RETRIEVAL.vectorIndex.efSearch}; ` +
      `LSA ${DEFAULT_RETRIEVAL.embedding.dimensions} dims trained on at most ${DEFAULT_RETRIEVAL.embedding.maxTrainingDocuments} chunks`,
    rows,
  };
}

if (require.main === module) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  runKnowledgeScaleBench({
    sizes: sizes.length ? sizes : undefined,
    log: (line) => process.stderr.write(`${line}\n`),
  }).then(
    (summary) => process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`),
    (error) => {
      process.stderr.write(`${(error as Error).stack}\n`);
      process.exitCode = 1;
    },
  );
}
