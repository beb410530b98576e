import { randomUUID } from 'node:crypto';
import { ErrorCode, isCrmError } from '../../core/errors';
import type { Store } from '../../store/store';
import type { DigestDealMark, DigestDelivery, DigestSubscription } from '../../vocabulary/digest';

/** What a run may do with a delivery it tried to take. */
export type DeliveryClaim =
  | { kind: 'claimed'; attemptId: string; delivery: DigestDelivery }
  /** Already delivered (or given up as undeliverable): nothing to do. */
  | { kind: 'done'; delivery: DigestDelivery }
  /** A previous run died while sending: it may have arrived, so it is not sent again automatically. */
  | { kind: 'interrupted'; delivery: DigestDelivery };

/**
 * The record of every digest run, keyed by subscriber and period, and each subscription's last
 * snapshot. The delivery record is what makes a digest go out once: a run claims it (a fresh
 * attempt id), only the holder of the latest attempt may move it to `sending`, and it is marked
 * `delivered` before the job is acknowledged. A run that finds `sending` knows an earlier one died
 * mid-send and records the delivery as failed instead of risking a second message; `crmpro digest
 * redeliver` sends it again on purpose.
 */
export class DigestLedger {
  constructor(private readonly store: Store) {}

  /** The idempotency key of a subscription's run for a period (the subscriber's local day). */
  static keyOf(subscriptionId: string, period: string): string {
    return `${subscriptionId}:${period}`;
  }

  /**
   * Takes the delivery of `subscription` for `period`, creating its record on first sight. One
   * conditional upsert: it takes a record that is absent, `composing`, `failed` or `redrive`; on a
   * record in any other state the upsert's insert meets the existing id (CONFLICT) and nothing
   * changes. One write instead of an insert-if-absent followed by the take, so a digest costs the
   * store one commit less.
   */
  async claim(subscription: DigestSubscription, period: string, firedAt: Date): Promise<DeliveryClaim> {
    const _id = DigestLedger.keyOf(subscription._id, period);
    const attemptId = randomUUID();
    try {
      const taken = await this.store.digestDeliveries.findOneAndUpdate(
        { _id, state: { $in: ['composing', 'failed', 'redrive'] } },
        {
          $set: { state: 'composing', attemptId },
          $inc: { attempts: 1 },
          $setOnInsert: {
            subscriptionId: subscription._id,
            userId: subscription.userId,
            kind: subscription.kind,
            channel: subscription.channel,
            period,
            firedAt,
          },
        },
        { upsert: true },
      );
      if (taken) return { kind: 'claimed', attemptId, delivery: taken };
    } catch (error) {
      if (!isCrmError(error, ErrorCode.Conflict)) throw error;
    }
    const delivery = (await this.store.digestDeliveries.findById(_id))!;
    if (delivery.state === 'sending') return { kind: 'interrupted', delivery };
    return { kind: 'done', delivery };
  }

  /** Moves a claimed delivery to `sending`; false when another run took it meanwhile. */
  async startSending(key: string, attemptId: string): Promise<boolean> {
    const result = await this.store.digestDeliveries.updateOne(
      { _id: key, attemptId, state: 'composing' },
      { $set: { state: 'sending' } },
    );
    return result.modifiedCount === 1;
  }

  /** Records the digest as delivered (before the job is acknowledged). */
  async delivered(key: string, messageId: string | undefined, at: Date): Promise<void> {
    await this.store.digestDeliveries.updateOne(
      { _id: key },
      {
        $set: { state: 'delivered', deliveredAt: at, ...(messageId ? { messageId } : {}) },
        $unset: { error: 1 },
      },
    );
  }

  /**
   * Records a failed attempt — `failed` (will be retried or re-driven) or `undeliverable` — only
   * while `attemptId` still holds the delivery; false when another run took it meanwhile (its
   * outcome is the one that counts).
   */
  async failed(
    key: string,
    attemptId: string,
    state: 'failed' | 'undeliverable',
    error: string,
  ): Promise<boolean> {
    const result = await this.store.digestDeliveries.updateOne(
      { _id: key, attemptId, state: { $in: ['composing', 'sending'] } },
      { $set: { state, error } },
    );
    return result.modifiedCount === 1;
  }

  /**
   * Records a delivery found in `sending` as failed: the run that was sending it died before it
   * recorded the outcome. Only while it is still that run's `sending`: when the sender is alive
   * and records `delivered` first, nothing changes (a duplicate run racing a live sender must not
   * overwrite its outcome). False when nothing changed.
   */
  async interrupted(delivery: DigestDelivery): Promise<boolean> {
    const result = await this.store.digestDeliveries.updateOne(
      { _id: delivery._id, attemptId: delivery.attemptId, state: 'sending' },
      {
        $set: {
          state: 'failed',
          error: 'interrupted while sending: it may have arrived; re-drive to send it again',
        },
      },
    );
    return result.modifiedCount === 1;
  }

  /** Deliveries that did not go out (failed, undeliverable, interrupted), newest first. */
  async problems(limit = 100): Promise<DigestDelivery[]> {
    return this.store.digestDeliveries.find(
      { state: { $in: ['failed', 'undeliverable', 'sending', 'redrive'] } },
      { sort: { updatedAt: -1 }, limit },
    );
  }

  /** The last delivery of each subscription (for `crmpro jobs status`). */
  async lastOf(subscriptionId: string): Promise<DigestDelivery | null> {
    return this.store.digestDeliveries.findOne({ subscriptionId }, { sort: { firedAt: -1 } });
  }

  /**
   * Asks for failed deliveries to be sent again (all of them, or one person's): they become
   * `redrive`, which the schedulers pick up. Resolves to how many were marked.
   */
  async requestRedrive(userId?: string): Promise<number> {
    const result = await this.store.digestDeliveries.updateMany(
      { state: { $in: ['failed', 'undeliverable', 'sending'] }, ...(userId ? { userId } : {}) },
      { $set: { state: 'redrive' } },
    );
    return result.modifiedCount;
  }

  /** Deliveries waiting to be re-driven. */
  redriveRequests(limit = 1000): Promise<DigestDelivery[]> {
    return this.store.digestDeliveries.find({ state: 'redrive' }, { limit });
  }

  /** The deals the last digest of a subscription showed, if any. */
  async snapshotOf(subscriptionId: string): Promise<{ takenAt: Date; deals: DigestDealMark[] } | null> {
    return this.store.digestSnapshots.findById(subscriptionId);
  }

  /**
   * Keeps what this digest showed, for the next one to compare with: each deal's mark only (about
   * half the bytes of the whole deals; a snapshot is written and read back once per digest).
   */
  async saveSnapshot(subscriptionId: string, takenAt: Date, deals: readonly DigestDealMark[]): Promise<void> {
    await this.store.digestSnapshots.updateOne(
      { _id: subscriptionId },
      { $set: { takenAt, deals: dealMarksOf(deals) } },
      { upsert: true },
    );
  }
}

/** The marks of deals (a whole `DigestDealSnapshot` is a mark with more fields): what a snapshot keeps. */
export function dealMarksOf(deals: readonly DigestDealMark[]): DigestDealMark[] {
  return deals.map((d) => ({
    id: d.id,
    stage: d.stage,
    ...(d.closeDate !== undefined ? { closeDate: d.closeDate } : {}),
    probability: d.probability,
  }));
}
