import { z } from 'zod';
import { CrmError, ErrorCode } from '../../core/errors';
import type { ScoreFactorText } from '../../ml/scoring/crm-lead-score';
import { loadRecordsForDeals } from '../shared/crm-records-from-store';
import { OPEN_STAGES, type Lead } from '../../vocabulary';
import { localDayIn } from '../shared/local-day';
import { defineSkill } from '../skill';
import { RecordVisibility } from '../shared/record-visibility';
import { limitedDealOf, limitedLeadOf, type LimitedView } from '../shared/visibility-policy';
import { resolveDealScope } from '../shared/deal-scope';
import { leadScoreModelOf } from '../shared/lead-score-model';
import {
  explainDeals,
  openDealsIn,
  scoreDeals,
  type ExplainedDeal,
  type ScoredDeal,
} from '../shared/scored-deals';
import { calendarDaySchema } from '../shared/calendar-day-schema';

export { leadScoreModelOf, retrainLeadScore, type RetrainResult } from '../shared/lead-score-model';
export { resolveDealScope, ownerFilter, type DealScope, type ScopeInput } from '../shared/deal-scope';
export {
  openDealsIn,
  scoreDeals,
  explainDeals,
  type ScoredDeal,
  type ExplainedDeal,
} from '../shared/scored-deals';

const SALES_ROLES = ['rep', 'manager', 'admin'] as const;

/** A lead with its conversion score and the factors behind it. */
export interface ExplainedLead {
  id: string;
  name: string;
  company?: string;
  source: string;
  status: string;
  probability: number;
  baseProbability: number;
  up: ScoreFactorText[];
  down: ScoreFactorText[];
  modelVersion: string;
}

/**
 * The answer of `lead-score`: the deals (or the lead) asked about, explained; or, for another
 * team's account, deal or lead, its name and owner only (no amounts, no scores).
 */
export type LeadScoreResult =
  | { kind: 'deals'; account?: string; deals: ExplainedDeal[] }
  | { kind: 'lead'; lead: ExplainedLead }
  | { kind: 'limited'; view: LimitedView };

/**
 * Win probability of a deal (by id, or every open deal of a named account) or conversion
 * probability of a lead, each with the top factors pushing it up and down in a rep's words.
 */
export const leadScore = defineSkill({
  name: 'lead-score',
  description:
    'Win probability of an open deal, or conversion probability of a lead, from the scoring model, with the factors pushing it up and down ("3 meetings in the last 30 days", "industry: Retail"). Input: dealId, leadId, or an account name (all of the account\'s open deals).',
  roles: SALES_ROLES,
  input: z
    .object({
      dealId: z.string().trim().min(1).optional(),
      leadId: z.string().trim().min(1).optional(),
      account: z.string().trim().min(1).max(200).optional(),
    })
    .refine((v) => v.dealId || v.leadId || v.account, { message: 'name a deal, a lead or an account' }),
  run: async (input, { caller, services }): Promise<LeadScoreResult> => {
    const now = services.clock();
    const visibility = await RecordVisibility.of(services, caller);
    if (input.leadId) {
      const lead = await services.store.leads.findById(input.leadId);
      if (!lead) throw new CrmError(ErrorCode.NotFound, 'I could not find that lead.');
      if ((await visibility.access(lead.ownerId, 'lead')) !== 'full')
        return { kind: 'limited', view: limitedLeadOf(lead, await visibility.ownerOf(lead.ownerId)) };
      const model = await leadScoreModelOf(services);
      const records = await loadRecordsForDeals(services.store, [], [lead]);
      const explanation = model.explainLead(lead, records, now);
      return {
        kind: 'lead',
        lead: {
          id: lead._id,
          name: lead.name,
          company: lead.company,
          source: lead.source,
          status: lead.status,
          ...explanation,
          modelVersion: model.version,
        },
      };
    }
    let accountName: string | undefined;
    let deals;
    if (input.dealId) {
      const deal = await services.store.deals.findById(input.dealId);
      if (!deal) throw new CrmError(ErrorCode.NotFound, 'I could not find that deal.');
      if ((await visibility.access(deal.ownerId, 'deal')) !== 'full') {
        const account = await services.store.accounts.findById(deal.accountId);
        const owner = await visibility.ownerOf(deal.ownerId);
        return { kind: 'limited', view: limitedDealOf(deal, account?.name ?? 'an account', owner) };
      }
      deals = [deal];
    } else {
      const account = await visibility.resolveAccount(input.account!);
      if ((await visibility.access(account.ownerId, 'account')) !== 'full')
        return { kind: 'limited', view: await visibility.limitedAccount(account) };
      accountName = account.name;
      deals = await visibility.onlyFull(
        await services.store.deals.find(
          { accountId: account._id, stage: { $in: [...OPEN_STAGES] } },
          { sort: { amount: -1 }, limit: 10 },
        ),
        (deal) => deal.ownerId,
        'deal',
      );
      if (!deals.length)
        throw new CrmError(ErrorCode.NotFound, `${account.name} has no open deals to score.`, {
          account: account.name,
        });
    }
    const { model, records, scored } = await scoreDeals(services, deals, now);
    return { kind: 'deals', account: accountName, deals: explainDeals(model, records, deals, scored, now) };
  },
});

/** The answer of `top-leads`: open deals (or leads) ranked by the model's probability. */
export interface TopLeadsResult {
  scope: string;
  kind: 'deals' | 'leads';
  deals: (ScoredDeal & { reason?: string })[];
  leads: {
    id: string;
    name: string;
    company?: string;
    source: string;
    status: string;
    probability: number;
    reason?: string;
    /** The caller's calendar day the lead was created. */
    createdOn: string;
  }[];
  /** How many open deals (or leads) were ranked. */
  considered: number;
  /** Leads only: the filters asked for, when any ("new leads in the last 2 weeks", "leads being worked"). */
  filters?: { createdFrom?: string; createdTo?: string; status?: OpenLeadStatus };
  /** Leads only: every lead of the scope (open or not) counted by status. */
  byStatus?: Record<string, number>;
  modelVersion: string;
}

const OPEN_LEAD_STATUSES = ['new', 'working', 'qualified'] as const;
/** A status of a lead still being pursued. */
export type OpenLeadStatus = (typeof OPEN_LEAD_STATUSES)[number];

/** Open deals or leads of the caller (or their team, a team, a rep) ranked by win/conversion probability. */
export const topLeads = defineSkill({
  name: 'top-leads',
  description:
    "Open deals (or open leads) ranked by the scoring model's win probability, for the caller, their team, a named team or rep, each with its strongest reason. Leads can be limited to those created between two days (createdFrom, createdTo, YYYY-MM-DD in the caller's time zone) or to one open status. Input: scope mine|team|all, team, rep, limit, kind deals|leads, createdFrom, createdTo, status new|working|qualified.",
  roles: SALES_ROLES,
  input: z.object({
    scope: z.enum(['mine', 'team', 'all']).optional(),
    team: z.string().trim().min(1).optional(),
    rep: z.string().trim().min(1).optional(),
    kind: z.enum(['deals', 'leads']).default('deals'),
    limit: z.number().int().min(1).max(50).default(10),
    createdFrom: calendarDaySchema.optional(),
    createdTo: calendarDaySchema.optional(),
    status: z.enum(OPEN_LEAD_STATUSES).optional(),
  }),
  run: async (input, { caller, services }): Promise<TopLeadsResult> => {
    const now = services.clock();
    const scope = await resolveDealScope(services, caller, input);
    const visibility = await RecordVisibility.of(services, caller);
    if (input.kind === 'leads') {
      // Every lead of the scope, whatever its status, counted by status ("how many leads do i own").
      const owned = await visibility.onlyFull(
        await services.store.leads.find(scope.ownerIds ? { ownerId: { $in: scope.ownerIds } } : {}),
        (lead) => lead.ownerId,
        'lead',
      );
      const byStatus: Record<string, number> = {};
      for (const lead of owned) byStatus[lead.status] = (byStatus[lead.status] ?? 0) + 1;
      const createdOn = (lead: Lead) => localDayIn(lead.createdAt, caller.timezone);
      const leads = owned.filter(
        (lead) =>
          (OPEN_LEAD_STATUSES as readonly string[]).includes(lead.status) &&
          (!input.status || lead.status === input.status) &&
          (!input.createdFrom || createdOn(lead) >= input.createdFrom) &&
          (!input.createdTo || createdOn(lead) <= input.createdTo),
      );
      const filters = {
        ...(input.createdFrom ? { createdFrom: input.createdFrom } : {}),
        ...(input.createdTo ? { createdTo: input.createdTo } : {}),
        ...(input.status ? { status: input.status } : {}),
      };
      const model = await leadScoreModelOf(services);
      const records = await loadRecordsForDeals(services.store, [], leads);
      const probabilities = leads.length ? model.scoreLeads(leads, records, now) : new Float64Array(0);
      const order = leads
        .map((_, i) => i)
        .sort((a, b) => probabilities[b]! - probabilities[a]!)
        .slice(0, input.limit);
      return {
        scope: scope.label,
        kind: 'leads',
        deals: [],
        leads: order.map((i) => {
          const lead = leads[i]!;
          return {
            id: lead._id,
            name: lead.name,
            company: lead.company,
            source: lead.source,
            status: lead.status,
            probability: probabilities[i]!,
            reason: strongestReason(model.explainLead(lead, records, now, 3).up, 'source'),
            createdOn: createdOn(lead),
          };
        }),
        considered: leads.length,
        byStatus,
        ...(Object.keys(filters).length ? { filters } : {}),
        modelVersion: model.version,
      };
    }
    const deals = await visibility.onlyFull(await openDealsIn(services, scope), (d) => d.ownerId, 'deal');
    const { model, records, scored } = await scoreDeals(services, deals, now);
    const order = scored
      .map((_, i) => i)
      .sort(
        (a, b) => scored[b]!.probability - scored[a]!.probability || scored[b]!.amount - scored[a]!.amount,
      )
      .slice(0, input.limit);
    return {
      scope: scope.label,
      kind: 'deals',
      deals: order.map((i) => ({
        ...scored[i]!,
        reason: strongestReason(model.explainDeal(deals[i]!, records, now, 3).up, 'stage'),
      })),
      leads: [],
      considered: deals.length,
      modelVersion: model.version,
    };
  },
});

/** The strongest factor pushing a score up, skipping one the list already shows (stage, source). */
function strongestReason(up: readonly ScoreFactorText[], shown: string): string | undefined {
  return up.find((factor) => factor.feature !== shown)?.text;
}
