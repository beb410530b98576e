/** BM25 parameters; k1 saturates term frequency, b normalises by document length. */
export interface Bm25Parameters {
  readonly k1: number;
  readonly b: number;
}

/** A query as weighted terms (a plain query weighs each occurrence 1; feedback adds fractional terms). */
export type WeightedQuery = ReadonlyMap<string, number>;

/** One scored document: its position in the index and its score. */
export interface ScoredDocument {
  readonly doc: number;
  readonly score: number;
}

interface Postings {
  docs: Int32Array;
  freqs: Float32Array;
}

/**
 * An in-memory inverted index scored with BM25 (Lucene's idf, log(1 + (N - df + 0.5) / (df + 0.5))).
 * Documents are the analysed term lists; positions are 0..size-1 in insertion order.
 * Built once from all documents: the statistics (df, average length) are corpus-wide.
 */
export class Bm25Index {
  private readonly postings = new Map<string, Postings>();
  private readonly lengths: Float32Array;
  private readonly averageLength: number;
  /** Per-document term frequencies, kept for pseudo-relevance feedback. */
  private readonly documentTerms: ReadonlyArray<ReadonlyMap<string, number>>;

  constructor(
    documents: ReadonlyArray<ReadonlyArray<string>>,
    readonly parameters: Bm25Parameters,
  ) {
    this.lengths = new Float32Array(documents.length);
    const building = new Map<string, { docs: number[]; freqs: number[] }>();
    const termMaps: Map<string, number>[] = [];
    let total = 0;
    documents.forEach((terms, doc) => {
      const counts = new Map<string, number>();
      for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      termMaps.push(counts);
      this.lengths[doc] = terms.length;
      total += terms.length;
      for (const [term, freq] of counts) {
        let list = building.get(term);
        if (!list) building.set(term, (list = { docs: [], freqs: [] }));
        list.docs.push(doc);
        list.freqs.push(freq);
      }
    });
    for (const [term, list] of building) {
      this.postings.set(term, { docs: Int32Array.from(list.docs), freqs: Float32Array.from(list.freqs) });
    }
    this.documentTerms = termMaps;
    this.averageLength = documents.length ? total / documents.length : 0;
  }

  /** Number of documents. */
  get size(): number {
    return this.lengths.length;
  }

  /** Number of distinct terms. */
  get vocabularySize(): number {
    return this.postings.size;
  }

  /** Documents containing the term. */
  documentFrequency(term: string): number {
    return this.postings.get(term)?.docs.length ?? 0;
  }

  /** Inverse document frequency of a term (0 for unknown terms). */
  idf(term: string): number {
    const df = this.documentFrequency(term);
    if (!df) return 0;
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /** Term frequencies of one document. */
  termsOf(doc: number): ReadonlyMap<string, number> {
    return this.documentTerms[doc] ?? new Map();
  }

  /** Length (terms) of one document. */
  lengthOf(doc: number): number {
    return this.lengths[doc] ?? 0;
  }

  /** BM25 score of every document for the query (0 where no term matches). */
  scoreAll(query: WeightedQuery, scores = new Float32Array(this.size)): Float32Array {
    scores.fill(0);
    const { k1, b } = this.parameters;
    const norm = this.averageLength > 0 ? b / this.averageLength : 0;
    for (const [term, weight] of query) {
      const list = this.postings.get(term);
      if (!list || weight <= 0) continue;
      const idf = weight * this.idf(term);
      const { docs, freqs } = list;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i]!;
        const tf = freqs[i]!;
        scores[doc]! += (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + norm * this.lengths[doc]!));
      }
    }
    return scores;
  }

  /** The `k` best documents for the query, best first (only documents matching some term). */
  search(query: WeightedQuery, k: number): ScoredDocument[] {
    return topK(this.scoreAll(query), k);
  }
}

/** The `k` highest positive scores, best first; ties broken by position for a stable order. */
export function topK(scores: Float32Array, k: number): ScoredDocument[] {
  const heap: ScoredDocument[] = [];
  for (let doc = 0; doc < scores.length; doc++) {
    const score = scores[doc]!;
    if (score <= 0) continue;
    if (heap.length < k) {
      heap.push({ doc, score });
      siftUp(heap, heap.length - 1);
    } else if (score > heap[0]!.score) {
      heap[0] = { doc, score };
      siftDown(heap, 0);
    }
  }
  return heap.sort((x, y) => y.score - x.score || x.doc - y.doc);
}

function siftUp(heap: ScoredDocument[], index: number): void {
  while (index > 0) {
    const parent = (index - 1) >> 1;
    if (heap[parent]!.score <= heap[index]!.score) return;
    [heap[parent], heap[index]] = [heap[index]!, heap[parent]!];
    index = parent;
  }
}

function siftDown(heap: ScoredDocument[], index: number): void {
  for (;;) {
    const left = 2 * index + 1;
    const right = left + 1;
    let smallest = index;
    if (left < heap.length && heap[left]!.score < heap[smallest]!.score) smallest = left;
    if (right < heap.length && heap[right]!.score < heap[smallest]!.score) smallest = right;
    if (smallest === index) return;
    [heap[smallest], heap[index]] = [heap[index]!, heap[smallest]!];
    index = smallest;
  }
}

/** A plain query: each analysed term weighted by how often it occurs. */
export function queryOf(terms: ReadonlyArray<string>): Map<string, number> {
  const query = new Map<string, number>();
  for (const term of terms) query.set(term, (query.get(term) ?? 0) + 1);
  return query;
}
