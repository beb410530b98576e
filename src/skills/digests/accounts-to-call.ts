import { z } from 'zod';
import { CrmError, ErrorCode, isCrmError } from '../../core/errors';
import type { LeadScoreModel } from '../../ml/scoring/crm-lead-score';
import { OPEN_STAGES, type Account, type Deal } from '../../vocabulary';
import type { DigestDealSnapshot } from '../../vocabulary/digest';
import { loadRecordsForDeals } from '../shared/crm-records-from-store';
import { leadScoreModelOf } from '../shared/lead-score-model';
import { calendarDayOf, daysBetween, localDayIn } from '../shared/local-day';
import { defineSkill } from '../skill';

/** Why an account is on a rep's call list. */
export const CALL_REASONS = ['renewal-due', 'score-falling', 'no-contact', 'churn-risk'] as const;
export type CallReason = (typeof CALL_REASONS)[number];

/** A win score that fell this much (5 points) since the last digest puts the account on the list. */
export const SCORE_FALL = 0.05;

/** Days without a logged interaction after which an account is worth a call (the documented N). */
export const NO_CONTACT_DAYS = 30;
/** How far ahead an open renewal deal's close date puts the account on the list. */
export const RENEWAL_DAYS = 45;

/** One reason, as a code (for counting and charts) and in words. */
export interface CallReasonOf {
  code: CallReason;
  text: string;
}

/** An account on the call list. */
export interface AccountToCall {
  id: string;
  name: string;
  status: Account['status'];
  /** Last logged interaction (ISO), absent when there was none. */
  lastContactAt?: string;
  daysSinceContact?: number;
  openDeals: number;
  openAmount: number;
  currency?: string;
  reasons: CallReasonOf[];
}

/** The answer of `accounts-to-call`. */
export interface AccountsToCall {
  asOf: string;
  noContactDays: number;
  renewalDays: number;
  /** Accounts the caller owns (churned ones are left out). */
  ownedAccounts: number;
  /** Accounts with at least one reason. */
  total: number;
  /** How many accounts have each reason (an account can have several). */
  byReason: Record<CallReason, number>;
  /** The accounts to call, most pressing first, at most `limit`. */
  accounts: AccountToCall[];
  /** Every open deal of the owned accounts with its win score, for the next comparison. */
  deals: DigestDealSnapshot[];
}

const DAY = 86_400_000;

/**
 * A rep's accounts to call this week, each with its reasons in words: an open renewal deal closing
 * within `renewalDays` (or overdue), a deal whose model win score fell by 5 points or more since the
 * `previous` scores (the last digest's snapshot), no logged interaction for `noContactDays` days, and
 * — given by the caller, from the churn-risk skill — churn risk. Renewals are the demo CRM's renewal
 * deals (`type: renewal`); accounts have no contract end date.
 */
export const accountsToCall = defineSkill({
  name: 'accounts-to-call',
  description:
    "The caller's own accounts worth a call this week, with reasons: renewals coming up, falling win scores, no contact in 30 days.",
  roles: ['rep', 'manager', 'admin'],
  input: z.object({
    noContactDays: z.number().int().min(1).max(365).default(NO_CONTACT_DAYS),
    renewalDays: z.number().int().min(1).max(365).default(RENEWAL_DAYS),
    /** Win scores of open deals the last digest showed (deal id → probability 0..1). */
    previous: z.array(z.object({ id: z.string(), probability: z.number().min(0).max(1) })).default([]),
    /** Accounts another skill found at risk of churning (account id → reason in words). */
    churnRisk: z.array(z.object({ accountId: z.string(), text: z.string().min(1) })).default([]),
    limit: z.number().int().min(1).max(100).default(15),
  }),
  run: async (input, { caller, services }): Promise<AccountsToCall> => {
    if (!caller.userId)
      throw new CrmError(ErrorCode.InvalidInput, 'I need to know who you are to list your accounts.');
    const now = services.clock();
    // Renewals are calendar dates (their UTC day); "in N days" counts from the rep's own today.
    const today = localDayIn(now, caller.timezone);
    const accounts = (await services.store.accounts.find({ ownerId: caller.userId })).filter(
      (a) => a.status !== 'churned',
    );
    const ids = accounts.map((a) => a._id);
    const [interactions, open] = ids.length
      ? await Promise.all([
          services.store.interactions.find(
            { accountId: { $in: ids } },
            { projection: { accountId: 1, occurredAt: 1 } },
          ),
          services.store.deals.find({ accountId: { $in: ids }, stage: { $in: [...OPEN_STAGES] } }),
        ])
      : [[], [] as Deal[]];
    const lastContact = new Map<string, number>();
    for (const i of interactions) {
      const at = new Date(i.occurredAt).getTime();
      if (i.accountId && at <= now.getTime() && at > (lastContact.get(i.accountId) ?? -Infinity))
        lastContact.set(i.accountId, at);
    }
    const scores = await winScores(services, open, now);
    const before = new Map(input.previous.map((p) => [p.id, p.probability]));
    const churn = new Map(input.churnRisk.map((c) => [c.accountId, c.text]));
    const dealsOf = new Map<string, Deal[]>();
    for (const d of open) dealsOf.set(d.accountId, [...(dealsOf.get(d.accountId) ?? []), d]);

    const listed: (AccountToCall & { urgency: number })[] = [];
    for (const account of accounts) {
      const reasons: CallReasonOf[] = [];
      let urgency = 0;
      const deals = dealsOf.get(account._id) ?? [];
      for (const d of deals.filter((x) => x.type === 'renewal')) {
        const days = daysBetween(today, calendarDayOf(d.closeDate));
        if (days > input.renewalDays) continue;
        reasons.push({
          code: 'renewal-due',
          text:
            days < 0
              ? `renewal "${d.name}" (${money(d.amount, d.currency)}) was due ${calendarDayOf(d.closeDate)} and is still open`
              : `renewal "${d.name}" (${money(d.amount, d.currency)}) closes ${calendarDayOf(d.closeDate)}, in ${days} day${days === 1 ? '' : 's'}`,
        });
        urgency = Math.max(urgency, 400 - Math.max(days, 0));
      }
      for (const d of deals) {
        const was = before.get(d._id);
        const is = scores.get(d._id)!;
        if (was === undefined || was - is < SCORE_FALL) continue;
        reasons.push({
          code: 'score-falling',
          text: `win chance of "${d.name}" fell from ${pct(was)} to ${pct(is)} since the last digest`,
        });
        urgency = Math.max(urgency, 200 + Math.round((was - is) * 100));
      }
      const last = lastContact.get(account._id);
      const since = last === undefined ? undefined : Math.floor((now.getTime() - last) / DAY);
      if (since === undefined || since >= input.noContactDays) {
        reasons.push({
          code: 'no-contact',
          text:
            since === undefined
              ? 'no contact on record'
              : `no contact in ${since} days (last ${localDayIn(new Date(last!), caller.timezone)})`,
        });
        urgency = Math.max(urgency, 100 + Math.min(since ?? 99, 99));
      }
      const churnText = churn.get(account._id);
      if (churnText) {
        reasons.push({ code: 'churn-risk', text: churnText });
        urgency = Math.max(urgency, 300);
      }
      if (!reasons.length) continue;
      const currency = deals[0]?.currency;
      listed.push({
        id: account._id,
        name: account.name,
        status: account.status,
        ...(last !== undefined
          ? { lastContactAt: new Date(last).toISOString(), daysSinceContact: since }
          : {}),
        openDeals: deals.length,
        openAmount: Math.round(
          deals.filter((d) => d.currency === currency).reduce((s, d) => s + d.amount, 0),
        ),
        ...(currency ? { currency } : {}),
        reasons,
        urgency: urgency + reasons.length * 50,
      });
    }
    listed.sort(
      (a, b) => b.urgency - a.urgency || b.openAmount - a.openAmount || a.name.localeCompare(b.name),
    );
    const byReason = Object.fromEntries(CALL_REASONS.map((r) => [r, 0])) as Record<CallReason, number>;
    for (const a of listed) for (const code of new Set(a.reasons.map((r) => r.code))) byReason[code]++;
    return {
      asOf: now.toISOString(),
      noContactDays: input.noContactDays,
      renewalDays: input.renewalDays,
      ownedAccounts: accounts.length,
      total: listed.length,
      byReason,
      accounts: listed.slice(0, input.limit).map(({ urgency: _urgency, ...a }) => a),
      deals: open.map((d) => ({
        id: d._id,
        name: d.name,
        stage: d.stage,
        amount: d.amount,
        currency: d.currency,
        closeDate: calendarDayOf(d.closeDate),
        probability: Math.round(scores.get(d._id)! * 1000) / 1000,
      })),
    };
  },
});

/** Model win probability of each open deal (the stage probability when no model could be trained). */
async function winScores(
  services: Parameters<typeof leadScoreModelOf>[0],
  open: Deal[],
  now: Date,
): Promise<Map<string, number>> {
  let model: LeadScoreModel | undefined;
  try {
    model = await leadScoreModelOf(services);
  } catch (error) {
    if (!isCrmError(error, ErrorCode.Unavailable)) throw error;
  }
  const scores =
    model && open.length
      ? model.scoreDeals(open, await loadRecordsForDeals(services.store, open), now)
      : Float64Array.from(open, (d) => d.probability / 100);
  return new Map(open.map((d, i) => [d._id, scores[i]!]));
}

function pct(p: number): string {
  return `${Math.round(p * 100)}%`;
}

function money(amount: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(
    amount,
  );
}
