import { pipelineSummary } from '../../skills/pipeline-summary';
import type { SalesTargetAnswer } from '../../skills/digests';
import type { Caller, SkillRunner } from '../../skills/skill';
import type { Reply } from '../reply';
import { formatMoney, formatMoneyList } from '../replies/format';

/**
 * "Are we going to hit target", "will we make our number", "how far are we from quota": the forecast
 * against the target, not the target alone nor a bare forecast. ("How are we tracking against
 * target" is the team's pipeline summary, which ends with the same comparison.)
 */
const STANDING =
  /\b(?:(?:are|am|is)\s+(?:we|i|the\s+team|my\s+team|our\s+team)\s+(?:going|gonna|likely|set|on\s+(?:track|pace|course))\s+(?:to\s+|for\s+)|(?:will|can|could|do)\s+(?:we|i|the\s+team)\s+(?:\w+\s+)?|on\s+(?:track|pace|course)\s+(?:to|for)\s+)(?:hit|make|reach|meet|beat|get\s+to|close|achieve)?\s*(?:the|our|my|this\s+quarter'?s)?\s*(?:sales\s+)?(?:target|quota|number|goal|plan)\b|\b(?:are|is|will|can)\s+(?:we|i|the\s+team|my\s+team)\s+(?:going\s+to\s+|gonna\s+)?(?:make|hit)\s+(?:the|our|my|this)\s+(?:quarter|month|year)\b|\bhow\s+close\s+(?:are\s+we|am\s+i|is\s+the\s+team)\s+to\s+(?:the\s+|our\s+|my\s+)?(?:target|quota|number|goal|plan)\b|\bhow\s+(?:far|much)\s+(?:are\s+we|am\s+i|is\s+the\s+team)\s+(?:from|off|short\s+of|behind|ahead\s+of|away\s+from)\s+(?:the\s+|our\s+|my\s+)?(?:target|quota|number|goal|plan)\b|\b(?:gap|distance|shortfall)\s+to\s+(?:the\s+|our\s+)?(?:target|quota|plan)\b/i;

/**
 * "has olivia hit her target", "is sam on track for his quota", "did olivia chen make her number":
 * a person's standing (targets are per team: the answer is their team's). Group 1 is the name.
 */
export const PERSON_STANDING =
  /\b(?:has|have|did|is|will|can)\s+([a-z][\w'.-]*(?:\s+(?!(?:already|actually|yet|even|been|going|gonna|likely)\b)[a-z][\w'.-]*)?)\s+(?:(?:already|actually|yet|even|been|going\s+to|gonna|likely\s+to)\s+)?(?:hit|made|make|reached|reach|met|meet|beaten|beat|achieved|achieve|on\s+(?:track|pace|course)\s+(?:to|for))\s+(?:her|his|their)\s+(?:sales\s+)?(?:target|quota|number|goal)s?\b/i;

/** Words PERSON_STANDING's name may not be ("has the team hit its target" is the team's). */
const NOT_A_PERSON =
  /^(?:we|i|you|they|it|he|she|the\s+\w+|my\s+\w+|our\s+\w+|team|everyone|anyone|someone|somebody|everybody|nobody)$/i;

/** The person a standing question names ("has olivia hit her target": olivia), or none. */
export function personOfStandingQuestion(text: string): string | undefined {
  const name = PERSON_STANDING.exec(text)?.[1];
  return name && !NOT_A_PERSON.test(name) ? name : undefined;
}

/**
 * "Am i on track", "are we on track this quarter", "is the team on pace for the year": on track said
 * with nothing after it but a period, which asks about the target as much as "on track for target".
 * ("am i on track with the acme deal" asks about a deal.)
 */
const ON_TRACK_ALONE =
  /^\s*(?:(?:so|ok|okay|hey|honestly|quick\s+one)[\s,]+)*(?:are|am|is)\s+(?:we|i|the\s+team|my\s+team|our\s+team)\s+(?:still\s+)?on\s+(?:track|pace|course)(?:\s+(?:for\s+|in\s+)?(?:this|the|our|my)\s+(?:quarter|qtr|month|year|fiscal\s+year)|\s+for\s+(?:q[1-4]|the\s+quarter|the\s+year|the\s+month))?\s*[?.!]*\s*$/i;

/** True when the message asks whether the team (or a person) will reach its target. */
export function isTargetStandingQuestion(text: string): boolean {
  return STANDING.test(text) || ON_TRACK_ALONE.test(text) || personOfStandingQuestion(text) !== undefined;
}

/**
 * With no target set for the period, what can still be said: what was won in it so far and what is
 * open (the caller's own for a rep, else the team's), so "am i on track" gets the numbers.
 */
export async function standingWithoutTarget(
  period: string,
  caller: Caller,
  skills: SkillRunner,
): Promise<string | undefined> {
  const span = periodSpanOf(period);
  if (!span || !skills.mayCall(pipelineSummary, caller)) return undefined;
  const mine = caller.role === 'rep';
  const owner = mine ? { scope: 'mine' as const } : { scope: 'team' as const };
  const summary = await skills.call(
    pipelineSummary,
    { owner, from: span.from, to: span.to, label: span.label },
    caller,
  );
  const who = mine ? 'you have' : `${summary.scopeLabel} has`;
  const won = summary.won.count
    ? `won ${summary.won.count} deal${summary.won.count === 1 ? '' : 's'} (${formatMoneyList(summary.won.totals)})`
    : 'won no deals yet';
  const open = summary.open.count
    ? `${summary.open.count} open deal${summary.open.count === 1 ? '' : 's'} worth ${formatMoneyList(summary.open.totals)} in the pipeline`
    : 'no open deals';
  return `In ${span.label} so far ${who} ${won}, with ${open}.`;
}

/** The first and last day and the label of a target's period key ("2026-Q4", "2026-12", "2026"). */
export function periodSpanOf(key: string): { from: string; to: string; label: string } | undefined {
  const quarter = /^(\d{4})-Q([1-4])$/i.exec(key);
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  const year = /^(\d{4})$/.exec(key);
  const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  if (quarter) {
    const y = Number(quarter[1]);
    const q = Number(quarter[2]);
    return {
      from: `${y}-${String(q * 3 - 2).padStart(2, '0')}-01`,
      to: lastDay(y, q * 3),
      label: `Q${q} ${y}`,
    };
  }
  if (month) {
    const y = Number(month[1]);
    const m = Number(month[2]);
    const label = new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-US', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    return { from: `${y}-${month[2]}-01`, to: lastDay(y, m), label };
  }
  if (year) return { from: `${year[1]}-01-01`, to: `${year[1]}-12-31`, label: year[1]! };
  return undefined;
}

/**
 * The team's weighted forecast against its target for the period, from the pipeline summary (which
 * takes it from the forecast skill): "Forecast against the Enterprise target for 2027-Q1: weighted
 * $1.7M of $2.5M (68%), $800k short."
 */
export async function targetStandingReply(
  answer: SalesTargetAnswer,
  /** What the target is, as the target answer says it. */
  lead: string,
  caller: Caller,
  skills: SkillRunner,
): Promise<Reply> {
  const span = periodSpanOf(answer.period);
  if (!span || !skills.mayCall(pipelineSummary, caller)) return { text: lead };
  const owner =
    caller.team && caller.team.toLowerCase() === answer.team.toLowerCase()
      ? { scope: 'team' as const }
      : { team: answer.team };
  const summary = await skills.call(pipelineSummary, { owner, ...span }, caller);
  const standing = summary.forecastAgainstTarget;
  if (!standing) return { text: lead };
  const money = (n: number) => formatMoney(n, standing.target.currency);
  const gap = Math.round(standing.gap);
  const verdict =
    gap > 0
      ? `${money(gap)} short: not on track yet`
      : gap < 0
        ? `${money(-gap)} ahead: on track`
        : 'exactly on target';
  const others = standing.otherCurrencies.length
    ? ` Not counted against it: ${formatMoneyList(standing.otherCurrencies)} weighted in other currencies.`
    : '';
  return {
    text: `${lead} The weighted forecast is ${money(standing.weighted)} (${Math.round(standing.attainment * 100)}% of it), ${verdict}.${others}`,
  };
}
