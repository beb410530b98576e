import type { QueryAggregate, RecordQuery } from '../../vocabulary';
import type { ConversationMemory } from '../conversation-memory';
import type { Understanding } from '../routing/understanding';

/**
 * Follow-ups that keep the records of the last answer and change one thing about them: another
 * figure of the same deals ("and the median?" after an average), or the same records narrowed by
 * what the new question adds ("and how many of them opted out of email" after the contacts in the
 * UK). Whatever the last answer was asked by (its period, place, owner, status) stays.
 */

/** Words a bare figure is asked with besides the figure ("and the median then?", "what's the avg"). */
const FIGURE_FILLER = String.raw`(?:and|so|ok|okay|what|what's|whats|what\s+is|what\s+about|how\s+about|then|now|also|the|their|its|it|that|those|them|of|for|please|pls|too|as\s+well|instead|deal|deals|size|amount|value|one|figure|number)`;

/**
 * The figure a bare follow-up asks of the same deals. "add them up" is not one: it points at the rows
 * shown, which after a pick ("the second one") are the list picked from (`record-query-handler.ts`).
 */
const FIGURES: ReadonlyArray<[RegExp, QueryAggregate]> = [
  [/\bmedian\b/, 'median'],
  [/\b(?:average|avg|mean)\b/, 'average'],
  [/\b(?:total|sum|in\s+total|altogether|combined)\b/, 'sum'],
];

const BARE_FIGURE = new RegExp(
  String.raw`^\s*(?:${FIGURE_FILLER}\s+)*(?:median|average|avg|mean|total|sum|in\s+total|altogether|combined)(?:\s+${FIGURE_FILLER})*\s*[?.!]*\s*$`,
);

/** The aggregates a deal figure can be asked again as another of. */
const DEAL_FIGURES = new Set<QueryAggregate>(['sum', 'average', 'median', 'count', 'list', 'top']);

/** "and the median?", "what's the average", "and in total?": the figure a message asks alone. */
export function bareFigureOf(message: string): QueryAggregate | undefined {
  const text = message.toLowerCase().replace(/[’‘]/g, "'").trim();
  if (!BARE_FIGURE.test(text)) return undefined;
  return FIGURES.find(([pattern]) => pattern.test(text))?.[1];
}

/**
 * "and the median?" after "average won deal size?", "what's the average" after a list of deals:
 * the same deals, that figure. A ranking, a breakdown or one deal's field is no set of deals to
 * figure again.
 */
export function otherFigureUnderstanding(
  text: string,
  memory: ConversationMemory,
  understanding: Understanding,
): Understanding | undefined {
  // After a row was picked ("the second one", then "add them up") the figure is of the list it was
  // picked from: a median of one picked deal is no answer anyone asks for.
  const last = memory.lastDealList ?? memory.lastDealQuery;
  if (memory.lastFocus !== 'deals' || !last || last.record !== 'deal') return undefined;
  if (last.groupBy || last.breakdown || last.field || last.perPeriod || !DEAL_FIGURES.has(last.aggregate))
    return undefined;
  const figure = bareFigureOf(text);
  if (!figure || figure === last.aggregate) return undefined;
  const { limit: _limit, offset: _offset, order: _order, amountFigures: _figures, ...kept } = last;
  const query: RecordQuery = { ...kept, aggregate: figure };
  return {
    ...understanding,
    intent: 'record_query',
    confidence: 0.95,
    question: { kind: 'query', query, ownerGiven: true },
  };
}

/** "of them", "of those", "among these", "those ones": the records just shown, pointed back at. */
const OF_THE_SHOWN = /\b(?:(?:of|among(?:st)?|from)\s+(?:them|those|these)|(?:those|these)\s+ones)\b/i;

/** What the last query's rows are, besides how they were shown (the new question says that). */
function filtersOf(query: RecordQuery): Partial<RecordQuery> {
  const {
    aggregate: _aggregate,
    limit: _limit,
    offset: _offset,
    order: _order,
    field: _field,
    ...filters
  } = query;
  return filters;
}

/**
 * "and how many of them opted out of email" after "how many contacts do we have in the uk", "which
 * of those are prospects" after a list of accounts: the new question asked of the records the last
 * answer listed or counted, its own filters added to theirs. Only when it is of the same kind of
 * record, points back at them and names no account of its own.
 */
export function narrowedRecordsUnderstanding(
  text: string,
  memory: ConversationMemory,
  understanding: Understanding,
): Understanding | undefined {
  const last = memory.lastFocus === 'records' ? memory.lastRecordQuery : undefined;
  const asked = understanding.question?.kind === 'query' ? understanding.question : undefined;
  if (!last || !asked || asked.query.record !== last.record || asked.query.accountId) return undefined;
  if (!OF_THE_SHOWN.test(text)) return undefined;
  const { record: _record, owner: _owner, ...added } = asked.query;
  const query: RecordQuery = { ...last, ...filtersOf(last), ...added } as RecordQuery;
  if (!('field' in added)) delete query.field;
  if (!('limit' in added)) delete query.limit;
  if (!('offset' in added)) delete query.offset;
  const { refersTo: _refersTo, ...question } = asked;
  return {
    ...understanding,
    intent: 'record_query',
    confidence: 0.95,
    question: { ...question, query, ownerGiven: true },
  };
}
