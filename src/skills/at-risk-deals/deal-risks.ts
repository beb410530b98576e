import type { LeadScoreModel } from '../../ml/scoring/crm-lead-score';
import { stageAt } from '../../ml/scoring/crm-features';
import type { CrmRecords, DealRecord } from '../../ml/scoring/crm-records';
import { calendarDayOf, daysBetween } from '../shared/local-day';
import { stalledAfterDays } from '../shared/stage-time';

/** Why a deal is at risk. */
export type RiskKind = 'overdue' | 'slipped' | 'stalled' | 'quiet' | 'score_drop';

export interface DealRisk {
  kind: RiskKind;
  /** In a rep's words: "close date passed 12 days ago". */
  reason: string;
}

const DAY = 86_400_000;
/** Days without a meeting or call after which quiet is named as a reason (on its own it is not a risk until QUIET_ALONE_DAYS). */
export const QUIET_AFTER_DAYS = 21;
export const QUIET_ALONE_DAYS = 45;
/** How far back the score is compared, and the drop (in probability) that counts. */
export const SCORE_LOOKBACK_DAYS = 14;
export const SCORE_DROP = 0.1;
const MOVED = /close date moved from (\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})/i;

/**
 * The risks of open deals, each with its reason: a close date in the past, a close date pushed out
 * (a "Close date moved from X to Y" note in the last 90 days), a stage held much longer than won
 * deals hold it, a model score that fell 10 points or more in two weeks, and no meeting or call for
 * three weeks (named with other risks; a risk on its own only after 45 days). Without a model the
 * reps' probabilities stand in and falling scores are not checked.
 */
export function dealRisks(
  deals: readonly DealRecord[],
  records: CrmRecords,
  model: LeadScoreModel | undefined,
  now: Date,
  typicalDays: Record<string, number>,
  /** The caller's calendar day of `now` (`YYYY-MM-DD`): a close date is overdue from the reader's next day. */
  today: string = calendarDayOf(now),
): { deal: DealRecord; probability: number; risks: DealRisk[] }[] {
  const probabilities =
    model && deals.length
      ? model.scoreDeals(deals, records, now)
      : Float64Array.from(deals, (d) => d.probability / 100);
  const before = new Date(now.getTime() - SCORE_LOOKBACK_DAYS * DAY);
  const olderDeals = model
    ? deals.filter((d) => (d.stageHistory[0]?.at ?? d.createdAt ?? now) <= before)
    : [];
  const olderScores =
    model && olderDeals.length ? model.scoreDeals(olderDeals, records, before) : new Float64Array(0);
  const scoreBefore = new Map(olderDeals.map((d, i) => [d._id, olderScores[i]!]));
  return deals.map((deal, i) => {
    const risks: DealRisk[] = [];
    const probability = probabilities[i]!;
    // Calendar days, not instants: a deal closing today is not overdue this evening in Chicago.
    const overdueDays = daysBetween(calendarDayOf(deal.closeDate), today);
    if (overdueDays >= 1)
      risks.push({
        kind: 'overdue',
        reason: `close date passed ${overdueDays} day${overdueDays === 1 ? '' : 's'} ago (${calendarDayOf(deal.closeDate)})`,
      });
    const notes = records.interactionsByDeal.get(deal._id) ?? [];
    const slip = notes
      .filter(
        (n) =>
          n.occurredAt <= now &&
          now.getTime() - n.occurredAt.getTime() <= 90 * DAY &&
          n.summary &&
          MOVED.test(n.summary),
      )
      .sort((a, b) => b.occurredAt.getTime() - a.occurredAt.getTime())[0];
    if (slip) {
      const [, from, to] = MOVED.exec(slip.summary!)!;
      risks.push({ kind: 'slipped', reason: `close date pushed from ${from} to ${to}` });
    }
    const { stage, since } = stageAt(deal, now);
    const inStage = Math.floor((now.getTime() - since.getTime()) / DAY);
    const usual = typicalDays[stage];
    const limit = stalledAfterDays(stage, typicalDays);
    if (inStage > limit) {
      risks.push({
        kind: 'stalled',
        reason: `${inStage} days in ${stage.replace(/_/g, ' ')}${usual ? ` (9 in 10 won deals moved on within ${Math.round(usual)})` : ''}`,
      });
    }
    let lastTouch: Date | undefined;
    for (const n of notes)
      if (
        (n.type === 'meeting' || n.type === 'call') &&
        n.occurredAt <= now &&
        (!lastTouch || n.occurredAt > lastTouch)
      )
        lastTouch = n.occurredAt;
    const quietDays = Math.floor((now.getTime() - (lastTouch ?? since).getTime()) / DAY);
    if (quietDays >= QUIET_AFTER_DAYS)
      risks.push({
        kind: 'quiet',
        reason: lastTouch
          ? `no meeting or call for ${quietDays} days`
          : `no meeting or call logged in ${quietDays} days`,
      });
    const earlier = scoreBefore.get(deal._id);
    if (earlier !== undefined && earlier - probability >= SCORE_DROP) {
      risks.push({
        kind: 'score_drop',
        reason: `win chance fell from ${pct(earlier)} to ${pct(probability)} in ${SCORE_LOOKBACK_DAYS} days`,
      });
    }
    const onlyQuiet = risks.length === 1 && risks[0]!.kind === 'quiet' && quietDays < QUIET_ALONE_DAYS;
    return { deal, probability, risks: onlyQuiet ? [] : risks };
  });
}

function pct(p: number): string {
  return `${Math.round(p * 100)}%`;
}
