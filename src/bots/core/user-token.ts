import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * CRMPro's own signed user token: how a sender on a channel that vouches for no CRM identity
 * (Direct Line, a website's Web Chat) proves to be a CRM user. An administrator issues it
 * (`crmpro users token --email E --ttl 1h`), the embedding site hands it to its client, and the
 * client passes it in every activity's `channelData.crmproUserToken`. It is a JWT signed with
 * HS256 under USER_TOKEN_SECRET, carrying the user's e-mail and an expiry; deactivating the user
 * revokes it (the e-mail must still name an active user).
 */

/** Where an activity carries the token. */
export const USER_TOKEN_CHANNEL_DATA_KEY = 'crmproUserToken';

/** The shortest secret accepted: 32 characters, for HS256's 256-bit key. */
export const MIN_USER_TOKEN_SECRET_LENGTH = 32;

/** The longest a token may live: longer ones are refused (and the CLI issues none). */
export const MAX_USER_TOKEN_TTL_SECONDS = 30 * 24 * 3600;

const ISSUER = 'crmpro';
const AUDIENCE = 'crmpro-user';
const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
/** Tolerated clock difference between the issuing and the verifying machine. */
const CLOCK_SKEW_SECONDS = 60;

/** What a valid token proves. */
export interface UserTokenClaims {
  email: string;
  expiresAt: Date;
}

/** Signs a token for `email` that expires `ttlSeconds` after `now`. */
export function issueUserToken(options: {
  email: string;
  ttlSeconds: number;
  secret: string;
  now?: Date;
}): string {
  const issuedAt = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const payload = base64url(
    JSON.stringify({
      iss: ISSUER,
      aud: AUDIENCE,
      sub: options.email.trim().toLowerCase(),
      iat: issuedAt,
      exp: issuedAt + options.ttlSeconds,
    }),
  );
  return `${HEADER}.${payload}.${signature(`${HEADER}.${payload}`, options.secret)}`;
}

/**
 * The claims of a token we issued and that has not expired; otherwise why not (for the log).
 * Only our exact header (HS256) is accepted, so no `alg` trickery applies.
 */
export function verifyUserToken(
  token: string,
  secret: string,
  now: Date = new Date(),
): { ok: true; claims: UserTokenClaims } | { ok: false; reason: string } {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== HEADER) return { ok: false, reason: 'not a CRMPro user token' };
  const expected = Buffer.from(signature(`${parts[0]}.${parts[1]}`, secret));
  const given = Buffer.from(parts[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { ok: false, reason: 'bad signature' };
  let payload: { iss?: unknown; aud?: unknown; sub?: unknown; exp?: unknown; iat?: unknown };
  try {
    payload = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'unreadable payload' };
  }
  if (payload.iss !== ISSUER || payload.aud !== AUDIENCE)
    return { ok: false, reason: 'wrong issuer or audience' };
  if (typeof payload.sub !== 'string' || !payload.sub.includes('@'))
    return { ok: false, reason: 'no e-mail' };
  if (typeof payload.exp !== 'number' || typeof payload.iat !== 'number')
    return { ok: false, reason: 'no expiry' };
  if (payload.exp - payload.iat > MAX_USER_TOKEN_TTL_SECONDS)
    return { ok: false, reason: 'lifetime too long' };
  const nowSeconds = now.getTime() / 1000;
  if (payload.exp + CLOCK_SKEW_SECONDS <= nowSeconds) return { ok: false, reason: 'expired' };
  if (payload.iat - CLOCK_SKEW_SECONDS > nowSeconds) return { ok: false, reason: 'issued in the future' };
  return { ok: true, claims: { email: payload.sub, expiresAt: new Date(payload.exp * 1000) } };
}

function signature(input: string, secret: string): string {
  return createHmac('sha256', secret).update(input).digest('base64url');
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}
