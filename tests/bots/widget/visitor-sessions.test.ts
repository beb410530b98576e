import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSessionSecret, SESSION_SECRET_FILE } from '../../../src/bots/widget/session-secret';
import { SESSION_LIFETIME_MS, VisitorSessions } from '../../../src/bots/widget/visitor-sessions';
import { isAllowedOrigin } from '../../../src/http/widget-routes';

describe('visitor sessions', () => {
  const secret = Buffer.alloc(32, 7);

  it('verifies its own tokens and refuses any change, another key, or an expired token', () => {
    let now = new Date('2026-03-15T12:00:00Z');
    const sessions = new VisitorSessions(secret, () => now);
    const { token, session } = sessions.issue();
    expect(sessions.verify(token)).toEqual(session);
    const [v, id, issued, sig] = token.split('.') as [string, string, string, string];
    const other = id.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'));
    expect(sessions.verify(`${v}.${other}.${issued}.${sig}`)).toBeUndefined();
    expect(sessions.verify(`${v}.${id}.${(parseInt(issued, 36) + 1).toString(36)}.${sig}`)).toBeUndefined();
    expect(sessions.verify(`${v}.${id}.${issued}.${sig.slice(1)}`)).toBeUndefined();
    expect(sessions.verify(`v2.${id}.${issued}.${sig}`)).toBeUndefined();
    expect(new VisitorSessions(Buffer.alloc(32, 8), () => now).verify(token)).toBeUndefined();
    expect(sessions.verify(42)).toBeUndefined();
    now = new Date(now.getTime() + SESSION_LIFETIME_MS + 1_000);
    expect(sessions.verify(token)).toBeUndefined();
  });

  it('keeps a generated secret in the data directory, readable by the owner only, and reuses it', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'widget-secret-'));
    try {
      const first = await loadSessionSecret(dir);
      const file = path.join(dir, SESSION_SECRET_FILE);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect(await loadSessionSecret(dir)).toEqual(first);
      expect((await readFile(file, 'utf8')).trim()).toBe(first.toString('base64url'));
      expect(await loadSessionSecret(dir, 'x'.repeat(32))).toEqual(Buffer.from('x'.repeat(32)));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('embedding origins', () => {
  const allowed = new Set(['https://shop.example.com']);

  it('allows the listed sites and the server itself, nothing that merely looks like them', () => {
    expect(isAllowedOrigin('https://shop.example.com', 'bot.example.com', allowed)).toBe(true);
    expect(isAllowedOrigin('https://bot.example.com', 'bot.example.com', allowed)).toBe(true);
    expect(isAllowedOrigin('http://shop.example.com', 'bot.example.com', allowed)).toBe(false);
    expect(isAllowedOrigin('https://shop.example.com.evil.io', 'bot.example.com', allowed)).toBe(false);
    expect(isAllowedOrigin('https://evil.io', 'bot.example.com', allowed)).toBe(false);
    expect(isAllowedOrigin('null', 'bot.example.com', allowed)).toBe(false);
    expect(isAllowedOrigin('https://bot.example.com', undefined, allowed)).toBe(false);
  });
});
