import type { RecordQuery } from '../../vocabulary';
import type { MessageEntities } from './entities/extract-entities';
import { parseRecordQuestion, type RecordQuestion, type RecordQuestionContext } from './record-question';

/**
 * Rankings by something other than a deal's amount: the deal open the longest or the newest
 * ("which open deal has been open the longest?", "our oldest opportunity"), the reps who log the
 * most or the least activity ("who's the least active rep this quarter", "busiest rep this month"),
 * and the accounts holding the most or the fewest contacts, deals or cases ("which account has the
 * most contacts", "customer with the most open tickets"). Every pattern is anchored on its keyword;
 * what the rest of the message says (owner, period, filters) is read by the record-question parser.
 */

/** "open the longest", "been in the pipeline longest", "oldest", "longest-running". */
const OLDEST =
  /\b(?:open|opened|around|sitting|pipeline|going)\s+(?:the\s+)?longest\b|\b(?:oldest|longest[- ](?:open|running|standing|lived))\b/;
/** "newest", "most recently created / opened / added". */
const NEWEST = /\b(?:newest|most\s+recently\s+(?:created|opened|added|entered))\b/;
/** Deals that are no longer open have no age in the pipeline ("oldest won deal" is no such ranking). */
const CLOSED_WORDS = /\b(?:won|lost|closed)\b/;

/**
 * The open deal open the longest, or the newest one: the question without those words, its deals
 * ordered by the day they were created, the first one (or as many as said: "the 5 oldest deals").
 */
export function dealAgeQuestionOf(
  message: string,
  entities: MessageEntities | undefined,
  context: RecordQuestionContext,
): RecordQuestion | undefined {
  const text = message.toLowerCase().replace(/[’‘]/g, "'");
  if (text.length > 300 || CLOSED_WORDS.test(text)) return undefined;
  const order: RecordQuery['order'] = OLDEST.test(text) ? 'oldest' : NEWEST.test(text) ? 'newest' : undefined;
  if (!order) return undefined;
  if (!/\b(?:deals?|opps?|opportunit(?:y|ies)|pipeline)\b/.test(text)) return undefined;
  // "in the pipeline" says only that the deals are open.
  const rest = text
    .replace(order === 'oldest' ? OLDEST : NEWEST, ' ')
    .replace(/\b(?:in|on)\s+(?:the|our|my)\s+pipeline\b/, ' ');
  const question = parseRecordQuestion(rest, entities, context);
  if (question?.kind !== 'query') return undefined;
  const query = question.query;
  if (query.record !== 'deal' || query.groupBy || query.field || query.breakdown || query.status)
    return undefined;
  const limit = /\b(?:oldest|newest)\s+(?:deals|opps|opportunities)\b/.test(text)
    ? (query.limit ?? 5)
    : (query.limit ?? 1);
  const { periodAssumed: _assumed, ...kept } = question;
  return { ...kept, query: { ...query, aggregate: 'top', order, limit } };
}

/** "most active", "least active", "busiest", "least busy", "quietest" said of people. */
const ACTIVE = /\b(?:(most|least)\s+active|(busiest)|least\s+busy|(quietest|laziest))\b/;
/** Who is ranked: a rep, a seller, a person on the team ("who's the most active"). */
const PEOPLE =
  /\b(?:reps?|salesp(?:erson|eople)|sellers?|ae|aes|members?|people|person|who|who's|whos|colleagues?)\b/;
/** Records that are ranked by their activity instead ("most active accounts", "busiest deal"). */
const NOT_PEOPLE =
  /\b(?:accounts?|customers?|clients?|companies|contacts?|deals?|opps?|leads?|days?|months?|weeks?)\b/;
/** Words that ask for the team's own members ("on my team", "in our team"). */
const OWN_TEAM = /\b(?:my|our|the)\s+team\b/;

/**
 * The rep who logs the most (or the least) activity: "who's the least active rep this quarter",
 * "most active rep this month", "busiest person on my team this week". Read as "who logged the
 * most interactions" with the period and the team said.
 */
export function activeRepQuestionOf(
  message: string,
  entities: MessageEntities | undefined,
  context: RecordQuestionContext,
): RecordQuestion | undefined {
  const text = message.toLowerCase().replace(/[’‘]/g, "'");
  if (text.length > 300) return undefined;
  const said = ACTIVE.exec(text);
  if (!said) return undefined;
  const after = text.slice(said.index + said[0].length);
  const before = text.slice(0, said.index);
  if (
    !PEOPLE.test(before + after) ||
    NOT_PEOPLE.test(after.split(/\b(?:this|last|in|on|over|for|since)\b/)[0]!)
  )
    return undefined;
  const most = said[1] === 'most' || said[2] !== undefined;
  const period = entities?.periods[0]?.text ?? '';
  const team = OWN_TEAM.exec(text)?.[0];
  const asked = `who logged the ${most ? 'most' : 'fewest'} interactions ${period}${team ? ` on ${team}` : ''}`;
  const question = parseRecordQuestion(asked, entities, context);
  if (
    question?.kind !== 'query' ||
    question.query.record !== 'interaction' ||
    question.query.groupBy !== 'owner'
  )
    return undefined;
  return question;
}

/** "which account has the most contacts", "customer with the fewest open deals", "most cases by account". */
const ACCOUNT_MOST =
  /\b(?:accounts?|accts?|customers?|clients?|compan(?:y|ies)|logos?)\s+(?:has|have|had|with|holds?|carr(?:y|ies))\s+(?:got\s+)?(?:the\s+)?(most|fewest|least)\s+(open\s+(?:deals?|opps?|opportunities|cases|tickets)|deals|opps|opportunities|contacts|people|(?:support\s+)?cases|(?:support\s+)?tickets)\b/;

const RELATED_KIND: Array<[RegExp, NonNullable<RecordQuery['relatedCount']>['of']]> = [
  [/^open\s+(?:deals?|opps?|opportunities)$/, 'openDeals'],
  [/^(?:deals|opps|opportunities)$/, 'deals'],
  [/^open\s+(?:cases|tickets)$/, 'openCases'],
  [/^(?:support\s+)?(?:cases|tickets)$/, 'cases'],
  [/^(?:contacts|people)$/, 'contacts'],
];

/**
 * The accounts ranked by how many records of a kind they hold, the most (or the fewest) first:
 * "which account has the most contacts", "the customer with the most open tickets", "which of my
 * accounts has the fewest deals". The question's other filters (mine, a region, an industry) stay.
 */
export function accountsRankedByCountOf(
  message: string,
  entities: MessageEntities | undefined,
  context: RecordQuestionContext,
): RecordQuestion | undefined {
  const text = message.toLowerCase().replace(/[’‘]/g, "'");
  if (text.length > 300) return undefined;
  const said = ACCOUNT_MOST.exec(text);
  if (!said) return undefined;
  const of = RELATED_KIND.find(([words]) => words.test(said[2]!.replace(/\s+/g, ' ')))?.[1];
  if (!of) return undefined;
  // The rest read as a question about accounts: "which of my accounts" keeps the owner, "in emea" the region.
  const rest = `${text.slice(0, said.index)} accounts ${text.slice(said.index + said[0].length)}`;
  const question = parseRecordQuestion(rest, entities, context);
  const base: RecordQuery =
    question?.kind === 'query' && question.query.record === 'account'
      ? question.query
      : { record: 'account', owner: { scope: 'all' }, aggregate: 'list' };
  const most = said[1] === 'most';
  const query: RecordQuery = {
    ...base,
    aggregate: 'list',
    relatedCount: most ? { of, min: 0 } : { of },
    order: most ? 'biggest' : 'smallest',
    limit: 5,
  };
  return {
    kind: 'query',
    query,
    ownerGiven:
      question?.kind === 'query' && question.query.record === 'account' ? question.ownerGiven : false,
  };
}
