import { readFileSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { pipeline, type Readable } from 'node:stream';
import { createGunzip, gunzipSync } from 'node:zlib';
import { unreadableFile } from './reading-problem';

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
  // Node's default step sizes (64 KB read, 16 KB unpacked) measured best: larger steps (1 MB, or
  // read-ahead) cost more memory and time on Online Retail, strings above 128 KB most of all.
  const raw = handle.createReadStream({ start: 0 });
  return gzip ? pipeline(raw, createGunzip(), () => undefined) : raw;
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
