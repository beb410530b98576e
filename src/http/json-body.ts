import type { IncomingMessage } from 'node:http';
import type { Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

/** Why a body was refused: the status to answer and a message for the sender. */
export type BodyRefusal = { ok: false; status: 400 | 413 | 415; message: string };

/** The bytes of a request body, decoded (not parsed); or why it was refused. */
export type RequestBody = { ok: true; raw: Buffer; mediaType: string } | BodyRefusal;

/** The body of a request, read, decoded and parsed; or why it was refused (status and message). */
export type JsonBody = { ok: true; body: unknown; raw: Buffer } | BodyRefusal;

/** How much of an already refused body is read and thrown away before the connection is cut. */
const DISCARD_FACTOR = 8;

/** The media type of a Content-Type header, lower-case, without parameters. */
export function mediaTypeOf(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

/** The media types a JSON endpoint takes: application/json and its structured-suffix relatives. */
export function isJsonContentType(header: string | undefined): boolean {
  const type = mediaTypeOf(header);
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/**
 * Reads a JSON request body within `maxBytes` (see readRequestBody); anything but JSON is 415
 * before a byte is read, so no form or multipart upload is ever parsed or written to disk, and an
 * unparseable body is 400.
 */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<JsonBody> {
  const read = await readRequestBody(req, {
    maxBytes,
    accepts: (mediaType) => isJsonContentType(mediaType),
    expected: 'JSON only: send Content-Type: application/json',
  });
  if (!read.ok) return read;
  try {
    return { ok: true, body: JSON.parse(read.raw.toString('utf8')), raw: read.raw };
  } catch {
    return { ok: false, status: 400, message: 'The request body is not valid JSON.' };
  }
}

/**
 * Reads a request body of an accepted media type within `maxBytes`, counted twice: the bytes on
 * the wire and the bytes after `Content-Encoding` (gzip, deflate, br) is undone, so a small
 * compressed body cannot inflate past the limit (decoding stops at the limit: a "zip bomb" never
 * reaches memory). Another media type is 415 before a byte is read; too large is 413. The raw
 * bytes are what a signature check (Slack's) needs.
 */
export function readRequestBody(
  req: IncomingMessage,
  options: { maxBytes: number; accepts: (mediaType: string) => boolean; expected: string },
): Promise<RequestBody> {
  const { maxBytes } = options;
  const mediaType = mediaTypeOf(req.headers['content-type']);
  if (!options.accepts(mediaType))
    return Promise.resolve({ ok: false, status: 415, message: `This endpoint takes ${options.expected}.` });
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const decoder = decoderFor(encoding);
  if (decoder === null)
    return Promise.resolve({
      ok: false,
      status: 415,
      message: `Content-Encoding '${encoding}' is not supported: use gzip, deflate, br or none.`,
    });
  const tooLarge = {
    ok: false,
    status: 413,
    message: `The request body is larger than ${maxBytes} bytes (counted after decompression).`,
  } as const;
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    discard(req, maxBytes);
    return Promise.resolve(tooLarge);
  }

  return new Promise<RequestBody>((resolve) => {
    const chunks: Buffer[] = [];
    let wireBytes = 0;
    let decodedBytes = 0;
    let settled = false;
    const settle = (result: RequestBody) => {
      if (settled) return;
      settled = true;
      if (!result.ok) {
        decoder?.destroy();
        chunks.length = 0;
        discard(req, maxBytes);
      }
      resolve(result);
    };
    const collect = (chunk: Buffer) => {
      if (settled) return;
      decodedBytes += chunk.length;
      if (decodedBytes > maxBytes) settle(tooLarge);
      else chunks.push(chunk);
    };
    const finish = () => {
      if (!settled) settle({ ok: true, raw: Buffer.concat(chunks), mediaType });
    };

    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      wireBytes += chunk.length;
      if (wireBytes > maxBytes) settle(tooLarge);
      else if (decoder) decoder.write(chunk);
      else collect(chunk);
    });
    req.on('end', () => (decoder && !settled ? decoder.end() : finish()));
    req.on('error', () => settle({ ok: false, status: 400, message: 'The request body could not be read.' }));
    if (decoder) {
      decoder.on('data', collect);
      decoder.on('end', finish);
      decoder.on('error', () =>
        settle({ ok: false, status: 400, message: `The body is not valid ${encoding} data.` }),
      );
    }
  });
}

/** The stream that undoes a Content-Encoding; undefined for none, null for one we do not take. */
function decoderFor(encoding: string): Transform | undefined | null {
  switch (encoding) {
    case '':
    case 'identity':
      return undefined;
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return createInflate();
    case 'br':
      return createBrotliDecompress();
    default:
      return null;
  }
}

/**
 * Lets the rest of a refused body drain (so the client reads our answer instead of a reset
 * connection), up to DISCARD_FACTOR times the limit; past that the connection is cut.
 */
function discard(req: IncomingMessage, maxBytes: number): void {
  let drained = 0;
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DISCARD_FACTOR * maxBytes) req.socket.destroy();
  });
  req.resume();
}
