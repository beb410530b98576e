import { z } from 'zod';
import { CrmError, ErrorCode } from '../../core/errors';
import type { Filter } from '../../store/store';
import { CASE_PRIORITIES, OPEN_CASE_STATUSES, type Case, type CasePriority } from '../../vocabulary';
import { caseViewsOf, onlyVisibleCases, type CaseView } from '../shared/case-views';
import { dayAfter, startOfLocalDay } from '../shared/local-day';
import { RecordVisibility } from '../shared/record-visibility';
import { defineSkill } from '../skill';
import { calendarDaySchema } from '../shared/calendar-day-schema';

/** What is measured over the cases of a period. */
export const CASE_MEASURES = ['resolution_time', 'sla_breaches'] as const;

/** How long resolving took, in hours from opened to resolved, over some resolved cases. */
export interface ResolutionTimes {
  count: number;
  meanHours: number;
  medianHours: number;
}

/** Cases measured over a period: resolution times, or the SLAs that fell due and were missed. */
export interface CaseMetrics {
  measure: (typeof CASE_MEASURES)[number];
  /** The calendar days measured (inclusive, the caller's time zone); absent: all time. */
  period?: { from: string; to: string };
  /** `resolution_time`: the cases resolved in the period, and per priority (most urgent first) when asked. */
  resolution?: ResolutionTimes & { byPriority?: (ResolutionTimes & { priority: CasePriority })[] };
  /**
   * `sla_breaches`: the cases whose SLA fell due in the period up to now (`due`), and those of them
   * not resolved by then (`breached`, with the first of them shown, most recently due first).
   */
  breaches?: { due: number; breached: number; stillOpen: number; cases: CaseView[] };
  /** Only the caller's own cases were measured. */
  onlyMine?: true;
  /** Only the cases of these priorities were measured, most urgent first. */
  priorities?: CasePriority[];
  /** Only this account's cases were measured. */
  account?: { id: string; name: string };
}

/** Cases looked at before the visibility filter. */
const SCAN_LIMIT = 20_000;
const DAY = calendarDaySchema;
const HOUR = 3_600_000;

/**
 * Measures support cases over a period: how long resolving took (mean and median hours from opened
 * to resolved, for the cases resolved in it, per priority when asked), or how many SLAs fell due in
 * it and were missed (not resolved by their due time). Only the cases the caller may see.
 */
export const caseMetrics = defineSkill({
  name: 'case-metrics',
  description:
    "Measure support cases over a period (from/to, YYYY-MM-DD; none: all time): 'resolution_time' (mean and median hours from opened to resolved for cases resolved in the period; byPriority for each priority) or 'sla_breaches' (cases whose SLA fell due in the period and were not resolved by then). Optional priorities and account (its name) narrow the cases measured.",
  roles: ['support', 'admin', 'analyst', 'rep', 'manager'],
  input: z.object({
    measure: z.enum(CASE_MEASURES),
    from: DAY.optional(),
    to: DAY.optional(),
    byPriority: z.boolean().default(false),
    /** Only the cases of these priorities. */
    priorities: z.array(z.enum(CASE_PRIORITIES)).min(1).max(CASE_PRIORITIES.length).optional(),
    /** Only the cases of this account (its name; resolved under the caller's visibility). */
    account: z.string().trim().min(1).max(200).optional(),
    /** Only the caller's own cases (`sla_breaches`: "only mine" after the period's breaches). */
    onlyMine: z.boolean().default(false),
  }),
  run: async (input, { caller, services }): Promise<CaseMetrics> => {
    const visibility = await RecordVisibility.of(services, caller);
    const now = services.clock();
    const period =
      input.from || input.to ? { from: input.from ?? '1970-01-01', to: input.to ?? '9999-12-30' } : undefined;
    const range = period
      ? {
          $gte: startOfLocalDay(period.from, caller.timezone),
          $lt: startOfLocalDay(dayAfter(period.to), caller.timezone),
        }
      : undefined;
    const narrowed: Filter = {};
    const priorities = input.priorities
      ? [...CASE_PRIORITIES].reverse().filter((p) => input.priorities!.includes(p))
      : undefined;
    if (priorities) narrowed.priority = { $in: priorities };
    const account = input.account ? await visibility.resolveAccount(input.account) : undefined;
    if (account && (await visibility.access(account.ownerId, 'case')) !== 'full')
      throw new CrmError(
        ErrorCode.Forbidden,
        `The cases of ${account.name} are for its own team and support.`,
      );
    if (account) narrowed.accountId = account._id;
    const measured = {
      ...(priorities ? { priorities } : {}),
      ...(account ? { account: { id: account._id, name: account.name } } : {}),
    };
    if (input.measure === 'resolution_time') {
      const filter: Filter = { ...narrowed, resolvedAt: range ?? { $exists: true } };
      const resolved = await onlyVisibleCases(
        visibility,
        await services.store.cases.find(filter, { limit: SCAN_LIMIT }),
      );
      const byPriority = input.byPriority
        ? [...CASE_PRIORITIES]
            .reverse()
            .map((priority) => ({ priority, ...timesOf(resolved.filter((c) => c.priority === priority)) }))
            .filter((group) => group.count > 0)
        : undefined;
      return {
        measure: input.measure,
        ...(period ? { period } : {}),
        ...measured,
        resolution: { ...timesOf(resolved), ...(byPriority ? { byPriority } : {}) },
      };
    }
    // An SLA falls due at slaDueAt; only those already due by now can have been missed.
    const dueTo = range && range.$lt < now ? range.$lt : now;
    const filter: Filter = { ...narrowed, slaDueAt: { ...(range ? { $gte: range.$gte } : {}), $lt: dueTo } };
    const visible = await onlyVisibleCases(
      visibility,
      await services.store.cases.find(filter, { sort: { slaDueAt: -1 }, limit: SCAN_LIMIT }),
    );
    const due = input.onlyMine ? visible.filter((c) => c.ownerId === caller.userId) : visible;
    const breached = due.filter((c) => c.slaDueAt && (!c.resolvedAt || c.resolvedAt > c.slaDueAt));
    return {
      measure: input.measure,
      ...(period ? { period } : {}),
      ...(input.onlyMine ? { onlyMine: true as const } : {}),
      ...measured,
      breaches: {
        due: due.length,
        breached: breached.length,
        stillOpen: breached.filter((c) => OPEN_CASE_STATUSES.includes(c.status)).length,
        cases: await caseViewsOf(services.store, breached.slice(0, 20), now),
      },
    };
  },
});

/** When a case was opened: its history's opening, else when it was created. */
function openedAt(c: Case): Date | undefined {
  return c.history.find((entry) => entry.action === 'opened')?.at ?? c.createdAt;
}

/** Mean and median hours from opened to resolved (0 cases: zeros). */
function timesOf(cases: readonly Case[]): ResolutionTimes {
  const hours = cases
    .flatMap((c) => {
      const opened = openedAt(c);
      return opened && c.resolvedAt ? [(c.resolvedAt.getTime() - opened.getTime()) / HOUR] : [];
    })
    .sort((a, b) => a - b);
  if (!hours.length) return { count: 0, meanHours: 0, medianHours: 0 };
  const middle = Math.floor(hours.length / 2);
  const median = hours.length % 2 ? hours[middle]! : (hours[middle - 1]! + hours[middle]!) / 2;
  return {
    count: hours.length,
    meanHours: hours.reduce((sum, h) => sum + h, 0) / hours.length,
    medianHours: median,
  };
}
