import { z } from 'zod';
import { CrmError, ErrorCode } from '../../core/errors';
import { DEAL_STAGES, isOpenStage, type Deal, type DealStage } from '../../vocabulary';
import { defineSkill } from '../skill';
import { RecordVisibility } from '../shared/record-visibility';

/**
 * Whether the caller may change a deal (admins any, managers their team's, reps their own — the
 * visibility policy's `whyMayNotChangeDeal`), with the reason in words when not; asked before the
 * stage dialog's questions.
 */
export const mayChangeDeal = defineSkill({
  name: 'may-change-deal',
  description: 'Whether the caller may change a deal, and why not',
  roles: ['rep', 'manager', 'admin'],
  input: z.object({ dealId: z.string().trim().min(1).max(64) }),
  run: async ({ dealId }, { caller, services }): Promise<{ allowed: boolean; reason?: string }> => {
    const deal = await services.store.deals.findById(dealId);
    if (!deal) return { allowed: false, reason: 'That deal no longer exists.' };
    const reason = await (await RecordVisibility.of(services, caller)).whyMayNotChange(deal);
    return reason ? { allowed: false, reason } : { allowed: true };
  },
});

/** What `update-deal-stage` changed. */
export interface DealStageUpdate {
  deal: { id: string; name: string; accountId: string; amount: number; currency: string };
  from: DealStage;
  to: DealStage;
  reopened: boolean;
  closedAt?: Date;
  at: Date;
}

const CLOSED_FIELDS: Record<'closed_won' | 'closed_lost', Pick<Deal, 'probability' | 'forecastCategory'>> = {
  closed_won: { probability: 100, forecastCategory: 'closed' },
  closed_lost: { probability: 0, forecastCategory: 'omitted' },
};

/**
 * Moves a deal to another stage: appends to its stage history, sets closedAt (and probability
 * 100/0) for closed stages, refuses to move a closed deal unless `reopen` is set. Reps may change
 * only their own deals, managers their team's, admins any (the visibility policy); the result
 * names the deal's amount only to those allowed to change it, who see it in full.
 */
export const updateDealStage = defineSkill({
  name: 'update-deal-stage',
  description:
    'Move a deal to another stage (prospecting, qualification, proposal, negotiation, closed_won, closed_lost). Input: dealId, or the deal name (optionally with its account name); the stage; reopen=true to move a closed deal back; an optional lost reason for closed_lost.',
  roles: ['rep', 'manager', 'admin'],
  changesData: true,
  input: z
    .object({
      dealId: z.string().trim().min(1).max(64).optional(),
      deal: z.string().trim().min(1).max(200).optional(),
      account: z.string().trim().min(1).max(200).optional(),
      stage: z.enum(DEAL_STAGES),
      reopen: z.boolean().default(false),
      lostReason: z.string().trim().min(1).max(500).optional(),
    })
    .refine((v) => v.dealId || v.deal, { message: 'name the deal or give its id', path: ['deal'] }),
  run: async (input, { caller, services }): Promise<DealStageUpdate> => {
    const visibility = await RecordVisibility.of(services, caller);
    const account = input.account ? await visibility.resolveAccount(input.account) : undefined;
    const scope = account ? { accountId: account._id, accountName: account.name } : {};
    const deal = await visibility.resolveDeal(input.dealId ?? input.deal!, scope);
    const refusal = await visibility.whyMayNotChange(deal);
    if (refusal) throw new CrmError(ErrorCode.Forbidden, refusal, { dealId: deal._id });
    if (deal.stage === input.stage) {
      throw new CrmError(
        ErrorCode.Conflict,
        `"${deal.name}" is already in ${input.stage.replace('_', ' ')}.`,
        { dealId: deal._id },
      );
    }
    const reopening = !isOpenStage(deal.stage);
    if (reopening && !input.reopen) {
      throw new CrmError(
        ErrorCode.Conflict,
        `"${deal.name}" is ${deal.stage.replace('_', ' ')}; say that you want to reopen it to move it to ${input.stage.replace('_', ' ')}.`,
        { dealId: deal._id, stage: deal.stage },
      );
    }
    const now = services.clock();
    const closing = input.stage === 'closed_won' || input.stage === 'closed_lost';
    const set: Record<string, unknown> = { stage: input.stage };
    const unset: Record<string, ''> = {};
    if (closing) {
      Object.assign(set, { closedAt: now, ...CLOSED_FIELDS[input.stage as 'closed_won' | 'closed_lost'] });
      if (input.stage === 'closed_lost' && input.lostReason) set.lostReason = input.lostReason;
      else unset.lostReason = '';
    } else if (reopening) {
      Object.assign(set, { forecastCategory: 'pipeline' });
      Object.assign(unset, { closedAt: '', lostReason: '' });
    }
    const change = { stage: input.stage, at: now, ...(caller.userId ? { byUserId: caller.userId } : {}) };
    // Only if nobody moved the deal since we read it (optimistic concurrency on the stage).
    const result = await services.store.deals.updateOne(
      { _id: deal._id, stage: deal.stage },
      { $set: set, ...(Object.keys(unset).length ? { $unset: unset } : {}), $push: { stageHistory: change } },
    );
    if (result.matchedCount === 0) {
      throw new CrmError(
        ErrorCode.Conflict,
        `"${deal.name}" was changed by someone else just now; please look at it again.`,
        { dealId: deal._id },
      );
    }
    return {
      deal: {
        id: deal._id,
        name: deal.name,
        accountId: deal.accountId,
        amount: deal.amount,
        currency: deal.currency,
      },
      from: deal.stage,
      to: input.stage,
      reopened: reopening,
      ...(closing ? { closedAt: now } : {}),
      at: now,
    };
  },
});
