import { InvalidArgumentError, type Command } from 'commander';
import { issueUserToken, MAX_USER_TOKEN_TTL_SECONDS } from '../bots/core/user-token';
import { CrmError, ErrorCode } from '../core/errors';
import { UserDirectory } from '../skills/shared/user-directory';
import type { CliEnvironment } from './cli-environment';
import { runCommand } from './run-command';

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** Parses `--ttl` ("90s", "30m", "1h", "7d") into seconds, at most MAX_USER_TOKEN_TTL_SECONDS. */
export function ttlSeconds(value: string): number {
  const match = /^(\d{1,6})([smhd])$/.exec(value.trim());
  const seconds = match ? Number(match[1]) * UNIT_SECONDS[match[2]!]! : NaN;
  if (!(seconds > 0 && seconds <= MAX_USER_TOKEN_TTL_SECONDS))
    throw new InvalidArgumentError(
      `--ttl must be a duration such as 30m, 1h or 7d, at most 30d (got '${value}')`,
    );
  return seconds;
}

/**
 * `crmpro users ...`: the CRM's people. `users token` issues the signed token a client of a channel
 * that vouches for nobody (Direct Line, a website's Web Chat) sends in `channelData.crmproUserToken`
 * to act as that user.
 */
export function registerUsersCommands(program: Command, env: CliEnvironment): void {
  const users = program.command('users').description('CRM users and their channel identities');
  users
    .command('token')
    .description(
      'Print a user token (signed with USER_TOKEN_SECRET) that lets a Bot Framework client act as this CRM user: ' +
        'the client sends it as channelData.crmproUserToken',
    )
    .requiredOption('--email <email>', 'the e-mail of an active CRM user')
    .option('--ttl <duration>', 'how long the token is valid: 30m, 1h, 7d (at most 30d)', ttlSeconds, 3600)
    .action(
      runCommand(env, async (flags: { email: string; ttl: number }) => {
        const secret = env.config().userTokenSecret;
        if (!secret)
          throw new CrmError(
            ErrorCode.InvalidInput,
            'USER_TOKEN_SECRET is not set: set it (at least 32 characters, e.g. `openssl rand -hex 32`) where the server runs and here, then issue the token again.',
          );
        const user = await new UserDirectory(await env.openStore()).byEmail(flags.email);
        if (!user)
          throw new CrmError(ErrorCode.NotFound, `No active CRM user has the e-mail ${flags.email}.`);
        const now = new Date();
        env.out(issueUserToken({ email: user.email, ttlSeconds: flags.ttl, secret, now }));
        env.err(
          `token for ${user.name} (${user.role}), valid until ${new Date(now.getTime() + flags.ttl * 1000).toISOString()}`,
        );
        return 0;
      }),
    );
}
