import { z } from 'zod';
import { CrmError, ErrorCode, isCrmError } from '../../core/errors';
import { LEAD_SOURCES, LEAD_STATUSES, type Lead } from '../../vocabulary';
import { loadRecordsForDeals } from '../shared/crm-records-from-store';
import { localDayIn } from '../shared/local-day';
import { leadScoreModelOf } from '../shared/lead-score-model';
import { RecordVisibility } from '../shared/record-visibility';
import type { Store } from '../../store/store';
import { defineSkill, type CallerRole } from '../skill';
import { campaignMatching, type CampaignMatch } from './campaign-match';
import { leadBreakdown, type LeadGroupRow } from './lead-breakdown';
import { calendarDaySchema } from '../shared/calendar-day-schema';

export { campaignMatching, type CampaignMatch } from './campaign-match';
export type { LeadGrouping, LeadGroupRow } from './lead-breakdown';

/** Statuses of a lead still to be converted. */
const OPEN_LEAD_STATUSES = ['new', 'working', 'qualified'] as const;

/**
 * A lead as marketing and sales see it in a conversion ranking: who, from where, how far along, and
 * the model's probability with its reasons. No contact details, no owner, no deal amounts.
 */
export interface ConvertingLead {
  id: string;
  name: string;
  company?: string;
  source: Lead['source'];
  status: Lead['status'];
  campaign?: string;
  probability: number;
  /** The strongest factors pushing the probability up, in words ("came in via referral"). */
  reasons: string[];
  /** The strongest factors holding it down. */
  against: string[];
}

/** The answer of `lead-conversion`. */
export interface LeadConversionResult {
  /** The person's name asked about ("whats the chance Hugo Andersson converts"): their leads, any status. */
  named?: string;
  /** The campaign asked about, with how its leads have done so far. */
  campaign?: CampaignMatch & { converted: number; disqualified: number; open: number };
  /** The source asked about ("referral leads"), with how many of its leads there are and how they have done. */
  source?: { name: Lead['source']; leads: number; converted: number; disqualified: number; open: number };
  statuses: Lead['status'][];
  /** Highest probability first. */
  leads: ConvertingLead[];
  /** How many leads the caller may see were ranked. */
  considered: number;
  /** The share of resolved leads that converted in the data the model learned from. */
  baseRate?: number;
  /** The lead model that scored them; absent for a breakdown, which scores nothing. */
  modelVersion?: string;
  /** With `groupBy`: the leads counted by source, status, campaign, industry or country, with how each group has converted. */
  breakdown?: LeadGroupRow[];
  /**
   * With `groupBy`: whether the visibility policy lets the caller see deals at all (marketing sees
   * none), so an answer asked about revenue by source can say plainly that it is not theirs to see.
   */
  seesDeals?: boolean;
  /** The days the leads came in, when a period was asked for (`createdFrom`–`createdTo`). */
  createdIn?: { from: string; to: string };
  /**
   * A campaign's converted and disqualified leads, newest first, named beside its open ones scored
   * when no status was asked for ("leads from the pricing guide": all of them).
   */
  resolved?: ResolvedLead[];
}

/** A lead already converted or disqualified: who, and how it ended. */
export interface ResolvedLead {
  name: string;
  company?: string;
  source: Lead['source'];
  status: 'converted' | 'disqualified';
}

/**
 * True when the role may ask this of lead-conversion: an analyst only the leads counted by a field
 * (`groupBy`), which names no lead; every other role allowed the skill anything.
 */
export function leadConversionAllows(
  role: CallerRole,
  input: { groupBy?: string | undefined; lead?: string | undefined },
): boolean {
  return role !== 'analyst' || (input.groupBy !== undefined && input.lead === undefined);
}

/**
 * Open leads ranked by the probability they convert, from the lead model trained on the CRM's
 * converted and disqualified leads, each with its reasons in words: new and working leads by default,
 * or every open lead of a campaign ("the webinar": the latest campaign whose name has those words).
 * Only leads the caller sees in full count (marketing: all; reps and managers: their team's and
 * unowned ones).
 */
export const leadConversion = defineSkill({
  name: 'lead-conversion',
  description:
    'Open leads ranked by the probability they convert, with the reasons ("came in via referral", "company email address"). Input: campaign (words of a campaign name, e.g. "webinar"; with everyMatching every campaign with those words, else the latest), source (web, chat, event, referral, outbound or partner: the leads from that source, as for a campaign), lead (a person\'s name: their leads in any status), statuses (default new and working; with a campaign every open status, its converted and disqualified leads named beside them; converted or disqualified alone: those leads newest first, not ranked), limit. With groupBy (source, status, campaign, industry, or country: a lead has none, so that of its account when it has one): every lead the caller sees counted by it, with how many converted, were disqualified and are open, instead of scores.',
  roles: ['rep', 'manager', 'marketing', 'analyst', 'admin'],
  input: z.object({
    campaign: z.string().trim().min(1).max(200).optional(),
    /** Every campaign whose name has the words, not the latest alone ("our webinars in 2026"). */
    everyMatching: z.boolean().optional(),
    lead: z.string().trim().min(2).max(120).optional(),
    /** Only leads that came in through this source ("referral leads"); with no statuses, every one of them. */
    source: z.enum(LEAD_SOURCES).optional(),
    statuses: z.array(z.enum(LEAD_STATUSES)).min(1).optional(),
    limit: z.number().int().min(1).max(50).default(10),
    groupBy: z.enum(['source', 'status', 'campaign', 'industry', 'country']).optional(),
    /** Only leads that came in on these days or between them (`YYYY-MM-DD`, the caller's calendar). */
    createdFrom: calendarDaySchema.optional(),
    createdTo: calendarDaySchema.optional(),
  }),
  run: async (input, { caller, services }): Promise<LeadConversionResult> => {
    // An analyst gets the leads counted (conversion rates by source, status, campaign), never the leads.
    if (!leadConversionAllows(caller.role, input))
      throw new CrmError(
        ErrorCode.Forbidden,
        'Sorry, in chat an analyst gets lead conversion figures (by source, status or campaign), not the leads themselves: for those use `crmpro export leads`.',
        { skill: 'lead-conversion', role: caller.role },
      );
    const now = services.clock();
    const visibility = await RecordVisibility.of(services, caller);
    // "how many leads came in from web this month": the day each lead came in, on the caller's calendar.
    const period =
      input.createdFrom || input.createdTo
        ? { from: input.createdFrom ?? '0000-01-01', to: input.createdTo ?? '9999-12-31' }
        : undefined;
    const cameInThen = (lead: Pick<Lead, 'createdAt'>): boolean => {
      if (!period) return true;
      if (!lead.createdAt) return false;
      const day = localDayIn(lead.createdAt, caller.timezone);
      return day >= period.from && day <= period.to;
    };
    let campaign: CampaignMatch | undefined;
    if (input.campaign) {
      const named = await services.store.leads.find(
        { campaign: { $exists: true } },
        { projection: { campaign: 1, createdAt: 1 } },
      );
      campaign = campaignOverPeriod(input.campaign, named, cameInThen, period !== undefined);
    }
    // "our webinars in 2026": the leads of every campaign matching, counted as one.
    const campaigns = campaign && input.everyMatching ? [campaign.name, ...campaign.alsoMatching] : undefined;
    if (campaign && campaigns && campaigns.length > 1)
      campaign = { ...campaign, name: namesInWords(campaigns), alsoMatching: [] };
    // A breakdown counts leads of every status unless some are asked for.
    const statuses =
      input.statuses ??
      (input.lead || input.groupBy
        ? [...LEAD_STATUSES]
        : [...(campaign || input.source ? OPEN_LEAD_STATUSES : (['new', 'working'] as const))]);
    const filter = input.lead
      ? { name: new RegExp(`\\b${escapeRegExp(input.lead)}\\b`, 'i') }
      : campaign
        ? { campaign: campaigns ? { $in: campaigns } : campaign.name }
        : input.source
          ? {}
          : { status: { $in: statuses } };
    const fromSource = (lead: Lead): boolean => !input.source || lead.source === input.source;
    const visible = await visibility.onlyFull(
      (await services.store.leads.find(filter)).filter((lead) => cameInThen(lead) && fromSource(lead)),
      (lead) => lead.ownerId,
      'lead',
    );
    // Several campaigns counted as one: the leads of all of them.
    if (campaign && campaigns && campaigns.length > 1) campaign = { ...campaign, leads: visible.length };
    const createdIn = period ? { createdIn: period } : {};
    // "break down our leads by source": every lead (of the statuses asked, if any) counted, nothing scored.
    if (input.groupBy) {
      const counted = visible.filter((lead) => statuses.includes(lead.status));
      return {
        ...(campaign ? { campaign: { ...campaign, ...outcomes(visible) } } : {}),
        statuses,
        leads: [],
        considered: counted.length,
        breakdown: leadBreakdown(
          counted,
          input.groupBy,
          input.groupBy === 'country' ? await accountCountries(services.store, counted) : undefined,
        ),
        ...createdIn,
        seesDeals: (await visibility.access(undefined, 'deal')) !== 'none',
      };
    }
    const leads = visible.filter((lead) => statuses.includes(lead.status));
    // "the disqualified leads from the pricing guide": leads already resolved, newest first, not ranked.
    if (statuses.every((status) => !isOpen(status))) leads.sort(newestFirst);
    const model = await leadScoreModelOf(services);
    const records = await loadRecordsForDeals(services.store, [], leads);
    const probabilities = leads.length ? model.scoreLeads(leads, records, now) : new Float64Array(0);
    const ranked = statuses.some(isOpen);
    const order = leads
      .map((_, i) => i)
      .sort((a, b) =>
        ranked
          ? probabilities[b]! - probabilities[a]! || leads[a]!.name.localeCompare(leads[b]!.name)
          : a - b,
      )
      .slice(0, input.limit);
    const data = model.card.data;
    return {
      ...(input.lead ? { named: input.lead } : {}),
      ...(campaign ? { campaign: { ...campaign, ...outcomes(visible) } } : {}),
      ...(input.source
        ? { source: { name: input.source, leads: visible.length, ...outcomes(visible) } }
        : {}),
      statuses,
      leads: order.map((i) => {
        const lead = leads[i]!;
        const explained = model.explainLead(lead, records, now, 3);
        return {
          id: lead._id,
          name: lead.name,
          ...(lead.company ? { company: lead.company } : {}),
          source: lead.source,
          status: lead.status,
          ...(lead.campaign ? { campaign: lead.campaign } : {}),
          probability: probabilities[i]!,
          reasons: explained.up.map((factor) => factor.text),
          against: explained.down.slice(0, 2).map((factor) => factor.text),
        };
      }),
      considered: leads.length,
      ...(data.resolvedLeads ? { baseRate: data.converted / data.resolvedLeads } : {}),
      modelVersion: model.version,
      ...createdIn,
      ...((campaign || input.source) && !input.statuses && !input.lead
        ? { resolved: resolvedOf(visible) }
        : {}),
    };
  },
});

/** "Spring webinar 2026, Summer webinar 2026 and Autumn webinar 2026". */
function namesInWords(names: readonly string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0]!;
}

function isOpen(status: Lead['status']): boolean {
  return (OPEN_LEAD_STATUSES as readonly string[]).includes(status);
}

function newestFirst(a: Pick<Lead, 'createdAt'>, b: Pick<Lead, 'createdAt'>): number {
  return (b.createdAt?.getTime() ?? 0) - (a.createdAt?.getTime() ?? 0);
}

/** The converted and disqualified leads among a campaign's, newest first. */
function resolvedOf(leads: readonly Lead[]): ResolvedLead[] {
  return leads
    .filter((lead) => !isOpen(lead.status))
    .sort(newestFirst)
    .map((lead) => ({
      name: lead.name,
      ...(lead.company ? { company: lead.company } : {}),
      source: lead.source,
      status: lead.status as ResolvedLead['status'],
    }));
}

/**
 * The campaign named among the leads that came in over the period asked; when none of those
 * matches, the campaign named among all leads, with none in the period (it brought none then).
 */
function campaignOverPeriod(
  words: string,
  named: readonly Pick<Lead, 'campaign' | 'createdAt'>[],
  cameInThen: (lead: Pick<Lead, 'createdAt'>) => boolean,
  withPeriod: boolean,
): CampaignMatch {
  try {
    return campaignMatching(words, named.filter(cameInThen));
  } catch (error) {
    if (!withPeriod || !isCrmError(error, 'NOT_FOUND')) throw error;
    return { ...campaignMatching(words, named), leads: 0 };
  }
}

/** How many of a campaign's leads converted, were disqualified and are still open. */
function outcomes(leads: readonly Lead[]): { converted: number; disqualified: number; open: number } {
  return {
    converted: leads.filter((l) => l.status === 'converted').length,
    disqualified: leads.filter((l) => l.status === 'disqualified').length,
    open: leads.filter((l) => (OPEN_LEAD_STATUSES as readonly string[]).includes(l.status)).length,
  };
}

/** `text` as a regular expression matching it literally. */
/** The country of each lead's account (leads record none of their own), for a breakdown by country. */
async function accountCountries(
  store: Store,
  leads: readonly Lead[],
): Promise<(lead: Lead) => string | undefined> {
  const ids = [...new Set(leads.flatMap((lead) => (lead.accountId ? [lead.accountId] : [])))];
  const accounts = ids.length
    ? await store.accounts.find({ _id: { $in: ids } }, { projection: { country: 1 } })
    : [];
  const countries = new Map(accounts.map((account) => [account._id, account.country]));
  return (lead) => (lead.accountId ? countries.get(lead.accountId) : undefined);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
