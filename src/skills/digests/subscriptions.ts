import { z } from 'zod';
import { CrmError, ErrorCode } from '../../core/errors';
import type { User } from '../../vocabulary';
import {
  DIGEST_CHANNELS,
  DIGEST_KINDS,
  type DigestChannel,
  type DigestKind,
  type DigestSubscription,
} from '../../vocabulary/digest';
import { defineSkill, type Caller, type SkillServices } from '../skill';
import { assertTimeZone, parseDigestSchedule } from './digest-schedule';

const PEOPLE = ['rep', 'manager', 'marketing', 'admin'] as const;

/** The schedule each kind gets when none is said: the forecast daily, the others weekly. */
export const DEFAULT_SCHEDULE: Record<DigestKind, string> = {
  forecast: 'weekdays 08:00',
  'accounts-to-call': 'mondays 08:00',
  'segment-movement': 'mondays 08:00',
};

/** The subscription id of a person's digest of a kind (one per person and kind). */
export function subscriptionIdOf(userId: string, kind: DigestKind): string {
  return `${userId}:${kind}`;
}

/**
 * The person a subscription call is about: the caller, or (for admins only) the user with `email`.
 * FORBIDDEN when someone else's e-mail is given by a non-admin; NOT_FOUND for an unknown e-mail.
 */
async function subscriberOf(services: SkillServices, caller: Caller, email?: string): Promise<User> {
  if (email) {
    const user = await services.store.users.findOne({ email: email.trim().toLowerCase(), active: true });
    if (!user) throw new CrmError(ErrorCode.NotFound, `No active CRM user has the e-mail ${email}.`);
    if (user._id !== caller.userId && caller.role !== 'admin')
      throw new CrmError(ErrorCode.Forbidden, 'Only an admin can manage the digests of someone else.');
    return user;
  }
  const me = caller.userId ? await services.store.users.findById(caller.userId) : null;
  if (!me || !me.active)
    throw new CrmError(
      ErrorCode.InvalidInput,
      'I need to know who you are in the CRM to manage your digests.',
    );
  return me;
}

/** The channel a person is reached on when none is named: Teams for managers who have it, else Slack. */
function defaultChannelOf(user: User): DigestChannel {
  if (user.teamsUserId && (user.role === 'manager' || !user.slackUserId)) return 'teams';
  if (user.slackUserId) return 'slack';
  return user.role === 'manager' ? 'teams' : 'slack';
}

/** The answer of `subscribe-digest`. */
export interface SubscribeDigestResult {
  subscription: DigestSubscription;
  /** True when an earlier subscription of the same kind was replaced (or, in a preview, would be). */
  replaced: boolean;
  /** The active subscription of the same kind before this call, when there was one. */
  previous?: DigestSubscription;
  /** False for a preview: nothing was written. */
  saved: boolean;
}

/**
 * Subscribes a person to a scheduled digest ("send me the forecast digest every weekday at 8am"):
 * the schedule in their own time zone, on Teams or Slack. Subscribing again to the same kind
 * replaces the schedule. Workers pick the schedule up within a minute.
 */
export const subscribeDigest = defineSkill({
  name: 'subscribe-digest',
  description:
    "Schedule a digest for the caller: the daily forecast digest (managers), a rep's weekly accounts to call, or marketing's weekly segment movement, at a time in their time zone, on Teams or Slack.",
  roles: PEOPLE,
  changesData: true,
  input: z.object({
    kind: z.enum(DIGEST_KINDS).default('forecast'),
    schedule: z.string().trim().min(1).max(60).optional(),
    channel: z.enum(DIGEST_CHANNELS).optional(),
    timezone: z.string().trim().min(1).max(64).optional(),
    /** Admins only: whose digest. */
    email: z.string().trim().email().optional(),
    /** Checks the request and returns the subscription it would save, saving nothing (for a confirmation). */
    preview: z.boolean().optional(),
  }),
  run: async (input, { caller, services }): Promise<SubscribeDigestResult> => {
    const user = await subscriberOf(services, caller, input.email);
    const { cron, schedule } = parseDigestSchedule(input.schedule ?? DEFAULT_SCHEDULE[input.kind]);
    const timezone = input.timezone ?? user.timezone ?? caller.timezone;
    assertTimeZone(timezone);
    const channel = input.channel ?? defaultChannelOf(user);
    if (channel === 'slack' && !user.slackUserId && !user.email)
      throw new CrmError(ErrorCode.InvalidInput, `${user.name} has no Slack account linked.`);
    const _id = subscriptionIdOf(user._id, input.kind);
    const before = await services.store.digestSubscriptions.findById(_id);
    const previous = before?.active ? { previous: before } : {};
    if (input.preview) {
      const now = services.clock();
      const fields = { userId: user._id, kind: input.kind, channel, cron, timezone, schedule, active: true };
      const subscription = { _id, ...fields, createdAt: before?.createdAt ?? now, updatedAt: now };
      return { subscription, replaced: before?.active === true, ...previous, saved: false };
    }
    await services.store.digestSubscriptions.updateOne(
      { _id },
      {
        $set: { userId: user._id, kind: input.kind, channel, cron, timezone, schedule, active: true },
      },
      { upsert: true },
    );
    const subscription = (await services.store.digestSubscriptions.findById(_id))!;
    return { subscription, replaced: before?.active === true, ...previous, saved: true };
  },
});

/**
 * Stops a person's digests ("stop the digest"): one kind, or all of them. Resolves to the
 * subscriptions that were stopped (empty when there were none).
 */
export const unsubscribeDigest = defineSkill({
  name: 'unsubscribe-digest',
  description: "Stop the caller's scheduled digests (one kind, or all of them).",
  roles: PEOPLE,
  changesData: true,
  input: z.object({
    kind: z.enum(DIGEST_KINDS).optional(),
    email: z.string().trim().email().optional(),
  }),
  run: async (input, { caller, services }): Promise<{ stopped: DigestSubscription[] }> => {
    const user = await subscriberOf(services, caller, input.email);
    const filter = { userId: user._id, active: true, ...(input.kind ? { kind: input.kind } : {}) };
    const stopped = await services.store.digestSubscriptions.find(filter);
    if (stopped.length)
      await services.store.digestSubscriptions.updateMany(filter, { $set: { active: false } });
    return { stopped };
  },
});

/** A subscription with the person's name and e-mail, for listings. */
export interface ListedSubscription extends DigestSubscription {
  email: string;
  name: string;
}

/** What a person is subscribed to ("what am I subscribed to?"); admins may list everyone's (`all`). */
export const listDigestSubscriptions = defineSkill({
  name: 'list-digest-subscriptions',
  description: "The caller's scheduled digests: kind, schedule, time zone and channel.",
  roles: PEOPLE,
  input: z.object({
    email: z.string().trim().email().optional(),
    all: z.boolean().optional(),
  }),
  run: async (input, { caller, services }): Promise<{ subscriptions: ListedSubscription[] }> => {
    let filter: Record<string, unknown> = { active: true };
    if (input.all) {
      if (caller.role !== 'admin')
        throw new CrmError(ErrorCode.Forbidden, "Only an admin can list everyone's digests.");
    } else {
      filter = { ...filter, userId: (await subscriberOf(services, caller, input.email))._id };
    }
    const subscriptions = await services.store.digestSubscriptions.find(filter, { sort: { _id: 1 } });
    const users = await services.store.users.find({
      _id: { $in: [...new Set(subscriptions.map((s) => s.userId))] },
    });
    const byId = new Map(users.map((u) => [u._id, u]));
    return {
      subscriptions: subscriptions.map((s) => ({
        ...s,
        email: byId.get(s.userId)?.email ?? '',
        name: byId.get(s.userId)?.name ?? '',
      })),
    };
  },
});
