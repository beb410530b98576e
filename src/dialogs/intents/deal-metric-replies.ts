import { winRateOf, type MetricRow, type RecordQueryResult } from '../../skills/query-records';
import type { AmountFigure, RecordQuery } from '../../vocabulary';
import { formatCalendarDay, formatPercent, formatStage } from '../replies/format';
import type { Reply } from '../reply';
import { dealTypesWords } from './record-query-replies';

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' };
const TYPE_NAMES: Record<string, string> = {
  new_business: 'new business',
  upsell: 'upsell',
  renewal: 'renewal',
};
const GROUP_HEADINGS: Record<string, string> = {
  owner: 'By rep',
  region: 'By region',
  type: 'By deal type',
  source: 'By source',
  industry: 'By industry',
  country: 'By country',
  stageReached: 'By stage reached (won ÷ closed, of the deals that were in the stage)',
  size: 'By deal size (bands drawn from these deals’ amounts)',
};

/** An average amount to the unit, as people check it: "$55,194", "€12,050", "8,000 JPY". */
export function exactMoney(amount: number, currency: string): string {
  const digits = Math.round(amount).toLocaleString('en-US');
  return SYMBOLS[currency] ? `${SYMBOLS[currency]}${digits}` : `${digits} ${currency}`;
}

function deals(n: number): string {
  return `${n} deal${n === 1 ? '' : 's'}`;
}

/**
 * A period as its name when it is a whole quarter, month or year ("Q4 2026", "November 2026",
 * "2026"), else its first and last day.
 */
export function periodWords(from: string, to: string): string {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000);
  const months = (end.getUTCFullYear() - y) * 12 + end.getUTCMonth() + 1 - m;
  if (d === 1 && end.getUTCDate() === 1) {
    if (months === 12 && m === 1) return String(y);
    if (months === 3 && (m - 1) % 3 === 0) return `Q${(m - 1) / 3 + 1} ${y}`;
    if (months === 1)
      return `${new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${y}`;
  }
  return `${formatCalendarDay(from)}–${formatCalendarDay(to)}`;
}

/**
 * The period deals were won or closed in, as words; "all time" when the query has none (an
 * analyst's statistics over the whole CRM: "what's our overall win rate").
 */
function closedPeriodWords(query: RecordQuery): string {
  return query.closedFrom && query.closedTo ? periodWords(query.closedFrom, query.closedTo) : 'all time';
}

/** Other filters of the question, as words: "in EMEA", "renewal". */
function narrowedBy(query: RecordQuery): string {
  return [
    query.dealSources?.length ? `from ${query.dealSources.join(' or ')}` : '',
    query.region ? `in ${query.region}` : '',
    query.industry ? `${query.industry} accounts` : '',
    query.reachedStage ? `that reached ${formatStage(query.reachedStage)}` : '',
    query.country ? `in ${query.country}` : '',
    query.currency ? `in ${query.currency}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function groupName(query: RecordQuery, row: MetricRow): string {
  if (query.groupBy === 'stageReached') return formatStage(row.name);
  return query.groupBy === 'type' ? (TYPE_NAMES[row.name] ?? row.name) : row.name;
}

/** "won 12 of 19 closed (7 lost)". */
function closedWords(row: MetricRow): string {
  return `won ${row.won} of ${row.won + row.lost} closed`;
}

const GROUP_NOUNS: Record<string, string> = {
  owner: 'rep',
  region: 'region',
  type: 'deal type',
  source: 'source',
  industry: 'industry',
  country: 'country',
  stageReached: 'stage',
};

/**
 * The one (or those tied) a ranking on a metric was asked for ("worst win rate", "best close rate
 * this quarter"): "Lowest win rate, Q3 2026: Marcus Johnson — 37% (won 10 of 27 closed)."; undefined
 * when no end was asked.
 */
function leaderLine(query: RecordQuery, groups: readonly MetricRow[], when: string): string | undefined {
  const first = groups[0];
  if (!query.order || !query.groupBy || !first) return undefined;
  const key = (row: MetricRow) => metricFigure(query, row)?.replace(/\s*\(.*$/, '');
  const tied = groups.filter((g) => key(g) === key(first));
  const end = query.order === 'smallest' ? 'Lowest' : 'Highest';
  const who = tied.map((g) => `${groupName(query, g)} — ${metricFigure(query, g) ?? ''}`).join(' and ');
  const tie = tied.length > 1 ? ` (tied ${GROUP_NOUNS[query.groupBy]}s)` : '';
  return `${end} ${metricName(query)}${when}${tie}: ${who}.`;
}

/**
 * "63% win rate, Q4 2026 (your deals): won 12 of 19 deals closed (7 lost)."; by owner, region or
 * type, each group's rate and counts, highest first (the lowest first, led by it, for "worst win
 * rate").
 */
function winRateReply(query: RecordQuery, result: RecordQueryResult): Reply {
  const row = result.metric!;
  const period = closedPeriodWords(query);
  const types = dealTypesWords(query);
  const of = [types ? `${types} deals` : '', narrowedBy(query)].filter(Boolean).join(' ');
  const whose = `(${result.scopeLabel}${of ? `, ${of}` : ''})`;
  if (!row.won && !row.lost)
    return {
      text: `No win rate yet for ${period} ${whose}: no deals were won or lost in it. Ask for a longer period, for example "my win rate this year".`,
    };
  const head = `${formatPercent(winRateOf(row))} win rate, ${period} ${whose}: won ${row.won} of ${deals(row.won + row.lost)} closed (${row.lost} lost).`;
  const groups = result.metricGroups ?? [];
  const leader = leaderLine(query, groups, `, ${period}`);
  return {
    text: [
      ...(leader ? [leader] : []),
      head,
      ...(groups.length
        ? [
            `${GROUP_HEADINGS[query.groupBy!]}:`,
            ...groups.map(
              (g, i) =>
                `${i + 1}. ${groupName(query, g)} — ${formatPercent(winRateOf(g))} (${closedWords(g)})`,
            ),
          ]
        : []),
      'Win rate = deals won ÷ deals won or lost, closed in the period.',
    ].join('\n'),
  };
}

/** "$55,194 (33 deals) · £78,200 (5 deals)": one figure per currency, never added together. */
function perCurrency(row: MetricRow, median: boolean): string {
  return row.amounts
    .map((a) => `${exactMoney(median ? a.median : a.mean, a.currency)} (${deals(a.count)})`)
    .join(' · ');
}

/** How each figure of deals' sizes is said in a line of several. */
const FIGURE_WORDS: Record<AmountFigure, string> = {
  average: 'average',
  median: 'median',
  min: 'smallest',
  max: 'largest',
};

/**
 * Several figures of the sizes asked together ("average and median won deal size", "min, max and
 * median"): a line per currency with each figure, never added across currencies.
 */
function amountFiguresLines(row: MetricRow, figures: readonly AmountFigure[]): string[] {
  const value = (a: MetricRow['amounts'][number], figure: AmountFigure) =>
    figure === 'average' ? a.mean : figure === 'median' ? a.median : figure === 'min' ? a.min : a.max;
  return row.amounts.map(
    (a) =>
      `• ${a.currency} (${deals(a.count)}): ${figures.map((f) => `${FIGURE_WORDS[f]} ${exactMoney(value(a, f), a.currency)}`).join(' · ')}`,
  );
}

/** "average, median and largest": the figures as a list in words. */
function figuresSaid(figures: readonly AmountFigure[]): string {
  const words = figures.map((f) => FIGURE_WORDS[f]);
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} and ${words.at(-1)}` : (words[0] ?? '');
}

/**
 * "$55,194 (33 deals) · £78,200 (5 deals): average won deal size, Q4 2026 (team Enterprise)": one
 * figure per currency, never added; the median instead when asked for.
 */
function amountReply(query: RecordQuery, result: RecordQueryResult): Reply {
  const median = query.aggregate === 'median';
  const row = result.metric!;
  const types = dealTypesWords(query);
  const status = query.status ?? 'open';
  const noun = `${status} ${types ? `${types} ` : ''}deal`;
  const when =
    status === 'open'
      ? query.closeFrom && query.closeTo
        ? `, closing ${periodWords(query.closeFrom, query.closeTo)}`
        : ''
      : `, ${closedPeriodWords(query)}`;
  const whose = `(${[result.scopeLabel, narrowedBy(query)].filter(Boolean).join(', ')})`;
  if (!row.amounts.length) return { text: `No ${noun}s${when.replace(/^,/, '')} ${whose} to average.` };
  const groups = result.metricGroups ?? [];
  const figures = query.amountFigures ?? [];
  if (figures.length > 1 && !groups.length) {
    const said = figuresSaid(figures);
    return {
      text: [
        `${said[0]!.toUpperCase()}${said.slice(1)} ${noun} size${when} ${whose}:`,
        ...amountFiguresLines(row, figures),
        ...(row.amounts.length > 1 ? ['Each currency has its own figures, never added together.'] : []),
      ].join('\n'),
    };
  }
  const leader = leaderLine(query, groups, when);
  return {
    text: [
      ...(leader ? [leader] : []),
      `${perCurrency(row, median)}: ${median ? 'median' : 'average'} ${noun} size${when} ${whose}.`,
      ...(groups.length
        ? [
            `${GROUP_HEADINGS[query.groupBy!]}:`,
            ...groups.map((g, i) => `${i + 1}. ${groupName(query, g)} — ${perCurrency(g, median)}`),
          ]
        : []),
      ...(row.amounts.length > 1
        ? [`Each currency ${median ? 'has its own median' : 'is averaged on its own'}, never added together.`]
        : []),
    ].join('\n'),
  };
}

/** "84 days on average from created to won (median 80 days), over 9 deals won in Q4 2026 (your deals)." */
function cycleReply(query: RecordQuery, result: RecordQueryResult): Reply {
  const period = closedPeriodWords(query);
  const inPeriod = query.closedFrom ? `in ${period}` : 'over all time';
  const whose = `(${[result.scopeLabel, narrowedBy(query)].filter(Boolean).join(', ')})`;
  const cycle = result.metric?.cycle;
  if (!cycle)
    return {
      text: `No deals won ${inPeriod} ${whose}, so no sales cycle to measure. Ask for a longer period, for example "average sales cycle this year".`,
    };
  const days = (n: number) => `${Math.round(n)} day${Math.round(n) === 1 ? '' : 's'}`;
  const groups = result.metricGroups ?? [];
  return {
    text: [
      `${days(cycle.meanDays)} on average from created to won (median ${days(cycle.medianDays)}), over ${deals(cycle.count)} won ${inPeriod} ${whose}.`,
      ...(groups.length
        ? [
            `${GROUP_HEADINGS[query.groupBy!]}:`,
            ...groups
              .filter((g) => g.cycle)
              .map(
                (g, i) =>
                  `${i + 1}. ${groupName(query, g)} — ${days(g.cycle!.meanDays)} (${deals(g.cycle!.count)})`,
              ),
          ]
        : []),
    ].join('\n'),
  };
}

/** The metric a query asks, in words: "win rate", "average won deal size", "sales cycle". */
export function metricName(query: RecordQuery): string {
  if (query.aggregate === 'winRate') return 'win rate';
  if (query.aggregate === 'cycle') return 'sales cycle';
  const kind = query.aggregate === 'median' ? 'median' : 'average';
  return `${kind} ${query.status ?? 'open'} deal size`;
}

/**
 * One group's figure of the metric the query asks: "53% (won 58 of 110 closed)", "$55,194 (33
 * deals) · €12,050 (4 deals)", "84 days (9 deals won)"; undefined when it has nothing to measure.
 */
export function metricFigure(query: RecordQuery, row: MetricRow): string | undefined {
  if (query.aggregate === 'winRate')
    return row.won + row.lost ? `${formatPercent(winRateOf(row))} (${closedWords(row)})` : undefined;
  if (query.aggregate === 'cycle') {
    if (!row.cycle) return undefined;
    const days = Math.round(row.cycle.meanDays);
    return `${days} day${days === 1 ? '' : 's'} on average (${deals(row.cycle.count)} won)`;
  }
  return row.amounts.length ? perCurrency(row, query.aggregate === 'median') : undefined;
}

/** A sales metric's reply, or undefined when the query asks for none. */
export function dealMetricReply(query: RecordQuery, result: RecordQueryResult): Reply | undefined {
  if (!result.metric) return undefined;
  if (query.aggregate === 'winRate') return winRateReply(query, result);
  if (query.aggregate === 'cycle') return cycleReply(query, result);
  if (query.aggregate === 'average' || query.aggregate === 'median') return amountReply(query, result);
  return undefined;
}

/** Quiet deals as a filter in words, with what counts as activity. */
export function quietWords(days: number): string {
  return `with no call, email, meeting, note or chat logged on the deal in the last ${days} days`;
}
