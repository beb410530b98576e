import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { DEFAULT_RETRIEVAL, HybridRetriever, type RetrievalSettings } from '../retrieval/hybrid-retriever';
import type { TextEmbedder } from '../../llm/language-model';
import { embedRemotely } from '../embedding/remote-embedding';
import { readBeirCorpus, readBeirQueries, readQrels, type BeirQuery } from './beir-files';
import { evaluateRun, type RetrievalMetrics, type Run } from './trec-metrics';

/** A BEIR retrieval run with the time each phase took. */
export interface BeirRun {
  readonly run: Run;
  readonly documents: number;
  readonly queries: number;
  readonly indexSeconds: number;
  /** Per-query latency percentiles in milliseconds. */
  readonly latency: { readonly p50: number; readonly p99: number; readonly mean: number };
}

/** Options of a BEIR run. */
export interface BeirRunOptions {
  readonly top: number;
  readonly settings?: RetrievalSettings;
  /** Only these query ids (e.g. the ones judged in a qrels file). */
  readonly onlyQueries?: ReadonlySet<string>;
  /** Vectors from a remote embeddings model instead of the local embedding (as the bot with OPENAI_EMBEDDING_MODEL). */
  readonly embedder?: TextEmbedder;
}

/**
 * Retrieves the top documents of every query over a BEIR corpus with the bot's hybrid retrieval
 * (each document is one passage: its title and text). Self-hits are left in the run, as BEIR's
 * retrievers do; evaluation drops them.
 */
export async function runBeir(
  corpusFile: string,
  queriesFile: string,
  options: BeirRunOptions,
): Promise<BeirRun> {
  const corpus = await readBeirCorpus(corpusFile);
  let queries: BeirQuery[] = await readBeirQueries(queriesFile);
  if (options.onlyQueries) queries = queries.filter((query) => options.onlyQueries!.has(query.id));
  const started = performance.now();
  const passages = corpus.map((doc, label) => ({ label, title: doc.title, text: doc.text }));
  const settings = options.settings ?? DEFAULT_RETRIEVAL;
  const retriever = options.embedder
    ? await HybridRetriever.buildRemote(passages, options.embedder, settings)
    : HybridRetriever.build(passages, settings);
  const indexSeconds = (performance.now() - started) / 1000;
  // Remote query vectors are fetched in batches up front; latency is then the local part only.
  const queryVectors = options.embedder
    ? await embedRemotely(
        options.embedder,
        queries.map((query) => query.text),
      )
    : undefined;
  const run: Run = new Map();
  const latencies: number[] = [];
  for (const [index, query] of queries.entries()) {
    const start = performance.now();
    const hits = retriever.search(query.text, options.top, queryVectors?.[index]);
    latencies.push(performance.now() - start);
    run.set(query.id, new Map(hits.map((hit) => [corpus[hit.position]!.id, hit.score])));
  }
  return {
    run,
    documents: corpus.length,
    queries: queries.length,
    indexSeconds,
    latency: percentiles(latencies),
  };
}

/** Runs and evaluates in one go: nDCG@10 and Recall@100 over the judged queries. */
export async function evaluateBeir(
  corpusFile: string,
  queriesFile: string,
  qrelsFile: string,
  settings?: RetrievalSettings,
  embedder?: TextEmbedder,
): Promise<{ metrics: RetrievalMetrics; beirRun: BeirRun }> {
  const qrels = await readQrels(qrelsFile);
  const beirRun = await runBeir(corpusFile, queriesFile, {
    top: 100,
    ...(settings ? { settings } : {}),
    onlyQueries: new Set(qrels.keys()),
    ...(embedder ? { embedder } : {}),
  });
  return { metrics: evaluateRun(beirRun.run, qrels), beirRun };
}

/** Writes a TREC run file: `qid Q0 docid rank score tag`, ranks from 1, best first. */
export async function writeTrecRun(run: Run, file: string, tag = 'crmpro'): Promise<void> {
  const out = createWriteStream(file);
  for (const [queryId, results] of run) {
    const ranked = [...results].sort((a, b) => b[1] - a[1]);
    for (let rank = 0; rank < ranked.length; rank++) {
      const [docId, score] = ranked[rank]!;
      if (!out.write(`${queryId} Q0 ${docId} ${rank + 1} ${score.toPrecision(9)} ${tag}\n`))
        await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
}

/** p50, p99 and mean of a list of milliseconds. */
export function percentiles(values: readonly number[]): { p50: number; p99: number; mean: number } {
  if (!values.length) return { p50: 0, p99: 0, mean: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { p50: at(0.5), p99: at(0.99), mean: sorted.reduce((sum, v) => sum + v, 0) / sorted.length };
}
