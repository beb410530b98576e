import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CrmError, ErrorCode } from '../../../core/errors';
import { embeddingFingerprint, loadEmbedding, saveEmbedding } from '../embedding/embedding-artifact';
import type { LsaEmbedding } from '../embedding/lsa-embedding';
import { indexFingerprint, type RemoteVectors } from '../embedding/remote-embedding';
import type { RetrievalSettings } from '../retrieval/hybrid-retriever';
import { VectorIndex } from '../retrieval/vector-index';
import type { ChunkingOptions, KnowledgeChunk } from './chunker';

/** Bumped when the files' layout or meaning changes; an older index is rebuilt, never misread. */
export const KNOWLEDGE_INDEX_FORMAT = 1;

/** A chunk stored with its label in the vector index. */
export interface StoredChunk extends KnowledgeChunk {
  readonly label: number;
}

/** What `chunks.json` holds: every chunk, and per file the hash it was indexed from. */
export interface ChunkCatalog {
  readonly nextLabel: number;
  readonly files: Record<string, { readonly sha256: string; readonly labels: readonly number[] }>;
  readonly chunks: readonly StoredChunk[];
  /** Chunks embedded since the embedding was trained (decides when to retrain). */
  readonly embeddedSinceTraining: number;
}

/** The model card (`model.json`): what the index was built from and with. */
export interface KnowledgeIndexCard {
  readonly name: 'knowledge';
  readonly format: number;
  /** `<embedding fingerprint>.<generation>`: the embedding and its vector index, versioned together. */
  readonly version: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  /**
   * The local (LSA) embedding, always trained: it gives the vectors unless `remote` is set, and the
   * similarity behind the no-answer decision either way. `fingerprint` covers both.
   */
  readonly embedding: {
    readonly kind: 'lsa';
    readonly dimensions: number;
    readonly vocabulary: number;
    readonly trainedOnChunks: number;
    readonly fingerprint: string;
    readonly trainedAt: string;
    /** The remote embeddings model the vectors came from (OPENAI_EMBEDDING_MODEL). */
    readonly remote?: RemoteVectors;
  };
  readonly vectorIndex: {
    readonly library: 'hnswlib-node';
    readonly libraryVersion: string;
    readonly space: 'cosine';
    readonly liveVectors: number;
  };
  readonly retrieval: RetrievalSettings;
  readonly chunking: ChunkingOptions;
  readonly corpus: { readonly files: number; readonly chunks: number };
}

/** A loaded knowledge index: card, chunks, embedding and vectors. */
export interface KnowledgeIndexArtifacts {
  readonly card: KnowledgeIndexCard;
  readonly catalog: ChunkCatalog;
  readonly embedding: LsaEmbedding;
  readonly vectors: VectorIndex;
}

const CURRENT = 'CURRENT';

/** The folder of the current index under `models/knowledge/`, or undefined when none was written. */
export function currentIndexDirectory(root: string): string | undefined {
  try {
    const name = readFileSync(join(root, CURRENT), 'utf8').trim();
    return name ? join(root, name) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads the current index. Returns undefined when there is none or it was written by another
 * format; throws UNAVAILABLE when its embedding and vectors do not belong together.
 */
export function loadKnowledgeIndex(root: string): KnowledgeIndexArtifacts | undefined {
  const directory = currentIndexDirectory(root);
  if (!directory) return undefined;
  let card: KnowledgeIndexCard;
  try {
    card = JSON.parse(readFileSync(join(directory, 'model.json'), 'utf8')) as KnowledgeIndexCard;
  } catch {
    return undefined;
  }
  if (card.format !== KNOWLEDGE_INDEX_FORMAT) return undefined;
  const embedding = loadEmbedding(directory);
  if (
    indexFingerprint(embeddingFingerprint(embedding), card.embedding.remote) !== card.embedding.fingerprint
  ) {
    throw new CrmError(
      ErrorCode.Unavailable,
      `The knowledge index in ${directory} does not match its embedding; run \`crmpro knowledge index --rebuild\`.`,
    );
  }
  const catalog = JSON.parse(readFileSync(join(directory, 'chunks.json'), 'utf8')) as ChunkCatalog;
  const dimensions = card.embedding.remote?.dimensions ?? embedding.dimensions;
  const vectors = VectorIndex.load(
    join(directory, 'vectors.hnsw'),
    dimensions,
    card.vectorIndex.liveVectors,
    card.retrieval.vectorIndex,
  );
  return { card, catalog, embedding, vectors };
}

/**
 * Writes a complete index into a new folder and then points `CURRENT` at it (a rename, so a reader
 * sees the old index or the new one, never half of one); older folders are removed.
 */
export function saveKnowledgeIndex(root: string, artifacts: KnowledgeIndexArtifacts): string {
  mkdirSync(root, { recursive: true });
  const name = artifacts.card.version;
  const staging = join(root, `.${name}.${process.pid}.tmp`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  saveEmbedding(staging, artifacts.embedding);
  artifacts.vectors.save(join(staging, 'vectors.hnsw'));
  writeFileSync(join(staging, 'chunks.json'), JSON.stringify(artifacts.catalog));
  writeFileSync(join(staging, 'model.json'), `${JSON.stringify(artifacts.card, null, 2)}\n`);
  rmSync(join(root, name), { recursive: true, force: true });
  try {
    renameSync(staging, join(root, name));
  } catch (error) {
    // Another process (a second bot server starting) wrote the same version first: keep theirs.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(join(root, name, 'model.json'))) throw error;
  }
  writeFileSync(join(root, `${CURRENT}.tmp`), `${name}\n`);
  renameSync(join(root, `${CURRENT}.tmp`), join(root, CURRENT));
  for (const entry of readdirSync(root)) {
    if (entry !== name && entry !== CURRENT && !entry.startsWith('.'))
      rmSync(join(root, entry), { recursive: true, force: true });
  }
  return join(root, name);
}

/** Removes every index under `models/knowledge/` (dot-files such as .gitignore stay). */
export function removeKnowledgeIndex(root: string): void {
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return;
  }
  for (const entry of entries)
    if (!entry.startsWith('.')) rmSync(join(root, entry), { recursive: true, force: true });
}
