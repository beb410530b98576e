import { ErrorCode, isCrmError } from '../../core/errors';
import type { LeadScoreModel } from '../../ml/scoring/crm-lead-score';
import type { Caller, SkillServices } from '../skill';
import { loadRecordsForDeals } from './crm-records-from-store';
import { ownerFilter, type DealScope } from './deal-scope';
import type { ForecastPeriod } from './forecast-period';
import { leadScoreModelOf } from './lead-score-model';
import {
  pipelineForecast,
  type CurrencyForecast,
  type ForecastChanges,
  type ForecastDeal,
} from './pipeline-forecast';
import { RecordVisibility } from './record-visibility';

/** The pipeline forecast of one scope and period, as the forecast skill and the summaries give it. */
export interface ScopeForecast {
  /** One entry per currency, largest weighted forecast first. */
  currencies: CurrencyForecast[];
  /** Open deals closing in the period, largest expected value first. */
  deals: ForecastDeal[];
  changes: ForecastChanges;
  /** The lead-score version that weighed the deals (absent when stage probabilities did). */
  modelVersion?: string;
  /** Why no model weighed the deals, when none did. */
  modelUnavailable?: string;
}

/**
 * The weighted pipeline forecast of a resolved scope for a period: the scope's deals closing or
 * closed in it that the caller sees in full, weighed by the lead-score model (stage probabilities
 * when no model could be trained). The one computation behind the forecast skill, the forecast
 * digest (through that skill) and the pipeline summary's "forecast against target", so they agree.
 */
export async function forecastOfScope(
  services: SkillServices,
  caller: Caller,
  scope: DealScope,
  period: ForecastPeriod,
): Promise<ScopeForecast> {
  const now = services.clock();
  const visibility = await RecordVisibility.of(services, caller);
  const scopeDeals = await services.store.deals.find({
    ...ownerFilter(scope),
    $or: [
      { closeDate: { $gte: period.from, $lt: period.to } },
      { closedAt: { $gte: period.from, $lt: period.to } },
    ],
  });
  // The scope is the caller's to see; each deal is checked again, so no figure of another team's deal counts.
  const deals = await visibility.onlyFull(scopeDeals, (d) => d.ownerId, 'deal');
  let model: LeadScoreModel | undefined;
  let modelUnavailable: string | undefined;
  try {
    model = await leadScoreModelOf(services);
  } catch (error) {
    if (!isCrmError(error, ErrorCode.Unavailable)) throw error;
    modelUnavailable = error.message;
  }
  const records = await loadRecordsForDeals(services.store, deals);
  const pipeline = pipelineForecast(deals, records, model, period, now);
  return {
    currencies: pipeline.currencies,
    deals: pipeline.deals,
    changes: pipeline.changes,
    ...(model ? { modelVersion: model.version } : { modelUnavailable }),
  };
}
