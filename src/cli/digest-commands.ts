import { InvalidArgumentError, type Command } from 'commander';
import { DIGEST_CHANNELS, DIGEST_KINDS, type DigestKind } from '../vocabulary/digest';
import type { CliEnvironment } from './cli-environment';
import type { PreviewFlags, SubscribeFlags } from './digest-actions';
import { runCommand } from './run-command';

/* eslint-disable-next-line @typescript-eslint/no-require-imports -- the digest skills, the chart renderer and the store load when a command runs, not to list the commands (see register-all) */
const actions = () => require('./digest-actions') as typeof import('./digest-actions');

function oneOf<T extends string>(flag: string, values: readonly T[]): (value: string) => T {
  return (value) => {
    if (!(values as readonly string[]).includes(value))
      throw new InvalidArgumentError(`${flag} must be one of ${values.join(', ')} (got '${value}')`);
    return value as T;
  };
}

/**
 * `crmpro digest subscribe|unsubscribe|list|preview|redeliver`: scheduled digests (a stable
 * interface). Schedules are read in the subscriber's time zone; workers pick changes up within a minute.
 */
export function registerDigestCommands(program: Command, env: CliEnvironment): void {
  const digest = program
    .command('digest')
    .description('Scheduled digests: subscribe people, preview, re-drive');
  digest
    .command('subscribe')
    .description('Schedule a digest for a user (replaces their earlier schedule of the same kind)')
    .requiredOption('--user <email>', 'the CRM user who receives it')
    .option('--kind <kind>', `${DIGEST_KINDS.join(' | ')}`, oneOf('--kind', DIGEST_KINDS), 'forecast')
    .option('--at <schedule>', 'when, in their time zone: "weekdays 08:00", "daily 7:30", "mondays 9am"')
    .option('--cron <expression>', 'or a five-field cron expression, e.g. "0 8 * * 1-5"')
    .option(
      '--channel <channel>',
      'teams | slack (default: Teams for managers with Teams, else Slack)',
      oneOf('--channel', DIGEST_CHANNELS),
    )
    .option('--timezone <tz>', "IANA time zone (default: the user's)")
    .action(runCommand(env, (flags: SubscribeFlags) => actions().subscribeCommand(env, flags)));
  digest
    .command('unsubscribe')
    .description("Stop a user's digests (one kind, or all)")
    .requiredOption('--user <email>', 'the CRM user')
    .option('--kind <kind>', `${DIGEST_KINDS.join(' | ')} (default: all)`, oneOf('--kind', DIGEST_KINDS))
    .action(
      runCommand(env, (flags: { user: string; kind?: DigestKind }) =>
        actions().unsubscribeCommand(env, flags),
      ),
    );
  digest
    .command('list')
    .description('Scheduled digests (everyone, or one user)')
    .option('--user <email>', 'only this user')
    .option('--json', 'print a JSON array')
    .action(
      runCommand(env, (flags: { user?: string; json?: boolean }) => actions().listDigestsCommand(env, flags)),
    );
  digest
    .command('redeliver')
    .description(
      "Send failed, undeliverable or interrupted digests again (all, or one user's); a running server or worker picks them up within 30 s",
    )
    .option('--user <email>', 'only this user')
    .action(runCommand(env, (flags: { user?: string }) => actions().redeliverCommand(env, flags)));
  digest
    .command('preview')
    .description(
      "Render a user's digest for today without sending it: digest.json, the chart PNG (forecast.png, accounts-to-call.png or segment-movement.png) and card.json",
    )
    .requiredOption('--user <email>', 'the CRM user')
    .requiredOption('--out <dir>', 'directory to write into (created when missing)')
    .option(
      '--kind <kind>',
      `${DIGEST_KINDS.join(' | ')} (default: their subscription, else by role: rep accounts-to-call, marketing segment-movement, others forecast)`,
      oneOf('--kind', DIGEST_KINDS),
    )
    .option(
      '--channel <channel>',
      'render the card for teams | slack (default: their subscription or Teams)',
      oneOf('--channel', DIGEST_CHANNELS),
    )
    .action(runCommand(env, (flags: PreviewFlags) => actions().previewCommand(env, flags)));
}

/** `crmpro targets set`: a team's sales target for a period (the forecast digest compares with it). */
export function registerTargetsCommands(program: Command, env: CliEnvironment): void {
  const targets = program.command('targets').description("Teams' sales targets");
  targets
    .command('set')
    .description("Set a team's target for a quarter (2026-Q1), month (2026-03) or year (2026)")
    .requiredOption('--team <team>', 'the team, e.g. EMEA')
    .requiredOption('--period <period>', '2026-Q1, 2026-03 or 2026')
    .requiredOption('--amount <amount>', 'the target amount', (value) => {
      const amount = Number(value.replace(/[_,]/g, ''));
      if (!(amount > 0))
        throw new InvalidArgumentError(`--amount must be a positive number (got '${value}')`);
      return amount;
    })
    .option('--currency <code>', 'ISO 4217 currency', 'USD')
    .action(
      runCommand(env, (flags: { team: string; period: string; amount: number; currency: string }) =>
        actions().setTargetCommand(env, flags),
      ),
    );
}
