import { HierarchicalNSW } from 'hnswlib-node';

/** HNSW graph parameters; defaults measured in `bench/knowledge-index.ts` (recall@10 against exact search). */
export interface VectorIndexParameters {
  /** Links per node. */
  readonly m: number;
  /** Candidate list size while building. */
  readonly efConstruction: number;
  /** Candidate list size while searching (raised to k when k is larger). */
  readonly efSearch: number;
}

export const DEFAULT_VECTOR_INDEX: VectorIndexParameters = Object.freeze({
  m: 16,
  efConstruction: 200,
  efSearch: 200,
});

/** One vector hit: the caller's label and the cosine similarity. */
export interface VectorHit {
  readonly label: number;
  readonly similarity: number;
}

/**
 * Approximate nearest-neighbour search over L2-normalised embeddings (cosine space) in an
 * `hnswlib-node` index. Labels are the caller's passage numbers; deleted labels are skipped.
 */
export class VectorIndex {
  private live = 0;

  private constructor(
    private readonly index: HierarchicalNSW,
    readonly dimensions: number,
    readonly parameters: VectorIndexParameters,
  ) {}

  /** An empty index with room for `capacity` vectors (it grows on demand). */
  static create(
    dimensions: number,
    capacity: number,
    parameters: VectorIndexParameters = DEFAULT_VECTOR_INDEX,
  ): VectorIndex {
    const index = new HierarchicalNSW('cosine', dimensions);
    index.initIndex({
      maxElements: Math.max(capacity, 16),
      m: parameters.m,
      efConstruction: parameters.efConstruction,
      randomSeed: 100,
      allowReplaceDeleted: true,
    });
    return new VectorIndex(index, dimensions, parameters);
  }

  /** Reads an index written by `save`; `live` is the number of labels not deleted (kept in the metadata). */
  static load(
    file: string,
    dimensions: number,
    live: number,
    parameters: VectorIndexParameters = DEFAULT_VECTOR_INDEX,
  ): VectorIndex {
    const index = new HierarchicalNSW('cosine', dimensions);
    index.readIndexSync(file, true);
    const loaded = new VectorIndex(index, dimensions, parameters);
    loaded.live = live;
    return loaded;
  }

  /** Vectors that can be found (deleted ones excluded). */
  get size(): number {
    return this.live;
  }

  /** Adds the vector of a new label (labels are never reused). */
  add(label: number, vector: Float32Array): void {
    if (this.index.getCurrentCount() >= this.index.getMaxElements()) {
      this.index.resizeIndex(Math.max(16, Math.ceil(this.index.getMaxElements() * 1.5)));
    }
    this.index.addPoint(Array.from(vector), label, true);
    this.live++;
  }

  /** Removes a label from search results. */
  remove(label: number): void {
    this.index.markDelete(label);
    this.live--;
  }

  /** The `k` nearest labels to the query vector, most similar first. */
  search(vector: Float32Array, k: number): VectorHit[] {
    const wanted = Math.min(k, this.live);
    if (wanted <= 0) return [];
    this.index.setEf(Math.max(this.parameters.efSearch, wanted));
    const { neighbors, distances } = this.index.searchKnn(Array.from(vector), wanted);
    return neighbors.map((label, i) => ({ label, similarity: 1 - distances[i]! }));
  }

  /** Writes the graph and vectors to one file. */
  save(file: string): void {
    this.index.writeIndexSync(file);
  }
}
