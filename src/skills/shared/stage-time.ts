import type { Deal } from '../../vocabulary';
import type { SkillServices } from '../skill';

const DAY = 86_400_000;
/** A stage is stalled after max(30 days, the time 9 in 10 won deals moved on within). */
export const STALL_FLOOR_DAYS = 30;
const TYPICAL_DAYS_KEY = 'stage-time:typical-stage-days';

/** Per open stage, the days within which 9 in 10 won deals moved on (how long a healthy deal stays at most). */
export function typicalStageDays(
  deals: readonly Pick<Deal, 'stage' | 'stageHistory'>[],
): Record<string, number> {
  const spans = new Map<string, number[]>();
  for (const deal of deals) {
    if (deal.stage !== 'closed_won') continue;
    deal.stageHistory.forEach((change, i) => {
      const next = deal.stageHistory[i + 1];
      if (!next || change.stage.startsWith('closed')) return;
      const list = spans.get(change.stage) ?? [];
      list.push((next.at.getTime() - change.at.getTime()) / DAY);
      spans.set(change.stage, list);
    });
  }
  return Object.fromEntries([...spans].map(([stage, list]) => [stage, quantile(list, 0.9)]));
}

/** `typicalStageDays` of the latest 2000 won deals, computed once a day per process. */
export async function typicalStageDaysOf(services: SkillServices): Promise<Record<string, number>> {
  const holder = await services.artifacts.get(TYPICAL_DAYS_KEY, async () => ({
    day: '',
    value: {} as Record<string, number>,
  }));
  const day = services.clock().toISOString().slice(0, 10);
  if (holder.day !== day) {
    const won = await services.store.deals.find(
      { stage: 'closed_won' },
      { projection: { stage: 1, stageHistory: 1 }, sort: { closedAt: -1 }, limit: 2000 },
    );
    holder.value = typicalStageDays(won);
    holder.day = day;
  }
  return holder.value;
}

/**
 * The days a deal in `stage` may stay before it counts as stalled (more than this is stalled): max(30,
 * the time 9 in 10 won deals moved on within).
 */
export function stalledAfterDays(stage: string, typical: Readonly<Record<string, number>>): number {
  return Math.max(STALL_FLOOR_DAYS, typical[stage] ?? 0);
}

/** Whole days a deal has been in its current stage: since its latest move into it (or its creation). */
export function daysInStage(deal: Pick<Deal, 'stage' | 'stageHistory' | 'createdAt'>, now: Date): number {
  let since: Date | undefined;
  for (const change of deal.stageHistory)
    if (change.stage === deal.stage && change.at <= now && (!since || change.at > since)) since = change.at;
  return Math.max(0, Math.floor((now.getTime() - (since ?? deal.createdAt).getTime()) / DAY));
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
