import type { Timestamps } from './common';

/** What a scheduled digest is about. */
export const DIGEST_KINDS = ['forecast', 'accounts-to-call', 'segment-movement'] as const;
export type DigestKind = (typeof DIGEST_KINDS)[number];

/** Where a digest is delivered. */
export const DIGEST_CHANNELS = ['teams', 'slack'] as const;
export type DigestChannel = (typeof DIGEST_CHANNELS)[number];

/**
 * One person's scheduled digest: a cron expression in their own time zone and the channel it goes
 * to. `_id` is `<userId>:<kind>` (one subscription per person and kind; subscribing again replaces it).
 */
export interface DigestSubscription extends Timestamps {
  _id: string;
  userId: string;
  kind: DigestKind;
  channel: DigestChannel;
  /** Five-field cron expression, read in `timezone`. */
  cron: string;
  /** IANA time zone, e.g. Europe/Paris. */
  timezone: string;
  /** The schedule as people said it ("weekdays 08:00"). */
  schedule: string;
  active: boolean;
}

/** A team's sales target for a period (`_id` is `<team>:<period>`, e.g. `EMEA:2026-Q1`). */
export interface SalesTarget extends Timestamps {
  _id: string;
  team: string;
  /** `2026-Q1`, `2026-03` or `2026`. */
  period: string;
  amount: number;
  currency: string;
}

/** Where one digest run stands. `sending` is only ever seen when a worker died while sending. */
export const DIGEST_DELIVERY_STATES = [
  'composing',
  'sending',
  'delivered',
  'failed',
  'undeliverable',
  'redrive',
] as const;
export type DigestDeliveryState = (typeof DIGEST_DELIVERY_STATES)[number];

/**
 * One digest for one subscriber and period (`_id` is the idempotency key `<subscriptionId>:<period>`):
 * recorded before the message goes out and marked delivered before the job is acknowledged.
 */
export interface DigestDelivery extends Timestamps {
  _id: string;
  subscriptionId: string;
  userId: string;
  kind: DigestKind;
  channel: DigestChannel;
  /** The subscriber's local day the digest belongs to (YYYY-MM-DD). */
  period: string;
  /** When the schedule fired (ISO), so a re-drive builds the same run. */
  firedAt: Date;
  state: DigestDeliveryState;
  /** The run that holds the delivery (a random id per attempt), so two racing runs cannot both send. */
  attemptId?: string;
  attempts: number;
  error?: string;
  messageId?: string;
  deliveredAt?: Date;
}

/** A deal as a digest last saw it, to say what changed since. */
export interface DigestDealSnapshot {
  id: string;
  name: string;
  stage: string;
  amount: number;
  currency: string;
  closeDate?: string;
  /** When a closed deal was closed (ISO), so a shared list can be cut at each subscriber's last digest. */
  closedAt?: string;
  probability: number;
}

/**
 * What a digest keeps of a deal for the next one to compare with: the fields a change is read
 * from (stage moves, close dates pushed out, win scores). What the next digest shows of a deal
 * (name, amount) comes from the deal as it is then.
 */
export type DigestDealMark = Pick<DigestDealSnapshot, 'id' | 'stage' | 'closeDate' | 'probability'>;

/** What the last digest of a subscription showed (`_id` is the subscription id). */
export interface DigestSnapshot extends Timestamps {
  _id: string;
  takenAt: Date;
  /** Older snapshots hold whole `DigestDealSnapshot`s, which are marks too. */
  deals: DigestDealMark[];
}
