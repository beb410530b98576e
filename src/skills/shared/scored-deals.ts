import type { LeadScoreModel, ScoreFactorText } from '../../ml/scoring/crm-lead-score';
import type { CrmRecords, DealRecord } from '../../ml/scoring/crm-records';
import { loadRecordsForDeals } from './crm-records-from-store';
import { OPEN_STAGES } from '../../vocabulary';
import type { Filter } from '../../store/store';
import type { SkillServices } from '../skill';
import { ownerFilter, type DealScope } from './deal-scope';
import { leadScoreModelOf } from './lead-score-model';

/** A deal with its model score, as the scoring and forecast skills return it. */
export interface ScoredDeal {
  id: string;
  name: string;
  accountId: string;
  accountName: string;
  ownerId: string;
  ownerName?: string;
  stage: string;
  amount: number;
  currency: string;
  closeDate: Date;
  forecastCategory: string;
  /** The rep's (or stage's) probability, 0..1. */
  repProbability: number;
  /** The model's win probability, 0..1. */
  probability: number;
}

/** Open deals of a scope (optionally narrowed by `extra`), as CRM records. */
export async function openDealsIn(
  services: SkillServices,
  scope: DealScope,
  extra: Filter = {},
): Promise<DealRecord[]> {
  return services.store.deals.find({ ...ownerFilter(scope), stage: { $in: [...OPEN_STAGES] }, ...extra });
}

/** Scores deals with the current model as of `asOf`, returning the model and records for explanations. */
export async function scoreDeals(
  services: SkillServices,
  deals: DealRecord[],
  asOf: Date,
): Promise<{ model: LeadScoreModel; records: CrmRecords; scored: ScoredDeal[] }> {
  const model = await leadScoreModelOf(services);
  const records = await loadRecordsForDeals(services.store, deals);
  const probabilities = deals.length ? model.scoreDeals(deals, records, asOf) : new Float64Array(0);
  const owners = await ownerNamesOf(services, deals);
  const scored = deals.map((deal, i) => scoredDealOf(deal, probabilities[i]!, records, owners));
  return { model, records, scored };
}

/** A scored deal with the factors behind its score. */
export interface ExplainedDeal extends ScoredDeal {
  baseProbability: number;
  up: ScoreFactorText[];
  down: ScoreFactorText[];
  modelVersion: string;
}

/** Explains each scored deal (top factors up and down, in words). */
export function explainDeals(
  model: LeadScoreModel,
  records: CrmRecords,
  deals: DealRecord[],
  scored: ScoredDeal[],
  asOf: Date,
): ExplainedDeal[] {
  return scored.map((item, i) => {
    const explanation = model.explainDeal(deals[i]!, records, asOf);
    return {
      ...item,
      probability: explanation.probability,
      baseProbability: explanation.baseProbability,
      up: explanation.up,
      down: explanation.down,
      modelVersion: model.version,
    };
  });
}

/** The names of the owners of `deals`, by user id. */
export async function ownerNamesOf(
  services: SkillServices,
  deals: readonly DealRecord[],
): Promise<Map<string, string>> {
  const users = await services.store.users.find(
    { _id: { $in: [...new Set(deals.map((d) => d.ownerId))] } },
    { projection: { name: 1 } },
  );
  return new Map(users.map((u) => [u._id, u.name]));
}

/** A deal as skills report it: names resolved, the rep's probability as a fraction, the model's beside it. */
export function scoredDealOf(
  deal: DealRecord,
  probability: number,
  records: CrmRecords,
  owners: ReadonlyMap<string, string>,
): ScoredDeal {
  return {
    id: deal._id,
    name: deal.name,
    accountId: deal.accountId,
    accountName: records.accountById.get(deal.accountId)?.name ?? 'unknown account',
    ownerId: deal.ownerId,
    ownerName: owners.get(deal.ownerId),
    stage: deal.stage,
    amount: deal.amount,
    currency: deal.currency,
    closeDate: deal.closeDate,
    forecastCategory: deal.forecastCategory,
    repProbability: deal.probability / 100,
    probability,
  };
}
