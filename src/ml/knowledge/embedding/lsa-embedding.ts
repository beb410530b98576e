import { CrmError, ErrorCode } from '../../../core/errors';
import { randomizedSvd } from './randomized-svd';
import { SparseRowMatrix } from './sparse-matrix';

/** Training settings of the corpus embedding. */
export interface LsaTrainingOptions {
  /** Embedding dimensions (rank of the truncated SVD). */
  readonly dimensions: number;
  /** Terms in fewer documents are left out of the embedding (they still count for BM25). */
  readonly minDocumentFrequency: number;
  /** Largest vocabulary kept (most frequent terms first). */
  readonly maxVocabulary: number;
  /** Documents sampled for training; the rest are projected with the trained model. */
  readonly maxTrainingDocuments: number;
  /** Exponent of the singular values in the projection: 0 whitens, 1 is classic LSA (U·Σ). */
  readonly singularValuePower: number;
  readonly powerIterations: number;
  readonly seed: number;
}

/** Settings chosen on the SciFact train queries. */
export const DEFAULT_LSA_OPTIONS: LsaTrainingOptions = Object.freeze({
  dimensions: 256,
  minDocumentFrequency: 2,
  maxVocabulary: 60_000,
  maxTrainingDocuments: 20_000,
  singularValuePower: 0.5,
  powerIterations: 1,
  seed: 20240601,
});

/** The serialisable state of a trained embedding. */
export interface LsaEmbeddingState {
  readonly kind: 'lsa';
  readonly dimensions: number;
  readonly terms: readonly string[];
  readonly idf: readonly number[];
  /** terms × dimensions, row-major. */
  readonly projection: Float32Array;
  readonly trainedOn: number;
}

/**
 * A dense text embedding learned from the corpus itself, with no downloaded weights: latent
 * semantic analysis, i.e. a truncated SVD of the log-tf·idf term–document matrix. A text's vector
 * is its tf·idf row projected onto the leading singular directions, L2-normalised, so related
 * documents that share few exact words still land near each other.
 */
export class LsaEmbedding {
  private readonly termIndex: Map<string, number>;

  constructor(readonly state: LsaEmbeddingState) {
    this.termIndex = new Map(state.terms.map((term, index) => [term, index]));
  }

  get dimensions(): number {
    return this.state.dimensions;
  }

  /** Trains the embedding on analysed documents. */
  static train(
    documents: ReadonlyArray<ReadonlyArray<string>>,
    options: LsaTrainingOptions = DEFAULT_LSA_OPTIONS,
  ): LsaEmbedding {
    const sample = evenlySpaced(documents, options.maxTrainingDocuments);
    const df = new Map<string, number>();
    for (const terms of sample) for (const term of new Set(terms)) df.set(term, (df.get(term) ?? 0) + 1);
    // A handful of documents (a small knowledge base) shares few words: keep every term then.
    const minDf = sample.length < 20 ? 1 : options.minDocumentFrequency;
    const terms = [...df]
      .filter(([, count]) => count >= minDf)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, options.maxVocabulary)
      .map(([term]) => term);
    if (!terms.length) {
      throw new CrmError(ErrorCode.InvalidInput, 'There is no text to train an embedding on.');
    }
    const idf = terms.map((term) => Math.log((1 + sample.length) / (1 + df.get(term)!)) + 1);
    const draft = new LsaEmbedding({
      kind: 'lsa',
      dimensions: 0,
      terms,
      idf,
      projection: new Float32Array(0),
      trainedOn: sample.length,
    });
    const rows = sample.map((doc) => draft.weights(doc));
    const svd = randomizedSvd(SparseRowMatrix.fromRows(rows, terms.length), {
      rank: Math.min(options.dimensions, terms.length, sample.length),
      oversampling: 16,
      powerIterations: options.powerIterations,
      seed: options.seed,
    });
    const projection = new Float32Array(terms.length * svd.rank);
    for (let r = 0; r < svd.rank; r++) {
      const scale =
        svd.singularValues[r]! > 0 ? Math.pow(svd.singularValues[r]!, options.singularValuePower - 1) : 0;
      for (let term = 0; term < terms.length; term++) {
        projection[term * svd.rank + r] = svd.rightVectors[term * svd.rank + r]! * scale;
      }
    }
    return new LsaEmbedding({
      kind: 'lsa',
      dimensions: svd.rank,
      terms,
      idf,
      projection,
      trainedOn: sample.length,
    });
  }

  /** The L2-normalised embedding of an analysed text (all zeros when no term is known). */
  embed(terms: ReadonlyArray<string>): Float32Array {
    const vector = new Float32Array(this.dimensions);
    const { projection } = this.state;
    for (const [term, weight] of this.weights(terms)) {
      const base = term * this.dimensions;
      for (let d = 0; d < this.dimensions; d++) vector[d]! += weight * projection[base + d]!;
    }
    let norm = 0;
    for (const value of vector) norm += value * value;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let d = 0; d < vector.length; d++) vector[d]! /= norm;
    return vector;
  }

  /** Sparse, L2-normalised log-tf·idf weights of an analysed text over the embedding's vocabulary. */
  private weights(terms: ReadonlyArray<string>): Map<number, number> {
    const counts = new Map<number, number>();
    for (const term of terms) {
      const index = this.termIndex.get(term);
      if (index !== undefined) counts.set(index, (counts.get(index) ?? 0) + 1);
    }
    let norm = 0;
    for (const [index, count] of counts) {
      const weight = (1 + Math.log(count)) * this.state.idf[index]!;
      counts.set(index, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [index, weight] of counts) counts.set(index, weight / norm);
    return counts;
  }
}

function evenlySpaced<T>(items: ReadonlyArray<T>, limit: number): ReadonlyArray<T> {
  if (items.length <= limit) return items;
  const step = items.length / limit;
  return Array.from({ length: limit }, (_, i) => items[Math.floor(i * step)]!);
}
