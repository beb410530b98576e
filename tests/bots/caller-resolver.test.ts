import { CallerResolver } from '../../src/bots/core/caller-resolver';
import { issueUserToken, verifyUserToken } from '../../src/bots/core/user-token';
import { silentLogger } from '../../src/core/logger';
import { UserDirectory } from '../../src/skills/shared/user-directory';
import { loadSmallCrm, REP_EMAIL, temporaryStore } from '../fixtures/small-crm';

const SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
const NOW = new Date('2026-03-15T12:00:00Z');

describe('CRMPro user tokens', () => {
  const token = issueUserToken({
    email: 'Sam.Rivera@demo.crmpro.dev',
    ttlSeconds: 3600,
    secret: SECRET,
    now: NOW,
  });

  it('proves the e-mail it was issued for until it expires', () => {
    expect(verifyUserToken(token, SECRET, NOW)).toEqual({
      ok: true,
      claims: { email: REP_EMAIL, expiresAt: new Date('2026-03-15T13:00:00Z') },
    });
    expect(verifyUserToken(token, SECRET, new Date('2026-03-15T13:00:59Z')).ok).toBe(true); // clock skew
    expect(verifyUserToken(token, SECRET, new Date('2026-03-15T13:01:01Z'))).toEqual({
      ok: false,
      reason: 'expired',
    });
  });

  it('refuses a token signed with another secret, edited, or with another header', () => {
    expect(verifyUserToken(token, `${SECRET}-other`, NOW)).toEqual({ ok: false, reason: 'bad signature' });
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8'));
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'admin@demo.crmpro.dev' })).toString(
      'base64url',
    );
    expect(verifyUserToken(`${header}.${forged}.${signature}`, SECRET, NOW).ok).toBe(false);
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    expect(verifyUserToken(`${none}.${payload}.`, SECRET, NOW).ok).toBe(false);
    expect(verifyUserToken('garbage', SECRET, NOW).ok).toBe(false);
    const forever = issueUserToken({ email: REP_EMAIL, ttlSeconds: 31 * 86_400, secret: SECRET, now: NOW });
    expect(verifyUserToken(forever, SECRET, NOW)).toEqual({ ok: false, reason: 'lifetime too long' });
  });
});

describe('who is speaking', () => {
  const temp = temporaryStore();
  let resolver: CallerResolver;
  beforeAll(async () => {
    await loadSmallCrm(temp.store);
    resolver = new CallerResolver(new UserDirectory(temp.store), {
      localUser: 'demo',
      defaultTimezone: 'UTC',
      logger: silentLogger(),
      userTokenSecret: SECRET,
      clock: () => NOW,
    });
  });
  afterAll(() => temp.cleanup());

  const tokenFor = (email: string, now = NOW) =>
    issueUserToken({ email, ttlSeconds: 600, secret: SECRET, now });

  it("maps Teams' aadObjectId on msteams to the linked CRM user", async () => {
    const caller = await resolver.resolve(
      { channelId: 'msteams', from: { id: '29:x', name: 'Sam', aadObjectId: 'teams-sam' } },
      'verified',
    );
    expect(caller).toMatchObject({ role: 'rep', name: 'Sam Rivera' });
  });

  it('treats a sender-chosen id on any other verified channel as a visitor', async () => {
    for (const channelId of ['webchat', 'directline', 'emulator', 'test']) {
      const caller = await resolver.resolve(
        { channelId, from: { id: 'teams-sam', name: 'Sam', aadObjectId: 'teams-sam' } },
        'verified',
      );
      expect(caller.role).toBe('visitor');
      expect(caller.userId).toBeUndefined();
    }
  });

  it('accepts a valid user token of ours on a channel that vouches for nobody', async () => {
    const caller = await resolver.resolve(
      {
        channelId: 'webchat',
        from: { id: 'dl_1', name: 'Visitor' },
        channelData: { crmproUserToken: tokenFor(REP_EMAIL) },
      },
      'verified',
    );
    expect(caller).toMatchObject({ role: 'rep', name: 'Sam Rivera' });
  });

  it('makes a visitor of a stale, forged or unknown-user token', async () => {
    const tokens = [
      tokenFor(REP_EMAIL, new Date(NOW.getTime() - 3_600_000)), // issued an hour ago for ten minutes
      issueUserToken({
        email: REP_EMAIL,
        ttlSeconds: 600,
        secret: 'another-secret-of-at-least-32-characters!',
        now: NOW,
      }),
      tokenFor('nobody@example.com'),
      'not-a-token',
    ];
    for (const crmproUserToken of tokens) {
      const caller = await resolver.resolve(
        { channelId: 'webchat', from: { id: 'dl_1', name: 'Visitor' }, channelData: { crmproUserToken } },
        'verified',
      );
      expect(caller.role).toBe('visitor');
    }
  });

  it('accepts no token at all without USER_TOKEN_SECRET', async () => {
    const withoutSecret = new CallerResolver(new UserDirectory(temp.store), {
      localUser: 'demo',
      defaultTimezone: 'UTC',
      logger: silentLogger(),
      clock: () => NOW,
    });
    const caller = await withoutSecret.resolve(
      { channelId: 'webchat', channelData: { crmproUserToken: tokenFor(REP_EMAIL) } },
      'verified',
    );
    expect(caller.role).toBe('visitor');
  });

  it('lets local channels act as the local user whatever the sender says', async () => {
    const caller = await resolver.resolve(
      { channelId: 'emulator', from: { id: 'anything', name: 'Anyone' } },
      'local',
    );
    expect(caller).toMatchObject({ role: 'rep', name: 'Sam Rivera' });
  });
});
