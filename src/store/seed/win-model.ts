import type { AccountSize, Deal, Region } from '../../vocabulary';

/**
 * The true model behind the demo CRM's won/lost outcomes. A closed deal is won with probability
 * sigmoid(logit), where (the TRUE coefficients a scoring model should recover):
 *
 *   logit = -2.1                                            intercept
 *         + INDUSTRY[industry]                              Software +0.7 … Government -0.9
 *         + SIZE[size band]                                 mid-size companies win most
 *         + REGION[region]                                  NA +0.2, EMEA 0, APAC -0.15, LATAM -0.35
 *         + TYPE[deal type]                                 renewal +1.2, upsell +0.5, new business 0
 *         + 0.45 * min(meetings, 6)                         meetings logged on the deal before it closed
 *         + 0.12 * min(calls, 10)                           calls logged on the deal before it closed
 *         - 0.035 * min(daysSinceLastTouch, 90)             days from the last meeting or call to the close (90 when none)
 *         + 1.0 * championPresent                           the account has a contact with buying role "champion"
 *         - 0.006 * ageDays                                 days from the deal's creation (first stage change) to its close
 *
 * Emails, notes, chats, the amount, the currency and the owner have no effect (noise a model should ignore).
 * All features can be recomputed from the stored documents: interactions carry `dealId`, `type` and
 * `occurredAt`; deals carry `stageHistory[0].at` and `closedAt`; contacts carry `buyingRole`.
 */
export const WIN_MODEL = {
  intercept: -2.1,
  industry: {
    Software: 0.7,
    'Financial Services': 0.3,
    Healthcare: 0.1,
    'Professional Services': 0.2,
    Manufacturing: -0.1,
    Retail: -0.55,
    Logistics: 0,
    Telecommunications: 0.1,
    Energy: -0.2,
    Education: -0.45,
    Government: -0.9,
    Media: 0,
  } as Readonly<Record<string, number>>,
  size: {
    '1-10': -0.3,
    '11-50': 0,
    '51-200': 0.2,
    '201-1000': 0.15,
    '1001-5000': -0.1,
    '5000+': -0.3,
  } as Readonly<Record<AccountSize, number>>,
  region: { NA: 0.2, EMEA: 0, APAC: -0.15, LATAM: -0.35 } as Readonly<Record<Region, number>>,
  type: { new_business: 0, upsell: 0.5, renewal: 1.2 } as Readonly<Record<Deal['type'], number>>,
  perMeeting: 0.45,
  meetingCap: 6,
  perCall: 0.12,
  callCap: 10,
  perDaySinceLastTouch: -0.035,
  daysSinceLastTouchCap: 90,
  champion: 1.0,
  perDealAgeDay: -0.006,
} as const;

/** The features of one deal that decide its outcome. */
export interface WinFeatures {
  industry: string;
  size: AccountSize;
  region: Region;
  type: Deal['type'];
  meetings: number;
  calls: number;
  /** Days from the last meeting or call to the close; undefined when there was none. */
  daysSinceLastTouch?: number;
  championPresent: boolean;
  ageDays: number;
}

/** The log-odds of winning under the true model. */
export function winLogit(features: WinFeatures): number {
  const m = WIN_MODEL;
  const sinceTouch = Math.min(
    features.daysSinceLastTouch ?? m.daysSinceLastTouchCap,
    m.daysSinceLastTouchCap,
  );
  return (
    m.intercept +
    (m.industry[features.industry] ?? 0) +
    m.size[features.size] +
    m.region[features.region] +
    m.type[features.type] +
    m.perMeeting * Math.min(features.meetings, m.meetingCap) +
    m.perCall * Math.min(features.calls, m.callCap) +
    m.perDaySinceLastTouch * sinceTouch +
    (features.championPresent ? m.champion : 0) +
    m.perDealAgeDay * features.ageDays
  );
}

/** The probability of winning under the true model. */
export function winProbability(features: WinFeatures): number {
  return 1 / (1 + Math.exp(-winLogit(features)));
}
