import { z } from 'zod';
import { CrmError, ErrorCode } from '../../core/errors';
import { isOpenStage } from '../../vocabulary';
import { defineSkill } from '../skill';
import { calendarDaySchema } from '../shared/calendar-day-schema';
import { RecordVisibility } from '../shared/record-visibility';

/** What `update-deal` changed: each field's value before and after. */
export interface DealTermsUpdate {
  deal: { id: string; name: string; accountId: string; currency: string };
  amount?: { from: number; to: number };
  closeDate?: { from: Date; to: Date };
  at: Date;
}

/** Largest amount a deal may be given (a typo of three zeros too many is refused, not saved). */
const MAX_AMOUNT = 1_000_000_000;

/**
 * Changes an open deal's amount or expected close date (or both). Reps may change only their own
 * deals, managers their team's, admins any (the visibility policy, as for a stage move); a closed
 * deal keeps its terms (its booking is history: reopen it first). Writes only if nobody changed the
 * deal's stage since it was read. A close date moved later leaves a "Close date moved from … to …"
 * note on the deal, which the at-risk check reads as a slip.
 */
export const updateDeal = defineSkill({
  name: 'update-deal',
  description:
    "Change an open deal's amount or expected close date. Input: dealId, or the deal name (optionally with its account name); amount (in the deal's currency) and/or closeDate (YYYY-MM-DD).",
  roles: ['rep', 'manager', 'admin'],
  changesData: true,
  input: z
    .object({
      dealId: z.string().trim().min(1).max(64).optional(),
      deal: z.string().trim().min(1).max(200).optional(),
      account: z.string().trim().min(1).max(200).optional(),
      amount: z.number().positive().max(MAX_AMOUNT).optional(),
      closeDate: calendarDaySchema.optional(),
    })
    .refine((v) => v.dealId || v.deal, { message: 'name the deal or give its id', path: ['deal'] })
    .refine((v) => v.amount !== undefined || v.closeDate !== undefined, {
      message: 'say the new amount or close date',
      path: ['amount'],
    }),
  run: async (input, { caller, services }): Promise<DealTermsUpdate> => {
    const visibility = await RecordVisibility.of(services, caller);
    const account = input.account ? await visibility.resolveAccount(input.account) : undefined;
    const scope = account ? { accountId: account._id, accountName: account.name } : {};
    const deal = await visibility.resolveDeal(input.dealId ?? input.deal!, scope);
    const refusal = await visibility.whyMayNotChange(deal);
    if (refusal) throw new CrmError(ErrorCode.Forbidden, refusal, { dealId: deal._id });
    if (!isOpenStage(deal.stage)) {
      throw new CrmError(
        ErrorCode.Conflict,
        `"${deal.name}" is ${deal.stage.replace('_', ' ')}; a closed deal keeps its amount and close date (reopen it first).`,
        { dealId: deal._id, stage: deal.stage },
      );
    }
    const set: Record<string, unknown> = {};
    const result: DealTermsUpdate = {
      deal: { id: deal._id, name: deal.name, accountId: deal.accountId, currency: deal.currency },
      at: services.clock(),
    };
    if (input.amount !== undefined) {
      set.amount = input.amount;
      result.amount = { from: deal.amount, to: input.amount };
    }
    if (input.closeDate !== undefined) {
      // Close dates are days, kept at the start of the UTC day as the seed keeps them.
      const to = new Date(`${input.closeDate}T00:00:00.000Z`);
      set.closeDate = to;
      result.closeDate = { from: deal.closeDate, to };
    }
    const written = await services.store.deals.updateOne({ _id: deal._id, stage: deal.stage }, { $set: set });
    if (written.matchedCount === 0) {
      throw new CrmError(
        ErrorCode.Conflict,
        `"${deal.name}" was changed by someone else just now; please look at it again.`,
        { dealId: deal._id },
      );
    }
    // A later close date is noted on the deal as the seed and the import note it: the at-risk check
    // reads "Close date moved from … to …" notes as a deal that slipped.
    if (result.closeDate && result.closeDate.to > result.closeDate.from && caller.userId) {
      const day = (date: Date) => date.toISOString().slice(0, 10);
      await services.store.interactions.insertOne({
        type: 'note',
        accountId: deal.accountId,
        dealId: deal._id,
        userId: caller.userId,
        occurredAt: result.at,
        summary: `Close date moved from ${day(result.closeDate.from)} to ${day(result.closeDate.to)}`,
      });
    }
    return result;
  },
});
