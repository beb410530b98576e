import type { DealType, RecordQuery } from '../../vocabulary';
import { dealTypesOf } from '../understanding/deal-types';
import type { ConversationMemory } from '../conversation-memory';
import type { Understanding } from '../routing/understanding';
import { listFollowUpOf } from '../understanding/list-follow-up';
import type { RecordQuestion, RecordQuestionContext } from '../understanding/record-question';
import { shownRecordQuestionOf } from '../understanding/shown-record-question';

/** The deals shown a question about "the account" is about: the one picked or shown, else all of them. */
function dealsMeant(memory: ConversationMemory, biggest: boolean): string[] {
  const shown = memory.lastDeals ?? [];
  if (biggest || shown.length <= 1) return shown;
  return memory.lastPicked && shown.includes(memory.lastPicked) ? [memory.lastPicked] : shown;
}

/** Words around a bare deals noun after an account ("just the open deals", "and the renewals?"). */
const AROUND_DEALS = new Set(
  'and so ok okay wait just only the all any show me what about how list see then please pls'.split(' '),
);
/** A status said of the deals ("open", "won", "lost", "closed won"). */
const DEAL_STATUS_WORDS: Readonly<Record<string, 'open' | 'won' | 'lost'>> = {
  open: 'open',
  active: 'open',
  current: 'open',
  won: 'won',
  lost: 'lost',
};
/** The deal nouns a bare follow-up names ("deals?", "opps", "renewals"). */
const DEALS_NOUN = /^(?:deals?|opps?|opportunit(?:y|ies)|pipeline|renewals|upsells|expansions)$/;

/**
 * "deals?", "open deals?", "renewals?", "just the open deals", "their upsells": only a deals noun,
 * maybe with a status or a type, and words that point back; undefined when anything else is said.
 * No status said is the open deals (what a briefing of the account lists).
 */
function accountDealsSaidBare(
  text: string,
): { status: 'open' | 'won' | 'lost'; types: DealType[] } | undefined {
  const words = text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .match(/[a-z']+/g);
  if (!words?.some((word) => DEALS_NOUN.test(word))) return undefined;
  let status: 'open' | 'won' | 'lost' = 'open';
  for (const word of words) {
    if (DEALS_NOUN.test(word) || AROUND_DEALS.has(word) || word === 'closed') continue;
    const said = DEAL_STATUS_WORDS[word];
    if (!said) return undefined;
    status = said;
  }
  return { status, types: dealTypesOf(words.join(' ')) };
}

/**
 * The account's deals with what "which ones are mine", "only negotiation", "any over 100k" changes,
 * after a briefing listed them; undefined for any other change (a period or region is a question
 * of its own there).
 */
function accountDealsNarrowed(
  text: string,
  accountId: string,
  understanding: Understanding,
  context: RecordQuestionContext,
): RecordQuestion | undefined {
  // "deals?", "renewals?", "just the open deals", "and the won ones?": the account's deals of that kind.
  const bare = accountDealsSaidBare(text);
  if (bare)
    return {
      kind: 'query',
      query: {
        record: 'deal',
        owner: { scope: 'all' },
        accountId,
        status: bare.status,
        aggregate: 'list',
        ...(bare.types.length ? { dealTypes: bare.types } : {}),
      },
      ownerGiven: false,
      refersTo: 'deals',
    };
  const followUp = listFollowUpOf(text, understanding.entities, context);
  if (followUp?.kind !== 'refine') return undefined;
  const { owner, stages, minAmount, maxAmount, overdue, ...other } = followUp.refinement;
  if (Object.keys(other).length) return undefined;
  const query: RecordQuery = {
    record: 'deal',
    owner: owner ?? { scope: 'all' },
    accountId,
    status: overdue ? 'overdue' : 'open',
    aggregate: 'list',
    ...(stages ? { stages } : {}),
    ...(minAmount !== undefined ? { minAmount } : {}),
    ...(maxAmount !== undefined ? { maxAmount } : {}),
  };
  // `deals` with an owner given: the handler reads "mine" at one account as the caller's own there.
  return { kind: 'query', query, ownerGiven: owner !== undefined, refersTo: 'deals' };
}

/**
 * A short follow-up asking one field of the records the last answer showed, as a record question:
 * "next step?" (the open tasks on that account or those deals), "who owns the account" (the
 * account of the deal shown), "whos the coo" / "whos the contact at the biggest one" (people at the
 * account shown, or at the biggest deal's), "which ones are mine" after an account's deals (the
 * caller's own there), "what does each of them have open" after a team's roster (each member's
 * open deals, counted and summed). Undefined when the message asks anything else, names an account
 * of its own, or nothing it could be about was just shown.
 */
export function shownRecordUnderstanding(
  text: string,
  memory: ConversationMemory,
  understanding: Understanding,
  context: RecordQuestionContext,
): Understanding | undefined {
  if (understanding.entities?.accounts.some((a) => a.score >= 0.9)) return undefined;
  const focus = memory.lastFocus;
  const account = focus === 'account' || focus === 'contacts' ? memory.lastAccount : undefined;
  const deals = focus === 'deals' && memory.lastDeals?.length ? memory.lastDeals : undefined;
  const asked = shownRecordQuestionOf(text);
  let question: RecordQuestion | undefined;
  if (!asked) {
    question =
      focus === 'account' && account
        ? accountDealsNarrowed(text, account.id, understanding, context)
        : undefined;
  } else if (asked.ask === 'openPerPerson') {
    if (focus !== 'team') return undefined;
    question = {
      kind: 'query',
      query: {
        record: 'deal',
        owner: memory.lastTeam ? { team: memory.lastTeam } : { scope: 'team' },
        status: 'open',
        aggregate: 'top',
        groupBy: 'owner',
        rankBy: 'amount',
        order: 'biggest',
      },
      ownerGiven: true,
    };
  } else if (asked.ask === 'nextStep') {
    const on: Partial<RecordQuery> | undefined = account
      ? { accountId: account.id }
      : deals
        ? { dealIds: deals }
        : undefined;
    if (!on) return undefined;
    question = {
      kind: 'query',
      query: { record: 'task', owner: { scope: 'mine' }, status: 'open', aggregate: 'list', ...on },
      ownerGiven: false,
    };
  } else {
    const query: RecordQuery =
      asked.ask === 'accountOwner'
        ? { record: 'contact', owner: { scope: 'all' }, aggregate: 'top', field: 'owner' }
        : asked.role
          ? {
              record: 'contact',
              owner: { scope: 'all' },
              aggregate: 'list',
              field: 'contactRole',
              contactRole: asked.role,
            }
          : { record: 'contact', owner: { scope: 'all' }, aggregate: 'list' };
    const biggest = asked.ask === 'contacts' && asked.biggest === true;
    // "who's the contact on it": a deal's own contact, not everyone at its account.
    const ownContact = asked.ask === 'contacts' && !asked.role ? { ownContact: true as const } : {};
    if (account && !biggest)
      question = { kind: 'query', query: { ...query, accountId: account.id }, ownerGiven: false };
    else if (account && focus === 'account')
      // After a briefing: the biggest of the open deals it listed.
      question = {
        kind: 'query',
        query,
        ownerGiven: false,
        accountOfDeals: { dealIds: [], biggest, accountId: account.id, ...ownContact },
      };
    else if (deals)
      question = {
        kind: 'query',
        query,
        ownerGiven: false,
        accountOfDeals: { dealIds: dealsMeant(memory, biggest), biggest, ...ownContact },
      };
  }
  if (!question) return undefined;
  const { accountMention: _none, ...rest } = understanding;
  return { ...rest, intent: 'record_query', confidence: 0.95, question };
}
