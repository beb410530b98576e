import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CrmError, ErrorCode } from '../../../core/errors';
import { LsaEmbedding, type LsaEmbeddingState } from './lsa-embedding';

const META_FILE = 'embedding.json';
const WEIGHTS_FILE = 'embedding.bin';

/** A short content hash of an embedding: what the vector index was built with. */
export function embeddingFingerprint(embedding: LsaEmbedding): string {
  const { state } = embedding;
  return createHash('sha256')
    .update(
      JSON.stringify({ kind: state.kind, dimensions: state.dimensions, terms: state.terms, idf: state.idf }),
    )
    .update(Buffer.from(state.projection.buffer, state.projection.byteOffset, state.projection.byteLength))
    .digest('hex')
    .slice(0, 16);
}

/** Writes the embedding as `embedding.json` (vocabulary, idf) and `embedding.bin` (projection, float32 LE). */
export function saveEmbedding(directory: string, embedding: LsaEmbedding): void {
  const { projection, ...meta } = embedding.state;
  writeFileSync(join(directory, META_FILE), JSON.stringify(meta));
  writeFileSync(
    join(directory, WEIGHTS_FILE),
    Buffer.from(projection.buffer, projection.byteOffset, projection.byteLength),
  );
}

/** Reads an embedding written by `saveEmbedding`, checking the weights fit the vocabulary. */
export function loadEmbedding(directory: string): LsaEmbedding {
  const meta = JSON.parse(readFileSync(join(directory, META_FILE), 'utf8')) as Omit<
    LsaEmbeddingState,
    'projection'
  >;
  const bytes = readFileSync(join(directory, WEIGHTS_FILE));
  const projection = new Float32Array(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  );
  if (meta.kind !== 'lsa' || projection.length !== meta.terms.length * meta.dimensions) {
    throw new CrmError(
      ErrorCode.Unavailable,
      `The knowledge embedding in ${directory} is damaged; run \`crmpro knowledge index --rebuild\`.`,
    );
  }
  return new LsaEmbedding({ ...meta, projection });
}
