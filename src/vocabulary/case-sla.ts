import type { CasePriority } from './case';

/**
 * The support SLA: hours from opening by which a case of each priority must be resolved (or
 * answered and set pending). The one table every case skill, the seed and docs/support.md use.
 */
export const CASE_SLA_HOURS: Readonly<Record<CasePriority, number>> = {
  urgent: 4,
  high: 8,
  normal: 24,
  low: 72,
};

/** When a case of `priority` opened at `openedAt` is due under the SLA. */
export function slaDueAtFor(priority: CasePriority, openedAt: Date): Date {
  return new Date(openedAt.getTime() + CASE_SLA_HOURS[priority] * 3_600_000);
}

/** The first case number handed out ("case 1001"): short enough to say, long enough not to look like a count. */
export const FIRST_CASE_NUMBER = 1001;
