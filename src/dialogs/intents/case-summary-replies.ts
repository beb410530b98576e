import type { CaseList, CaseMetrics } from '../../skills/cases';
import type { Reply } from '../reply';
import { caseItem } from './case-replies';

/** The period a figure covers, in the question's words and its days: " this month (1 Dec – 31 Dec 2026)". */
export interface PeriodWords {
  words: string;
  from: string;
  to: string;
  /** The instant the period starts at, when it was said in hours ("in the last 48 hours"). */
  since?: string;
}

function dayText(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, date!)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** " this month (1 Dec 2026 – 31 Dec 2026)", or "" for all time. */
function inPeriod(period: PeriodWords | undefined): string {
  if (!period) return '';
  const days =
    period.from === period.to ? dayText(period.from) : `${dayText(period.from)} – ${dayText(period.to)}`;
  return ` ${period.words} (${days})`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "1 high, 4 normal, 4 low" */
function groupsText(list: CaseList): string {
  return (list.groups ?? []).map((g) => `${g.count} ${g.name}`).join(', ');
}

/** The cases shown, one line each, after the figures. */
function listedCases(list: CaseList, timeZone: string, heading: string): Pick<Reply, 'text' | 'lists'> {
  const items = list.cases.map((c) => caseItem(c, timeZone));
  if (!items.length) return { text: '' };
  const shown = list.cases.length < list.total ? ` (the first ${list.cases.length})` : '';
  return {
    text: `\n${heading}${shown}:\n${items.map((i) => `- ${i.title} (${i.subtitle})`).join('\n')}`,
    lists: [{ title: heading, items }],
  };
}

/**
 * Cases counted per priority or status: "9 open cases: 1 high, 4 normal, 4 low." with the open ones
 * listed most urgent first. Every case (`all`) adds how many of them are open, per group.
 */
export function caseCountsReply(all: CaseList | undefined, open: CaseList, timeZone: string): Reply {
  const openLine = open.total
    ? `${plural(open.total, 'open case')}: ${groupsText(open)}.`
    : 'There are no open cases.';
  const first = all
    ? `${plural(all.total, 'case')} in all: ${groupsText(all)}. ${open.total ? `Of them, ${openLine.charAt(0).toLowerCase()}${openLine.slice(1)}` : 'None of them is open.'}`
    : openLine;
  const listed = listedCases(open, timeZone, 'Open cases, most urgent first');
  return { text: `${first}${listed.text}`, ...(listed.lists ? { lists: listed.lists } : {}) };
}

/** Each agent's open cases: "14 open cases. By agent: Riley Park 6, Anna Kowalski 5; 3 unassigned." and the most urgent. */
export function casesPerAgentReply(open: CaseList, timeZone: string): Reply {
  if (!open.total) return { text: 'There are no open cases.' };
  const listed = listedCases(open, timeZone, 'Open cases, most urgent first');
  return {
    text: `${plural(open.total, 'open case')}. ${byAgentText(open)}${listed.text}`,
    ...(listed.lists ? { lists: listed.lists } : {}),
  };
}

/**
 * Accounts ranked by their cases: "Umbrella Corporation has the most cases: 8 of the 207 cases on
 * record." and the top ten; of the open ones only when asked ("the most open tickets").
 */
export function accountsByCasesReply(
  list: CaseList,
  period: PeriodWords | undefined,
  of: 'open' | 'all' = 'all',
): Reply {
  const ranked = (list.groups ?? []).slice(0, 10);
  const top = ranked[0];
  const opened = period ? ` opened${inPeriod(period)}` : '';
  const kind = of === 'open' ? 'open case' : 'case';
  if (!top) return { text: `There are no ${kind}s${opened} to rank accounts by.` };
  const tied = ranked.filter((g) => g.count === top.count).map((g) => g.name);
  const leader =
    tied.length > 1
      ? `${tied.slice(0, -1).join(', ')} and ${tied.at(-1)!} have the most ${kind}s, ${top.count} each`
      : `${top.name} has the most ${kind}s: ${top.count}`;
  const items = ranked.map((g, i) => ({ title: `${i + 1}. ${g.name}`, subtitle: plural(g.count, kind) }));
  const title = `Accounts by number of ${kind}s`;
  const where = opened || (of === 'open' ? '' : ' on record');
  return {
    text: `${leader} of the ${plural(list.total, kind)}${where}.\n${title}:\n${items.map((i) => `${i.title} — ${i.subtitle}`).join('\n')}`,
    lists: [{ title, items }],
  };
}

/**
 * Cases opened in a period: "9 cases came in this month (1 Dec – 31 Dec 2026): 7 open, 2 pending.",
 * through one channel when asked ("32 cases came in by chat in all: …").
 */
export function casesOpenedReply(
  list: CaseList,
  period: PeriodWords | undefined,
  timeZone: string,
  by?: 'priority' | 'agent' | 'channel',
): Reply {
  const through = list.channel ? ` by ${list.channel}` : '';
  if (!list.total) return { text: `No cases came in${through}${inPeriod(period) || ' yet'}.` };
  const listed = listedCases(list, timeZone, 'Newest first');
  const came = `${list.total === 1 ? 'case came in' : 'cases came in'}${through}`;
  const groups = by === 'agent' ? byAgentText(list) : `${groupsText(list)}.`;
  return {
    text: `${list.total} ${came}${inPeriod(period) || ' in all'}: ${groups}${listed.text}`,
    ...(listed.lists ? { lists: listed.lists } : {}),
  };
}

/** Groups of owners said as people: "Riley Park 6, Jo Kim 4". */
function byAgentText(list: CaseList): string {
  const unassigned = list.total - (list.groups ?? []).reduce((sum, g) => sum + g.count, 0);
  const counts = (list.groups ?? []).map((g) => `${g.name} ${g.count}`).join(', ');
  return `By agent: ${counts}${unassigned ? `; ${unassigned} unassigned` : ''}.`;
}

/**
 * Cases resolved in a period: "12 cases resolved yesterday (4 Dec 2026): 2 high, 6 normal, 4 low."
 * (resolved or closed since), per agent when asked ("Riley Park resolved the most: 6."), the latest listed.
 */
export function casesResolvedReply(
  list: CaseList,
  by: 'priority' | 'agent' | 'channel' | undefined,
  period: PeriodWords | undefined,
  timeZone: string,
): Reply {
  const when = inPeriod(period) || ' so far';
  if (!list.total) return { text: `No cases were resolved${when}.` };
  const counted = `${plural(list.total, 'case')} resolved${when}`;
  const top = list.groups?.[0];
  const first =
    by === 'agent'
      ? `${counted}. ${top ? `${top.name} resolved the most: ${top.count}. ` : ''}${byAgentText(list)}`
      : `${counted}: ${groupsText(list)}.`;
  const listed = listedCases(list, timeZone, 'Latest first');
  return { text: `${first}${listed.text}`, ...(listed.lists ? { lists: listed.lists } : {}) };
}

/** "7.7 hours" or, from two days, "53.1 hours (2.2 days)". */
function duration(hours: number): string {
  const h = `${hours.toFixed(1)} hours`;
  return hours >= 48 ? `${h} (${(hours / 24).toFixed(1)} days)` : h;
}

/** Resolution times: "7.7 hours on average (median 5.2 hours) from opened to resolved, over 12 cases resolved this month." */
export function resolutionTimeReply(metrics: CaseMetrics, period: PeriodWords | undefined): Reply {
  const r = metrics.resolution;
  const when = inPeriod(period) || ' so far';
  const which = measuredCases(metrics);
  if (!r?.count)
    return { text: `No ${which}cases were resolved${when}, so there is no resolution time to give.` };
  const lines = [
    `${duration(r.meanHours)} on average (median ${duration(r.medianHours)}) from opened to resolved, over the ${r.count} ${which}${r.count === 1 ? 'case' : 'cases'} resolved${when}.`,
  ];
  for (const p of r.byPriority ?? [])
    lines.push(
      `- ${p.priority}: ${duration(p.meanHours)} on average, median ${duration(p.medianHours)} (${plural(p.count, 'case')})`,
    );
  return { text: lines.join('\n') };
}

/** The priorities a measure was narrowed to, said before "cases": "urgent ", "high or urgent ", or "". */
function measuredCases(metrics: CaseMetrics): string {
  return metrics.priorities?.length ? `${metrics.priorities.join(' or ')} ` : '';
}

/** SLA breaches in a period: "5 cases breached their SLA this week (of 14 that fell due by now); 3 are still open." */
export function slaBreachesReply(
  metrics: CaseMetrics,
  period: PeriodWords | undefined,
  timeZone: string,
): Reply {
  const b = metrics.breaches;
  const when = `${inPeriod(period) || ' so far'}${metrics.onlyMine ? ' (your cases)' : ''}`;
  const of = metrics.account ? `${metrics.account.name}: ` : '';
  if (!b?.due) return { text: `${of}No case's SLA fell due${when}, so none was breached.` };
  const first = `${of}${b.breached} ${b.breached === 1 ? 'case' : 'cases'} breached ${b.breached === 1 ? 'its' : 'their'} SLA${when}, of the ${plural(b.due, 'case')} whose SLA fell due by now (breached: not resolved by the due time)${b.breached ? `; ${b.stillOpen} ${b.stillOpen === 1 ? 'is' : 'are'} still open` : ''}.`;
  const items = b.cases.map((c) => caseItem(c, timeZone));
  if (!items.length) return { text: first };
  const shown = b.cases.length < b.breached ? ` (the first ${b.cases.length})` : '';
  return {
    text: `${first}\nBreached${shown}, most recently due first:\n${items.map((i) => `- ${i.title} (${i.subtitle})`).join('\n')}`,
    lists: [{ title: 'Breached', items }],
  };
}
