import { queryRecords } from '../../skills/query-records';
import type { Caller, SkillRunner } from '../../skills/skill';
import type { RecordQuery } from '../../vocabulary';
import type { ConversationMemory } from '../conversation-memory';
import { formatCalendarDay, formatMoneyList } from '../replies/format';
import { metricFigure, metricName, periodWords } from './deal-metric-replies';
import type { Reply } from '../reply';
import type { Understanding } from '../routing/understanding';
import {
  metricQuery,
  namedPeriod,
  todayIn,
  type RecordQuestionContext,
} from '../understanding/record-question';
import { salesMetricOf } from '../understanding/sales-metrics';
import { standingQuestionOf, type StandingQuestion } from '../understanding/standing-question';

const ORDINALS = ['1st', '2nd', '3rd'];
const ordinal = (n: number) => ORDINALS[n - 1] ?? `${n}th`;

/** The calendar quarter `today` is in, as days. */
function quarterOfDay(today: string): { from: string; to: string } {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const first = Math.floor((m - 1) / 3) * 3 + 1;
  const to = new Date(Date.UTC(y, first + 2, 0)).toISOString().slice(0, 10);
  return { from: `${y}-${String(first).padStart(2, '0')}-01`, to };
}

/** The open pipeline said ("pipeline", "pipe", "open deals", "what's open"), not deals won or closed in a period. */
const OPEN_PIPELINE =
  /\b(?:pipe(?:line)?s?|open\s+(?:deals?|opps?|opportunit\w+|pipe\w*|book|business)|what(?:'s|s|\s+is)\s+open|deals?\s+(?:in\s+play|open)|in\s+play)\b/;
const WON_OR_CLOSED =
  /\b(?:won|wins?|winning|closed|booked|bookings?|sold|revenue|quota|target|attainment|lost|closing|close)\b/;
function asksOpenPipeline(text: string): boolean {
  const said = text.toLowerCase();
  return OPEN_PIPELINE.test(said) && !WON_OR_CLOSED.test(said);
}

/**
 * "how do i compare to the team", "am i ahead of jordan", "how does sam stack up against the others":
 * the ranking of what each owner won in the period (this quarter unless one is named), with the
 * rows of the people asked about. Undefined when the message asks no such thing.
 */
export function standingUnderstanding(
  text: string,
  understanding: Understanding,
  context: RecordQuestionContext,
): Understanding | undefined {
  const standing = standingQuestionOf(text, understanding.entities);
  if (!standing) return undefined;
  const today = todayIn(context.now, context.timezone);
  const period = namedPeriod(text, understanding.entities, context.now, today, true) ?? quarterOfDay(today);
  // "win rate rivera vs johnson", "sam's win rate vs the team", "my average deal size vs the team":
  // the owners ranked on that metric of the period's deals, not on what they won.
  const metric = salesMetricOf(text.toLowerCase().replace(/[’‘]/g, "'"));
  if (metric && metric.kind !== 'quiet') {
    const query = metricQuery(metric, text.toLowerCase(), { scope: 'team' }, period, true, []);
    return standingQuery(understanding, { ...query, groupBy: 'owner' }, standing.subjects);
  }
  // "compare sam and marcus pipe", "how does olivia's open pipeline stack up against the team": the
  // owners ranked on their open deals now, not on what they won.
  const ranked = { groupBy: 'owner', rankBy: 'amount', order: 'biggest', aggregate: 'top' } as const;
  if (asksOpenPipeline(text))
    return standingQuery(
      understanding,
      { record: 'deal', owner: { scope: 'team' }, ...ranked },
      standing.subjects,
    );
  return standingQuery(
    understanding,
    {
      record: 'deal',
      owner: { scope: 'team' },
      status: 'won',
      closedFrom: period.from,
      closedTo: period.to,
      ...ranked,
    },
    standing.subjects,
  );
}

/** The record question ranking the owners, with the rows of the people asked about. */
function standingQuery(
  understanding: Understanding,
  query: RecordQuery,
  subjects: StandingQuestion['subjects'],
): Understanding {
  return {
    ...understanding,
    intent: 'record_query',
    confidence: 0.95,
    question: { kind: 'query', query, ownerGiven: false, standing: subjects },
  };
}

/**
 * Where the people asked about stand in the ranking of what each owner won: "You are 2nd of 6 …",
 * "Sam Rivera is ahead of Marcus Johnson", then the whole ranking with them marked. The ranking stays
 * the last answer ("who's last?" picks from it).
 */
export async function standingAnswer(
  ranking: RecordQuery,
  subjects: ReadonlyArray<'me' | string>,
  caller: Caller,
  skills: SkillRunner,
  memory: ConversationMemory,
): Promise<Reply> {
  // A manager's or admin's "team" is theirs or everyone's, as any ranking of owners.
  const query: RecordQuery = {
    ...ranking,
    owner: caller.role === 'admin' ? { scope: 'all' } : ranking.owner,
  };
  if (METRICS.has(query.aggregate)) return metricStanding(query, subjects, caller, skills, memory);
  const result = await skills.call(queryRecords, query, caller);
  const owners = result.owners ?? [];
  memory.lastDealQuery = query;
  memory.lastOwners = owners.map((owner) => owner.name);
  memory.lastFocus = 'deals';
  const names = subjects.map((subject) => (subject === 'me' ? (caller.name ?? '') : subject));
  // Open pipeline (no status) or what was won in the period.
  const open = query.status === undefined;
  const where = open
    ? `of open pipeline (${result.scopeLabel})`
    : `won ${formatCalendarDay(query.closedFrom!)}–${formatCalendarDay(query.closedTo!)} (${result.scopeLabel})`;
  const lines = names.map((name, i) => {
    const at = owners.findIndex((owner) => owner.name === name);
    const who = subjects[i] === 'me' ? 'You' : name;
    if (at < 0)
      return open
        ? `${who} ${who === 'You' ? 'have' : 'has'} no open deals (${result.scopeLabel}).`
        : `${who} ${who === 'You' ? 'have' : 'has'} won nothing ${where}.`;
    const row = owners[at]!;
    const verb = who === 'You' ? 'are' : 'is';
    return `${who} ${verb} ${ordinal(at + 1)} of ${owners.length} by amount ${where}: ${row.count} deal${row.count === 1 ? '' : 's'} worth ${formatMoneyList(row.totals)}.`;
  });
  if (names.length === 2) {
    const [a, b] = names.map((name) => owners.findIndex((owner) => owner.name === name));
    const place = (at: number | undefined) => (at === undefined || at < 0 ? Infinity : at);
    const [first, second] = subjects.map((s, i) => (s === 'me' ? 'you' : names[i]!));
    if (place(a) !== place(b))
      lines.push(
        `${first![0]!.toUpperCase()}${first!.slice(1)} ${place(a) < place(b) ? (first === 'you' ? 'are ahead of' : 'is ahead of') : first === 'you' ? 'are behind' : 'is behind'} ${second}.`,
      );
  }
  const marked = new Set(names);
  return {
    text: [
      ...lines,
      'By amount (amounts in other currencies are shown beside, not converted):',
      ...owners.map(
        (owner, i) =>
          `${i + 1}. ${owner.name}${marked.has(owner.name) ? ' ◀' : ''} — ${owner.count} deals, ${formatMoneyList(owner.totals)}`,
      ),
    ].join('\n'),
  };
}

const METRICS = new Set<RecordQuery['aggregate']>(['winRate', 'average', 'median', 'cycle']);

/**
 * The people asked about side by side on a sales metric ("win rate rivera vs johnson this year",
 * "sam's win rate vs the team"): each one's figure and place among the owners, who is ahead, the
 * whole team's figure, then every owner ranked on it. The owners stay the last answer.
 */
async function metricStanding(
  query: RecordQuery,
  subjects: ReadonlyArray<'me' | string>,
  caller: Caller,
  skills: SkillRunner,
  memory: ConversationMemory,
): Promise<Reply> {
  const result = await skills.call(queryRecords, query, caller);
  const groups = result.metricGroups ?? [];
  const measured = groups.filter((group) => metricFigure(query, group) !== undefined);
  memory.lastOwners = measured.map((group) => group.name);
  memory.lastFocus = 'deals';
  const name = metricName(query);
  const period =
    query.closedFrom && query.closedTo
      ? periodWords(query.closedFrom, query.closedTo)
      : query.closeFrom && query.closeTo
        ? `closing ${periodWords(query.closeFrom, query.closeTo)}`
        : 'now';
  const names = subjects.map((subject) => (subject === 'me' ? (caller.name ?? '') : subject));
  const placeOf = (who: string) => measured.findIndex((group) => group.name === who);
  const lines = names.map((who, i) => {
    const label = subjects[i] === 'me' ? 'You' : who;
    const at = placeOf(who);
    if (at < 0) return `${label}: no ${name} for ${period} (nothing to measure).`;
    return `${label}: ${metricFigure(query, measured[at]!)}, ${ordinal(at + 1)} of ${measured.length}.`;
  });
  if (names.length === 2) {
    const [a, b] = names.map((who) => placeOf(who));
    const place = (at: number | undefined) => (at === undefined || at < 0 ? Infinity : at);
    const [first, second] = subjects.map((s, i) => (s === 'me' ? 'you' : names[i]!));
    if (place(a) !== place(b) && place(a) !== Infinity && place(b) !== Infinity) {
      const ahead = place(a) < place(b);
      const verb =
        first === 'you' ? (ahead ? 'are ahead of' : 'are behind') : ahead ? 'is ahead of' : 'is behind';
      lines.push(`${first![0]!.toUpperCase()}${first!.slice(1)} ${verb} ${second} on ${name}.`);
    }
  }
  const whole = result.metric ? metricFigure(query, result.metric) : undefined;
  const marked = new Set(names);
  return {
    text: [
      `${name[0]!.toUpperCase()}${name.slice(1)}, ${period} (${result.scopeLabel}):`,
      ...lines,
      ...(whole
        ? [`${result.scopeLabel[0]!.toUpperCase()}${result.scopeLabel.slice(1)} as a whole: ${whole}.`]
        : []),
      'By rep:',
      ...measured.map(
        (group, i) =>
          `${i + 1}. ${group.name}${marked.has(group.name) ? ' ◀' : ''} — ${metricFigure(query, group)}`,
      ),
      ...(query.aggregate === 'winRate'
        ? ['Win rate = deals won ÷ deals won or lost, closed in the period.']
        : []),
    ].join('\n'),
  };
}
