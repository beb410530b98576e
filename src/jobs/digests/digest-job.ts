import { z } from 'zod';
import { CrmError, ErrorCode, isCrmError } from '../../core/errors';
import type { CrmMetrics } from '../../core/metrics';
import { DigestLedger } from '../../skills/digests';
import { defineJob, type Job } from '../job';
import type { DigestSenders } from './digest-senders';
import { composeDigest } from './compose-digest';
import { localDayOf } from './local-day';

export { localDayOf } from './local-day';

/** The payload of a digest run: which subscription, and its time zone (the period is its local day). */
export const digestPayload = z.object({
  subscriptionId: z.string().min(1),
  timezone: z.string().min(1),
});
export type DigestPayload = z.infer<typeof digestPayload>;

/** What a digest run did. */
export type DigestOutcome =
  | { outcome: 'delivered'; key: string; messageId?: string }
  | { outcome: 'skipped'; key: string; reason: string }
  | { outcome: 'undeliverable'; key: string; reason: string };

/**
 * The digest job: composes one subscriber's digest for their local day and delivers it, exactly
 * once. The run claims the delivery record (subscriber + day), composes, moves it to `sending`
 * only while it still holds the claim, sends, and records `delivered` before returning (so before
 * BullMQ acknowledges the job). A channel that is down fails the run for a retry with backoff
 * (recorded as `failed`); a person who cannot be reached is recorded `undeliverable` and the run
 * ends, so the other digests go on.
 */
export function digestJob(deps: { senders: DigestSenders; metrics?: CrmMetrics }): Job<DigestPayload> {
  return defineJob({
    name: 'digest',
    description: "Compose and deliver one subscriber's scheduled digest for their local day",
    payload: digestPayload,
    keyOf: (payload, firedAt) =>
      DigestLedger.keyOf(payload.subscriptionId, localDayOf(firedAt, payload.timezone)),
    run: async (payload, { services, logger, firedAt }): Promise<DigestOutcome> => {
      const ledger = new DigestLedger(services.store);
      const period = localDayOf(firedAt, payload.timezone);
      const key = DigestLedger.keyOf(payload.subscriptionId, period);
      const count = (channel: string, outcome: string) =>
        deps.metrics?.digestDeliveries.inc({ channel, outcome });
      const subscription = await services.store.digestSubscriptions.findById(payload.subscriptionId);
      if (!subscription?.active) return { outcome: 'skipped', key, reason: 'no active subscription' };
      const claim = await ledger.claim(subscription, period, firedAt);
      if (claim.kind === 'done')
        return { outcome: 'skipped', key, reason: `already ${claim.delivery.state}` };
      if (claim.kind === 'interrupted') {
        // A run found this digest being sent. If that run died before recording the outcome, the
        // digest may have arrived: it is recorded failed for a deliberate re-drive, never resent.
        // If that run is alive and records its outcome first, this one leaves it alone.
        if (await ledger.interrupted(claim.delivery)) count(subscription.channel, 'failed');
        return { outcome: 'skipped', key, reason: 'interrupted while sending' };
      }
      const found = await services.store.users.findById(subscription.userId);
      const user = found?.active ? found : null;
      if (!user) {
        if (
          await ledger.failed(key, claim.attemptId, 'undeliverable', 'the subscriber is no active CRM user')
        )
          count(subscription.channel, 'undeliverable');
        return { outcome: 'undeliverable', key, reason: 'no active user' };
      }
      const sender = deps.senders[subscription.channel];
      try {
        if (!sender)
          throw new CrmError(
            ErrorCode.Unavailable,
            `${subscription.channel} is not configured in this process.`,
          );
        const digest = await composeDigest(services, subscription, user);
        if (!(await ledger.startSending(key, claim.attemptId)))
          return { outcome: 'skipped', key, reason: 'another run took this digest' };
        const messageId = await sender.send(user, digest.reply);
        // Issued together so the embedded store commits both with one fsync (its writes join the
        // open batch); the run still returns only once `delivered` is on disk.
        await Promise.all([
          ledger.delivered(key, messageId, services.clock()),
          digest.snapshot && ledger.saveSnapshot(subscription._id, services.clock(), digest.snapshot),
        ]);
        count(subscription.channel, 'delivered');
        return { outcome: 'delivered', key, ...(messageId ? { messageId } : {}) };
      } catch (error) {
        const message = (error as Error).message;
        const permanent =
          isCrmError(error) && error.code !== ErrorCode.Unavailable && error.code !== ErrorCode.Internal;
        const recorded = await ledger.failed(
          key,
          claim.attemptId,
          permanent ? 'undeliverable' : 'failed',
          message,
        );
        // Another run took the digest while this one failed: its outcome is the one that counts.
        if (!recorded) return { outcome: 'skipped', key, reason: 'another run took this digest' };
        count(subscription.channel, permanent ? 'undeliverable' : 'failed');
        if (permanent) {
          logger.warn({ key, err: error }, 'digest undeliverable');
          return { outcome: 'undeliverable', key, reason: message };
        }
        throw error;
      }
    },
  });
}
