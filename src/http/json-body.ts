import type { IncomingMessage } from 'node:http';
import type { Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

/** The body of a request, read, decoded and parsed; or why it was refused (status and message). */
export type JsonBody =
  { ok: true; body: unknown; raw: Buffer } | { ok: false; status: 400 | 413 | 415; message: string };

/** How much of an already refused body is read and thrown away before the connection is cut. */
const DISCARD_FACTOR = 8;

/** The media types a JSON endpoint takes: application/json and its structured-suffix relatives. */
export function isJsonContentType(header: string | undefined): boolean {
  const type = (header ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/**
 * Reads a JSON request body within `maxBytes`, counted twice: the bytes on the wire and the bytes
 * after `Content-Encoding` (gzip, deflate, br) is undone, so a small compressed body cannot inflate
 * past the limit (decoding stops at the limit: a "zip bomb" never reaches memory). Anything but
 * JSON is 415 before a byte is read, so no form or multipart upload is ever parsed or written to
 * disk; too large is 413 and unparseable 400.
 */
export function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<JsonBody> {
  if (!isJsonContentType(req.headers['content-type']))
    return Promise.resolve({
      ok: false,
      status: 415,
      message: 'This endpoint takes JSON only: send Content-Type: application/json.',
    });
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

  return new Promise<JsonBody>((resolve) => {
    const chunks: Buffer[] = [];
    let wireBytes = 0;
    let decodedBytes = 0;
    let settled = false;
    const settle = (result: JsonBody) => {
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
    const parse = () => {
      if (settled) return;
      const raw = Buffer.concat(chunks);
      try {
        settle({ ok: true, body: JSON.parse(raw.toString('utf8')), raw });
      } catch {
        settle({ ok: false, status: 400, message: 'The request body is not valid JSON.' });
      }
    };

    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      wireBytes += chunk.length;
      if (wireBytes > maxBytes) settle(tooLarge);
      else if (decoder) decoder.write(chunk);
      else collect(chunk);
    });
    req.on('end', () => (decoder && !settled ? decoder.end() : parse()));
    req.on('error', () => settle({ ok: false, status: 400, message: 'The request body could not be read.' }));
    if (decoder) {
      decoder.on('data', collect);
      decoder.on('end', parse);
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
