import { z } from 'zod';
import { ErrorCode, isCrmError } from '../../core/errors';
import { loadRecordsForDeals } from '../shared/crm-records-from-store';
import { OPEN_STAGES, REGIONS, type DealStage } from '../../vocabulary';
import { parseForecastPeriod } from '../shared/forecast-period';
import { ownerFilter, resolveDealScope } from '../shared/deal-scope';
import type { ScoredDeal } from '../shared/scored-deals';
import { ownerNamesOf, scoredDealOf } from '../shared/scored-deals';
import { leadScoreModelOf } from '../shared/lead-score-model';
import { RecordVisibility } from '../shared/record-visibility';
import { defineSkill } from '../skill';
import { calendarDayOf, localDayIn } from '../shared/local-day';
import { typicalStageDaysOf } from '../shared/stage-time';
import { dealRisks, type DealRisk } from './deal-risks';
import { dealsMatching } from '../shared/deal-lookup';
import { isOpenStage } from '../../vocabulary';
import { calendarDaySchema } from '../shared/calendar-day-schema';

export type { DealRisk, RiskKind } from './deal-risks';

/** An open deal at risk, with every reason found. */
export interface AtRiskDeal extends ScoredDeal {
  risks: DealRisk[];
}

/** The answer of `at-risk-deals`. */
export interface AtRiskDealsResult {
  scope: string;
  period?: { label: string; from: Date; to: Date };
  deals: AtRiskDeal[];
  /** Open deals looked at, and how many of them carry at least one risk. */
  considered: number;
  atRisk: number;
  /** Absent when there was too little history for a model (falling scores are then not checked). */
  modelVersion?: string;
  /**
   * The deals a named deal's words matched ("why is the bennett medical deal at risk"), open ones
   * the caller sees: each with whether it is at risk. Empty when the words match no open deal.
   */
  named?: Array<{ id: string; name: string; atRisk: boolean }>;
}

const SALES_ROLES = ['rep', 'manager', 'admin'] as const;

/**
 * Open deals at risk, each with its reasons: close date passed or pushed out, a stage held too
 * long, no meeting or call for three weeks, a falling win score. Most reasons first, then largest.
 */
export const atRiskDeals = defineSkill({
  name: 'at-risk-deals',
  description:
    "Open deals at risk for the caller, their team, a named team or rep, optionally closing in a period: slipping or passed close dates, stalled stages, no recent meetings or calls, falling win scores, each with its reason. With deal (a deal's words): that deal's own reasons, or named[].atRisk false when it shows none.",
  roles: SALES_ROLES,
  input: z.object({
    scope: z.enum(['mine', 'team', 'all']).optional(),
    team: z.string().trim().min(1).optional(),
    rep: z.string().trim().min(1).optional(),
    period: z.string().trim().min(1).max(40).optional(),
    /** Only the deals a list just showed ("which of those are at risk"): by id, or by the list's filters. */
    dealIds: z.array(z.string().min(1)).max(500).optional(),
    /** Only one account's deals ("anything i should worry about there" after that account was shown). */
    accountId: z.string().min(1).optional(),
    /**
     * One deal named by its words ("bennett medical", "acme multi-year renewal q4 2026 (3)"), whoever
     * owns it (within what the caller sees): its risks, or that it has none.
     */
    deal: z.string().trim().min(1).max(200).optional(),
    /** Only deals of accounts in this sales region ("only the ones in emea"). */
    region: z.enum(REGIONS).optional(),
    closeFrom: calendarDaySchema.optional(),
    closeTo: calendarDaySchema.optional(),
    stages: z.array(z.enum(OPEN_STAGES as [DealStage, ...DealStage[]])).optional(),
    minAmount: z.number().nonnegative().optional(),
    maxAmount: z.number().positive().optional(),
    limit: z.number().int().min(1).max(50).default(10),
  }),
  run: async (input, { caller, services }): Promise<AtRiskDealsResult> => {
    const now = services.clock();
    const scope = await resolveDealScope(services, caller, input);
    const period = input.period ? parseForecastPeriod(input.period, now) : undefined;
    const visibility = await RecordVisibility.of(services, caller);
    const inRegion = input.region
      ? (await services.store.accounts.find({ region: input.region }, { projection: { _id: 1 } })).map(
          (account) => account._id,
        )
      : undefined;
    // A deal named: the open deals its words match best, whoever owns them (the caller's view decides).
    const namedIds = input.deal
      ? (
          await dealsMatching(
            services.store,
            input.deal,
            input.accountId ? { accountId: input.accountId } : {},
          )
        )
          .filter((d) => isOpenStage(d.stage))
          .map((d) => d.id)
      : undefined;
    const found = await visibility.onlyFull(
      await services.store.deals.find({
        ...(namedIds ? { _id: { $in: namedIds } } : ownerFilter(scope)),
        ...(input.dealIds ? { _id: { $in: input.dealIds } } : {}),
        ...(input.accountId ? { accountId: input.accountId } : {}),
        ...(inRegion && !input.accountId ? { accountId: { $in: inRegion } } : {}),
        stage: { $in: [...(input.stages?.length ? input.stages : OPEN_STAGES)] },
        ...(period ? { closeDate: { $gte: period.from, $lt: period.to } } : {}),
      }),
      (deal) => deal.ownerId,
      'deal',
    );
    // Close days and amounts as the record query reads them (a close date's UTC day; bounds exclusive).
    const deals = found.filter((deal) => {
      const close = calendarDayOf(deal.closeDate);
      if (input.closeFrom && close < input.closeFrom) return false;
      if (input.closeTo && close > input.closeTo) return false;
      if (input.minAmount !== undefined && deal.amount <= input.minAmount) return false;
      if (input.maxAmount !== undefined && deal.amount >= input.maxAmount) return false;
      return true;
    });
    const model = await leadScoreModelOf(services).catch((error: unknown) => {
      if (isCrmError(error, ErrorCode.Unavailable)) return undefined;
      throw error;
    });
    const records = await loadRecordsForDeals(services.store, deals);
    const typical = await typicalStageDaysOf(services);
    const owners = await ownerNamesOf(services, deals);
    const every = dealRisks(deals, records, model, now, typical, localDayIn(now, caller.timezone));
    const assessed = every.filter((a) => a.risks.length > 0);
    assessed.sort(
      (a, b) =>
        b.risks.length - a.risks.length ||
        b.deal.amount * (1 - b.probability) - a.deal.amount * (1 - a.probability),
    );
    return {
      scope: input.region ? `${scope.label}, ${input.region}` : scope.label,
      period,
      considered: deals.length,
      atRisk: assessed.length,
      modelVersion: model?.version,
      ...(namedIds
        ? { named: every.map((a) => ({ id: a.deal._id, name: a.deal.name, atRisk: a.risks.length > 0 })) }
        : {}),
      deals: assessed.slice(0, input.limit).map(({ deal, probability, risks }) => ({
        ...scoredDealOf(deal, probability, records, owners),
        risks,
      })),
    };
  },
});
