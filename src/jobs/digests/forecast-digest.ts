import { renderAdaptiveCard } from '../../bots/render/adaptive-card';
import { atRiskDeals } from '../../skills/at-risk-deals';
import { DigestLedger, digestDeals, salesTargetOf, targetPeriodOf } from '../../skills/digests';
import { forecast } from '../../skills/forecast';
import { callerOfUser } from '../../skills/shared/user-directory';
import { invokeSkill, type Caller, type SkillServices } from '../../skills/skill';
import type { User } from '../../vocabulary';
import type { DigestDealSnapshot, DigestSubscription } from '../../vocabulary/digest';
import { digestChanges, type DigestChanges } from './digest-changes';
import { renderForecastChart } from './forecast-chart';
import { formatMoney } from './digest-money';
import { localDayOf } from './local-day';
import { dealsVersionOf, teamFiguresCacheOf } from './team-figures-cache';

/** The reply shape the channel renderers take (dialogs' `Reply`, named through the renderer). */
export type DigestReply = Parameters<typeof renderAdaptiveCard>[0];

/** The figures of a manager's forecast digest (written as `digest.json` by `crmpro digest preview`). */
export interface ForecastDigestFigures {
  kind: 'forecast';
  generatedAt: string;
  subscriber: { name: string; email: string; team: string; timezone: string };
  scope: string;
  period: { label: string; key: string; from: string; to: string };
  currency: string;
  weighted: number;
  stageWeighted: number;
  closedWon: number;
  commit: number;
  bestCase: number;
  pipeline: number;
  openDeals: number;
  target: { amount: number; currency: string } | null;
  /** Weighted forecast / target (null without a target in the same currency). */
  attainment: number | null;
  gapToTarget: number | null;
  changes: DigestChanges;
  atRisk: {
    id: string;
    name: string;
    amount: number;
    currency: string;
    probability: number;
    reasons: string[];
  }[];
  modelVersion?: string;
}

/** A composed digest: figures, the channel-neutral reply (chart included) and the chart itself. */
export interface ComposedDigest<Figures = ForecastDigestFigures> {
  figures: Figures;
  reply: DigestReply;
  chartPng: Buffer;
  /** The chart's file name in a preview (`forecast.png` for the forecast digest). */
  chartName: string;
  /** What to keep for the next digest to compare with (none: the snapshot is left as it was). */
  snapshot?: DigestDealSnapshot[];
}

const AT_RISK_SHOWN = 5;
/** How far back the shared list of a team's closed deals reaches (a weekly digest's gap, with room). */
const DEALS_WINDOW_DAYS = 35;

/**
 * The key under which digests share composed figures: a manager's team (every manager of a team
 * sees the same deals), or the person themselves for other roles; with the time zone and local day,
 * because "this quarter" and the day are read in the subscriber's zone.
 */
export function sharedScopeKeyOf(caller: Caller, timezone: string, now: Date): string {
  const scope = caller.role === 'manager' && caller.team ? `team:${caller.team}` : `user:${caller.userId}`;
  return `${scope}|${timezone}|${localDayOf(now, timezone)}`;
}

/**
 * Composes a manager's daily forecast digest from the skills: the forecast of this quarter for
 * their scope (team for a manager), the team's target, what changed since their last digest, the
 * top deals at risk with reasons and the forecast chart. Sends nothing.
 */
export async function composeForecastDigest(
  services: SkillServices,
  subscription: DigestSubscription,
  user: User,
): Promise<ComposedDigest & { snapshot: DigestDealSnapshot[] }> {
  const caller = callerOfUser(user, subscription.timezone);
  const now = services.clock();
  const previous = await new DigestLedger(services.store).snapshotOf(subscription._id);
  const since = previous?.takenAt ?? new Date(now.getTime() - 86_400_000);
  const cache = await teamFiguresCacheOf(services);
  const cacheKey = sharedScopeKeyOf(caller, subscription.timezone, now);
  const shared = await cache.figures(cacheKey, await dealsVersionOf(services), now.getTime(), async () => {
    const dealsSince = new Date(now.getTime() - DEALS_WINDOW_DAYS * 86_400_000);
    const [forecastResult, risky, scored] = await Promise.all([
      invokeSkill(forecast, { period: 'this quarter' }, { caller, services }),
      invokeSkill(atRiskDeals, { period: 'this quarter', limit: AT_RISK_SHOWN }, { caller, services }),
      invokeSkill(digestDeals, { since: dealsSince }, { caller, services }),
    ]);
    return { forecast: forecastResult, risky, deals: scored.deals, dealsSince };
  });
  const { forecast: result, risky } = shared;
  // The shared list reaches back DEALS_WINDOW_DAYS; a subscriber whose last digest is older asks afresh.
  const deals =
    since >= shared.dealsSince
      ? shared.deals.filter(
          (d) =>
            !d.stage.startsWith('closed') || (d.closedAt !== undefined && d.closedAt >= since.toISOString()),
        )
      : (await invokeSkill(digestDeals, { since }, { caller, services })).deals;
  const periodKey = targetPeriodOf(result.period.from, result.period.to);
  const target = await salesTargetOf(services.store, user.team, periodKey);
  const main = result.currencies.find((c) => c.currency === target?.currency) ?? result.currencies[0];
  // Nothing in the period yet is news too: the digest then shows zeros (and the target, if set).
  const currency = main?.currency ?? target?.currency ?? 'USD';
  const sameCurrency = target && target.currency === currency ? target : null;
  const figures: ForecastDigestFigures = {
    kind: 'forecast',
    generatedAt: now.toISOString(),
    subscriber: { name: user.name, email: user.email, team: user.team, timezone: subscription.timezone },
    scope: result.scope,
    period: {
      label: result.period.label,
      key: periodKey,
      from: result.period.from.toISOString(),
      to: result.period.to.toISOString(),
    },
    currency,
    weighted: round(main?.weighted ?? 0),
    stageWeighted: round(main?.stageWeighted ?? 0),
    closedWon: round(main?.closedWon ?? 0),
    commit: round(main?.commit ?? 0),
    bestCase: round(main?.bestCase ?? 0),
    pipeline: round(main?.pipeline ?? 0),
    openDeals: main?.openDeals ?? 0,
    target: target ? { amount: target.amount, currency: target.currency } : null,
    attainment: sameCurrency ? Math.round(((main?.weighted ?? 0) / sameCurrency.amount) * 1000) / 1000 : null,
    gapToTarget: sameCurrency ? round(sameCurrency.amount - (main?.weighted ?? 0)) : null,
    changes: digestChanges(previous, deals),
    atRisk: risky.deals.map((d) => ({
      id: d.id,
      name: d.name,
      amount: d.amount,
      currency: d.currency,
      probability: Math.round(d.probability * 1000) / 1000,
      reasons: d.risks.map((r) => r.reason),
    })),
    ...(result.modelVersion ? { modelVersion: result.modelVersion } : {}),
  };
  const chartFigures = {
    currency,
    closedWon: figures.closedWon,
    commit: figures.commit,
    bestCase: figures.bestCase,
    pipeline: figures.pipeline,
    weighted: figures.weighted,
    target: sameCurrency?.amount ?? null,
    period: figures.period.label,
  };
  const chartPng = await cache.chart(cacheKey, JSON.stringify(chartFigures), () =>
    renderForecastChart(chartFigures),
  );
  return {
    figures,
    reply: forecastDigestReply(figures, chartPng),
    chartPng,
    chartName: 'forecast.png',
    snapshot: deals,
  };
}

/** The digest as a channel-neutral reply: the figures as facts, changes and risks as lists, the chart. */
export function forecastDigestReply(figures: ForecastDigestFigures, chartPng: Buffer): DigestReply {
  const money = (n: number) => formatMoney(n, figures.currency);
  const c = figures.changes;
  const headline =
    figures.attainment !== null
      ? `Weighted forecast ${money(figures.weighted)}: ${Math.round(figures.attainment * 100)}% of the ${money(figures.target!.amount)} target for ${figures.period.label}.`
      : `Weighted forecast ${money(figures.weighted)} for ${figures.period.label} (no target set: crmpro targets set --team ${figures.subscriber.team} --period ${figures.period.key} --amount N).`;
  const changeItems = [
    ...c.newDeals.map((d) => ({
      title: `New: ${d.name}`,
      subtitle: d.stage.replace(/_/g, ' '),
      value: money(d.amount),
    })),
    ...c.won.map((d) => ({ title: `Won: ${d.name}`, value: money(d.amount) })),
    ...c.lost.map((d) => ({ title: `Lost: ${d.name}`, value: money(d.amount) })),
    ...c.moved.map((d) => ({
      title: `Moved: ${d.name}`,
      subtitle: `${d.from.replace(/_/g, ' ')} → ${d.stage.replace(/_/g, ' ')}`,
      value: money(d.amount),
    })),
    ...c.slipped.map((d) => ({
      title: `Slipped: ${d.name}`,
      subtitle: `close date ${d.fromCloseDate} → ${d.closeDate}`,
      value: money(d.amount),
    })),
    ...c.scoreChanges.map((d) => ({
      title: `Score: ${d.name}`,
      subtitle: `win chance ${pct(d.before)} → ${pct(d.probability)}`,
    })),
  ];
  const changeCount = changeItems.length;
  const changeLine =
    c.since === null
      ? 'First digest: changes are shown from the next one on.'
      : changeCount === 0
        ? `No changes since the last digest (${c.since.slice(0, 10)}).`
        : `${changeCount} change${changeCount === 1 ? '' : 's'} since the last digest (${c.since.slice(0, 10)}).`;
  const riskLines = figures.atRisk.map((d) => `${d.name} (${money(d.amount)}): ${d.reasons.join('; ')}`);
  return {
    title: `Forecast digest: ${figures.period.label}, ${figures.scope}`,
    text: [headline, changeLine, ...(riskLines.length ? ['Deals at risk:', ...riskLines] : [])].join('\n\n'),
    facts: [
      { label: 'Weighted forecast', value: money(figures.weighted) },
      {
        label: 'Target',
        value: figures.target ? formatMoney(figures.target.amount, figures.target.currency) : 'not set',
      },
      ...(figures.attainment !== null
        ? [{ label: 'Of target', value: `${Math.round(figures.attainment * 100)}%` }]
        : []),
      { label: 'Won', value: money(figures.closedWon) },
      { label: 'Commit', value: money(figures.commit) },
      { label: 'Best case', value: money(figures.bestCase) },
      { label: 'Pipeline', value: money(figures.pipeline) },
    ],
    lists: [
      ...(changeItems.length ? [{ title: 'Since the last digest', items: changeItems.slice(0, 15) }] : []),
      ...(figures.atRisk.length
        ? [
            {
              title: 'Deals at risk',
              items: figures.atRisk.map((d) => ({
                title: d.name,
                subtitle: d.reasons.join('; '),
                value: money(d.amount),
              })),
            },
          ]
        : []),
    ],
    images: [
      {
        alt: `Forecast ${figures.period.label}`,
        url: `data:image/png;base64,${chartPng.toString('base64')}`,
      },
    ],
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function pct(p: number): string {
  return `${Math.round(p * 100)}%`;
}
