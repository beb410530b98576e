import type { QueryOwner, RecordQuery } from '../../vocabulary';
import type { RecordQuestion } from '../understanding/record-question';
import { isBackReference } from '../conversation-memory';
import { otherOutcomeOf } from '../understanding/other-outcome';
import { withoutCourtesy } from './courtesy-words';
import type { Understander, Understanding, UnderstandingContext } from './understanding';

/** One question of a message that asks several: its words, and whose records it asks about when it names nobody. */
export interface QuestionPart {
  text: string;
  /** The owner the question before it named ("across all teams, and how many …"): this one asks about the same. */
  owner?: QueryOwner;
  /** It leans on the question before it ("… and what about november?"): answered as that question's follow-up. */
  followUp?: boolean;
}

/** Intents answered at once by a read (no dialog begun, nothing written): the only ones a part may have. */
const ANSWERED_AT_ONCE = new Set([
  'record_query',
  'pipeline_summary',
  'knowledge_question',
  'at_risk_deals',
  'forecast',
  'top_leads',
  'lead_score',
  'team_roster',
  'accounts_to_call',
  'case_list',
  'lead_conversion',
  'churn_list',
  'churn_account',
  'segment_members',
  'segment_movements',
  'account_segment',
  'recommendations',
]);

/**
 * Messages that do something rather than ask: a write, a dialog, a text pasted to answer ("log a call
 * with acme: they asked about pricing and when we can start") are never split.
 */
const DOES_SOMETHING = new Set([
  'log_interaction',
  'create_lead',
  'create_task',
  'change_task',
  'update_deal_stage',
  'change_deal',
  'case_open',
  'case_close',
  'case_update',
  'agent_assist',
  'digest_subscribe',
  'digest_unsubscribe',
  'handoff',
  'privacy_request',
  'user_admin',
  'bulk_email',
  'audience_build',
  'audience_refresh',
  'audience_export',
  'data_export',
]);

/** Whether `intent` does something (a write, a dialog, a pasted text) rather than ask. */
export function doesSomething(intent: string): boolean {
  return DOES_SOMETHING.has(intent);
}

/**
 * How sure the reading of a part must be: a part is a question of its own only when read as surely
 * as the parser's and the routing rules' readings are (0.9 and up); the model's guesses at a
 * fragment ("how's it looking" as the forecast, at 0.76) are not.
 */
const MIN_PART_CONFIDENCE = 0.85;
/** Two or three questions in a message, never more. */
const MAX_PARTS = 3;
/** Where a message may break: a question mark, semicolon or full stop, or "and" / "also" / "plus". */
const BREAK =
  /\s*(?:[?;!]+|\.(?=\s))[\s,]*(?:(?:and|also|plus|then)\b[\s,]*)*|\s*,?\s+(?:and|also|plus)\b(?:\s+(?:also|then)\b)?,?\s*/gi;
/** The words a question or request opens with; a later part opens with one (or is a question of its own). */
const ASKS =
  /^(?:what(?:'s|s|'re| is| are)?|how(?:'s|s)?|who(?:'s|s|m|se)?|which|when(?:'s)?|where(?:'s)?|why|is|are|was|were|do|does|did|can|could|will|would|should|show|list|give|tell|pull|get|find|any(?:thing|one|body)?|who)\b/i;
/**
 * How a question for the documentation opens when it stands alone in a message with a record question
 * ("… and how do i connect slack"): the knowledge base reads almost any fragment ("are still open",
 * "whos the contact") as a question of its own, so only these wordings count as one.
 */
const ASKS_THE_DOCUMENTATION =
  /^(?:how\s+(?:do|can|should|would)\s+(?:i|we|you)|how\s+to|is\s+(?:it|there)\s+(?:possible|a\s+way)|can\s+(?:i|we)|where\s+(?:do|can)\s+(?:i|we)|(?:does|can|will)\s+(?:crmpro|it|the\s+bot|the\s+app))\b/i;
/** Requests about one account: a part asking one names it ("whats at risk" names none). */
const ABOUT_ONE_ACCOUNT = new Set(['churn_account', 'account_segment', 'recommendations', 'lead_score']);
/** Words that are not enough for a question on their own ("acme", "lost deals"). */
const MIN_PART_WORDS = 2;

interface Break {
  start: number;
  end: number;
}

/**
 * The questions of a message that asks two or three record questions at once ("whats my pipeline
 * and anything closing this week", "how many open deals across all teams, and how many past their
 * close date", "whats my pipeline? how do i connect slack"), or undefined when it asks one thing.
 * A message is split only where each part is a question on its own: after "and" / "also" / "plus"
 * the part opens with a question or request word, every part is read (by `understander`) as a
 * request answered at once, at least one of them about records, and no two read the same. A later
 * part that says nothing of its own beyond what the one before it asked ("… and how many deals",
 * "… and whats the total") completes that question rather than asking another, so the message is
 * not split there; nor inside a name ("Johnson and Johnson"), nor in a message the whole of which
 * is a write, a dialog, a pasted text or a question for the documentation.
 */
export async function questionsIn(
  text: string,
  understander: Understander,
  context: UnderstandingContext,
): Promise<QuestionPart[] | undefined> {
  const candidates = breaksIn(text);
  if (candidates.length === 0) return undefined;
  const whole = await understander.understand(text, context);
  if (DOES_SOMETHING.has(whole.intent)) return undefined;
  // One answer covers two periods set against each other ("won this quarter and how much last quarter").
  if (whole.question?.comparedWith) return undefined;
  const breaks = candidates.filter((b) => !insideAName(text, b, whole)).slice(0, MAX_PARTS + 1);
  if (breaks.length === 0) return undefined;
  const readings = new Map<string, Promise<Understanding>>();
  const readingOf = (part: string) => {
    let reading = readings.get(part);
    if (!reading) readings.set(part, (reading = understander.understand(part, context)));
    return reading;
  };
  // The most parts first: every break, then fewer (a break whose parts don't stand alone is skipped).
  for (const kept of subsetsByLength(breaks)) {
    if (kept.length + 1 > MAX_PARTS) continue;
    const texts = partsAt(text, kept);
    if (texts.some((part) => wordsIn(part) < MIN_PART_WORDS)) continue;
    const parts = await standAlone(texts, readingOf, whole.intent === 'knowledge_question');
    if (parts) return parts;
  }
  return whole.intent === 'knowledge_question' ? undefined : withFollowUp(text, breaks, readingOf);
}

/**
 * How a second question that leans on the first opens: another period, name or owner ("and what
 * about november?", "how about globex"), or one of the records the first shows ("which one is due
 * first", "which of them closes soonest", "who owns each one").
 */
const LEANS_ON_THE_FIRST =
  /^(?:and\s+)?(?:what|how)\s+about\s+\S|^(?:and\s+)?(?:which|what)\s+(?:one|ones)\b|^(?:and\s+)?(?:which|who|what|when|how)\b[^?]*\b(?:of\s+(?:them|those|these)|each\s+(?:one|of\s+them))\b/i;

/**
 * A question that stands alone followed by one that leans on it, at one break ("how much did i win
 * in november and how much did i lose?", "what did marcus close in october, and what about
 * november?", "how many open cases do we have and which one is due first?"): the two, the second
 * answered as the first's follow-up; undefined otherwise.
 */
async function withFollowUp(
  text: string,
  breaks: readonly Break[],
  readingOf: (part: string) => Promise<Understanding>,
): Promise<QuestionPart[] | undefined> {
  for (const at of breaks) {
    const [first, second] = partsAt(text, [at]);
    if (!first || !second || wordsIn(first) < MIN_PART_WORDS) continue;
    if (!LEANS_ON_THE_FIRST.test(second) && !otherOutcomeOf(second)) continue;
    const asked = await standAlone([first], readingOf, false);
    if (asked) return [asked[0]!, { text: second, followUp: true }];
  }
  return undefined;
}

/** Every place the message may break, with the part after it opening as a question where unmarked. */
function breaksIn(text: string): Break[] {
  const found: Break[] = [];
  for (const match of text.matchAll(BREAK)) {
    const start = match.index;
    const end = start + match[0].length;
    if (start === 0 || end >= text.length) continue;
    const marked = /[?;!.]/.test(match[0]);
    // What follows asks on its own: it opens as a question or request ("… and anything closing this
    // week"), or, after a question mark or full stop, is a question itself ("whats my pipeline? deals
    // closing this week?"). "anything slipping? deals past their close date" says the first again.
    const after = text.slice(end);
    if (!ASKS.test(after) && !(marked && /\?\s*$/.test(nextPartOf(after)))) continue;
    found.push({ start, end });
  }
  return found;
}

/** The words up to the next question mark, semicolon or full stop (the part a break opens). */
function nextPartOf(rest: string): string {
  const end = rest.search(/[?;!](?=\s|$)|\.(?=\s)/);
  return end < 0 ? rest : rest.slice(0, end + 1);
}

/**
 * True when a name the message holds ("Johnson and Johnson", "Mercer and Marlowe") or a period
 * ("between the 1st and the 3rd") spans the break.
 */
function insideAName(text: string, at: Break, whole: Understanding): boolean {
  const entities = whole.entities;
  if (!entities) return false;
  const lower = text.toLowerCase();
  // A period read whole spans it too ("cases between the 1st and the 3rd").
  return [
    ...[...entities.accounts, ...entities.contacts, ...entities.products]
      .filter((candidate) => candidate.score >= 0.9)
      .map((candidate) => candidate.text),
    ...entities.periods.map((period) => period.text),
  ].some((words) => {
    const from = lower.indexOf(words.toLowerCase());
    return from >= 0 && from < at.end && from + words.length > at.start;
  });
}

/** The message's parts between the breaks kept, each read as a message of its own (no polite wrapper). */
function partsAt(text: string, breaks: readonly Break[]): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const at of breaks) {
    parts.push(text.slice(from, at.start));
    from = at.end;
  }
  parts.push(text.slice(from));
  return parts.map((part) => withoutCourtesy(part.trim())).filter((part) => part !== '');
}

function wordsIn(text: string): number {
  return text.split(/\s+/).filter((word) => /\w/.test(word)).length;
}

/** Subsets of the breaks, those with the most breaks first, each in the message's order. */
function subsetsByLength<T>(items: readonly T[]): T[][] {
  const subsets: T[][] = [];
  for (let mask = 1; mask < 1 << items.length; mask++) subsets.push(items.filter((_, i) => (mask >> i) & 1));
  return subsets.sort((a, b) => b.length - a.length);
}

/**
 * The parts as questions of their own, each taking the owner of the one before when it names none,
 * or undefined when one does not stand alone, none is about records, or two ask the same.
 */
async function standAlone(
  texts: readonly string[],
  readingOf: (part: string) => Promise<Understanding>,
  wholeForTheDocumentation: boolean,
): Promise<QuestionPart[] | undefined> {
  const parts: QuestionPart[] = [];
  const seen = new Set<string>();
  let owner: QueryOwner | undefined;
  let aboutRecords = false;
  // The part before named an account ("who owns hooli"), which "there" / "them" in the next points at.
  let named = false;
  // A part before said a period ("how much did i win in november").
  let periodSaid = false;
  for (const [i, text] of texts.entries()) {
    const reading = await readingOf(text);
    if (!ANSWERED_AT_ONCE.has(reading.intent) || reading.confidence < MIN_PART_CONFIDENCE) return undefined;
    if (reading.intent === 'knowledge_question' && !ASKS_THE_DOCUMENTATION.test(text)) return undefined;
    if (ABOUT_ONE_ACCOUNT.has(reading.intent) && !namesAnAccount(reading)) return undefined;
    const question = reading.question;
    // A message the documentation answers as a whole ("someone left, how do i remove them and what
    // happens to their deals") asks about records in general; a request for records says whose.
    if (wholeForTheDocumentation && reading.intent !== 'knowledge_question' && !asksForOwnRecords(question))
      return undefined;
    if ((reading.intent === 'record_query' || reading.intent === 'pipeline_summary') && !question)
      return undefined;
    if (question?.kind === 'query' && question.periodAlone) return undefined;
    // "how much did i win in november and how much did i lose?": a part whose period is only the
    // default leans on the period the part before said (answered as its follow-up).
    if (i > 0 && periodSaid && question?.kind === 'query' && question.periodAssumed) return undefined;
    // "… and how many deals", "… and whats the total": the question before it, completed. "… and how
    // many open deals there" points at the account the part before named: a question of its own.
    if (i > 0 && question && !saysMoreThanDefaults(question) && !(pointsAtAccount(question) && named))
      return undefined;
    named = namesOneAccount(reading);
    periodSaid ||= Boolean(
      question && !('periodAssumed' in question && question.periodAssumed) && saysAPeriod(question),
    );
    const carried = question && !question.ownerGiven && owner ? owner : undefined;
    const key = keyOf(reading, carried);
    if (seen.has(key)) return undefined;
    seen.add(key);
    if (reading.intent !== 'knowledge_question') aboutRecords = true;
    parts.push(carried ? { text, owner: carried } : { text });
    if (question?.ownerGiven) owner = question.query.owner;
  }
  return aboutRecords ? parts : undefined;
}

/** Whether a record question is bounded by a period (closed, closing, created, occurred or a summary's). */
function saysAPeriod(question: RecordQuestion): boolean {
  if (question.kind === 'summary') return true;
  const { closedFrom, closeFrom, createdFrom, occurredFrom } = question.query;
  return Boolean(closedFrom ?? closeFrom ?? createdFrom ?? occurredFrom);
}

/** What a part asks, for telling two parts apart (the owner it takes from the part before counted). */
function keyOf(reading: Understanding, carried: QueryOwner | undefined): string {
  const question = reading.question;
  if (!question) return JSON.stringify([reading.intent, reading.accountMention ?? '']);
  const { ownerGiven: _given, ...asked } = question;
  const query = carried ? { ...question.query, owner: carried } : question.query;
  return JSON.stringify([reading.intent, { ...asked, query }]);
}

/**
 * True when a record question names something of its own: an owner, an account or deal, a filter,
 * a field, a grouping — not only an aggregate over whatever records are meant ("how many deals").
 */
function saysMoreThanDefaults(question: RecordQuestion): boolean {
  if (question.ownerGiven) return true;
  // A pipeline or team summary is a request of its own ("… and whats our pipeline").
  if (question.kind === 'summary') return question.refersTo === undefined;
  if (question.personOverview || question.lossReasons || question.standing) return true;
  const query: RecordQuery = question.query;
  const {
    record: _record,
    owner: _owner,
    aggregate: _aggregate,
    limit: _limit,
    order: _order,
    rankBy: _rankBy,
    dealIds: _shown,
    ...said
  } = query;
  return Object.values(said).some((value) => value !== undefined) || query.record !== 'deal';
}

/** True when a record question points back at an account ("… there", "their", "them") and names none. */
function pointsAtAccount(question: RecordQuestion): boolean {
  return question.kind === 'query' && question.refersTo === 'account';
}

/** True when the reading names one account the CRM has, by its name ("who owns hooli"). */
function namesOneAccount(reading: Understanding): boolean {
  return reading.question?.kind === 'query' && reading.question.query.accountId !== undefined;
}

/** True when the reading names an account the CRM has, or points back at one ("their"). */
function namesAnAccount(reading: Understanding): boolean {
  const mention = reading.accountMention;
  if (mention && isBackReference(mention)) return true;
  return (reading.entities?.accounts ?? []).some((account) => account.score >= 0.9);
}

/** A record question about the caller's own or team's records, said so ("my pipeline", "our team's deals"). */
function asksForOwnRecords(question: RecordQuestion | undefined): boolean {
  const owner = question?.query.owner;
  return question?.ownerGiven === true && owner !== undefined && 'scope' in owner && owner.scope !== 'all';
}
