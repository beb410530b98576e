import type { RecordQuery, SummaryQuery } from '../../vocabulary';
import type { ConversationMemory } from '../conversation-memory';
import type { Understanding } from '../routing/understanding';
import { listFollowUpOf, type Refinement } from '../understanding/list-follow-up';
import type { RecordQuestionContext } from '../understanding/record-question';

/** Requests a follow-up reading never overrides: writes, small talk, hand-offs. */
const KEPT = new Set([
  'create_task',
  'create_lead',
  'log_interaction',
  'update_deal_stage',
  'handoff',
  'thanks',
  'greeting',
  'help',
  'cancel',
  'start_over',
  'digest_subscribe',
  'digest_unsubscribe',
]);

/** The last summary with what a follow-up changes: whose, the region, the period. */
function refinedSummary(last: SummaryQuery, change: Refinement): SummaryQuery | undefined {
  // A stage or an amount is no part of a summary: such a follow-up is read as a question of its own.
  if (change.stages || change.minAmount !== undefined || change.maxAmount !== undefined) return undefined;
  return {
    ...last,
    ...(change.owner ? { owner: change.owner } : {}),
    ...(change.region ? { region: change.region } : {}),
    ...(change.period ? { from: change.period.from, to: change.period.to, label: change.period.label } : {}),
  };
}

/**
 * The last list's query with what a follow-up changes. A period moves the window the list was
 * drawn by: the won or lost period, the close dates, or when interactions happened.
 */
function refinedQuery(last: RecordQuery, change: Refinement): RecordQuery | undefined {
  const query: RecordQuery = { ...last };
  if (change.owner) {
    query.owner = change.owner;
    // Deals a ranking showed are someone's: another owner's are found by the query, not by these ids.
    delete query.dealIds;
  }
  if (change.region) {
    if (query.record !== 'deal' && query.record !== 'account') return undefined;
    query.region = change.region;
  }
  if (change.stages || change.minAmount !== undefined || change.maxAmount !== undefined) {
    if (query.record !== 'deal') return undefined;
    // Won and lost deals have left the open stages: "only negotiation" after them is a question of its own.
    if (change.stages && (query.status === 'won' || query.status === 'lost')) return undefined;
    if (change.stages) query.stages = change.stages;
    if (change.minAmount !== undefined) query.minAmount = change.minAmount;
    if (change.maxAmount !== undefined) query.maxAmount = change.maxAmount;
  }
  if (change.period) {
    const { from, to } = change.period;
    if (query.record === 'interaction') Object.assign(query, { occurredFrom: from, occurredTo: to });
    else if (query.record !== 'deal') return undefined;
    else if (query.closedFrom) Object.assign(query, { closedFrom: from, closedTo: to });
    else {
      Object.assign(query, { closeFrom: from, closeTo: to });
      delete query.dealIds;
    }
  }
  return query;
}

/**
 * A follow-up on the list or summary the last answer showed, read against the conversation: "only
 * the ones in emea", "what about last quarter", "and for Olivia?", "just negotiation" re-run the
 * last question with that change; "the second one" shows that row of the list (a deal, or a briefing
 * on an account). Undefined when the message is not such a follow-up or nothing was just shown.
 */
export function listFollowUpUnderstanding(
  text: string,
  memory: ConversationMemory,
  understanding: Understanding,
  context: RecordQuestionContext,
): Understanding | undefined {
  const focus = memory.lastFocus;
  if (focus !== 'deals' && focus !== 'summary' && focus !== 'records') return undefined;
  if (KEPT.has(understanding.intent) && understanding.confidence >= 0.8) return undefined;
  const followUp = listFollowUpOf(text, understanding.entities, context);
  if (!followUp) return undefined;
  // Whose records the last list was of, when it was said; else the caller's usual (the handler's default).
  const asQuery = (query: RecordQuery, ownerGiven: boolean, pickedFrom?: string[]): Understanding => ({
    ...understanding,
    intent: 'record_query',
    confidence: 0.95,
    question: { kind: 'query', query, ownerGiven, ...(pickedFrom ? { pickedFrom } : {}) },
  });
  if (followUp.kind === 'pick') {
    if (focus === 'deals' && memory.lastDeals?.length) {
      const ids = memory.lastDeals;
      const id = followUp.index < 0 ? ids[ids.length - 1] : ids[followUp.index];
      if (!id) return undefined;
      const owner = memory.lastDealQuery?.owner ?? memory.lastDealsOwner;
      const query: RecordQuery = {
        record: 'deal',
        owner: owner ?? { scope: 'mine' },
        dealIds: [id],
        aggregate: 'list',
      };
      return asQuery(query, owner !== undefined, ids);
    }
    if (focus === 'records' && memory.lastAccounts?.length) {
      const shown = memory.lastAccounts;
      const account = followUp.index < 0 ? shown[shown.length - 1] : shown[followUp.index];
      if (!account) return undefined;
      return { ...understanding, intent: 'briefing', confidence: 0.95, accountMention: account.name };
    }
    return undefined;
  }
  if (focus === 'summary' && memory.lastSummary) {
    const query = refinedSummary(memory.lastSummary, followUp.refinement);
    if (!query) return undefined;
    return {
      ...understanding,
      intent: 'pipeline_summary',
      confidence: 0.95,
      question: { kind: 'summary', query, ownerGiven: true },
    };
  }
  const last =
    focus === 'deals'
      ? (memory.lastDealList ??
        memory.lastDealQuery ??
        (memory.lastDeals?.length
          ? ({
              record: 'deal',
              owner: memory.lastDealsOwner ?? { scope: 'mine' },
              dealIds: memory.lastDeals,
              aggregate: 'list',
            } satisfies RecordQuery)
          : undefined))
      : memory.lastRecordQuery;
  const query = last && refinedQuery(last, followUp.refinement);
  const ownerKnown =
    followUp.refinement.owner !== undefined ||
    focus !== 'deals' ||
    memory.lastDealQuery !== undefined ||
    memory.lastDealsOwner !== undefined;
  return query ? asQuery(query, ownerKnown) : undefined;
}
