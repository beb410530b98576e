import type { MessageEntities } from './entities/extract-entities';

/**
 * Where someone stands against the others on their team: the caller ("how do i compare to the
 * team", "am i ahead of jordan") or a rep a manager names ("how does sam stack up against the
 * others"), against the whole team or one other rep. `me` is the caller; others are reps' names.
 */
export interface StandingQuestion {
  subjects: Array<'me' | string>;
}

/** Words that set one person against others. */
const AGAINST =
  /\b(?:compare[sd]?|comparing|compared|stack(?:s|ing)?\s+up|measure[sd]?\s+up|rank(?:s|ed)?|stand(?:s|ing)?\s+(?:against|among|next\s+to|relative\s+to|compared|on\s+the\s+(?:team|leader-?board))|ahead\s+of|behind|beating|beat|outsell\w*|better\s+than|worse\s+than|vs\.?|versus|against|relative\s+to)(?=\W|$)/;
/** The caller as the one set against others ("how do i compare", "am i ahead", "where do i rank"). */
const ME =
  /\b(?:i|i'm|im|me|am\s+i|my\s+(?:numbers|results|performance|(?:win|close|closing|hit|conversion)\s*(?:-\s*)?(?:rate|ratio)|(?:average|avg|median)\s+(?:deal\s+)?(?:size|value)|(?:sales\s+|deal\s+)?cycle))\b/;
/** The rest of the team as what one is set against. */
const THE_OTHERS =
  /\b(?:(?:the|my|our)\s+)?(?:team(?:mates)?|others|other\s+reps|rest(?:\s+of\s+(?:the|my|our)\s+team)?|everyone(?:\s+else)?|everybody(?:\s+else)?|colleagues|peers|leader-?board)\b/;
/** Things compared that are not people ("compare two deals", "how do i rank my leads", our pricing). */
const NOT_PEOPLE =
  /\b(?:deals?(?!\s+(?:size|sizes|value|values|cycle)\b)|opps?|opportunit\w+|leads?|accounts?|customers?|contacts?|tasks?|cases?|tickets?|plans?|pric\w+|features?|products?|quotes?|reports?|versions?|regions?|emea|apac|latam|that|it)\b|\bthis\b(?!\s+(?:quarter|qtr|month|year|yr|week|wk)\b)/;
/**
 * An earlier period as what one is set against ("how am i doing vs last quarter", "compared to last
 * year"), not people; "marcus vs the team on win rate last quarter" is people over that period.
 */
const AGAINST_A_PERIOD =
  /\b(?:compare[sd]?|compared|vs\.?|versus|against|than|ahead\s+of|behind|relative\s+to|beat(?:ing)?)\s+(?:(?:to|with)\s+)?(?:the\s+)?(?:last|previous|prior)\b/;

/**
 * Reads a message as asking where the caller or a named rep stands against the team or another rep:
 * "how do i compare to the team", "am i ahead of jordan", "where do i rank", "how does sam stack up
 * against the others", "is sam beating marcus". Undefined when nobody is set against anyone, or
 * what is compared is not people ("how do i compare two deals", "how does that compare to last year").
 */
export function standingQuestionOf(
  message: string,
  entities: MessageEntities | undefined,
): StandingQuestion | undefined {
  const text = message.toLowerCase().replace(/[’‘]/g, "'");
  if (!AGAINST.test(text) || NOT_PEOPLE.test(text) || AGAINST_A_PERIOD.test(text)) return undefined;
  // Each rep said, once: two names in one message are candidates of one person entity, each with its words.
  const said = (entities?.people ?? [])
    .flatMap((person) => (person.kind === 'rep' ? person.candidates : []))
    .filter((candidate) => candidate.score >= 0.8);
  const reps = said
    .filter((candidate, i) => said.findIndex((other) => other.text === candidate.text) === i)
    .map((candidate) => ({ name: candidate.name, at: text.indexOf(candidate.text.toLowerCase()) }));
  const me = ME.exec(text);
  const subjects: Array<{ who: 'me' | string; at: number }> = [
    ...(me ? [{ who: 'me' as const, at: me.index }] : []),
    ...reps.map((rep) => ({ who: rep.name, at: rep.at })),
  ].sort((a, b) => a.at - b.at);
  const unique = subjects.filter((s, i) => subjects.findIndex((o) => o.who === s.who) === i);
  if (!unique.length || unique.length > 2) return undefined;
  // One person alone is set against the team ("where do i rank", "how does sam stack up against the others");
  // "where do things stand for me" is a summary.
  if (unique.length === 1 && !THE_OTHERS.test(text) && !/\brank/.test(text)) return undefined;
  return { subjects: unique.map((s) => s.who) };
}
