import { z } from 'zod';
import { ErrorCode, isCrmError } from '../../core/errors';
import type { LeadScoreModel } from '../../ml/scoring/crm-lead-score';
import { OPEN_STAGES } from '../../vocabulary';
import type { DigestDealSnapshot } from '../../vocabulary/digest';
import { loadRecordsForDeals } from '../shared/crm-records-from-store';
import { ownerFilter, resolveDealScope } from '../shared/deal-scope';
import { leadScoreModelOf } from '../shared/lead-score-model';
import { RecordVisibility } from '../shared/record-visibility';
import { defineSkill } from '../skill';

/**
 * The deals a digest compares with its last one: every open deal of the caller's scope (whatever
 * its close date, so a slipped deal is still seen) and those closed since `since`, each with its
 * model win probability (the stage probability when no model could be trained).
 */
export const digestDeals = defineSkill({
  name: 'digest-deals',
  description: "The caller's open deals and recently closed ones with win scores, as a digest compares them.",
  roles: ['rep', 'manager', 'admin'],
  input: z.object({
    since: z.coerce.date(),
    scope: z.enum(['mine', 'team', 'all']).optional(),
  }),
  run: async (input, { caller, services }): Promise<{ deals: DigestDealSnapshot[] }> => {
    const now = services.clock();
    const scope = await resolveDealScope(services, caller, input);
    const visibility = await RecordVisibility.of(services, caller);
    const found = await services.store.deals.find({
      ...ownerFilter(scope),
      $or: [{ stage: { $in: [...OPEN_STAGES] } }, { closedAt: { $gte: input.since } }],
    });
    const deals = await visibility.onlyFull(found, (d) => d.ownerId, 'deal');
    let model: LeadScoreModel | undefined;
    try {
      model = await leadScoreModelOf(services);
    } catch (error) {
      if (!isCrmError(error, ErrorCode.Unavailable)) throw error;
    }
    const open = deals.filter((d) => (OPEN_STAGES as readonly string[]).includes(d.stage));
    const scores =
      model && open.length
        ? model.scoreDeals(open, await loadRecordsForDeals(services.store, open), now)
        : Float64Array.from(open, (d) => d.probability / 100);
    const scoreOf = new Map(open.map((d, i) => [d._id, scores[i]!]));
    return {
      deals: deals.map((d) => ({
        id: d._id,
        name: d.name,
        stage: d.stage,
        amount: d.amount,
        currency: d.currency,
        closeDate: d.closeDate.toISOString().slice(0, 10),
        ...(d.closedAt ? { closedAt: d.closedAt.toISOString() } : {}),
        probability: Math.round((scoreOf.get(d._id) ?? (d.stage === 'closed_won' ? 1 : 0)) * 1000) / 1000,
      })),
    };
  },
});
