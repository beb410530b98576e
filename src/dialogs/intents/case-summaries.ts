import { caseMetrics, listCases, type CaseList } from '../../skills/cases';
import type { Caller, SkillRunner } from '../../skills/skill';
import type { Reply } from '../reply';
import type { CaseCountGroup, CaseSummary } from '../routing/case-summary-questions';
import type { Understanding } from '../routing/understanding';
import { extractPeriodsAndDates } from '../understanding/entities/periods';
import {
  accountsByCasesReply,
  caseCountsReply,
  casesOpenedReply,
  casesPerAgentReply,
  casesResolvedReply,
  resolutionTimeReply,
  slaBreachesReply,
  type PeriodWords,
} from './case-summary-replies';

/**
 * The period a question about cases names ("this month", "last week", "today", "in november"), read
 * as the past: cases came in or were resolved already, so "in november" in December is the one just gone.
 */
export function periodOf(
  understanding: Understanding,
  text: string,
  now: Date,
  timeZone: string,
): PeriodWords | undefined {
  const past = extractPeriodsAndDates(text, { now, timeZone, prefer: 'past' });
  const period = past.periods[0] ?? understanding.entities?.periods[0];
  if (period)
    return {
      words: period.text,
      from: period.start,
      to: period.end,
      ...(period.since ? { since: period.since } : {}),
    };
  const day = past.dates[0] ?? understanding.entities?.dates[0];
  // "open cases per agent right now": the cases as they stand, not those opened today.
  if (!day || NOW_SAID.test(day.text)) return undefined;
  return { words: day.text, from: day.date, to: day.date };
}

/** "now", "right now", "as of now": the present state of the cases, no day they came in. */
const NOW_SAID = /^\s*(?:right\s+)?now\s*$/i;

/** The opened-in days of a period, as list-cases takes them. */
function openedIn(period: PeriodWords | undefined): {
  openedFrom?: string;
  openedTo?: string;
  openedSince?: string;
} {
  if (!period) return {};
  return {
    openedFrom: period.from,
    openedTo: period.to,
    ...(period.since ? { openedSince: period.since } : {}),
  };
}

/** The resolved-in days of a period, as list-cases takes them. */
function resolvedIn(period: PeriodWords | undefined): { resolvedFrom?: string; resolvedTo?: string } {
  return period ? { resolvedFrom: period.from, resolvedTo: period.to } : {};
}

/** What list-cases counts by: the agent is the case's owner; by default the status (opened) or priority (resolved). */
function groupingOf(by: CaseCountGroup | undefined, otherwise: 'status' | 'priority') {
  return by === 'agent' ? 'owner' : (by ?? otherwise);
}

/**
 * Answers a question that sums cases up, from the cases the caller may see: counts per priority or
 * status, open cases per agent, accounts ranked by their cases, how many came in, how long resolving took.
 */
export async function caseSummaryReply(
  summary: CaseSummary,
  period: PeriodWords | undefined,
  caller: Caller,
  skills: SkillRunner,
  /** Keeps the cases listed for follow-ups ("which one is due first?"). */
  remember: (list: CaseList) => void,
): Promise<Reply> {
  switch (summary.summary) {
    case 'counts': {
      const open = await skills.call(
        listCases,
        { scope: 'status', groupBy: summary.by, order: 'priority', ...openedIn(period) },
        caller,
      );
      const all =
        summary.of === 'all'
          ? await skills.call(
              listCases,
              { scope: 'status', status: 'all', groupBy: summary.by, limit: 1, ...openedIn(period) },
              caller,
            )
          : undefined;
      remember(open);
      return caseCountsReply(all, open, caller.timezone);
    }
    case 'agents': {
      const open = await skills.call(
        listCases,
        { scope: 'status', groupBy: 'owner', order: 'priority', ...openedIn(period) },
        caller,
      );
      remember(open);
      return casesPerAgentReply(open, caller.timezone);
    }
    case 'accounts': {
      const list = await skills.call(
        listCases,
        {
          scope: 'status',
          ...(summary.of === 'all' ? { status: 'all' as const } : {}),
          groupBy: 'account',
          limit: 1,
          ...openedIn(period),
        },
        caller,
      );
      return accountsByCasesReply(list, period, summary.of);
    }
    case 'opened': {
      const list = await skills.call(
        listCases,
        {
          scope: 'status',
          status: 'all',
          groupBy: groupingOf(summary.by, 'status'),
          order: 'newest',
          ...(summary.channel ? { channel: summary.channel } : {}),
          ...openedIn(period),
        },
        caller,
      );
      remember(list);
      return casesOpenedReply(list, period, caller.timezone, summary.by);
    }
    case 'resolved': {
      const list = await skills.call(
        listCases,
        {
          scope: 'status',
          status: 'all',
          groupBy: groupingOf(summary.by, 'priority'),
          limit: 10,
          ...resolvedIn(period),
        },
        caller,
      );
      remember(list);
      return casesResolvedReply(list, summary.by, period, caller.timezone);
    }
    case 'resolution_time': {
      const metrics = await skills.call(
        caseMetrics,
        {
          measure: 'resolution_time',
          byPriority: summary.byPriority,
          ...(summary.priorities ? { priorities: summary.priorities } : {}),
          ...(period ? { from: period.from, to: period.to } : {}),
        },
        caller,
      );
      return resolutionTimeReply(metrics, period);
    }
  }
}

/** SLA breaches in a period ("how many cases breached sla this week"): the SLAs that fell due in it and were missed. */
export async function slaBreachesInPeriodReply(
  period: PeriodWords | undefined,
  caller: Caller,
  skills: SkillRunner,
  onlyMine = false,
  account?: string,
): Promise<Reply> {
  const metrics = await skills.call(
    caseMetrics,
    {
      measure: 'sla_breaches',
      ...(period ? { from: period.from, to: period.to } : {}),
      onlyMine,
      ...(account ? { account } : {}),
    },
    caller,
  );
  return slaBreachesReply(metrics, period, caller.timezone);
}
