import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { CrmError, ErrorCode } from '../core/errors';
import { composeDigest } from '../jobs/digests/compose-digest';
import { digestCardFor } from '../jobs/digests/digest-render';
import {
  DEFAULT_SCHEDULE,
  DigestLedger,
  listDigestSubscriptions,
  parseDigestSchedule,
  setSalesTarget,
  subscribeDigest,
  subscriptionIdOf,
  unsubscribeDigest,
} from '../skills/digests';
import { invokeSkill, type Caller, type SkillServices } from '../skills/skill';
import { UserDirectory } from '../skills/shared/user-directory';
import {
  DIGEST_CHANNELS,
  DIGEST_KINDS,
  type DigestKind,
  type DigestSubscription,
} from '../vocabulary/digest';
import type { CliEnvironment } from './cli-environment';
import { runCommand } from './run-command';

/** The command line acts as an administrator of the install it runs on. */
function adminCaller(env: CliEnvironment): Caller {
  return { role: 'admin', timezone: env.config().defaultTimezone };
}

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
    .action(
      runCommand(
        env,
        async (flags: {
          user: string;
          kind: (typeof DIGEST_KINDS)[number];
          at?: string;
          cron?: string;
          channel?: 'teams' | 'slack';
          timezone?: string;
        }) => {
          const { subscription, replaced } = await invokeSkill(
            subscribeDigest,
            {
              email: flags.user,
              kind: flags.kind,
              schedule: flags.cron ?? flags.at ?? DEFAULT_SCHEDULE[flags.kind],
              ...(flags.channel ? { channel: flags.channel } : {}),
              ...(flags.timezone ? { timezone: flags.timezone } : {}),
            },
            { caller: adminCaller(env), services: await env.services() },
          );
          env.out(
            `${replaced ? 'updated' : 'subscribed'}: ${flags.user} ${subscription.kind} ${subscription.schedule} (${subscription.cron}) ${subscription.timezone} via ${subscription.channel}`,
          );
          return 0;
        },
      ),
    );
  digest
    .command('unsubscribe')
    .description("Stop a user's digests (one kind, or all)")
    .requiredOption('--user <email>', 'the CRM user')
    .option('--kind <kind>', `${DIGEST_KINDS.join(' | ')} (default: all)`, oneOf('--kind', DIGEST_KINDS))
    .action(
      runCommand(env, async (flags: { user: string; kind?: (typeof DIGEST_KINDS)[number] }) => {
        const { stopped } = await invokeSkill(
          unsubscribeDigest,
          { email: flags.user, ...(flags.kind ? { kind: flags.kind } : {}) },
          { caller: adminCaller(env), services: await env.services() },
        );
        env.out(
          stopped.length
            ? stopped.map((s) => `stopped: ${flags.user} ${s.kind}`).join('\n')
            : `no digests to stop for ${flags.user}`,
        );
        return 0;
      }),
    );
  digest
    .command('list')
    .description('Scheduled digests (everyone, or one user)')
    .option('--user <email>', 'only this user')
    .option('--json', 'print a JSON array')
    .action(
      runCommand(env, async (flags: { user?: string; json?: boolean }) => {
        const { subscriptions } = await invokeSkill(
          listDigestSubscriptions,
          flags.user ? { email: flags.user } : { all: true },
          { caller: adminCaller(env), services: await env.services() },
        );
        if (flags.json) {
          env.out(
            JSON.stringify(
              subscriptions.map((s) => ({
                email: s.email,
                name: s.name,
                kind: s.kind,
                schedule: s.schedule,
                cron: s.cron,
                timezone: s.timezone,
                channel: s.channel,
              })),
              null,
              2,
            ),
          );
        } else if (!subscriptions.length) env.out('no digests scheduled');
        else
          for (const s of subscriptions)
            env.out(`${s.email}\t${s.kind}\t${s.schedule}\t${s.timezone}\t${s.channel}`);
        return 0;
      }),
    );
  digest
    .command('redeliver')
    .description(
      "Send failed, undeliverable or interrupted digests again (all, or one user's); a running server or worker picks them up within 30 s",
    )
    .option('--user <email>', 'only this user')
    .action(
      runCommand(env, async (flags: { user?: string }) => {
        const services = await env.services();
        let userId: string | undefined;
        if (flags.user) {
          const user = await new UserDirectory(services.store).byEmail(flags.user);
          if (!user)
            throw new CrmError(ErrorCode.NotFound, `No active CRM user has the e-mail ${flags.user}.`);
          userId = user._id;
        }
        const marked = await new DigestLedger(services.store).requestRedrive(userId);
        env.out(`${marked} digest(s) queued for redelivery`);
        return 0;
      }),
    );
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
    .action(
      runCommand(
        env,
        async (flags: { user: string; out: string; kind?: DigestKind; channel?: 'teams' | 'slack' }) => {
          const services = await env.services();
          const written = await previewDigest(services, flags);
          for (const file of written) env.out(file);
          return 0;
        },
      ),
    );
}

/** The digest kind a person gets when none is named: their only subscription's, else their role's. */
async function previewKindOf(
  services: SkillServices,
  user: { _id: string; role: string },
): Promise<DigestKind> {
  const subscribed = await services.store.digestSubscriptions.find({ userId: user._id, active: true });
  if (subscribed.length === 1) return subscribed[0]!.kind;
  return user.role === 'rep'
    ? 'accounts-to-call'
    : user.role === 'marketing'
      ? 'segment-movement'
      : 'forecast';
}

/** Writes a user's digest (figures, chart, card) into a directory; nothing is sent or recorded. */
export async function previewDigest(
  services: SkillServices,
  options: { user: string; out: string; kind?: DigestKind; channel?: 'teams' | 'slack' },
): Promise<string[]> {
  const user = await new UserDirectory(services.store).byEmail(options.user);
  if (!user) throw new CrmError(ErrorCode.NotFound, `No active CRM user has the e-mail ${options.user}.`);
  const kind = options.kind ?? (await previewKindOf(services, user));
  const stored = await services.store.digestSubscriptions.findById(subscriptionIdOf(user._id, kind));
  const channel =
    options.channel ?? stored?.channel ?? (user.teamsUserId || !user.slackUserId ? 'teams' : 'slack');
  const subscription: DigestSubscription = stored ?? {
    _id: subscriptionIdOf(user._id, kind),
    userId: user._id,
    kind,
    channel,
    cron: parseDigestSchedule(DEFAULT_SCHEDULE[kind]).cron,
    timezone: user.timezone,
    schedule: DEFAULT_SCHEDULE[kind],
    active: false,
    createdAt: new Date(),
    updatedAt: new Date(),
  };
  const digest = await composeDigest(services, subscription, user);
  await mkdir(options.out, { recursive: true });
  const files = {
    json: path.join(options.out, 'digest.json'),
    png: path.join(options.out, digest.chartName),
    card: path.join(options.out, 'card.json'),
  };
  await writeFile(files.json, `${JSON.stringify({ ...digest.figures, channel }, null, 2)}\n`);
  await writeFile(files.png, digest.chartPng);
  await writeFile(files.card, `${JSON.stringify(digestCardFor(channel, digest.reply), null, 2)}\n`);
  return [files.json, files.png, files.card];
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
      runCommand(env, async (flags: { team: string; period: string; amount: number; currency: string }) => {
        const target = await invokeSkill(
          setSalesTarget,
          {
            team: flags.team,
            period: flags.period,
            amount: flags.amount,
            currency: flags.currency.toUpperCase(),
          },
          { caller: adminCaller(env), services: await env.services() },
        );
        env.out(`target ${target.team} ${target.period}: ${target.amount} ${target.currency}`);
        return 0;
      }),
    );
}
