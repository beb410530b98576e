import { type Timestamps } from './common';

export const DEAL_STAGES = [
  'prospecting',
  'qualification',
  'proposal',
  'negotiation',
  'closed_won',
  'closed_lost',
] as const;
export type DealStage = (typeof DEAL_STAGES)[number];
/** The stages a deal is still being worked in (the one list of them). */
export const OPEN_STAGES: readonly DealStage[] = ['prospecting', 'qualification', 'proposal', 'negotiation'];

/** True for the stages a deal is still being worked in. */
export function isOpenStage(stage: string): boolean {
  return (OPEN_STAGES as readonly string[]).includes(stage);
}
/** The win probability (percent) a deal gets by default in each stage, as reps use it. */
export const STAGE_PROBABILITY: Readonly<Record<DealStage, number>> = {
  prospecting: 10,
  qualification: 20,
  proposal: 40,
  negotiation: 60,
  closed_won: 100,
  closed_lost: 0,
};
/** What a deal sells: a first sale to the account, more of what it has, or the same again for another term. */
export const DEAL_TYPES = ['new_business', 'upsell', 'renewal'] as const;
export type DealType = (typeof DEAL_TYPES)[number];
export const FORECAST_CATEGORIES = ['pipeline', 'best_case', 'commit', 'closed', 'omitted'] as const;

/** One move of a deal into a stage. */
export interface StageChange {
  stage: DealStage;
  at: Date;
  byUserId?: string;
}

/** A sales opportunity with an account. */
export interface Deal extends Timestamps {
  _id: string;
  name: string;
  accountId: string;
  contactId?: string;
  ownerId: string;
  stage: DealStage;
  amount: number;
  currency: string;
  closeDate: Date;
  /** The rep's or stage's win probability in percent (0-100); the scoring model keeps its own. */
  probability: number;
  forecastCategory: (typeof FORECAST_CATEGORIES)[number];
  type: DealType;
  source?: string;
  stageHistory: StageChange[];
  closedAt?: Date;
  lostReason?: string;
}
