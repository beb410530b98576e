import type { DigestDealMark, DigestDealSnapshot } from '../../vocabulary/digest';

/** What changed in a subscriber's deals since their last digest. */
export interface DigestChanges {
  /** When the last digest was taken; null for a first digest (nothing to compare with). */
  since: string | null;
  newDeals: DigestDealSnapshot[];
  won: DigestDealSnapshot[];
  lost: DigestDealSnapshot[];
  moved: (DigestDealSnapshot & { from: string })[];
  slipped: (DigestDealSnapshot & { fromCloseDate: string })[];
  /** Win probability moved by 5 points or more. */
  scoreChanges: (DigestDealSnapshot & { before: number })[];
}

/** A score change smaller than this is noise, not news. */
export const SCORE_CHANGE = 0.05;

const isOpen = (stage: string) => !stage.startsWith('closed');

/**
 * Compares the deals now with the deals the last digest showed: new open deals, deals won or lost
 * since, stage moves, close dates pushed out (slipped) and win scores that moved 5 points or more.
 */
export function digestChanges(
  before: { takenAt: Date; deals: readonly DigestDealMark[] } | null,
  now: readonly DigestDealSnapshot[],
): DigestChanges {
  const changes: DigestChanges = {
    since: before ? before.takenAt.toISOString() : null,
    newDeals: [],
    won: [],
    lost: [],
    moved: [],
    slipped: [],
    scoreChanges: [],
  };
  if (!before) return changes;
  const previous = new Map(before.deals.map((d) => [d.id, d]));
  for (const deal of now) {
    const was = previous.get(deal.id);
    if (!was) {
      if (isOpen(deal.stage)) changes.newDeals.push(deal);
      else if (deal.stage === 'closed_won') changes.won.push(deal);
      else changes.lost.push(deal);
      continue;
    }
    if (isOpen(was.stage) && deal.stage === 'closed_won') changes.won.push(deal);
    else if (isOpen(was.stage) && deal.stage === 'closed_lost') changes.lost.push(deal);
    else if (isOpen(deal.stage) && was.stage !== deal.stage) changes.moved.push({ ...deal, from: was.stage });
    if (isOpen(deal.stage) && was.closeDate && deal.closeDate && deal.closeDate > was.closeDate)
      changes.slipped.push({ ...deal, fromCloseDate: was.closeDate });
    if (isOpen(deal.stage) && Math.abs(deal.probability - was.probability) >= SCORE_CHANGE)
      changes.scoreChanges.push({ ...deal, before: was.probability });
  }
  return changes;
}
