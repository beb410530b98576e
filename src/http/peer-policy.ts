import type { IncomingHttpHeaders } from 'node:http';
import { BlockList, isIP } from 'node:net';

/**
 * Who may use the endpoints that act as the local user (the local web chat, and `/api/messages`
 * in local development mode): decisions over plain values, so they are unit-tested with injected
 * addresses and reused by every local-only route.
 */

/** Headers a proxy adds: a request carrying one was relayed for someone else, whatever its peer. */
const PROXY_HEADERS = ['forwarded', 'via', 'x-real-ip', 'x-client-ip'];

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

/** True for an address on this machine's loopback (127.0.0.0/8, ::1, or 127.x mapped into IPv6). */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const bare = address.startsWith('[') && address.endsWith(']') ? address.slice(1, -1) : address;
  const family = isIP(bare);
  // BlockList matches IPv4-mapped IPv6 addresses (::ffff:127.0.0.1) against the IPv4 rule.
  return family !== 0 && LOOPBACK.check(bare, family === 4 ? 'ipv4' : 'ipv6');
}

/** True for a host name that means this machine's loopback: a loopback address or `localhost`. */
export function isLoopbackHost(hostname: string): boolean {
  const lower = hostname.toLowerCase().replace(/\.$/, '');
  return lower === 'localhost' || isLoopbackAddress(lower);
}

/** The proxy headers a request carries (lower-case names); empty for a direct request. */
export function proxyHeadersOf(headers: IncomingHttpHeaders): string[] {
  return Object.keys(headers)
    .map((name) => name.toLowerCase())
    .filter((name) => PROXY_HEADERS.includes(name) || name.startsWith('x-forwarded-'));
}

/** What a local-only endpoint does with a request: serve it, or refuse it with a status and a reason. */
export type PeerVerdict = { allowed: true } | { allowed: false; status: 401 | 403; reason: string };

/** The request facts the policy looks at. */
export interface PeerFacts {
  /** The TCP peer's address (the socket's, never a header's). */
  remoteAddress: string | undefined;
  /** The port this server accepted the connection on. */
  localPort: number | undefined;
  headers: IncomingHttpHeaders;
}

/**
 * Local-only endpoints serve a peer on this machine's loopback that came directly (no proxy
 * header: a local reverse proxy would otherwise relay the whole network as "local"), and, when a
 * browser sent the request, only from a page of this server (`Origin`), so no other site can drive
 * them (CSRF, DNS rebinding). 401 when the peer is not local, 403 when another site's page sent it.
 */
export function localPeerVerdict(facts: PeerFacts): PeerVerdict {
  if (!isLoopbackAddress(facts.remoteAddress)) {
    return {
      allowed: false,
      status: 401,
      reason: 'This endpoint acts as the local user and answers only requests from this machine.',
    };
  }
  const relayed = proxyHeadersOf(facts.headers);
  if (relayed.length > 0) {
    return {
      allowed: false,
      status: 401,
      reason: `This endpoint acts as the local user and answers only direct requests from this machine (the request came through a proxy: ${relayed.join(', ')}).`,
    };
  }
  return browserOriginVerdict(facts);
}

/**
 * A browser's request is accepted only from a page this server served: its `Origin` must be
 * `http://<loopback host>:<this port>`, and `Sec-Fetch-Site`, when sent, must not say cross-site.
 * Requests without those headers come from programs, not from a page a person has open.
 */
export function browserOriginVerdict(facts: Pick<PeerFacts, 'headers' | 'localPort'>): PeerVerdict {
  const refused = (reason: string): PeerVerdict => ({ allowed: false, status: 403, reason });
  const fetchSite = single(facts.headers['sec-fetch-site']);
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none')
    return refused('Requests from other sites are not accepted here.');
  const origin = single(facts.headers.origin);
  if (origin === undefined) return { allowed: true };
  if (!isOwnOrigin(origin, facts.localPort))
    return refused('Requests from other sites are not accepted here.');
  return { allowed: true };
}

/** True when `origin` is this server's own as a local browser reaches it. */
export function isOwnOrigin(origin: string, localPort: number | undefined): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // includes the opaque origin "null"
  }
  if (url.protocol !== 'http:') return false;
  const port = url.port === '' ? 80 : Number(url.port);
  return port === localPort && isLoopbackHost(url.hostname);
}

/**
 * True when `url` points at this machine's loopback over http(s): where local development mode may
 * send replies. Anything else would let a sender make the server call out to any address (SSRF).
 */
export function isLoopbackUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  if (parsed.username || parsed.password) return false;
  return isLoopbackHost(parsed.hostname);
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
