import { type Timestamps } from './common';

export const INTERACTION_TYPES = ['call', 'email', 'meeting', 'note', 'chat'] as const;
export type InteractionType = (typeof INTERACTION_TYPES)[number];

/** Something that happened between the team and a customer: who, when, what. */
export interface Interaction extends Timestamps {
  _id: string;
  type: InteractionType;
  accountId?: string;
  contactId?: string;
  dealId?: string;
  leadId?: string;
  /** The team member who had the interaction. */
  userId?: string;
  direction?: 'inbound' | 'outbound';
  occurredAt: Date;
  summary: string;
  durationMinutes?: number;
  /** Sentiment of the summary from the lexicon, -1 (negative) … 1 (positive); set when it is written. */
  sentiment?: number;
}
