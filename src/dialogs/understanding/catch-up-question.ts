import type { QueryOwner } from '../../vocabulary';
import { AWAY, awayLengthIn, DEFAULT_CATCH_UP_DAYS } from './time-away';

export { DEFAULT_CATCH_UP_DAYS } from './time-away';
import type { MessageEntities } from './entities/extract-entities';
import { namedPeriod, todayIn, type RecordQuestionContext } from './record-question';

/**
 * A catch-up after time away ("back from 2 weeks off, what did i miss", "catch me up since 20
 * november", "what happened on globex while i was away", "any new cases on my accounts in the last
 * 2 weeks"): the period, whose records or which account, and the one section asked for, if any.
 */
export interface CatchUpQuestion {
  /** The period, `YYYY-MM-DD` inclusive, never past today. */
  from: string;
  to: string;
  /** How the period was said ("since 20 november", "2 weeks off"); absent when none was said (the default). */
  said?: string;
  /** An account the message names (by the entities' id). */
  accountId?: string;
  owner?: QueryOwner;
  /** Only one part of the changes: the new cases on the accounts. */
  section?: 'cases';
}

/** "what did i miss", "what have i missed", "did i miss anything", "anything i missed". */
const MISSED =
  /\b(?:what(?:'d|\s+did|\s+have|'ve|\s+do)?\s+i\s+(?:miss|missed)|(?:did|have)\s+i\s+miss(?:ed)?\s+(?:anything|much|something|owt)|anything\s+i(?:'ve|\s+have|\s+might\s+have|\s+may\s+have)?\s+missed|what\s+i(?:'ve|\s+have)?\s+missed)\b/;
/** Things one misses that are no records' changes: a release, the docs, one meeting or call. */
const MISSED_ELSEWHERE =
  /\b(?:release|version|changelog|docs?|documentation|webinar|training|(?:on|in|during|at)\s+(?:the|that|this|today's)\s+(?:call|meeting|demo|standup|stand-up|webinar))\b/;
/** "catch me up", "bring me up to speed", "fill me in", "catch up on my accounts". */
const CATCH_ME_UP =
  /\b(?:catch|caught)\s+me\s+up\b|\bcatch(?:ing)?\s*-?\s*up\s+on\s+(?:my|our|the|what|everything|all)\b|\b(?:bring|get|got)\s+me\s+(?:back\s+)?up\s+to\s+speed\b|\bfill\s+me\s+in\b/;
/** "what happened", "what's changed", "anything new", "any updates", "what's been going on". */
const HAPPENED =
  /\bwhat(?:'s|\s+has|\s+have|\s+is)?\s+(?:happened|changed|been\s+(?:going\s+on|happening)|went\s+on|new|moved)\b|\bany(?:thing)?\s+(?:new|happen(?:ed)?|change[sd]?|updates?|news)\b|\b(?:updates?|changes)\s+(?:on|to|in|since|for)\b|\bwhat\s+(?:changed|happened)\b/;
/** The caller's own book: "my accounts", "my deals", "my pipeline", "my book of business". */
const MY_BOOK =
  /\b(?:my|our)\s+(?:accounts?|accts?|book(?:\s+of\s+business)?|deals|opps|opportunities|pipeline|pipe|territory|customers|clients|patch|stuff|world)\b/;
/** Cases or tickets, asked new on the caller's accounts ("any new support cases on my accounts"). */
const CASES_ON_MY_ACCOUNTS =
  /\b(?:cases?|tickets?)\b.*\b(?:on|at|for|from|across|with|against)\s+(?:any\s+(?:of\s+)?)?(?:my|our)\s+(?:accounts?|accts?|customers|clients)\b/;
/** A case question that is about one case or a list of one's own cases, not the new ones on one's accounts. */
const NEW_OR_SINCE = /\b(?:new|came\s+in|opened|raised|logged|filed|since)\b/;
/** "my team's", "the team": a manager's catch-up of the team's records. */
const TEAM = /\b(?:my|our|the)\s+team(?:'s)?\b/;

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whether the message asks for a catch-up, from its words alone. */
export function asksForCatchUp(message: string, entities: MessageEntities | undefined): boolean {
  const text = normalise(message);
  if (MISSED.test(text) && !MISSED_ELSEWHERE.test(text)) return true;
  const account = entities?.accounts.some((a) => a.score >= 0.9 && !a.bySound) === true;
  const period = (entities?.periods.length ?? 0) > 0;
  const away = AWAY.test(text);
  // "catch me up on globex" (or "on summit before friday", a name the reader may not know) is that
  // account's briefing; with a time away or a period gone by ("since 20 november"), its changes.
  if (
    CATCH_ME_UP.test(text) &&
    (ON_SOMETHING.test(text) ? away || GONE_BY.test(text) : !account || away || period)
  )
    return true;
  // "what happened while i was away": time away and a question of what changed. (A question of its
  // own said with it, "which of my deals did we win while i was away", stays that question.)
  const happened = HAPPENED.test(text) && !AHEAD.test(text);
  if (away && happened) return true;
  // "any new support cases on my accounts in the last 2 weeks": the cases opened on the caller's accounts.
  if (CASES_ON_MY_ACCOUNTS.test(text) && (NEW_OR_SINCE.test(text) || away) && !/\bcase\s*#?\d/.test(text))
    return true;
  // "what's changed on my accounts this week", "what happened on globex since monday": changes over a
  // period already begun on the caller's book or one account.
  if (happened && MY_BOOK.test(text)) return true;
  return happened && account && period;
}

/** "catch me up on <something>" other than the caller's book or everything: a thing named (an account). */
const ON_SOMETHING =
  /\b(?:catch\s+me\s+up|up\s+to\s+speed|fill\s+me\s+in)\s+(?:on|about|with|re)\s+(?!(?:my|our|the\s+team|everything|all|what|things|stuff|anything)\b)\w/;
/** A period gone by: "since 20 november", "in the last 2 weeks", "over the past month", "this week". */
const GONE_BY =
  /\b(?:since|in\s+the\s+(?:last|past)|over\s+the\s+(?:last|past)|the\s+(?:last|past)\s+(?:\d+|few|two|three|couple)|this\s+(?:week|month))\b/;

/** Said of what is to come ("what will happen", "what's going to close next month"): no catch-up. */
const AHEAD = /\b(?:will|going\s+to|gonna|next|upcoming|coming\s+up)\b/;

function normalise(message: string): string {
  return message
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\bwat\b/g, 'what')
    .replace(/\bwht\b/g, 'what')
    .replace(/\s+/g, ' ');
}

/**
 * Reads a catch-up: its period (said, or how long the caller was away, or the one asked in this
 * conversation before, or the last `DEFAULT_CATCH_UP_DAYS` days), its account or team, and whether
 * it asks only for the new cases. Undefined when the message asks no catch-up.
 */
export function catchUpQuestionOf(
  message: string,
  entities: MessageEntities | undefined,
  context: RecordQuestionContext,
  before?: { from: string; to: string; said?: string },
): CatchUpQuestion | undefined {
  if (!asksForCatchUp(message, entities)) return undefined;
  const text = normalise(message);
  const today = todayIn(context.now, context.timezone);
  const account = entities?.accounts.find((a) => a.score >= 0.9 && !a.bySound);
  const rep = entities?.people.find((p) => p.kind === 'rep');
  const owner: QueryOwner | undefined =
    rep?.kind === 'rep' && rep.candidates[0] && rep.candidates[0].score >= 0.8
      ? { rep: rep.candidates[0].name }
      : TEAM.test(text)
        ? { scope: 'team' }
        : undefined;
  const section: 'cases' | undefined =
    CASES_ON_MY_ACCOUNTS.test(text) && !MISSED.test(text) && !CATCH_ME_UP.test(text) ? 'cases' : undefined;
  const common: Pick<CatchUpQuestion, 'accountId' | 'owner' | 'section'> = {
    ...(account ? { accountId: account.id } : {}),
    ...(owner ? { owner } : {}),
    ...(section ? { section } : {}),
  };
  const period = entities?.periods.length ? namedPeriod(text, entities, context.now, today, true) : undefined;
  if (period && period.from <= today)
    return {
      from: period.from,
      to: period.to > today ? today : period.to,
      said: entities!.periods[0]!.text,
      ...common,
    };
  const away = awayLengthIn(text);
  if (away) return { from: addDays(today, 1 - away.days), to: today, said: away.said, ...common };
  if (before)
    return { from: before.from, to: today, ...(before.said ? { said: before.said } : {}), ...common };
  return { from: addDays(today, 1 - DEFAULT_CATCH_UP_DAYS), to: today, ...common };
}
