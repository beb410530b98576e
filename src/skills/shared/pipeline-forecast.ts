import type { LeadScoreModel } from '../../ml/scoring/crm-lead-score';
import { stageAt, dealCreatedAt } from '../../ml/scoring/crm-features';
import type { CrmRecords, DealRecord } from '../../ml/scoring/crm-records';
import { isOpenStage, STAGE_PROBABILITY, type DealStage } from '../../vocabulary';
import type { ForecastPeriod } from './forecast-period';

/** The forecast of one currency (amounts in different currencies are never added up). */
export interface CurrencyForecast {
  currency: string;
  /** Won in the period already. */
  closedWon: number;
  /** Open deals by the rep's forecast category (not cumulative). */
  commit: number;
  bestCase: number;
  pipeline: number;
  openDeals: number;
  /** Won + each open deal's amount times the model's win probability. */
  weighted: number;
  /** Won + each open deal's amount times the rep's (stage) probability, for comparison. */
  stageWeighted: number;
}

/** One deal's contribution to the forecast. */
export interface ForecastDeal {
  id: string;
  name: string;
  stage: string;
  amount: number;
  currency: string;
  forecastCategory: string;
  probability: number;
}

/** What moved the forecast since yesterday. */
export interface ForecastChanges {
  since: Date;
  /** Weighted forecast per currency yesterday (same deals, stages and model as of then). */
  weightedBefore: { currency: string; amount: number }[];
  newDeals: ForecastDeal[];
  won: ForecastDeal[];
  lost: ForecastDeal[];
  stageMoves: (ForecastDeal & { from: string; to: string })[];
  /** Deals whose win probability moved by 5 points or more. */
  probabilityMoves: (ForecastDeal & { before: number })[];
}

/**
 * The pipeline forecast for a period: deals won in it and open deals closing in it, by category,
 * weighted by the model's probabilities (and by the reps' stage probabilities for comparison), per
 * currency; and the same as of 24 hours earlier, to say what changed. Without a model (too little
 * history to train one) the stage probabilities weigh both.
 */
export function pipelineForecast(
  deals: readonly DealRecord[],
  records: CrmRecords,
  model: LeadScoreModel | undefined,
  period: ForecastPeriod,
  now: Date,
): { currencies: CurrencyForecast[]; deals: ForecastDeal[]; changes: ForecastChanges } {
  const score = (open: readonly DealRecord[], asOf: Date) =>
    model
      ? model.scoreDeals(open, records, asOf)
      : Float64Array.from(open, (d) => stageProbabilityAt(d, asOf));
  const yesterday = new Date(now.getTime() - 86_400_000);
  const inPeriod = (date: Date | undefined) => date !== undefined && date >= period.from && date < period.to;
  const openNow = deals.filter((d) => isOpenStage(d.stage) && inPeriod(d.closeDate));
  const wonNow = deals.filter((d) => d.stage === 'closed_won' && inPeriod(d.closedAt));
  const probabilities = openNow.length ? score(openNow, now) : new Float64Array(0);
  const forecastDeals = openNow.map((d, i) => toForecastDeal(d, d.stage, probabilities[i]!));

  const byCurrency = new Map<string, CurrencyForecast>();
  const entry = (currency: string) => {
    let found = byCurrency.get(currency);
    if (!found)
      byCurrency.set(
        currency,
        (found = {
          currency,
          closedWon: 0,
          commit: 0,
          bestCase: 0,
          pipeline: 0,
          openDeals: 0,
          weighted: 0,
          stageWeighted: 0,
        }),
      );
    return found;
  };
  for (const deal of wonNow) {
    const e = entry(deal.currency);
    e.closedWon += deal.amount;
    e.weighted += deal.amount;
    e.stageWeighted += deal.amount;
  }
  openNow.forEach((deal, i) => {
    const e = entry(deal.currency);
    e.openDeals++;
    if (deal.forecastCategory === 'commit') e.commit += deal.amount;
    else if (deal.forecastCategory === 'best_case') e.bestCase += deal.amount;
    else if (deal.forecastCategory !== 'omitted') e.pipeline += deal.amount;
    e.weighted += deal.amount * probabilities[i]!;
    e.stageWeighted += (deal.amount * deal.probability) / 100;
  });

  // Yesterday: deals that existed then, in the stage they were in then, scored as of then.
  const openThen = deals.filter(
    (d) =>
      dealCreatedAt(d) <= yesterday &&
      inPeriod(d.closeDate) &&
      (isOpenStage(d.stage) || (d.closedAt !== undefined && d.closedAt > yesterday)) &&
      isOpenStage(stageAt(d, yesterday).stage),
  );
  const wonThen = deals.filter(
    (d) => d.stage === 'closed_won' && d.closedAt && d.closedAt <= yesterday && inPeriod(d.closedAt),
  );
  const probabilitiesThen = openThen.length ? score(openThen, yesterday) : new Float64Array(0);
  const weightedBefore = new Map<string, number>();
  for (const deal of wonThen)
    weightedBefore.set(deal.currency, (weightedBefore.get(deal.currency) ?? 0) + deal.amount);
  openThen.forEach((deal, i) =>
    weightedBefore.set(
      deal.currency,
      (weightedBefore.get(deal.currency) ?? 0) + deal.amount * probabilitiesThen[i]!,
    ),
  );
  const thenById = new Map(
    openThen.map((d, i) => [
      d._id,
      { stage: stageAt(d, yesterday).stage, probability: probabilitiesThen[i]! },
    ]),
  );
  const nowById = new Map(forecastDeals.map((d) => [d.id, d]));

  const closedSince = (stage: string) =>
    deals
      .filter(
        (d) =>
          d.stage === stage &&
          d.closedAt &&
          d.closedAt > yesterday &&
          d.closedAt <= now &&
          inPeriod(d.closedAt),
      )
      .map((d) => toForecastDeal(d, d.stage, d.stage === 'closed_won' ? 1 : 0));
  const changes: ForecastChanges = {
    since: yesterday,
    weightedBefore: [...weightedBefore].map(([currency, amount]) => ({ currency, amount })),
    newDeals: forecastDeals.filter(
      (d) => !thenById.has(d.id) && dealCreatedAt(openNow.find((o) => o._id === d.id)!) > yesterday,
    ),
    won: closedSince('closed_won'),
    lost: closedSince('closed_lost'),
    stageMoves: forecastDeals.flatMap((d) => {
      const before = thenById.get(d.id);
      return before && before.stage !== d.stage ? [{ ...d, from: before.stage, to: d.stage }] : [];
    }),
    probabilityMoves: [...nowById.values()]
      .flatMap((d) => {
        const before = thenById.get(d.id);
        return before && Math.abs(d.probability - before.probability) >= 0.05
          ? [{ ...d, before: before.probability }]
          : [];
      })
      .sort((a, b) => Math.abs(b.probability - b.before) - Math.abs(a.probability - a.before))
      .slice(0, 5),
  };
  const currencies = [...byCurrency.values()].sort((a, b) => b.weighted - a.weighted);
  return {
    currencies,
    deals: forecastDeals.sort((a, b) => b.amount * b.probability - a.amount * a.probability),
    changes,
  };
}

/** Without a model: the default probability of the stage the deal was in (today: the rep's own figure). */
function stageProbabilityAt(deal: DealRecord, asOf: Date): number {
  const stage = stageAt(deal, asOf).stage;
  if (stage === deal.stage) return deal.probability / 100;
  // A stage the deal has since left: its default; a closed one (the deal was reopened) counts as 10%.
  return (isOpenStage(stage) ? STAGE_PROBABILITY[stage as DealStage] : 10) / 100;
}

function toForecastDeal(deal: DealRecord, stage: string, probability: number): ForecastDeal {
  return {
    id: deal._id,
    name: deal.name,
    stage,
    amount: deal.amount,
    currency: deal.currency,
    forecastCategory: deal.forecastCategory,
    probability,
  };
}
