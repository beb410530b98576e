import { Command } from 'commander';
import type { CliEnvironment } from '../../src/cli/cli-environment';
import { registerAllCommands } from '../../src/cli/register-all';
import { CallerResolver } from '../../src/bots/core/caller-resolver';
import { verifyUserToken } from '../../src/bots/core/user-token';
import { loadConfig } from '../../src/config/config';
import { silentLogger } from '../../src/core/logger';
import { UserDirectory } from '../../src/skills/shared/user-directory';
import { loadSmallCrm, REP_EMAIL, temporaryStore } from '../fixtures/small-crm';

const SECRET = 'cli-test-secret-that-is-at-least-32-chars';

describe('crmpro users token', () => {
  const temp = temporaryStore();
  beforeAll(() => loadSmallCrm(temp.store));
  afterAll(() => temp.cleanup());

  /** Runs `crmpro ...` in this process through the real command tree, over the test store. */
  async function crmpro(args: string[], env: Record<string, string> = { USER_TOKEN_SECRET: SECRET }) {
    const out: string[] = [];
    const err: string[] = [];
    const cli: CliEnvironment = {
      config: () => loadConfig({ DATA_DIR: temp.dataDir, ...env }),
      openStore: async () => temp.store,
      services: () => Promise.reject(new Error('not needed')),
      llm: () => undefined,
      logger: silentLogger(),
      out: (line) => out.push(line),
      err: (line) => err.push(line),
    };
    const program = new Command('crmpro').exitOverride().configureOutput({ writeErr: (s) => err.push(s) });
    registerAllCommands(program, cli, ['node', 'crmpro', ...args]);
    const previous = process.exitCode;
    process.exitCode = 0;
    try {
      await program.parseAsync(['node', 'crmpro', ...args]);
      return { code: Number(process.exitCode ?? 0), out: out.join('\n'), err: err.join('\n') };
    } catch (error) {
      return {
        code: (error as { exitCode?: number }).exitCode ?? 1,
        out: out.join('\n'),
        err: err.join('\n'),
      };
    } finally {
      process.exitCode = previous;
    }
  }

  it('prints a token that proves the user until the TTL runs out, and that the bot accepts', async () => {
    const started = Date.now();
    const result = await crmpro(['users', 'token', '--email', 'SAM.RIVERA@demo.crmpro.dev', '--ttl', '2h']);
    expect(result.code).toBe(0);
    expect(result.err).toMatch(/token for Sam Rivera \(rep\), valid until/);
    const verified = verifyUserToken(result.out, SECRET);
    expect(verified.ok).toBe(true);
    if (!verified.ok) return;
    expect(verified.claims.email).toBe(REP_EMAIL);
    const ttl = verified.claims.expiresAt.getTime() - started;
    expect(ttl).toBeGreaterThan(2 * 3600_000 - 5_000);
    expect(ttl).toBeLessThanOrEqual(2 * 3600_000 + 1_000);
    expect(verifyUserToken(result.out, SECRET, new Date(started + 2 * 3600_000 + 120_000))).toMatchObject({
      ok: false,
      reason: 'expired',
    });

    const resolver = new CallerResolver(new UserDirectory(temp.store), {
      localUser: 'none',
      defaultTimezone: 'UTC',
      logger: silentLogger(),
      userTokenSecret: SECRET,
    });
    const caller = await resolver.resolve(
      {
        channelId: 'directline',
        from: { id: 'dl_1', name: 'Visitor' },
        channelData: { crmproUserToken: result.out },
      },
      'verified',
    );
    expect(caller).toMatchObject({ role: 'rep', name: 'Sam Rivera' });
  });

  it('refuses an unknown user, a missing secret and a TTL past 30 days, saying why', async () => {
    const unknown = await crmpro(['users', 'token', '--email', 'nobody@example.com']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(/No active CRM user has the e-mail nobody@example.com/);
    expect(unknown.out).toBe('');

    const noSecret = await crmpro(['users', 'token', '--email', REP_EMAIL], {});
    expect(noSecret.code).toBe(1);
    expect(noSecret.err).toMatch(/USER_TOKEN_SECRET is not set/);

    const tooLong = await crmpro(['users', 'token', '--email', REP_EMAIL, '--ttl', '45d']);
    expect(tooLong.code).not.toBe(0);
    expect(tooLong.err).toMatch(/--ttl must be a duration such as 30m, 1h or 7d, at most 30d/);
  });
});
