import { join } from 'node:path';
import { CrmError, ErrorCode } from '../../../core/errors';
import { LsaEmbedding } from '../embedding/lsa-embedding';
import { embeddingFingerprint } from '../embedding/embedding-artifact';
import { embedRemotely, indexFingerprint, type RemoteVectors } from '../embedding/remote-embedding';
import type { TextEmbedder } from '../../llm/language-model';
import {
  DEFAULT_RETRIEVAL,
  HybridRetriever,
  remotePassageText,
  type RetrievalSettings,
} from '../retrieval/hybrid-retriever';
import { VectorIndex } from '../retrieval/vector-index';
import { createAnalyzer } from '../text/analyzer';
import { chunkDocument, chunkTitle, DEFAULT_CHUNKING, type ChunkingOptions } from './chunker';
import { readKnowledgeDocument } from './document-reader';
import { listKnowledgeFiles, type KnowledgeFile } from './knowledge-files';
import {
  KNOWLEDGE_INDEX_FORMAT,
  loadKnowledgeIndex,
  removeKnowledgeIndex,
  saveKnowledgeIndex,
  type ChunkCatalog,
  type KnowledgeIndexArtifacts,
  type StoredChunk,
} from './knowledge-index-files';
import { hnswlibVersion } from './library-version';

/** Options of an index update. */
export interface IndexingOptions {
  /** Retrain the embedding and re-embed every chunk. */
  readonly rebuild?: boolean;
  readonly retrieval?: RetrievalSettings;
  readonly chunking?: ChunkingOptions;
  /** Retrain once this share of the chunks was embedded with an older vocabulary. */
  readonly retrainShare?: number;
  readonly clock?: () => Date;
  /**
   * A remote embeddings model for the vectors (OPENAI_EMBEDDING_MODEL); the local embedding is
   * still trained for the no-answer decision. Switching model (or back to local) re-embeds all.
   */
  readonly embedder?: TextEmbedder;
}

/** What an update did. */
export interface IndexingReport {
  readonly version: string;
  readonly directory: string;
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
  readonly unchanged: number;
  /** Chunks whose vectors were computed in this update. */
  readonly chunksEmbedded: number;
  readonly chunksTotal: number;
  /** True when the embedding was (re)trained, so every chunk was re-embedded. */
  readonly retrained: boolean;
  readonly seconds: number;
}

/** The index folder for a models directory. */
export function knowledgeIndexRoot(modelsDir: string): string {
  return join(modelsDir, 'knowledge');
}

/**
 * Brings the index of `knowledge/` up to date: unchanged files keep their chunks and vectors;
 * changed and new files are re-chunked and re-embedded with the current embedding; removed files'
 * vectors are deleted. The local embedding is retrained (under a new version) when there is none,
 * when asked, when settings or the remote model changed, or once `retrainShare` of the chunks were
 * embedded after it was trained, so the vocabulary follows the documents. Local vectors are then
 * all recomputed; remote ones are kept (they do not depend on the local vocabulary).
 */
export async function updateKnowledgeIndex(
  knowledgeDir: string,
  modelsDir: string,
  options: IndexingOptions = {},
): Promise<IndexingReport> {
  const started = performance.now();
  const settings = options.retrieval ?? DEFAULT_RETRIEVAL;
  const chunking = options.chunking ?? DEFAULT_CHUNKING;
  const now = (options.clock ?? (() => new Date()))().toISOString();
  const root = knowledgeIndexRoot(modelsDir);
  const files = await listKnowledgeFiles(knowledgeDir);
  const previous = options.rebuild ? undefined : loadKnowledgeIndex(root);
  const embedder = options.embedder;
  const compatible =
    previous &&
    JSON.stringify(previous.card.retrieval) === JSON.stringify(settings) &&
    JSON.stringify(previous.card.chunking) === JSON.stringify(chunking) &&
    previous.card.embedding.remote?.model === embedder?.id;
  const known = compatible ? previous.catalog.files : {};
  const current = new Map(files.map((file) => [file.path, file]));
  const added = files.filter((file) => !known[file.path]).map((file) => file.path);
  const changed = files
    .filter((file) => known[file.path] && known[file.path]!.sha256 !== file.sha256)
    .map((file) => file.path);
  const removed = Object.keys(known).filter((path) => !current.has(path));
  const report = (
    artifacts: KnowledgeIndexArtifacts,
    directory: string,
    chunksEmbedded: number,
    retrained: boolean,
  ): IndexingReport => ({
    version: artifacts.card.version,
    directory,
    added,
    changed,
    removed,
    unchanged: files.length - added.length - changed.length,
    chunksEmbedded,
    chunksTotal: artifacts.catalog.chunks.length,
    retrained,
    seconds: (performance.now() - started) / 1000,
  });

  if (compatible && !added.length && !changed.length && !removed.length) {
    return report(previous, join(root, previous.card.version), 0, false);
  }
  const analyze = createAnalyzer(settings.analyzer);
  const termsOf = (chunk: StoredChunk) =>
    HybridRetriever.passageTerms(
      { title: chunkTitle(chunk), text: chunk.text },
      analyze,
      settings.titleWeight,
    );
  const dirty = new Set([...added, ...changed]);
  const kept = compatible
    ? previous.catalog.chunks.filter((chunk) => current.has(chunk.path) && !dirty.has(chunk.path))
    : [];
  let nextLabel = compatible ? previous.catalog.nextLabel : 0;
  const fresh: StoredChunk[] = [];
  const fileEntries: Record<string, { sha256: string; labels: number[] }> = {};
  for (const path of Object.keys(known))
    if (current.has(path) && !dirty.has(path))
      fileEntries[path] = { ...known[path]!, labels: [...known[path]!.labels] };
  for (const file of files.filter((f) => dirty.has(f.path) || !compatible)) {
    const chunks = chunksOf(file, chunking).map((chunk) => ({ ...chunk, label: nextLabel++ }));
    fresh.push(...chunks);
    fileEntries[file.path] = { sha256: file.sha256, labels: chunks.map((chunk) => chunk.label) };
  }
  const all = [...kept, ...fresh].sort((a, b) => a.label - b.label);
  if (!all.some((chunk) => termsOf(chunk).length)) {
    // Nothing to index (an empty knowledge/): forget any old index; the bot then has no answers.
    removeKnowledgeIndex(root);
    return {
      version: 'empty',
      directory: root,
      added,
      changed,
      removed,
      unchanged: 0,
      chunksEmbedded: 0,
      chunksTotal: 0,
      retrained: false,
      seconds: (performance.now() - started) / 1000,
    };
  }
  const embeddedSince = (compatible ? previous.catalog.embeddedSinceTraining : 0) + fresh.length;
  const retrain = !compatible || embeddedSince > (options.retrainShare ?? 0.5) * Math.max(all.length, 1);
  // Remote vectors do not depend on the local vocabulary: retraining the local embedding keeps them.
  const reembedAll = !compatible || (retrain && !embedder);

  const embedding = retrain ? LsaEmbedding.train(all.map(termsOf), settings.embedding) : previous!.embedding;
  const vectorOf = async (chunks: readonly StoredChunk[]) =>
    embedder
      ? embedRemotely(embedder, chunks.map(remoteText))
      : chunks.map((chunk) => embedding.embed(termsOf(chunk)));
  let vectors: VectorIndex;
  let remote: RemoteVectors | undefined;
  let chunksEmbedded: number;
  if (reembedAll) {
    const embedded = await vectorOf(all);
    const dimensions = embedded[0]!.length;
    remote = embedder ? { model: embedder.id, dimensions } : undefined;
    vectors = VectorIndex.create(dimensions, all.length, settings.vectorIndex);
    all.forEach((chunk, i) => vectors.add(chunk.label, embedded[i]!));
    chunksEmbedded = all.length;
  } else {
    vectors = previous!.vectors;
    remote = previous!.card.embedding.remote;
    // New vectors first: if a remote model fails, nothing has been removed yet.
    const embedded = await vectorOf(fresh);
    if (embedded.some((vector) => vector.length !== vectors.dimensions)) {
      throw new CrmError(
        ErrorCode.Unavailable,
        `The embeddings model ${embedder?.id ?? 'lsa'} now returns vectors of another size than the index holds; run \`crmpro knowledge index --rebuild\`.`,
      );
    }
    for (const path of [...changed, ...removed])
      for (const label of known[path]!.labels) vectors.remove(label);
    fresh.forEach((chunk, i) => vectors.add(chunk.label, embedded[i]!));
    chunksEmbedded = fresh.length;
  }
  const trainedAt = retrain ? now : previous!.card.embedding.trainedAt;
  const fingerprint = indexFingerprint(embeddingFingerprint(embedding), remote);
  const generation =
    previous && compatible && previous.card.version.startsWith(`${fingerprint}.`)
      ? Number(previous.card.version.split('.').pop()) + 1
      : 1;
  const catalog: ChunkCatalog = {
    nextLabel,
    files: fileEntries,
    chunks: all,
    embeddedSinceTraining: retrain ? 0 : embeddedSince,
  };
  const artifacts: KnowledgeIndexArtifacts = {
    card: {
      name: 'knowledge',
      format: KNOWLEDGE_INDEX_FORMAT,
      version: `${fingerprint}.${generation}`,
      createdAt: reembedAll || !previous ? now : previous.card.createdAt,
      updatedAt: now,
      embedding: {
        kind: 'lsa',
        dimensions: embedding.dimensions,
        vocabulary: embedding.state.terms.length,
        trainedOnChunks: embedding.state.trainedOn,
        fingerprint,
        trainedAt,
        ...(remote ? { remote } : {}),
      },
      vectorIndex: {
        library: 'hnswlib-node',
        libraryVersion: hnswlibVersion(),
        space: 'cosine',
        liveVectors: vectors.size,
      },
      retrieval: settings,
      chunking,
      corpus: { files: files.length, chunks: all.length },
    },
    catalog,
    embedding,
    vectors,
  };
  const directory = saveKnowledgeIndex(root, artifacts);
  return report(artifacts, directory, chunksEmbedded, retrain);
}

/** What a remote model embeds for a chunk: where it sits (document › headings), then its text. */
function remoteText(chunk: StoredChunk): string {
  return remotePassageText({ title: chunkTitle(chunk), text: chunk.text });
}

function chunksOf(file: KnowledgeFile, chunking: ChunkingOptions) {
  return chunkDocument(readKnowledgeDocument(file.path, file.content), chunking);
}
