import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** How long a visitor session lasts after it was issued. */
export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

/** A verified visitor session. */
export interface VisitorSession {
  /** Random, issued by this server: the visitor's conversation and rate-limit key. */
  visitorId: string;
  issuedAt: Date;
}

const VISITOR_ID = /^[A-Za-z0-9_-]{22}$/;

/**
 * Anonymous website visitor sessions: a token `v1.<visitorId>.<issued, base36 seconds>.<HMAC>`
 * signed with the session secret. The widget keeps it in localStorage, so a visitor keeps their
 * conversation across reloads; a token changed in any way, signed with another key or older than
 * SESSION_LIFETIME_MS is refused.
 */
export class VisitorSessions {
  constructor(
    private readonly secret: Buffer,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** A new visitor and their token. */
  issue(): { token: string; session: VisitorSession } {
    const visitorId = randomBytes(16).toString('base64url');
    const issuedAt = new Date(Math.floor(this.clock().getTime() / 1000) * 1000);
    const body = `v1.${visitorId}.${(issuedAt.getTime() / 1000).toString(36)}`;
    return { token: `${body}.${this.sign(body)}`, session: { visitorId, issuedAt } };
  }

  /** The session a token carries, or undefined when it is not one of ours (or has expired). */
  verify(token: unknown): VisitorSession | undefined {
    if (typeof token !== 'string' || token.length > 200) return undefined;
    const parts = token.split('.');
    if (parts.length !== 4 || parts[0] !== 'v1') return undefined;
    const [version, visitorId, issued, signature] = parts as [string, string, string, string];
    if (!VISITOR_ID.test(visitorId) || !/^[0-9a-z]{1,12}$/.test(issued)) return undefined;
    const expected = Buffer.from(this.sign(`${version}.${visitorId}.${issued}`));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    const issuedAt = new Date(parseInt(issued, 36) * 1000);
    const age = this.clock().getTime() - issuedAt.getTime();
    if (age > SESSION_LIFETIME_MS || age < -60_000) return undefined;
    return { visitorId, issuedAt };
  }

  private sign(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest('base64url');
  }
}
