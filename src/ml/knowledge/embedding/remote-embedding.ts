import { createHash } from 'node:crypto';
import { CrmError, ErrorCode } from '../../../core/errors';
import type { TextEmbedder } from '../../llm/language-model';

/** The remote model an index's vectors came from (absent: the local embedding's own vectors). */
export interface RemoteVectors {
  /** The embedder's id, e.g. "openai:text-embedding-3-small". */
  readonly model: string;
  readonly dimensions: number;
}

const BATCH = 256;

/**
 * Embeds texts with a remote model, a batch at a time, and checks every vector has the same
 * length. Any failure is one UNAVAILABLE error naming the model, so nothing is half-indexed.
 */
export async function embedRemotely(
  embedder: TextEmbedder,
  texts: readonly string[],
): Promise<Float32Array[]> {
  const vectors: Float32Array[] = [];
  try {
    for (let start = 0; start < texts.length; start += BATCH) {
      const batch = texts.slice(start, start + BATCH);
      const embedded = await embedder.embedDocuments(batch);
      if (embedded.length !== batch.length)
        throw new Error(`${embedded.length} vectors came back for ${batch.length} texts`);
      vectors.push(...embedded.map((vector) => Float32Array.from(vector)));
    }
  } catch (error) {
    throw unavailable(embedder, error);
  }
  const dimensions = vectors[0]?.length ?? 0;
  if (vectors.some((vector) => vector.length !== dimensions || dimensions === 0)) {
    throw unavailable(embedder, new Error('the vectors do not all have the same, non-zero length'));
  }
  return vectors;
}

/** The query's vector from the remote model. */
export async function embedQueryRemotely(embedder: TextEmbedder, text: string): Promise<Float32Array> {
  try {
    return Float32Array.from(await embedder.embedQuery(text));
  } catch (error) {
    throw unavailable(embedder, error);
  }
}

/**
 * The index fingerprint: the local embedding's own fingerprint, combined with the remote model
 * when the vectors came from one, so an index is never searched with another model's vectors.
 */
export function indexFingerprint(localFingerprint: string, remote: RemoteVectors | undefined): string {
  if (!remote) return localFingerprint;
  return createHash('sha256')
    .update(`${localFingerprint}|${remote.model}|${remote.dimensions}`)
    .digest('hex')
    .slice(0, 16);
}

function unavailable(embedder: TextEmbedder, error: unknown): CrmError {
  const reason = error instanceof Error ? error.message : String(error);
  return new CrmError(
    ErrorCode.Unavailable,
    `The embeddings model ${embedder.id} could not embed the knowledge base: ${reason}`,
  );
}
