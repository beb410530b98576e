import { z } from 'zod';
import { CrmError, ErrorCode } from '../../core/errors';
import { defineSkill } from '../skill';
import { dayAfter, startOfLocalDay } from '../shared/local-day';
import { RecordVisibility } from '../shared/record-visibility';
import { calendarDaySchema } from '../shared/calendar-day-schema';

/** One currency's won revenue and the share its top accounts bring (amounts are never converted). */
export interface CurrencyConcentration {
  currency: string;
  /** Every won deal's amount in this currency, added up. */
  total: number;
  /** The accounts with a won deal in this currency. */
  accounts: number;
  /** What the top accounts (`RevenueConcentration.top`, fewer when fewer have won deals) brought. */
  topTotal: number;
  /** `topTotal / total`, 0..1. */
  share: number;
  /** The top accounts, the biggest first: name and won amount. */
  leaders: Array<{ name: string; amount: number }>;
}

export interface RevenueConcentration {
  top: number;
  /** The days deals were won between, when asked (inclusive); otherwise all time. */
  closedFrom?: string;
  closedTo?: string;
  /** Per currency, the biggest total first. */
  currencies: CurrencyConcentration[];
}

const day = calendarDaySchema;

/**
 * How concentrated won revenue is: the share of every won deal's amount that the N accounts which
 * won the most bring, per currency (amounts are never converted), over all time or the days asked.
 * For admins and analysts, who read every deal: the figure is over the whole CRM.
 */
export const revenueConcentration = defineSkill({
  name: 'revenue-concentration',
  description:
    'Share of won revenue that the top N accounts bring, per currency, over all time or a period (admins and analysts)',
  roles: ['admin', 'analyst'],
  input: z.object({
    top: z.number().int().min(1).max(100),
    closedFrom: day.optional(),
    closedTo: day.optional(),
  }),
  run: async ({ top, closedFrom, closedTo }, { caller, services }): Promise<RevenueConcentration> => {
    const visibility = await RecordVisibility.of(services, caller);
    if ((await visibility.access(undefined, 'deal')) !== 'full')
      throw new CrmError(ErrorCode.Forbidden, 'You may not read every deal.');
    const closedAt: Record<string, Date> = {};
    if (closedFrom) closedAt.$gte = startOfLocalDay(closedFrom, caller.timezone);
    if (closedTo) closedAt.$lt = startOfLocalDay(dayAfter(closedTo), caller.timezone);
    const won = await services.store.deals.find(
      { stage: 'closed_won', ...(closedFrom || closedTo ? { closedAt } : {}) },
      { projection: { accountId: 1, amount: 1, currency: 1 } },
    );
    const byCurrency = new Map<string, Map<string, number>>();
    for (const deal of won) {
      const accounts = byCurrency.get(deal.currency) ?? new Map<string, number>();
      accounts.set(deal.accountId, (accounts.get(deal.accountId) ?? 0) + deal.amount);
      byCurrency.set(deal.currency, accounts);
    }
    const leaderIds = new Set<string>();
    const ranked = [...byCurrency].map(([currency, accounts]) => {
      const sorted = [...accounts].sort((a, b) => b[1] - a[1]);
      for (const [id] of sorted.slice(0, top)) leaderIds.add(id);
      return { currency, sorted };
    });
    const names = new Map(
      (await services.store.accounts.find({ _id: { $in: [...leaderIds] } }, { projection: { name: 1 } })).map(
        (a) => [a._id, a.name],
      ),
    );
    const currencies = ranked
      .map(({ currency, sorted }) => {
        const total = sorted.reduce((sum, [, amount]) => sum + amount, 0);
        const leaders = sorted.slice(0, top).map(([id, amount]) => ({ name: names.get(id) ?? id, amount }));
        const topTotal = leaders.reduce((sum, leader) => sum + leader.amount, 0);
        return {
          currency,
          total,
          accounts: sorted.length,
          topTotal,
          share: total ? topTotal / total : 0,
          leaders,
        };
      })
      .sort((a, b) => b.total - a.total);
    return { top, ...(closedFrom ? { closedFrom } : {}), ...(closedTo ? { closedTo } : {}), currencies };
  },
});
