import { bookingsChartSpec } from './bookings-chart';
import type { AtRiskDealsResult } from '../../skills/at-risk-deals';
import type { CurrencyForecast, ForecastResult } from '../../skills/forecast';
import type { Reply, ReplyFact, ReplyListItem } from '../reply';
import type { ForecastFigure } from '../understanding/forecast-figure';
import type { StatedTarget } from '../understanding/stated-target';
import { formatMoney, formatPercent, formatStage, formatCalendarDay } from './format';

/**
 * The forecast as a reply: per currency, won so far, commit / best case / pipeline and the
 * model-weighted forecast next to the stage-weighted one; what changed since yesterday; the biggest
 * deals; and the monthly bookings forecast with its chart.
 */
export function forecastReply(result: ForecastResult): Reply {
  const title = `Forecast ${result.period.label} (${result.scope})`;
  if (!result.currencies.length && !result.bookings) {
    return {
      title,
      text: `Nothing is won or expected to close in ${result.period.label} for ${result.scope}.`,
    };
  }
  const lines = result.currencies.map((c) => currencyLine(c, result.modelVersion !== undefined));
  const changes = changeLines(result);
  const bookings = result.bookings;
  const bookingsLine = bookings
    ? `Bookings forecast for the coming months (${bookings.currency}${bookings.seasonal ? ', with the yearly pattern' : ''}): ${bookings.forecast
        .slice(0, 3)
        .map(
          (m) =>
            `${monthLabel(m.month)} ${formatMoney(m.forecast, bookings.currency)} (80%: ${formatMoney(m.lo80, bookings.currency)}–${formatMoney(m.hi80, bookings.currency)})`,
        )
        .join(', ')}.`
    : 'Not enough won-deal history yet for a bookings forecast (6 months needed).';
  const facts: ReplyFact[] = result.currencies.flatMap((c) => [
    { label: `Weighted (model), ${c.currency}`, value: formatMoney(c.weighted, c.currency) },
    { label: `Weighted (stage), ${c.currency}`, value: formatMoney(c.stageWeighted, c.currency) },
    { label: `Won so far, ${c.currency}`, value: formatMoney(c.closedWon, c.currency) },
    {
      label: `Commit / best case / pipeline, ${c.currency}`,
      value: `${formatMoney(c.closedWon + c.commit, c.currency)} / ${formatMoney(c.closedWon + c.commit + c.bestCase, c.currency)} / ${formatMoney(c.closedWon + c.commit + c.bestCase + c.pipeline, c.currency)}`,
    },
  ]);
  const dealItems: ReplyListItem[] = result.topDeals.map((deal) => ({
    title: deal.name,
    subtitle: `${formatStage(deal.stage)} · ${deal.forecastCategory.replace(/_/g, ' ')} · ${formatMoney(deal.amount, deal.currency)}`,
    value: formatPercent(deal.probability),
  }));
  return {
    title,
    text: [
      `${title}:`,
      ...lines,
      lines.length
        ? ''
        : `Nothing is won or expected to close in ${result.period.label} for ${result.scope} yet.`,
      result.currencies.length > 1 ? '(Currencies are shown separately, never added up.)' : '',
      result.modelUnavailable ? `Weighted by stage probabilities: ${result.modelUnavailable}` : '',
      changes.length ? `Since yesterday: ${changes.join('; ')}.` : 'No changes since yesterday.',
      bookingsLine,
    ]
      .filter(Boolean)
      .join('\n'),
    facts,
    lists: [
      ...(dealItems.length ? [{ title: 'Biggest expected deals', items: dealItems }] : []),
      ...(bookings
        ? [
            {
              title: `Bookings forecast (${bookings.currency})`,
              items: bookings.forecast.map((m) => ({
                title: monthLabel(m.month),
                subtitle: `80%: ${formatMoney(m.lo80, bookings.currency)}–${formatMoney(m.hi80, bookings.currency)} · 95%: ${formatMoney(m.lo95, bookings.currency)}–${formatMoney(m.hi95, bookings.currency)}`,
                value: formatMoney(m.forecast, bookings.currency),
              })),
            },
          ]
        : []),
    ],
    images: bookings
      ? [
          {
            chart: bookingsChartSpec(bookings),
            alt: `Monthly bookings in ${bookings.currency} with the forecast and its 80% and 95% intervals`,
          },
        ]
      : undefined,
    buttons: [
      { title: 'Deals at risk', value: `which deals are at risk in ${result.period.label}?` },
      { title: 'Top deals', value: 'top leads' },
    ],
  };
}

/**
 * "How confident is that forecast, whats the range": per currency, the range the deals' forecast
 * categories give (won + commit the low end, best case, the whole pipeline the high end) around the
 * weighted forecasts, then the bookings forecast's 80% and 95% intervals for the period's months.
 */
export function forecastRangeReply(result: ForecastResult): Reply {
  const title = `How sure the forecast ${result.period.label} is (${result.scope})`;
  if (!result.currencies.length)
    return {
      title,
      text: `Nothing is won or expected to close in ${result.period.label} for ${result.scope}, so there is no range to give.`,
    };
  const lines = result.currencies.map((c) => {
    const m = (amount: number) => formatMoney(amount, c.currency);
    const weighted = result.modelVersion
      ? `weighted ${m(c.weighted)} by the model, ${m(c.stageWeighted)} by stage probabilities`
      : `weighted ${m(c.stageWeighted)} by stage probabilities`;
    return (
      `• ${c.currency}: low ${m(c.closedWon + c.commit)} (won ${m(c.closedWon)} + commit), best case ${m(c.closedWon + c.commit + c.bestCase)}, ` +
      `high ${m(c.closedWon + c.commit + c.bestCase + c.pipeline)} (every one of the ${c.openDeals} open deal${c.openDeals === 1 ? '' : 's'} won); ${weighted}`
    );
  });
  const bookings = result.bookings;
  // The period's end is the first instant after it (Q4 2026 ends at 1 Jan 2027).
  const lastMonth = isoMonth(new Date(new Date(result.period.to).getTime() - 1));
  const inPeriod = (month: string) => month >= isoMonth(result.period.from) && month <= lastMonth;
  const months = bookings ? bookings.forecast.filter((m) => inPeriod(m.month)) : [];
  const shown = months.length ? months : (bookings?.forecast.slice(0, 3) ?? []);
  const bookingsLine = bookings
    ? `Bookings forecast (${bookings.currency}), with intervals from the method's own past errors: ${shown
        .map(
          (m) =>
            `${monthLabel(m.month)} ${formatMoney(m.forecast, bookings.currency)} (80%: ${formatMoney(m.lo80, bookings.currency)}–${formatMoney(m.hi80, bookings.currency)}; 95%: ${formatMoney(m.lo95, bookings.currency)}–${formatMoney(m.hi95, bookings.currency)})`,
        )
        .join(', ')}.`
    : 'Not enough won-deal history yet for bookings intervals (6 months needed).';
  return {
    title,
    text: [
      `${title}: the range runs from what is won or committed to the whole open pipeline.`,
      ...lines,
      result.currencies.length > 1 ? '(Currencies are shown separately, never added up.)' : '',
      'Commit, best case and pipeline are the forecast categories set on the deals; the weighted figures count each open deal by its chance of closing.',
      bookingsLine,
    ]
      .filter(Boolean)
      .join('\n'),
    buttons: [
      { title: 'Deals at risk', value: `which deals are at risk in ${result.period.label}?` },
      { title: 'The full forecast', value: `forecast ${result.period.label}` },
    ],
  };
}

/**
 * One figure of the forecast, per currency, said first when it was asked ("upside?"): upside is the
 * best-case deals beyond commit; best case and commit are counted as the forecast line counts them
 * (won plus the categories up to it); most likely is the model-weighted forecast.
 */
export function forecastFigureLine(result: ForecastResult, figure: ForecastFigure): string {
  const head = `${FIGURE_NAMES[figure]}, ${result.period.label} (${result.scope})`;
  if (!result.currencies.length) return `${head}: nothing is won or expected to close.`;
  const parts = result.currencies.map((c) => {
    const m = (amount: number) => formatMoney(amount, c.currency);
    if (figure === 'upside')
      return `${c.currency} ${m(c.bestCase)} in best-case deals beyond commit (best case in all ${m(c.closedWon + c.commit + c.bestCase)})`;
    if (figure === 'best_case')
      return `${c.currency} ${m(c.closedWon + c.commit + c.bestCase)} (won ${m(c.closedWon)}, commit deals ${m(c.commit)}, best-case deals ${m(c.bestCase)})`;
    if (figure === 'commit')
      return `${c.currency} ${m(c.closedWon + c.commit)} (won ${m(c.closedWon)} and commit deals ${m(c.commit)})`;
    return `${c.currency} ${m(c.weighted)} weighted by the deals' chances`;
  });
  return `${head}: ${parts.join('; ')}.`;
}

/**
 * The forecast set against a target said in the conversation ("our number is 3M in usd for Q4,
 * whats the gap"): in the target's currency (else the forecast's first), what is won so far and the
 * gap to it, then what commit and best case would leave, and the weighted forecast as a share of it.
 * Other currencies are never added to it.
 */
export function forecastAgainstStatedTarget(result: ForecastResult, target: StatedTarget): Reply {
  const c = target.currency
    ? result.currencies.find((each) => each.currency === target.currency)
    : result.currencies[0];
  const currency = target.currency ?? c?.currency ?? 'USD';
  const m = (amount: number) => formatMoney(amount, currency);
  const exact = (amount: number) => `${Math.round(amount).toLocaleString('en-US')} ${currency}`;
  const head = `Against a target of ${m(target.amount)} for ${result.period.label} (${result.scope})`;
  const title = `Forecast ${result.period.label} against ${m(target.amount)}`;
  if (!c)
    return {
      title,
      text: `${head}: nothing is won or expected to close in ${currency} yet, so all of it is still to find.`,
    };
  const won = c.closedWon;
  const commit = won + c.commit;
  const best = commit + c.bestCase;
  const against = (label: string, value: number) =>
    value >= target.amount
      ? `${label} ${m(value)} covers it (${exact(value - target.amount)} over)`
      : `${label} ${m(value)} leaves ${exact(target.amount - value)}`;
  const others = result.currencies.filter((each) => each.currency !== currency);
  const lines = [
    won >= target.amount
      ? `${head}: won so far ${m(won)} (${exact(won)}), ${exact(won - target.amount)} over it already.`
      : `${head}: won so far ${m(won)}; the gap to won is ${exact(target.amount - won)} (${m(target.amount - won)}).`,
    `${against('Won with commit', commit)}; ${against('best case', best)}; the weighted forecast ${m(c.weighted)} is ${Math.round((c.weighted / target.amount) * 100)}% of it (${c.openDeals} open deal${c.openDeals === 1 ? '' : 's'}).`,
    others.length
      ? `Not counted against it: ${others.map((each) => `won ${formatMoney(each.closedWon, each.currency)}`).join(', ')} in other currencies.`
      : '',
    "The target was said here, not saved as the team's target.",
  ];
  return { title, text: lines.filter(Boolean).join('\n') };
}

const FIGURE_NAMES: Record<ForecastFigure, string> = {
  upside: 'Upside',
  best_case: 'Best case',
  commit: 'Commit',
  likely: 'Most likely',
};

/** "2026-12" for a date (or its serialised form). */
function isoMonth(day: Date | string): string {
  return new Date(day).toISOString().slice(0, 7);
}

function currencyLine(c: CurrencyForecast, byModel: boolean): string {
  const m = (amount: number) => formatMoney(amount, c.currency);
  return (
    `• ${c.currency}: weighted ${m(c.weighted)} ${byModel ? `by the model (${m(c.stageWeighted)} by stage probabilities)` : 'by stage probabilities'}; ` +
    `won ${m(c.closedWon)}, commit ${m(c.closedWon + c.commit)}, best case ${m(c.closedWon + c.commit + c.bestCase)}, pipeline ${m(c.closedWon + c.commit + c.bestCase + c.pipeline)} (${c.openDeals} open deal${c.openDeals === 1 ? '' : 's'})`
  );
}

function changeLines(result: ForecastResult): string[] {
  const { changes } = result;
  const lines: string[] = [];
  for (const now of result.currencies) {
    const before = changes.weightedBefore.find((b) => b.currency === now.currency)?.amount ?? 0;
    const delta = now.weighted - before;
    if (Math.abs(delta) >= 1)
      lines.push(
        `weighted ${now.currency} ${delta > 0 ? '+' : '−'}${formatMoney(Math.abs(delta), now.currency)}`,
      );
  }
  if (changes.won.length)
    lines.push(
      `won ${changes.won.map((d) => `${d.name} (${formatMoney(d.amount, d.currency)})`).join(', ')}`,
    );
  if (changes.lost.length) lines.push(`lost ${changes.lost.map((d) => d.name).join(', ')}`);
  if (changes.newDeals.length)
    lines.push(`${changes.newDeals.length} new deal${changes.newDeals.length === 1 ? '' : 's'}`);
  for (const move of changes.stageMoves.slice(0, 3))
    lines.push(`${move.name} moved from ${formatStage(move.from)} to ${formatStage(move.to)}`);
  for (const move of changes.probabilityMoves.slice(0, 3))
    lines.push(`${move.name} ${formatPercent(move.before)} → ${formatPercent(move.probability)}`);
  return lines;
}

/** "2 of 5 open deals (your deals) are at risk; the top 1", "1 of 2 open deals (…) is at risk; here it is". */
function atRiskCountLine(atRisk: number, considered: number, where: string, shown: number): string {
  const counted = `${atRisk} of ${considered} open deal${considered === 1 ? '' : 's'} (${where})`;
  const verb = atRisk === 1 ? 'is' : 'are';
  const which = shown < atRisk ? `the top ${shown}` : atRisk === 1 ? 'here it is' : 'here they are';
  return `${counted} ${verb} at risk; ${which}`;
}

/** "Which deals are at risk?": each deal with its reasons, most reasons first. */
export function atRiskDealsReply(result: AtRiskDealsResult, _timeZone = 'UTC'): Reply {
  const where = `${result.scope}${result.period ? `, closing in ${result.period.label}` : ''}`;
  if (!result.deals.length) {
    return {
      title: 'Deals at risk',
      text: `None of the ${result.considered} open deals (${where}) shows a warning sign. Nice.`,
    };
  }
  const items: ReplyListItem[] = result.deals.map((deal) => ({
    title: `${deal.name}`,
    subtitle: `${formatStage(deal.stage)} · closes ${formatCalendarDay(deal.closeDate)}${deal.ownerName ? ` · ${deal.ownerName}` : ''} · ${deal.risks.map((r) => r.reason).join('; ')}`,
    value: `${formatMoney(deal.amount, deal.currency)} · ${formatPercent(deal.probability)}`,
  }));
  return {
    title: `Deals at risk (${where})`,
    text: `${atRiskCountLine(result.atRisk, result.considered, where, items.length)}:\n${result.deals
      .map(
        (deal, k) =>
          `${k + 1}. ${deal.name} — ${formatMoney(deal.amount, deal.currency)}, ${formatPercent(deal.probability)} win chance\n   ${deal.risks.map((r) => r.reason).join('; ')}`,
      )
      .join('\n')}`,
    lists: [{ title: 'At risk', items }],
    buttons: result.deals.slice(0, 2).map((deal) => ({
      title: `Why ${formatPercent(deal.probability)}?`,
      value: `why is ${deal.accountName} at ${formatPercent(deal.probability)}?`,
    })),
  };
}

function monthLabel(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m - 1, 1)).toLocaleString('en-GB', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
