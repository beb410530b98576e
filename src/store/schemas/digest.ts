import { Schema, schemaOptions } from './common';
import {
  DIGEST_CHANNELS,
  DIGEST_DELIVERY_STATES,
  DIGEST_KINDS,
  type DigestDelivery,
  type DigestSnapshot,
  type DigestSubscription,
  type SalesTarget,
} from '../../vocabulary/digest';

/** Scheduled digests, one per person and kind. */
export const digestSubscriptionSchema = new Schema<DigestSubscription>(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true, ref: 'User' },
    kind: { type: String, enum: DIGEST_KINDS, required: true },
    channel: { type: String, enum: DIGEST_CHANNELS, required: true },
    cron: { type: String, required: true },
    timezone: { type: String, required: true },
    schedule: { type: String, required: true },
    active: { type: Boolean, default: true },
  },
  schemaOptions,
);
digestSubscriptionSchema.index({ userId: 1 });
digestSubscriptionSchema.index({ active: 1 });

/** Sales targets per team and period. */
export const salesTargetSchema = new Schema<SalesTarget>(
  {
    _id: { type: String, required: true },
    team: { type: String, required: true, trim: true },
    period: { type: String, required: true, match: /^\d{4}(-Q[1-4]|-\d{2})?$/ },
    amount: { type: Number, required: true, min: 0 },
    currency: {
      type: String,
      default: 'USD',
      match: [/^[A-Z]{3}$/, 'currency must be a three-letter ISO 4217 code such as USD'],
    },
  },
  schemaOptions,
);

/** Digest deliveries, keyed by subscriber and period (the idempotency key). */
export const digestDeliverySchema = new Schema<DigestDelivery>(
  {
    _id: { type: String, required: true },
    subscriptionId: { type: String, required: true },
    userId: { type: String, required: true, ref: 'User' },
    kind: { type: String, enum: DIGEST_KINDS, required: true },
    channel: { type: String, enum: DIGEST_CHANNELS, required: true },
    period: { type: String, required: true },
    firedAt: { type: Date, required: true },
    state: { type: String, enum: DIGEST_DELIVERY_STATES, required: true },
    attemptId: { type: String },
    attempts: { type: Number, default: 0 },
    error: { type: String },
    messageId: { type: String },
    deliveredAt: { type: Date },
  },
  schemaOptions,
);
digestDeliverySchema.index({ state: 1 });
digestDeliverySchema.index({ subscriptionId: 1, period: -1 });

/** What each subscription's last digest showed. */
export const digestSnapshotSchema = new Schema<DigestSnapshot>(
  {
    _id: { type: String, required: true },
    takenAt: { type: Date, required: true },
    deals: { type: Schema.Types.Mixed, default: [] },
  },
  { ...schemaOptions, minimize: false },
);
