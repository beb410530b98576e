/** A ranked run: query id → document id → score. */
export type Run = Map<string, Map<string, number>>;

/** Per-query and mean retrieval metrics. */
export interface RetrievalMetrics {
  readonly ndcgAt10: number;
  readonly recallAt100: number;
  /** Queries evaluated (those with judgements). */
  readonly queries: number;
  readonly perQuery: ReadonlyMap<string, { ndcgAt10: number; recallAt100: number }>;
}

/**
 * Orders a query's results the way trec_eval does: score descending, ties by document id descending.
 * Self-hits (document id equal to the query id) are dropped, as BEIR's evaluation does.
 */
export function rankedDocuments(queryId: string, results: ReadonlyMap<string, number>): string[] {
  return [...results]
    .filter(([docId]) => docId !== queryId)
    .sort(([idA, a], [idB, b]) => b - a || (idA < idB ? 1 : idA > idB ? -1 : 0))
    .map(([docId]) => docId);
}

/** nDCG at `k` with linear gains (trec_eval's `ndcg_cut`): DCG = Σ rel / log2(rank + 1). */
export function ndcgAt(ranked: readonly string[], judged: ReadonlyMap<string, number>, k: number): number {
  let dcg = 0;
  ranked.slice(0, k).forEach((docId, index) => {
    const grade = judged.get(docId) ?? 0;
    if (grade > 0) dcg += grade / Math.log2(index + 2);
  });
  const ideal = [...judged.values()].filter((grade) => grade > 0).sort((a, b) => b - a);
  let idcg = 0;
  ideal.slice(0, k).forEach((grade, index) => (idcg += grade / Math.log2(index + 2)));
  return idcg > 0 ? dcg / idcg : 0;
}

/** Share of the relevant documents found in the first `k`. */
export function recallAt(ranked: readonly string[], judged: ReadonlyMap<string, number>, k: number): number {
  const relevant = [...judged].filter(([, grade]) => grade > 0).map(([docId]) => docId);
  if (!relevant.length) return 0;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((docId) => top.has(docId)).length / relevant.length;
}

/**
 * nDCG@10 and Recall@100 as pytrec_eval computes them, averaged over the judged queries
 * (a judged query with no results scores 0, as BEIR counts it).
 */
export function evaluateRun(
  run: Run,
  qrels: ReadonlyMap<string, ReadonlyMap<string, number>>,
): RetrievalMetrics {
  const perQuery = new Map<string, { ndcgAt10: number; recallAt100: number }>();
  for (const [queryId, judged] of qrels) {
    if (![...judged.values()].some((grade) => grade > 0)) continue;
    const ranked = rankedDocuments(queryId, run.get(queryId) ?? new Map());
    perQuery.set(queryId, {
      ndcgAt10: ndcgAt(ranked, judged, 10),
      recallAt100: recallAt(ranked, judged, 100),
    });
  }
  const values = [...perQuery.values()];
  const mean = (pick: (v: { ndcgAt10: number; recallAt100: number }) => number) =>
    values.length ? values.reduce((sum, v) => sum + pick(v), 0) / values.length : 0;
  return {
    ndcgAt10: mean((v) => v.ndcgAt10),
    recallAt100: mean((v) => v.recallAt100),
    queries: values.length,
    perQuery,
  };
}
