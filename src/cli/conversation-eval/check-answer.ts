import type { Reply } from '../../dialogs/reply';
import type { EvalExpectation } from './eval-cases';

/** One skill call the bot made during a turn. */
export interface SkillCall {
  skill: string;
  input: unknown;
}

/** What the bot did on the turn being checked. */
export interface TurnOutcome {
  replies: Reply[];
  calls: SkillCall[];
}

/** The text a person reads in a turn's replies: titles, text, list items, facts, sources and button labels. */
export function readableText(replies: readonly Reply[]): string {
  const parts: string[] = [];
  for (const reply of replies) {
    if (reply.title) parts.push(reply.title);
    parts.push(reply.text);
    for (const list of reply.lists ?? []) {
      if (list.title) parts.push(list.title);
      for (const item of list.items)
        parts.push([item.title, item.subtitle, item.value].filter(Boolean).join(' '));
    }
    for (const fact of reply.facts ?? []) parts.push(`${fact.label}: ${fact.value}`);
    if (reply.sources?.length)
      parts.push(
        `Sources: ${reply.sources.map((s) => [s.title, s.section].filter(Boolean).join(' › ')).join('; ')}`,
      );
    for (const button of reply.buttons ?? []) parts.push(button.title);
  }
  return parts.join('\n');
}

/** True when `actual` holds every field of `wanted` (objects by subset, arrays and scalars by value, dates by ISO day or instant). */
export function holds(actual: unknown, wanted: unknown): boolean {
  if (wanted === null || typeof wanted !== 'object') {
    if (actual instanceof Date && typeof wanted === 'string')
      return actual.toISOString() === wanted || actual.toISOString().slice(0, 10) === wanted;
    if (typeof actual === 'string' && typeof wanted === 'string')
      return actual.toLowerCase() === wanted.toLowerCase();
    return actual === wanted;
  }
  if (Array.isArray(wanted)) {
    if (!Array.isArray(actual) || actual.length !== wanted.length) return false;
    return wanted.every((item, i) => holds(actual[i], item));
  }
  if (actual === null || typeof actual !== 'object') return false;
  return Object.entries(wanted as Record<string, unknown>).every(([key, value]) =>
    holds((actual as Record<string, unknown>)[key], value),
  );
}

/** The reasons a turn's outcome falls short of the expectation (none: answered right). */
export function shortfalls(outcome: TurnOutcome, expect: EvalExpectation): string[] {
  const problems: string[] = [];
  const ran = outcome.calls.map((c) => c.skill);
  if (expect.skill !== undefined) {
    const wanted = Array.isArray(expect.skill) ? expect.skill : [expect.skill];
    if (wanted.length === 1 && wanted[0] === 'none') {
      if (ran.length) problems.push(`expected no skill, ran ${ran.join(', ')}`);
    } else if (!(wanted.includes('none') && ran.length === 0)) {
      // (["none", "knowledge-answer"] with no skill run is right: "none" is one of the outcomes accepted.)
      const call = outcome.calls.find((c) => wanted.includes(c.skill));
      if (!call) problems.push(`expected skill ${wanted.join(' or ')}, ran ${ran.join(', ') || 'none'}`);
      else if (
        expect.input &&
        !outcome.calls.some((c) => wanted.includes(c.skill) && holds(c.input, expect.input))
      )
        problems.push(
          `${call.skill} input ${JSON.stringify(call.input)} lacks ${JSON.stringify(expect.input)}`,
        );
    }
  }
  const text = readableText(outcome.replies);
  for (const pattern of expect.reply ?? [])
    if (!new RegExp(pattern, 'i').test(text)) problems.push(`reply lacks /${pattern}/`);
  for (const pattern of expect.notReply ?? [])
    if (new RegExp(pattern, 'i').test(text)) problems.push(`reply has /${pattern}/`);
  return problems;
}
