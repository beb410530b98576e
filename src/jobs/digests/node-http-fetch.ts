import http from 'node:http';
import https from 'node:https';

/**
 * A `fetch` for the Slack Web API client on Node's own http/https (their global keep-alive
 * agents) instead of the built-in fetch: the Web API client's POSTs (form-encoded text, or a
 * multipart form for a file upload) cost about a fifth less CPU each, which counts in a worker
 * sending thousands of digests. It does what the client asks of fetch: method, headers, body,
 * `signal` (the client's timeout) and `redirect: 'error'`; the answer is a standard Response.
 */
export async function nodeHttpFetch(
  input: string | URL | Request,
  init: RequestInit = {},
): Promise<Response> {
  if (input instanceof Request) return fetch(input, init);
  const url = new URL(input);
  const headers: Record<string, string> = {};
  new Headers(init.headers).forEach((value, name) => (headers[name] = value));
  const body = await bytesOf(init.body, headers);
  if (body) headers['content-length'] = String(body.byteLength);
  return new Promise<Response>((resolve, reject) => {
    const request = (url.protocol === 'https:' ? https : http).request(
      url,
      { method: init.method ?? 'GET', headers, ...(init.signal ? { signal: init.signal } : {}) },
      (response) => {
        const status = response.statusCode ?? 0;
        if (init.redirect === 'error' && status >= 300 && status < 400) {
          response.resume();
          reject(new TypeError(`fetch failed: redirected (HTTP ${status}) while redirect is 'error'`));
          return;
        }
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const answerHeaders = new Headers();
          for (const [name, value] of Object.entries(response.headers))
            if (value !== undefined) answerHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
          const noBody = status === 204 || status === 304 || init.method === 'HEAD';
          resolve(
            new Response(noBody ? null : Buffer.concat(chunks), {
              status,
              statusText: response.statusMessage ?? '',
              headers: answerHeaders,
            }),
          );
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** The request body as bytes; a form is encoded as multipart (its content type set in `headers`). */
async function bytesOf(
  body: RequestInit['body'],
  headers: Record<string, string>,
): Promise<Uint8Array | undefined> {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return Buffer.from(body);
  if (body instanceof Uint8Array) return body;
  // FormData, Blob, URLSearchParams, streams: encoded as the built-in fetch would send them.
  const encoded = new Response(body);
  const type = encoded.headers.get('content-type');
  if (type && !headers['content-type']) headers['content-type'] = type;
  return new Uint8Array(await encoded.arrayBuffer());
}
