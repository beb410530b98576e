import { OPEN_STAGES, type Deal, type DealStage, type StageChange } from '../../vocabulary';
import type { Random } from './random';

/** Where lost deals were lost. */
const LOST_AT: readonly (readonly [number, number])[] = [
  [0, 0.2],
  [1, 0.3],
  [2, 0.3],
  [3, 0.2],
];
/** Where open deals are now. */
const OPEN_AT: readonly (readonly [number, number])[] = [
  [0, 0.22],
  [1, 0.3],
  [2, 0.28],
  [3, 0.2],
];

/**
 * Stage changes from `from` to `to` (both included as the first and last change): `stages` in order,
 * at ascending times. Won deals sometimes skip qualification.
 */
function history(random: Random, stages: DealStage[], from: Date, to: Date, byUserId: string): StageChange[] {
  const span = to.getTime() - from.getTime();
  const inner = Array.from(
    { length: Math.max(0, stages.length - 2) },
    () => from.getTime() + random.next() * span,
  ).sort((a, b) => a - b);
  const times = stages.length === 1 ? [from.getTime()] : [from.getTime(), ...inner, to.getTime()];
  return stages.map((stage, index) => ({ stage, at: new Date(times[index]!), byUserId }));
}

/** The stage history of a closed deal: through the open stages it reached, then won or lost at `closedAt`. */
export function closedStageHistory(
  random: Random,
  won: boolean,
  created: Date,
  closedAt: Date,
  byUserId: string,
): StageChange[] {
  let stages: DealStage[];
  if (won) {
    stages = random.chance(0.15) ? ['prospecting', 'proposal', 'negotiation'] : [...OPEN_STAGES];
    stages.push('closed_won');
  } else {
    stages = [...OPEN_STAGES.slice(0, random.weighted(LOST_AT) + 1), 'closed_lost'];
  }
  return history(random, stages, created, closedAt, byUserId);
}

/**
 * The stage history of an open deal, ending at its current stage no later than `lastChangeBy`
 * (long ago for stalled deals).
 */
export function openStageHistory(
  random: Random,
  created: Date,
  lastChangeBy: Date,
  byUserId: string,
): StageChange[] {
  const stages = OPEN_STAGES.slice(0, random.weighted(OPEN_AT) + 1);
  if (stages.length === 1) return history(random, stages, created, created, byUserId);
  const lastAt = new Date(
    created.getTime() + (0.5 + 0.5 * random.next()) * (lastChangeBy.getTime() - created.getTime()),
  );
  return history(random, stages, created, lastAt, byUserId);
}

/** The forecast category a rep would give a deal in this stage. */
export function forecastCategoryOf(random: Random, stage: DealStage): Deal['forecastCategory'] {
  switch (stage) {
    case 'closed_won':
      return 'closed';
    case 'closed_lost':
      return 'omitted';
    case 'negotiation':
      return random.chance(0.8) ? 'commit' : 'best_case';
    case 'proposal':
      return random.chance(0.7) ? 'best_case' : 'pipeline';
    default:
      return 'pipeline';
  }
}

/** Why a lost deal was lost; deals that went quiet long before the end are mostly "went dark". */
export function lostReasonFor(random: Random, daysSinceLastTouch: number | undefined): string {
  if ((daysSinceLastTouch ?? 90) > 45 && random.chance(0.7)) return 'Went dark';
  return random.weighted<string>([
    ['Price', 0.25],
    ['Lost to competitor', 0.27],
    ['No decision', 0.2],
    ['Budget cut', 0.12],
    ['Timing', 0.1],
    ['Went dark', 0.06],
  ]);
}
