import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
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
import type { DigestKind, DigestSubscription } from '../vocabulary/digest';
import type { CliEnvironment } from './cli-environment';

export interface SubscribeFlags {
  user: string;
  kind: DigestKind;
  at?: string;
  cron?: string;
  channel?: 'teams' | 'slack';
  timezone?: string;
}

export interface PreviewFlags {
  user: string;
  out: string;
  kind?: DigestKind;
  channel?: 'teams' | 'slack';
}

/** The command line acts as an administrator of the install it runs on. */
function adminCaller(env: CliEnvironment): Caller {
  return { role: 'admin', timezone: env.config().defaultTimezone };
}

/** `crmpro digest subscribe`. */
export async function subscribeCommand(env: CliEnvironment, flags: SubscribeFlags): Promise<number> {
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
}

/** `crmpro digest unsubscribe`. */
export async function unsubscribeCommand(
  env: CliEnvironment,
  flags: { user: string; kind?: DigestKind },
): Promise<number> {
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
}

/** `crmpro digest list`. */
export async function listDigestsCommand(
  env: CliEnvironment,
  flags: { user?: string; json?: boolean },
): Promise<number> {
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
}

/** `crmpro digest redeliver`. */
export async function redeliverCommand(env: CliEnvironment, flags: { user?: string }): Promise<number> {
  const services = await env.services();
  let userId: string | undefined;
  if (flags.user) {
    const user = await new UserDirectory(services.store).byEmail(flags.user);
    if (!user) throw new CrmError(ErrorCode.NotFound, `No active CRM user has the e-mail ${flags.user}.`);
    userId = user._id;
  }
  const marked = await new DigestLedger(services.store).requestRedrive(userId);
  env.out(`${marked} digest(s) queued for redelivery`);
  return 0;
}

/** `crmpro digest preview`. */
export async function previewCommand(env: CliEnvironment, flags: PreviewFlags): Promise<number> {
  const services = await env.services();
  const written = await previewDigest(services, flags);
  for (const file of written) env.out(file);
  return 0;
}

/** `crmpro targets set`. */
export async function setTargetCommand(
  env: CliEnvironment,
  flags: { team: string; period: string; amount: number; currency: string },
): Promise<number> {
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
