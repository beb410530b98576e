import type { CaseList } from '../skills/cases';
import type { Lead, QueryOwner, RecordQuery, SummaryQuery } from '../vocabulary';
import type { ProductQuestion } from './routing/product-questions';

/**
 * What the last answer was about: its deals ("add them up" sums those), one account ("what deals do
 * they have"), people, a summary, a list of other records ("only the ones in emea"), or a knowledge
 * question ("how long till it's back on my card" after "can i get my money back").
 */
export type Focus =
  | 'deals'
  | 'account'
  | 'contacts'
  | 'summary'
  | 'records'
  | 'leads'
  | 'knowledge'
  | 'audit'
  | 'team'
  | 'forecast'
  | 'products';

/** What the last audit-log question asked besides its period ("what about last month" asks it again). */
export interface LastAudit {
  person?: string;
  record?: string;
  action?: 'read' | 'change' | 'erase';
  exports?: true;
  signIns?: true;
  users?: true;
  /** The days it read, for a follow-up that names another record but no period ("and globex?"). */
  period?: { from: string; to: string; words?: string };
}

/** One case the last case list showed, for "which one is due first?" and "who's the contact on that one?". */
export interface ShownCase {
  number: number;
  account?: string;
  contact?: string;
  slaDueAt?: string;
  priority: string;
}

/** The last case list of the conversation: what was asked, what it showed, and how many turns ago. */
export interface LastCases {
  scope: CaseList['scope'];
  account?: string;
  onlyMine?: boolean;
  shown: ShownCase[];
  /**
   * The filters the list was drawn by besides its scope and account (a priority, an agent, past due,
   * opened in a period), so that "which is the oldest" right after it orders that same list.
   */
  filters?: ShownCaseFilters;
  /** The period of SLA breaches shown ("breached slas this week"), which "only mine" narrows. */
  breachPeriod?: { words: string; from: string; to: string };
  /** 0 on the turn the list was shown; a follow-up is the very next turn (1). */
  turnsAgo: number;
}

/** A case list's filters, as `LastCases.filters` keeps them. */
export interface ShownCaseFilters {
  status?: 'all' | 'pending';
  priority?: CaseList['priority'];
  priorities?: CaseList['priorities'];
  pastDueOnly?: boolean;
  owner?: string;
  openedFrom?: string;
  openedTo?: string;
  /** Known case topics ("login", "billing"): "which ones are still open" keeps them. */
  topics?: string[];
}

/** What the bot remembers between turns of a conversation, for follow-ups ("and their deals?"). */
/** The task this conversation last made or changed, for "actually make it friday" and "mark it done". */
export interface RecentTask {
  id: string;
  title: string;
  /** Its due day, `YYYY-MM-DD`. */
  due?: string;
  account?: string;
  /** 0 on the turn it was made; "make it friday" counts for two turns after it. */
  turnsAgo: number;
}

export interface ConversationMemory {
  lastAccount?: { id: string; name: string };
  /** The task this conversation last made or changed. */
  lastTask?: RecentTask;
  /** The deals the last answer listed, best first ("that deal", "the biggest one", "those"). */
  lastDeals?: string[];
  /** Whose deals `lastDeals` were drawn from, so "which one is the biggest?" looks in the same place. */
  lastDealsOwner?: QueryOwner;
  /**
   * What the last answer was about: its deals ("add them up" sums those) or one account ("what
   * deals do they have" is that account's). Set by the handlers that show either.
   */
  lastFocus?: Focus;
  /** `lastFocus` as the previous turn left it (the root dialog moves it here before each turn). */
  previousFocus?: Focus;
  /**
   * The last question about sales by product and the period it covered ("just in emea", "what about
   * last year" asks it again with that changed); with focus `products`.
   */
  lastProductQuestion?: { question: ProductQuestion; period?: { from: string; to: string } };
  /** The last summary as a query ("what about last quarter?" re-runs it for that period); with focus `summary`. */
  lastSummary?: SummaryQuery;
  /** The last list of accounts, tasks or interactions as a query ("only the ones in emea"); with focus `records`. */
  lastRecordQuery?: RecordQuery;
  /**
   * The tasks the last task list showed, in its order ("mark the first one done", "the second one");
   * with focus `records` and a `lastRecordQuery` of tasks.
   */
  lastTasks?: Array<{ id: string; title: string; due?: string; account?: string; owner?: string }>;
  /** The accounts the last list showed, in its order ("the second one"); with focus `records`. */
  lastAccounts?: Array<{ id: string; name: string }>;
  /** The last case list: what was asked, what it showed, and how many turns ago. */
  lastCases?: LastCases;
  /** The campaign whose leads the last answer listed ("which of those are still open"); with focus `leads`. */
  lastLeadCampaign?: string;
  /** The source whose leads the last answer listed or counted ("how many of those converted"); with focus `leads`. */
  lastLeadSource?: Lead['source'];
  /** The last breakdown of leads as asked, without its period ("just this year" asks it again); with focus `leads`. */
  lastLeadBreakdown?: string;
  /** The deal whose win chance the last answer explained ("why", "what would raise the chance"); with focus `deals`. */
  lastScoredDeal?: string;
  /** The last count or share of leads, with the period it was asked for ("and from chat?" counts that source then); with focus `leads`. */
  lastLeadCount?: { period?: string };
  /**
   * The filters of the last list or count of leads (the period as said, the source, the statuses),
   * so a follow-up can narrow it ("only the chat ones", "which of them converted", "how many is
   * that"); with focus `leads`. Not set for a campaign's leads (`lastLeadCampaign`).
   */
  lastLeadList?: { period?: string; source?: Lead['source']; statuses?: Lead['status'][] };
  /** What the last knowledge answer was about and when (ISO time), for a follow-up without its own topic; with focus `knowledge`. */
  lastKnowledgeTopic?: { words: string; section: string; at: string };
  /** The last audit-log question; with focus `audit`. */
  lastAudit?: LastAudit;
  /** Whose forecast of which period was last shown ("how confident is that forecast" asks its range). */
  lastForecast?: { scope: { scope?: 'mine' | 'team' | 'all'; rep?: string; team?: string }; period?: string };
  /** The audience this conversation last built or showed ("export it", "refresh that"). */
  lastAudience?: string;
  /**
   * The people the last answer showed, by id and in its order ("can we email her?", "what's his
   * number", "whats janes title"); with focus `contacts`, or with focus `account` when a briefing of
   * that account (`accountId`) listed them.
   */
  lastContacts?: Array<{ id: string; name: string; accountId?: string }>;
  /** `lastContacts` were a list of people alone, so a position ("the second one") points at them. */
  lastContactsInOrder?: boolean;
  /** The last question about deals as a query, so a follow-up ("what's the total?") runs on all its deals. */
  lastDealQuery?: RecordQuery;
  /** The list a row was last picked from ("the second one"), so "only the ones over 50k" still narrows the list. */
  lastDealList?: RecordQuery;
  /**
   * The last answer of deals at risk: its period as asked and the deals it showed (while they are
   * still `lastDeals`, "only sophie's" asks for that owner's deals at risk in the same period).
   */
  lastAtRisk?: { period?: string; shown: string[] };
  /**
   * The last two periods set side by side ("this quarter vs last", "how did we do in november
   * compared to october") and whose, so "who's down the most?" ranks those people on the change.
   */
  lastComparison?: { from: string; to: string; then: { from: string; to: string }; owner: QueryOwner };
  /** The owners the last ranking showed, in its order ("who's last?"); the ranking is `lastDealQuery`. */
  lastOwners?: string[];
  /** The row last picked from `lastDeals`, `lastOwners` or `lastContacts` (an id or a name), for "the one after that", "her". */
  lastPicked?: string;
  /** The team whose roster the last answer showed ("what does each of them have open"); with focus `team`. */
  lastTeam?: string;
  /** The users the last roster listed: one team's, or every team's (`team` absent); "only the support people" narrows it. */
  lastRoster?: { team?: string };
  /** The rep the last answer was about ("what's his biggest deal?"). */
  lastRep?: string;
  /** The last request about one account ("what should I pitch to Globex?"), for "and to Initech?". */
  lastAccountIntent?: string;
  /**
   * The accounts the words of that request may have meant, best first ("globex": Globex, Globex
   * Financial), for "no, the other one".
   */
  lastAccountCandidates?: Array<{ id: string; name: string }>;
  /** Language-model calls a website visitor's messages caused so far (LLM_VISITOR_CALLS_PER_CONVERSATION). */
  visitorLlmCalls?: number;
  /** What a website visitor told us about themselves (lead capture), to route a later hand-off. */
  visitorContact?: { name: string; email: string; company?: string };
  /** Knowledge questions of a visitor answered with "I don't know" in a row (two offer a person). */
  visitorNoAnswers?: number;
  /** The last question of a visitor the documentation had no answer to (kept with a call-back request). */
  visitorUnanswered?: string;
  /** The last message answered from the start (not a complaint, a yes or a no), asked again by "try again". */
  lastAsked?: string;
  /** The role refusal of the last turn, said again to a "yes" after it (nothing waits for one). */
  lastRefusal?: string;
  /** The period of the last catch-up ("what did i miss"), for "what happened on globex while i was away" after it. */
  lastCatchUp?: { from: string; to: string; said?: string };
}

/** Whether the deals last shown are those of the last answer of deals at risk (see `lastAtRisk`). */
export function showsDealsAtRisk(memory: ConversationMemory): boolean {
  const shown = memory.lastAtRisk?.shown;
  const deals = memory.lastDeals;
  return Boolean(shown && deals && shown.length === deals.length && shown.every((id, k) => deals[k] === id));
}

/**
 * Remembers an answer of deals at risk (`asked`: its period as said), or forgets the last one when
 * the answer was of other deals (`asked` undefined: "which of those are at risk").
 */
export function rememberDealsAtRisk(
  memory: ConversationMemory,
  asked: { period?: string } | undefined,
  deals: ReadonlyArray<{ id: string }>,
): void {
  if (!asked) delete memory.lastAtRisk;
  else
    memory.lastAtRisk = {
      ...(asked.period ? { period: asked.period } : {}),
      shown: deals.map((deal) => deal.id),
    };
}

/** Pronouns that point back at the account of the previous turn. */
export function isBackReference(mention: string | undefined): boolean {
  return (
    mention !== undefined &&
    /^(?:their|them|they|it|its|that\s+account|this\s+account|same)$/i.test(mention.trim())
  );
}

/** Requests about one account that a bare "and Initech?" can repeat for another account. */
const ACCOUNT_INTENTS = new Set([
  'briefing',
  'recommendations',
  'account_segment',
  'lead_score',
  'deal_lookup',
  'contact_lookup',
]);

/** Whether `intent` asks something about one account (and so can be repeated for another). */
export function isAccountIntent(intent: string): boolean {
  return ACCOUNT_INTENTS.has(intent);
}

/**
 * "and to Initech?", "what about Globex?", "how about Acme", "same for globex", "ditto for hooli",
 * "now do initech", "globex too?": the last request, for another account.
 */
const ELLIPTICAL_FOLLOW_UP =
  /^\s*(?:and|what about|how about|(?:the\s+)?same\b|ditto\b|likewise\b|(?:now\s+)?do\s+(?:the\s+same\s+for|that\s+for)\b|now\s+(?:do|for)\b)|\b(?:too|as\s+well)\s*[?.!]*\s*$/i;

/**
 * The intent an elliptical follow-up repeats: the conversation's last request about one account,
 * when the message starts like one ("and …", "what about …"), names an account and the
 * understander did not read it as anything else with confidence.
 */
export function followUpIntent(
  text: string,
  memory: ConversationMemory,
  understanding: { intent: string; confident: boolean; namesAccount: boolean },
): string | undefined {
  if (!memory.lastAccountIntent || !ELLIPTICAL_FOLLOW_UP.test(text) || !understanding.namesAccount)
    return undefined;
  if (understanding.confident && understanding.intent !== memory.lastAccountIntent) return undefined;
  return memory.lastAccountIntent;
}
