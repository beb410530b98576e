import { z } from 'zod';
import { REGIONS, type SummaryQuery } from '../../vocabulary';
import { resolveDealScope, ownerFilter, type DealScope } from '../shared/deal-scope';
import { RecordVisibility } from '../shared/record-visibility';
import { salesTargetOf, targetPeriodOfSpan } from '../shared/sales-target-records';
import { forecastOfScope } from '../shared/scope-forecast';
import { defineSkill, type Caller, type SkillServices } from '../skill';
import { calendarDaySchema } from '../shared/calendar-day-schema';

const day = calendarDaySchema;

/** Deals counted and summed (amounts by currency are never added together). */
export interface DealTally {
  count: number;
  totals: Array<{ amount: number; currency: string }>;
}

/**
 * The period's weighted forecast against the team's sales target: only for a summary of one whole
 * team over exactly the month, quarter or year a target is set for. Never for one rep (targets are
 * a team's; one rep's forecast against the whole team's target would read as a shortfall that is
 * not theirs) nor for everyone.
 */
export interface ForecastAgainstTarget {
  team: string;
  /** The target's period key ("2026-Q1"). */
  period: string;
  target: { amount: number; currency: string };
  /** The weighted forecast in the target's currency: the forecast skill's figure for this team and period. */
  weighted: number;
  /** weighted / target amount. */
  attainment: number;
  /** target amount − weighted (negative when the forecast is ahead of the target). */
  gap: number;
  /** Weighted forecasts in other currencies, which are not counted against the target. */
  otherCurrencies: Array<{ amount: number; currency: string }>;
}

/** A pipeline or team summary: open pipeline by stage, won and lost in the period and in the one before. */
export interface PipelineSummary {
  /** "your deals", "team Enterprise", "Sam Rivera", "everyone". */
  scopeLabel: string;
  periodLabel: string;
  open: DealTally;
  byStage: Array<{ stage: string } & DealTally>;
  won: DealTally & { biggest: Array<{ id: string; name: string; amount: number; currency: string }> };
  lost: DealTally;
  /** Won in the period of the same length just before (for the change). */
  wonBefore: DealTally;
  /** Present only when a target is set for this team and period. */
  forecastAgainstTarget?: ForecastAgainstTarget;
  /**
   * A whole team's summary over a month, quarter or year no target is set for: the team and the
   * target's period key ("2026-Q4"), so "pipeline against target" can say there is none.
   */
  targetNotSet?: { team: string; period: string };
}

const OPEN_ORDER = ['prospecting', 'qualification', 'proposal', 'negotiation'];

function tally(deals: ReadonlyArray<{ amount: number; currency: string }>): DealTally {
  const totals = new Map<string, number>();
  for (const d of deals) totals.set(d.currency, (totals.get(d.currency) ?? 0) + d.amount);
  return { count: deals.length, totals: [...totals].map(([currency, amount]) => ({ currency, amount })) };
}

/** The day `days` before a `YYYY-MM-DD` day. */
function shift(dayText: string, days: number): string {
  return new Date(Date.parse(`${dayText}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The team's target for the summary's period and the weighted forecast against it; undefined without one. */
async function forecastAgainstTarget(
  services: SkillServices,
  caller: Caller,
  scope: DealScope,
  query: SummaryQuery,
): Promise<ForecastAgainstTarget | undefined> {
  if (!scope.team) return undefined;
  const from = new Date(`${query.from}T00:00:00Z`);
  const to = new Date(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000);
  const period = targetPeriodOfSpan(from, to);
  const target = period ? await salesTargetOf(services.store, scope.team, period) : null;
  if (!period || !target) return undefined;
  const { currencies } = await forecastOfScope(services, caller, scope, { label: query.label, from, to });
  const weighted = currencies.find((c) => c.currency === target.currency)?.weighted ?? 0;
  return {
    team: target.team,
    period,
    target: { amount: target.amount, currency: target.currency },
    weighted,
    attainment: weighted / target.amount,
    gap: target.amount - weighted,
    otherCurrencies: currencies
      .filter((c) => c.currency !== target.currency && c.weighted > 0)
      .map((c) => ({ amount: c.weighted, currency: c.currency })),
  };
}

/**
 * "How's my pipeline", "how is my team doing", "how did Sam do last month": the open pipeline by
 * stage of the scope the caller may see, what was won and lost in the period, the change in won
 * business against the period before and, for a team with a target for the period, the weighted
 * forecast against it.
 */
export const pipelineSummary = defineSkill({
  name: 'pipeline-summary',
  description:
    "A rep's, team's or everyone's open pipeline by stage, with deals won and lost in a period and, for a team with a sales target for that month, quarter or year, the weighted forecast against it",
  roles: ['rep', 'manager', 'admin'],
  input: z
    .object({
      owner: z.union([
        z.object({ scope: z.enum(['mine', 'team', 'all']) }).strict(),
        z.object({ rep: z.string().min(1).max(100) }).strict(),
        z.object({ team: z.string().min(1).max(100) }).strict(),
      ]),
      from: day,
      to: day,
      label: z.string().max(60),
      region: z.enum(REGIONS).optional(),
    })
    .strict() as z.ZodType<SummaryQuery>,
  run: async (query, { services, caller }): Promise<PipelineSummary> => {
    const scope = await resolveDealScope(services, caller, query.owner);
    const visibility = await RecordVisibility.of(services, caller);
    let deals = await visibility.onlyFull(
      await services.store.deals.find(ownerFilter(scope)),
      (d) => d.ownerId,
      'deal',
    );
    // "How is the EMEA team doing": the scope's deals with accounts in that region.
    if (query.region) {
      const inRegion = await services.store.accounts.find(
        { _id: { $in: [...new Set(deals.map((d) => d.accountId))] }, region: query.region },
        { projection: { _id: 1 } },
      );
      const ids = new Set(inRegion.map((a) => a._id));
      deals = deals.filter((d) => ids.has(d.accountId));
    }
    const open = deals.filter((d) => d.stage !== 'closed_won' && d.stage !== 'closed_lost');
    const closedIn = (stage: string, from: string, to: string) =>
      deals.filter((d) => {
        const at = (d.closedAt ?? d.closeDate).toISOString().slice(0, 10);
        return d.stage === stage && at >= from && at <= to;
      });
    const length = Math.round((Date.parse(query.to) - Date.parse(query.from)) / 86_400_000) + 1;
    const won = closedIn('closed_won', query.from, query.to).sort((a, b) => b.amount - a.amount);
    // A region's share of a team is not held against the whole team's target.
    const againstTarget = query.region
      ? undefined
      : await forecastAgainstTarget(services, caller, scope, query);
    const targetPeriod =
      scope.team && !query.region && !againstTarget
        ? targetPeriodOfSpan(
            new Date(`${query.from}T00:00:00Z`),
            new Date(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000),
          )
        : undefined;
    return {
      scopeLabel: query.region ? `${scope.label}, ${query.region}` : scope.label,
      periodLabel: query.label,
      open: tally(open),
      byStage: OPEN_ORDER.map((stage) => ({ stage, ...tally(open.filter((d) => d.stage === stage)) })),
      won: {
        ...tally(won),
        biggest: won
          .slice(0, 3)
          .map((d) => ({ id: d._id, name: d.name, amount: d.amount, currency: d.currency })),
      },
      lost: tally(closedIn('closed_lost', query.from, query.to)),
      wonBefore: tally(closedIn('closed_won', shift(query.from, -length), shift(query.from, -1))),
      ...(againstTarget ? { forecastAgainstTarget: againstTarget } : {}),
      ...(scope.team && targetPeriod ? { targetNotSet: { team: scope.team, period: targetPeriod } } : {}),
    };
  },
});
