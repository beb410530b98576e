import { readFileSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { pipeline, type Readable, type TransformOptions } from 'node:stream';
import { createGunzip, gunzipSync, type ZlibOptions } from 'node:zlib';
import { unreadableFile } from './reading-problem';

/** Bytes read and unpacked per step: large, so that the per-chunk work (decode, carry a line) is rare. */
const CHUNK_BYTES = 1 << 20;
/** Unpacked bytes gunzip may hold ready: it inflates (on the thread pool) while the parser works. */
const READ_AHEAD_BYTES = 4 * CHUNK_BYTES;

/** True when the bytes start with the gzip magic number (1f 8b), whatever the file is called. */
export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/**
 * A file's bytes as a stream, gunzipped when the file is gzip. Errors (missing file, a folder,
 * corrupt gzip) are INVALID_INPUT errors carrying a `ReadingProblem`, thrown here or by the stream.
 */
export async function openBytes(file: string): Promise<Readable> {
  let handle: FileHandle | undefined;
  let gzip: boolean;
  try {
    handle = await open(file, 'r');
    const head = Buffer.alloc(2);
    const { bytesRead } = await handle.read(head, 0, 2, 0);
    gzip = isGzip(head.subarray(0, bytesRead));
  } catch (error) {
    await handle?.close().catch(() => undefined);
    throw unreadableFile(file, error);
  }
  const raw = handle.createReadStream({ start: 0, highWaterMark: CHUNK_BYTES });
  if (!gzip) return raw;
  const options: ZlibOptions & TransformOptions = {
    chunkSize: CHUNK_BYTES,
    readableHighWaterMark: READ_AHEAD_BYTES,
  };
  return pipeline(raw, createGunzip(options), () => undefined);
}

/** A whole file's bytes, gunzipped when the file is gzip; errors as for `openBytes`. */
export function readBytesSync(file: string): Buffer {
  try {
    const bytes = readFileSync(file);
    return isGzip(bytes) ? gunzipSync(bytes) : bytes;
  } catch (error) {
    throw unreadableFile(file, error);
  }
}
