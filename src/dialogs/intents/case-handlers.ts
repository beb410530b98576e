import type { Dialog } from 'botbuilder-dialogs';
import { agentAssist } from '../../skills/agent-assist';
import { listCases, openCase, updateCase } from '../../skills/cases';
import { customerView } from '../../skills/customer-view';
import type { CaseList, CaseView } from '../../skills/cases';
import type { Caller, Skill } from '../../skills/skill';
import { isBackReference } from '../conversation-memory';
import { accountProductQuestionOf } from '../routing/account-product-questions';
import { FIRST_DAY, purchaseWindowOf } from '../routing/purchase-questions';
import { subjectOf, supportRequestOf, workloadOf, type SupportRequest } from '../routing/support-questions';
import { asksWhatCameIn, caseListFiltersOf, type CaseSummary } from '../routing/case-summary-questions';
import { pointsBackToAccount, type CaseHistoryQuestion } from '../routing/case-history-questions';
import { repeatedProblemsReply } from './case-history';
import { caseTopicsNamed, isOnlyCaseTopicWords } from '../../vocabulary';
import { accountProductReply } from '../replies/account-product-replies';
import { purchasesReply } from '../replies/purchase-replies';
import {
  agentAssistReply,
  caseListReply,
  caseOwnerReply,
  caseOwnersReply,
  customerViewReply,
  firstCaseOf,
  firstCaseReply,
  openedWordsOf,
} from './case-replies';
import { caseSummaryReply, periodOf, slaBreachesInPeriodReply } from './case-summaries';
import { caseArrivalsComparedReply, comparedArrivalsOf } from './case-arrivals-compared';
import type { ConversationMemory, ShownCaseFilters } from '../conversation-memory';
import type { Reply } from '../reply';
import {
  asksAboutItsCustomer,
  asksOnlyMine,
  asksEachOwner,
  asksWhoOwns,
  asksWhoseCase,
  caseOrderOf,
  casesJustShown,
  onlyAgentOf,
  onlyPriorityOf,
  pointsBack,
  type CaseOrder,
} from './case-follow-ups';
import { CASE_CONFIRM_DIALOG, CaseConfirmDialog, type CaseDraft } from './case-confirm-dialog';
import type { IntentHandler, IntentOutcome, IntentTurn } from './intent-handler';
import type { SlotDialogDependencies, SlotDialogOptions } from './slot-filling-dialog';

/** The most cases whose agents one "who owns them" names, one line each. */
const MAX_OWNERS_LISTED = 10;

/**
 * "open a case for Initech: login fails, high priority" / "close case 1042: fixed by reset" / "add a
 * note to case 1203: …" / "reassign case 1202 to anna": confirmed first.
 */
export const caseWriteHandler: IntentHandler = {
  intents: ['case_open', 'case_close', 'case_update'],
  capability: {
    skill: openCase as Skill<never, unknown>,
    summary: 'open and close support cases (I show the case and ask before saving)',
    examples: [
      'open a case for Initech: login fails for all users, high priority',
      'close case 1042: fixed by reset',
    ],
  },
  handle: async ({ text, caller, skills, understanding }) => {
    const said = supportRequestOf(text);
    // "open a case for globex reports time out again": the account the words name first, the rest the problem.
    const request =
      said?.intent === 'case_open' && 'accountAndProblem' in said
        ? accountThenProblem(said, understanding.accountMention)
        : said;
    if (request?.intent === 'case_open' && 'accountAndProblem' in request)
      return {
        text: 'Tell me the account and the problem, e.g. "open a case for Initech: login fails, high priority".',
      };
    if (request?.intent === 'case_open') {
      // Refused roles hear it now; the account is resolved (and named as the CRM spells it) before asking.
      if (!skills.mayCall(openCase as Skill<never, unknown>, caller))
        await skills.call(openCase, { subject: request.subject, account: request.account }, caller);
      const known = await skills.call(
        listCases,
        { scope: 'account', account: request.account, limit: 1 },
        caller,
      );
      const draft: CaseDraft = {
        action: 'open',
        account: known.account?.name ?? request.account,
        subject: request.subject,
        description: request.description,
        priority: request.priority,
      };
      return { beginDialog: CASE_CONFIRM_DIALOG, options: { draft } satisfies SlotDialogOptions<CaseDraft> };
    }
    if (request?.intent === 'case_close' && 'account' in request) {
      // Refused roles hear it now, before the account's cases are looked up.
      if (!skills.mayCall(updateCase as Skill<never, unknown>, caller))
        await skills.call(updateCase, { number: 0, note: request.resolution ?? '' }, caller);
      return closeAccountCase(request.account, request.resolution, caller, skills);
    }
    if (request?.intent === 'case_update') return caseUpdateDraft(request, caller, skills);
    if (request?.intent === 'case_close') {
      if (!skills.mayCall(updateCase as Skill<never, unknown>, caller))
        await skills.call(updateCase, { number: request.number, note: request.resolution }, caller);
      const draft: CaseDraft = { action: 'close', number: request.number, resolution: request.resolution };
      return { beginDialog: CASE_CONFIRM_DIALOG, options: { draft } satisfies SlotDialogOptions<CaseDraft> };
    }
    return {
      text: 'Tell me the account and the problem, e.g. "open a case for Initech: login fails, high priority", or "close case 1042: fixed by reset".',
    };
  },
};

/**
 * A case to open said in one run ("globex reports time out again"): the account named at its start
 * (as the name index found it), the words after it the problem; unchanged when no account starts it
 * or nothing follows the account.
 */
function accountThenProblem(
  request: Extract<SupportRequest, { accountAndProblem: string }>,
  mention: string | undefined,
): SupportRequest {
  const words = request.accountAndProblem;
  if (!mention || !words.toLowerCase().startsWith(mention.toLowerCase())) return request;
  const problem = words
    .slice(mention.length)
    .replace(/^(?:['’]s\b)?[\s,;:.–—-]*(?:(?:about|re|regarding)\b\s*)?/i, '')
    .trim();
  if (!problem || /^\w/.test(words.slice(mention.length))) return request;
  return {
    intent: 'case_open',
    account: words.slice(0, mention.length),
    subject: subjectOf(problem),
    priority: request.priority,
    description: problem,
  };
}

/**
 * A note for a case, or another agent for it, shown with the case's subject (and the agent's full
 * name) before the yes: an unknown case or agent is said now, before asking.
 */
async function caseUpdateDraft(
  request: Extract<SupportRequest, { intent: 'case_update' }>,
  caller: Caller,
  skills: IntentTurn['skills'],
): Promise<IntentOutcome> {
  // Refused roles hear it now.
  if (!skills.mayCall(updateCase as Skill<never, unknown>, caller))
    await skills.call(
      updateCase,
      { number: request.number, note: 'note' in request ? request.note : '' },
      caller,
    );
  const found = await skills.call(listCases, { scope: 'number', number: request.number }, caller);
  const subject = found.cases[0]?.subject;
  if (!subject) return { text: `I couldn't find case ${request.number}.` };
  if ('note' in request) {
    const draft: CaseDraft = { action: 'note', number: request.number, subject, note: request.note };
    return { beginDialog: CASE_CONFIRM_DIALOG, options: { draft } satisfies SlotDialogOptions<CaseDraft> };
  }
  if ('priority' in request) {
    const from = found.cases[0]!.priority;
    if (from === request.priority)
      return { text: `Case ${request.number} (${subject}) is already ${from} priority.` };
    const draft: CaseDraft = {
      action: 'priority',
      number: request.number,
      subject,
      from,
      priority: request.priority,
    };
    return { beginDialog: CASE_CONFIRM_DIALOG, options: { draft } satisfies SlotDialogOptions<CaseDraft> };
  }
  const agent = await skills.call(listCases, { scope: 'status', owner: request.owner, limit: 1 }, caller);
  const owner = agent.owner?.name ?? request.owner;
  if (agent.owner && found.cases[0]?.owner?.id === agent.owner.id)
    return { text: `Case ${request.number} (${subject}) is already assigned to ${owner}.` };
  const draft: CaseDraft = { action: 'assign', number: request.number, subject, owner };
  return { beginDialog: CASE_CONFIRM_DIALOG, options: { draft } satisfies SlotDialogOptions<CaseDraft> };
}

/**
 * "close case for globex: fixed by reset": the account's one open case, closed after a yes; with no
 * resolution said, or several open cases, the agent is asked which case and what fixed it.
 */
async function closeAccountCase(
  account: string,
  resolution: string | undefined,
  caller: Caller,
  skills: IntentTurn['skills'],
): Promise<IntentOutcome> {
  const list = await skills.call(listCases, { scope: 'account', account }, caller);
  const name = list.account?.name ?? account;
  const only = list.total === 1 ? list.cases[0] : undefined;
  if (list.total === 0) return { text: `${name} has no open case to close.` };
  if (only && resolution) {
    const draft: CaseDraft = { action: 'close', number: only.number, resolution };
    return { beginDialog: CASE_CONFIRM_DIALOG, options: { draft } satisfies SlotDialogOptions<CaseDraft> };
  }
  const how = `close case ${only?.number ?? list.cases[0]!.number}: what fixed it`;
  const listed = caseListReply(list, caller.timezone);
  const ask = only ? `What fixed it? Say "${how}".` : `Which one? Say "${how}".`;
  return { ...listed, text: [listed.text, ask].filter(Boolean).join('\n') };
}

/** A case list to fetch: the skill's input, whether only the caller's own, and whether it re-runs the last list. */
interface CaseListAsked {
  input: {
    scope: CaseList['scope'];
    account?: string;
    number?: number;
    /**
     * 'all': closed and resolved cases too ("all their cases"); 'pending': only those waiting on the
     * customer ("which cases are pending"); default the open and pending ones.
     */
    status?: 'all' | 'pending';
    limit?: number;
    priority?: CaseList['priority'];
    priorities?: CaseList['priorities'];
    order?: 'oldest' | 'newest';
    pastDueOnly?: boolean;
    owner?: string;
    openedFrom?: string;
    openedTo?: string;
    /** Known topics (vocabulary/case-topics), filtered by the skill. */
    topics?: string[];
  };
  onlyMine?: boolean;
  followUp?: boolean;
  /** A follow-up that orders the list just shown, its filters kept ("which is the oldest"). */
  ordersShown?: boolean;
  /** How the account's latest case about these words was fixed ('' for its latest case of all). */
  fixOf?: string;
  /** The one case the request itself picks ("the most urgent thing in my queue"). */
  first?: CaseOrder;
  /** A customer's words: the cases that share the most of them ("customer says '…' - which case is that"). */
  about?: string;
  /** Topics asked of the cases ("tickets about two-factor or mfa"): the cases on any of them. */
  topics?: string[];
  /** Who worked the case found ("who worked the acme salesforce sync case"): said first. */
  whoWorked?: true;
  /** The problems that came back among the account's cases ("does soylent keep having the same problem"). */
  repeats?: true;
  /** The account's other cases ("any other cases for that customer?"): those just shown left out. */
  others?: true;
}

/** A priority said of the cases themselves: "urgent cases", "p1 tickets", "high priority cases". */
const PRIORITY_OF_CASES =
  /\b(?:urgent|critical|p1|sev(?:erity)?\s*1|(?:high|low|normal|medium|urgent)[-\s]priority)\s+(?:support\s+)?(?:cases?|tickets?)\b/i;

/** The priority (or priorities) a question about an account's cases filters by, its name's words left out. */
function priorityFiltersOf(
  text: string,
  account: string,
): Pick<CaseListAsked['input'], 'priority' | 'priorities'> {
  const { priority, priorities } = caseListFiltersOf(text.replace(account, ' '));
  return priorities ? { priorities } : priority ? { priority } : {};
}

/** True when the words name an account the message names (read as an account, not by sound). */
function namesAccount(said: string, understanding: IntentTurn['understanding']): boolean {
  const words = ` ${said.toLowerCase().replace(/\s+/g, ' ')} `;
  return (understanding.entities?.accounts ?? []).some(
    (a) => a.score >= 0.8 && !a.bySound && words.includes(` ${a.text.toLowerCase()} `),
  );
}

/**
 * The case list a question about an account's case history asks for (docs/support.md): every status
 * unless "open" is said; the account said, the one named, or the one just shown for "they".
 */
function caseHistoryInput(history: CaseHistoryQuestion, turn: IntentTurn): CaseListAsked | { text: string } {
  const { understanding, memory } = turn;
  const mention = understanding.accountMention;
  const accountOf = (said: string | undefined): string | undefined =>
    said && !pointsBackToAccount(said) && !isBackReference(said)
      ? namesAccount(said, understanding)
        ? accountWordsIn(said, understanding)
        : (mention ?? said)
      : (mention ?? memory.lastAccount?.name);
  const ask = { text: 'Which account? For example: "does Initech keep having the same problem?".' };
  switch (history.kind) {
    case 'repeats': {
      const account = accountOf(history.account);
      if (!account) return ask;
      return { input: { scope: 'account', account, status: 'all', limit: 100 }, repeats: true };
    }
    case 'topic_before': {
      const account = accountOf(history.account);
      if (!account) return ask;
      const input = { scope: 'account' as const, account, status: 'all' as const, limit: 100 };
      return history.topic ? { input, about: history.topic } : { input: { ...input, limit: 20 } };
    }
    case 'one': {
      const account = accountOf(history.account);
      if (!account) return ask;
      return {
        input: {
          scope: 'account',
          account,
          ...(history.openOnly ? {} : { status: 'all' as const }),
          order: history.first,
          limit: 100,
        },
        first: history.first,
      };
    }
    case 'who_worked': {
      // "who worked the acme salesforce sync case": the account named among the words, the rest the topic.
      const at = mention ? history.words.toLowerCase().indexOf(mention.toLowerCase()) : -1;
      if (!mention || at < 0)
        return {
          input: { scope: 'status', status: 'all', limit: 100 },
          about: history.words,
          whoWorked: true,
        };
      const topic = `${history.words.slice(0, at)} ${history.words.slice(at + mention.length)}`;
      return {
        input: { scope: 'account', account: mention, status: 'all', limit: 100 },
        fixOf: topic.replace(/['’]s\b/g, '').trim(),
        whoWorked: true,
      };
    }
    case 'others': {
      // "any other cases for that customer?" right after case 1206: its account's, 1206 left out.
      // "their other tickets": the account just shown, whatever the model read as a name.
      const back = pointsBackToAccount(history.account) || isBackReference(history.account);
      const account = (back ? memory.lastAccount?.name : undefined) ?? accountOf(history.account);
      if (!account) return ask;
      return { input: { scope: 'account', account, status: 'all', limit: 100 }, others: true };
    }
    case 'named': {
      // "which acme cases were high priority": an account's; "show me riley cases": that agent's;
      // "which login cases ...": a topic.
      const agent = colleagueSaid(history.words, understanding);
      if (agent) return { input: { scope: 'status', owner: agent, ...priorityFiltersOf(turn.text, '') } };
      if (!namesAccount(history.words, understanding))
        return topicCasesInput([history.words], turn, priorityFiltersOf(turn.text, ''));
      const account = accountWordsIn(history.words, understanding);
      return { input: { scope: 'account', account, ...priorityFiltersOf(turn.text, history.words) } };
    }
  }
}

/**
 * The contact a case holder's words name ("yuki sato" in "Yuki Sato is on the line, what's open"),
 * when they name a person of the CRM exactly and no account: that person's name.
 */
function personNamedAsHolder(words: string, understanding: IntentTurn['understanding']): string | undefined {
  const said = words.trim().toLowerCase();
  const exact = (c: { name: string; score: number }) => c.score >= 0.9 && c.name.toLowerCase() === said;
  if (understanding.entities?.accounts.some(exact)) return undefined;
  return understanding.entities?.contacts.find(exact)?.name;
}

/** Words of cases arriving ("came in", "were opened", "got raised", "new"), said of the caller's own. */
const ARRIVED =
  /\b(?:c[ao]me?\s+in|coming\s+in|arrived|(?:got|were|was|been)\s+(?:opened|raised|created|logged|filed|submitted)|opened|raised|new)\b/i;

/**
 * An account's cases asked for whatever their status ("show me all their cases", "all tickets
 * for umbrella", "their case history", "including the closed ones"), not only the open
 * ones; "all open cases" stays open.
 */
const EVERY_STATUS =
  /\b(?:all|every)\s+(?:of\s+)?(?:(?:their|its|his|her|the)\s+)?(?:cases|tickets|case|ticket)\b(?!\s+(?:still\s+)?(?:open|outstanding|pending))|\b(?:case|ticket|support)\s+history\b|\b(?:ever|incl(?:uding|\.)?|even)\s+(?:the\s+)?(?:closed|resolved|old)\b|\b(?:closed|resolved)\s+(?:ones|cases|tickets)\s+too\b|\b(?:past|previous|prior|earlier|older|old|former|historic(?:al)?)\s+(?:support\s+)?(?:cases|tickets|issues)\b|\b(?:cases|tickets)\s+(?:\w+\s+){0,3}?(?:before|in\s+the\s+past|previously|ever)\b|\b(?:cases|tickets)\s+(?:\w+\s+){0,2}?(?:were|had\s+been)\b/i;
/**
 * Open cases asked for in so many words ("any open support cases at globex before my renewal call",
 * "anything still open"): the open ones, even when other words ("before", "were") read as history.
 */
const OPEN_ASKED =
  /\b(?:open|outstanding|unresolved)\s+(?:support\s+)?(?:cases|tickets)\b|\bstill\s+(?:open|outstanding|unresolved)\b/i;
/**
 * An account's latest cases asked for ("last cases for acme", "the 5 most recent tickets from
 * globex"): every status, newest first; "latest open cases" stays open.
 */
const LATEST_CASES =
  /\b(?:last|latest|recent|most\s+recent|newest)\s+(?:\d{1,2}\s+|few\s+|couple\s+(?:of\s+)?)?(?:support\s+)?(?:cases|tickets)\b(?!\s+(?:still\s+)?(?:open|outstanding|pending))/i;

/** Words pointing at the one case just shown ("its sla", "is that one breached"), not "their cases". */
const THAT_CASE = /\b(?:it|its|it's|that\s+(?:one|case|ticket)|this\s+(?:one|case|ticket))\b/i;

/**
 * The colleague whose name the words a case list was asked of are ("cases does anna have", "open
 * cases for riley"), read as a person and as no account: their full name.
 */
function colleagueSaid(said: string, understanding: IntentTurn['understanding']): string | undefined {
  const entities = understanding.entities;
  if (entities?.accounts.some((account) => account.score >= 0.9)) return undefined;
  const words = said.toLowerCase().replace(/['’]s$/, '');
  for (const person of entities?.people ?? []) {
    const best = person.kind === 'rep' ? person.candidates[0] : undefined;
    if (best && best.score >= 0.8 && best.text.toLowerCase().replace(/['’]s$/, '') === words)
      return best.name;
  }
  return undefined;
}

/**
 * The words of an account said among others that name an account the message names: "acme" of
 * "acme i should know about before i call", "stark industries" of "got someone from stark
 * industries"; the words as said when none of the accounts read is inside them.
 */
function accountWordsIn(said: string, understanding: IntentTurn['understanding']): string {
  const words = ` ${said.toLowerCase().replace(/\s+/g, ' ')} `;
  const inside = (understanding.entities?.accounts ?? [])
    .filter((a) => a.score >= 0.8 && !a.bySound && a.text.length < said.trim().length)
    .filter((a) => words.includes(` ${a.text.toLowerCase()} `))
    .sort((a, b) => b.score - a.score || b.text.length - a.text.length);
  return inside[0]?.text ?? said;
}

/**
 * The cases on the topics asked ("cases about exporting data", "any open login issues?", "billing
 * cases this quarter"): of every status unless "open" is said (as an account's history is), opened
 * in the period said; the known topics (vocabulary/case-topics) filtered by the skill, over every case.
 */
function topicCasesInput(
  topics: string[],
  turn: IntentTurn,
  filters: Pick<CaseListAsked['input'], 'priority' | 'priorities'> = {},
): CaseListAsked {
  const { text, understanding, skills, caller } = turn;
  const period = understanding.entities?.periods.length
    ? periodOf(understanding, text, skills.clock(), caller.timezone)
    : undefined;
  const known = [...new Set(topics.flatMap((t) => (isOnlyCaseTopicWords(t) ? caseTopicsNamed(t) : [])))];
  return {
    input: {
      scope: 'status',
      limit: 100,
      ...(STILL_OPEN.test(text) ? {} : { status: 'all' as const }),
      ...(period ? { openedFrom: period.from, openedTo: period.to } : {}),
      ...filters,
      ...(topics.every(isOnlyCaseTopicWords) ? { topics: known } : {}),
    },
    topics,
  };
}

/** The case list a turn asks for: the request's words, a follow-up on the last list, or the account just shown. */
/** Words that say whose cases beyond one account: "all", "our", "the team's", "anyone's". */
const ANY_HOLDER =
  /\b(?:all|every\w*|any(?:one|body)|we|our|us|team'?s?|my|mine|i|across|company|overall|total)\b/i;

function caseListInput(turn: IntentTurn): CaseListAsked | { text: string } {
  const { text, understanding } = turn;
  const memory = turn.memory;
  const request = supportRequestOf(text);
  const last = memory.lastCases;
  // Right after one case by its number, "when was it due under the sla?" or "is its sla breached"
  // is about that case; "which cases breach their sla today?" is still a list of its own.
  const shownCase = last?.scope === 'number' ? last.shown[0]?.number : undefined;
  const onShownCase =
    request?.intent !== 'case_list' || (request.scope === 'breaching' && THAT_CASE.test(text));
  if (shownCase !== undefined && casesJustShown(memory) && onShownCase)
    return { input: { scope: 'number', number: shownCase }, followUp: true };
  // "only mine" right after a case list: the same list, the caller's own cases of it.
  const narrowed = last && casesJustShown(memory) && asksOnlyMine(text);
  if (narrowed && (request?.intent !== 'case_list' || request.scope === 'mine'))
    return {
      input: { scope: last.scope, ...(last.account ? { account: last.account } : {}) },
      onlyMine: true,
      followUp: true,
    };
  // "only annas" right after a case list: the same list, the cases that agent works.
  const agent = last && casesJustShown(memory) ? onlyAgentOf(text) : undefined;
  if (last && agent && request?.intent !== 'case_list')
    return {
      input: { scope: last.scope, ...(last.account ? { account: last.account } : {}), owner: agent },
      followUp: true,
    };
  // "only the high ones" right after a case list: the same list, the cases of that priority.
  const priority = last && casesJustShown(memory) ? onlyPriorityOf(text) : undefined;
  if (last && priority && request?.intent !== 'case_list')
    return {
      input: { scope: last.scope, ...(last.account ? { account: last.account } : {}), priority },
      onlyMine: last.onlyMine,
      followUp: true,
    };
  if (request?.intent === 'case_list') {
    if (request.scope === 'history') return caseHistoryInput(request.history, turn);
    if (request.scope === 'topic') return topicCasesInput(request.topics, turn);
    if (request.scope === 'words')
      return request.account
        ? {
            input: { scope: 'account', account: accountWordsIn(request.account, understanding), limit: 100 },
            about: request.words,
          }
        : { input: { scope: 'status', limit: 100 }, about: request.words };
    if (request.scope === 'account' && request.fixOf !== undefined) {
      // "the last umbrella invoice ticket - how did we fix it?": the account named, the rest its topic
      // ("umbrella: the last invoice case, what was the fix": the account named elsewhere).
      const mention = understanding.accountMention;
      const at = mention ? request.fixOf.toLowerCase().indexOf(mention.toLowerCase()) : -1;
      const account = mention ?? request.fixOf;
      const topic =
        at >= 0
          ? `${request.fixOf.slice(0, at)} ${request.fixOf.slice(at + mention!.length)}`
          : mention
            ? request.fixOf
            : '';
      return {
        input: { scope: 'account', account, status: 'all', limit: 100 },
        fixOf: topic.replace(/['’]s\b/g, '').trim(),
      };
    }
    if (request.scope === 'account') {
      // "what's anna's oldest open case": the one case picked from the holder's, all of them to pick from.
      const picked = request.first ? { first: request.first } : {};
      const limit = request.first ? { limit: 100 } : {};
      // "how many open cases does anna have": a colleague named, so that agent's open cases.
      const agent = colleagueSaid(request.account, understanding);
      if (agent) return { input: { scope: 'status', owner: agent, ...limit }, ...picked };
      // "any open cases for them?": the account the conversation just showed.
      // "any high priority cases at stark industries?": the account's cases of that priority.
      if (!isBackReference(request.account) && !pointsBack(` ${request.account} `))
        return {
          input: {
            scope: 'account',
            account: accountWordsIn(request.account, understanding),
            ...limit,
            ...priorityFiltersOf(text, request.account),
          },
          ...picked,
        };
      if (memory.lastAccount)
        return { input: { scope: 'account', account: memory.lastAccount.name, ...limit }, ...picked };
      return { text: 'Which account? For example: "open cases for Initech".' };
    }
    if (request.scope === 'open') {
      const { intent: _list, scope: _open, first, ...filters } = request;
      // "any open cases?" right after one account was shown (a briefing, "tell me about globex"): its cases.
      const account =
        memory.previousFocus === 'account' && !ANY_HOLDER.test(text) ? memory.lastAccount : undefined;
      if (account)
        return {
          input: { scope: 'account', account: account.name, ...filters },
          ...(first ? { first } : {}),
        };
      return { input: { scope: 'status', ...filters }, ...(first ? { first } : {}) };
    }
    if (request.scope === 'number') return { input: { scope: 'number', number: request.number } };
    if ('first' in request) return { input: { scope: 'mine', limit: 100 }, first: request.first };
    // "which of my cases came in on wednesday": the caller's own opened in those days.
    const period =
      request.scope === 'mine' && ARRIVED.test(text)
        ? periodOf(understanding, text, turn.skills.clock(), turn.caller.timezone)
        : undefined;
    // "riley's cases past their sla": a colleague named, so that agent's (an account's name is no agent).
    const holderAgent =
      request.scope === 'breaching' && request.holder
        ? colleagueSaid(request.holder, understanding)
        : undefined;
    if (request.scope !== 'summary')
      return {
        input: {
          scope: request.scope,
          ...(holderAgent ? { owner: holderAgent } : {}),
          // "any p1 cases breaching sla today", "my urgent cases": that priority only ("anything
          // urgent in my queue" is what presses, not a priority).
          ...((request.scope === 'breaching' || request.scope === 'mine') && PRIORITY_OF_CASES.test(text)
            ? priorityFiltersOf(text, request.scope === 'breaching' ? (request.holder ?? '') : '')
            : {}),
          ...(request.pastDueOnly ? { pastDueOnly: true } : {}),
          ...(period ? { openedFrom: period.from, openedTo: period.to } : {}),
        },
        onlyMine: request.onlyMine,
      };
  }
  // Support's "what's on my plate at the moment", "what's anna's workload looking like": the open
  // cases of the caller or of that agent ("at the moment" is no account).
  const workload = request ? undefined : workloadOf(text);
  if (workload?.whose === 'mine') return { input: { scope: 'mine' } };
  if (workload?.whose === 'agent') return { input: { scope: 'status', owner: workload.owner } };
  // Right after a case list, "which one is due first?" is about that list (all of it, to order it).
  // ("which is the oldest" after the open high-priority cases: the oldest of those, not of all open cases.)
  if (last && casesJustShown(memory)) {
    // "which ones are still open" after all of an account's cases: the open ones (the default status).
    const { status, ...filters } = last.filters ?? {};
    const keptStatus = status && !STILL_OPEN.test(text) ? { status } : {};
    return {
      input: {
        scope: last.scope,
        ...(last.account ? { account: last.account } : {}),
        ...filters,
        ...keptStatus,
        limit: 100,
      },
      onlyMine: last.onlyMine,
      followUp: true,
      ordersShown: true,
    };
  }
  // Routed here for a named account in other words ("does Acme have anything open with us"): its cases.
  const account = understanding.accountMention;
  if (account && !isBackReference(account)) return { input: { scope: 'account', account } };
  if (memory.lastAccount && pointsBack(text))
    return { input: { scope: 'account', account: memory.lastAccount.name } };
  // A role without the sales records asking what it has due ("what do i have due by end of day").
  if (/\b(?:due|overdue|breach\w*|sla)\b/i.test(text))
    return { input: { scope: 'breaching' }, onlyMine: true };
  return { input: { scope: 'mine' } };
}

/**
 * The account's latest case about the words asked (every word of the topic in its subject or
 * description; its latest case of all without a topic), with how it was fixed.
 */
function caseFixReply(list: CaseList, topic: string, timeZone: string, memory: ConversationMemory): Reply {
  // The rest of the account's name said with it ("umbrella corporation invoice") is no topic.
  const named = new Set((list.account?.name ?? '').toLowerCase().split(/\s+/));
  const words = topic
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w && !named.has(w));
  const about = (c: CaseView) => `${c.subject} ${c.description ?? ''}`.toLowerCase();
  const found = list.cases.find((c) => words.every((w) => about(c).includes(w)));
  const account = list.account?.name ?? 'that account';
  if (!found) return { text: `I found no ${words.length ? `${words.join(' ')} ` : ''}case for ${account}.` };
  const one: CaseList = { ...list, scope: 'number', total: 1, cases: [found] };
  rememberCases(memory, one, undefined);
  const reply = caseListReply(one, timeZone);
  return found.resolution
    ? reply
    : {
        ...reply,
        text: `${reply.text}\nIt has no resolution recorded${found.status === 'open' || found.status === 'pending' ? ' yet: it is still open' : ''}.`,
      };
}

/** Words too common to tell one case from another. */
const COMMON_WORDS = new Set(
  'the a an and or but of to in on for with from at by is are was were be been it its this that these those my our your their his her we you they i me us them he she not no any all every some can cant cannot does doesnt do dont did didnt has have had will wont would should could just still again since after before when every time times each what which who how why there here than then get got keeps keep'.split(
    ' ',
  ),
);

/** One spelling for words said apart or together: "log in", "sign-in" are login, "times out" timeout. */
function oneSpelling(text: string): string {
  return text
    .toLowerCase()
    .replace(/\b(?:log(?:ging|ged)?|sign(?:ing|ed)?)[\s-]?in\b/g, 'login')
    .replace(/\b(?:time[sd]?|timing)[\s-]?out\b/g, 'timeout');
}

/** The words of a customer's message that tell its case: lower case, without common words. */
function tellingWords(text: string): string[] {
  const words = oneSpelling(text).match(/[a-z0-9]+/g) ?? [];
  return [...new Set(words.filter((w) => w.length > 2 && !COMMON_WORDS.has(w)))];
}

/** True when a case's subject or description holds the word (or it without an ending: "expired", "expire"). */
function holdsWord(about: string, word: string): boolean {
  const stem = word.length > 5 ? word.replace(/(?:ing|ed|es|s)$/, '') : word;
  return new RegExp(`\\b${stem}`).test(about);
}

/**
 * The case a customer's words describe ("the integration page shows token expired"), of every
 * account or the one named: the open cases that hold the most of its telling words (at least half
 * of them), else every case's; the one case shown, or the few that tie.
 */
async function casesAboutReply(
  said: string,
  input: CaseListAsked['input'],
  caller: Caller,
  skills: IntentTurn['skills'],
  memory: ConversationMemory,
): Promise<Reply> {
  const words = tellingWords(said);
  const needed = Math.max(1, Math.ceil(words.length / 2));
  const best = (list: CaseList): CaseView[] => {
    const scored = list.cases.map((c) => {
      const about = oneSpelling(`${c.subject} ${c.description ?? ''}`);
      return { c, score: words.filter((w) => holdsWord(about, w)).length };
    });
    const top = Math.max(0, ...scored.map((s) => s.score));
    return top >= needed && top > 0 ? scored.filter((s) => s.score === top).map((s) => s.c) : [];
  };
  const open = await skills.call(listCases, input, caller);
  let found = best(open);
  let list = open;
  if (!found.length) {
    list = await skills.call(listCases, { ...input, status: 'all' }, caller);
    found = best(list);
  }
  const of = list.account ? ` for ${list.account.name}` : '';
  if (!found.length) return { text: `I found no case${of} with the words "${said}".` };
  const shown: CaseList = {
    ...list,
    scope: found.length === 1 ? 'number' : list.scope,
    total: found.length,
    cases: found.slice(0, 5),
  };
  rememberCases(memory, shown, undefined);
  return caseListReply(shown, caller.timezone);
}

/** One word for a topic's many names: "two-factor", "2fa", "multi-factor", "authenticator" are mfa. */
function oneTopicName(text: string): string {
  return oneSpelling(text)
    .replace(
      /\b(?:two|2)[\s-]?(?:factor|step)(?:\s+auth\w*)?|\b2fa\b|\bmulti[\s-]?factor(?:\s+auth\w*)?|\bauthenticator\b|\botp\b/g,
      'mfa',
    )
    .replace(/\bsingle[\s-]?sign[\s-]?on\b|\bsaml\b/g, 'sso')
    .replace(/\bbilling\b|\binvoic\w*/g, 'invoice');
}

/**
 * The cases on any of the topics asked ("any open tickets about two-factor or mfa", "billing cases
 * this quarter"): the known topics filtered by the skill; a topic in other words is matched when a
 * case's subject or description holds every telling word of it (its names made one).
 */
async function casesOnTopicsReply(
  topics: string[],
  input: CaseListAsked['input'],
  caller: Caller,
  skills: IntentTurn['skills'],
  memory: ConversationMemory,
): Promise<Reply> {
  const wordsOf = topics.map((t) => tellingWords(oneTopicName(t))).filter((w) => w.length);
  const list = await skills.call(listCases, input, caller);
  const on = (c: CaseView) => {
    const about = oneTopicName(`${c.subject} ${c.description ?? ''}`);
    return wordsOf.some((words) => words.every((w) => holdsWord(about, w)));
  };
  const found = input.topics ? list.cases : list.cases.filter(on);
  const total = input.topics ? list.total : found.length;
  const open = list.statuses.every((s) => s === 'open' || s === 'pending') ? 'open ' : '';
  const said = `${open}cases about ${topics.join(' or ')}${list.opened ? openedWordsOf(list.opened) : ''}`;
  if (!found.length) return { text: `There are no ${said}.` };
  const shown: CaseList = { ...list, total, cases: found.slice(0, 10) };
  rememberCases(memory, shown, undefined, input);
  const reply = caseListReply(shown, caller.timezone);
  const first = shown.cases.length < total ? ` (the ${shown.cases.length} newest)` : '';
  return { ...reply, text: reply.text.replace(/^.*?:\n/, `${total} ${said}${first}:\n`) };
}

/**
 * Who worked the one case found, said first when that is what was asked ("who worked the acme
 * salesforce sync case"): the agent the case is (or was) assigned to.
 */
async function whoWorkedFirst(
  reply: Reply,
  asked: CaseListAsked,
  { memory, skills, caller }: IntentTurn,
): Promise<Reply> {
  const found = memory.lastCases;
  if (!asked.whoWorked || found?.scope !== 'number' || found.turnsAgo !== 0 || found.shown.length !== 1)
    return reply;
  const number = found.shown[0]!.number;
  const one = (await skills.call(listCases, { scope: 'number', number }, caller)).cases[0];
  if (!one) return reply;
  const worked = one.owner
    ? `${one.owner.id === caller.userId ? `You (${one.owner.name})` : one.owner.name} worked case ${number}.`
    : `Case ${number} was not assigned to anyone.`;
  return { ...reply, text: `${worked}\n${reply.text}` };
}

/** The list as asked: only the caller's own cases when the question said "my", "I". */
function onlyOwnCases(list: CaseList, onlyMine: boolean | undefined, caller: Caller): CaseList {
  if (!onlyMine || list.scope === 'mine') return list;
  const cases = list.cases.filter((c) => c.owner?.id === caller.userId);
  return { ...list, cases, total: cases.length };
}

/** Words asking about breaches in the past, not the ones open now: "ever", "before", "has … breached", "how often". */
const BREACHED_BEFORE =
  /\b(?:ever|before|previously|in\s+the\s+past|history|how\s+(?:often|many\s+times)|(?:has|have|had|did)(?:n['’]?t)?)\b/i;
/** Words of the breaches open now or due today: those are the open cases' list. */
const BREACHING_NOW =
  /\b(?:today|tonight|now|currently|at\s+the\s+moment|about\s+to|end\s+of\s+(?:the\s+)?day|eod)\b/i;

/** The account whose past SLA breaches a breach question asks about (it names one, in past words), as said. */
function breachHistoryAccountOf(
  text: string,
  { understanding, memory }: Pick<IntentTurn, 'understanding' | 'memory'>,
): string | undefined {
  if (!BREACHED_BEFORE.test(text) || BREACHING_NOW.test(text)) return undefined;
  const said = understanding.accountMention;
  // "have they ever breached an sla": the account the conversation just showed.
  if ((!said || isBackReference(said)) && memory.lastAccount && pointsBack(` ${text} `))
    return memory.lastAccount.name;
  if (!said || isBackReference(said) || !namesAccount(said, understanding)) return undefined;
  return accountWordsIn(said, understanding);
}

/**
 * An account's cases besides those the conversation just showed ("case 1206" then "any other cases
 * for that customer?"), of every status, newest first; said so when it has no other.
 */
async function otherCasesReply(input: CaseListAsked['input'], turn: IntentTurn): Promise<Reply> {
  const { caller, skills, memory } = turn;
  const shown = new Set(casesJustShown(memory) ? (memory.lastCases?.shown ?? []).map((c) => c.number) : []);
  const all = await skills.call(listCases, input, caller);
  const cases = all.cases.filter((c) => !shown.has(c.number));
  const name = all.account?.name ?? 'that account';
  if (!cases.length)
    return {
      text: shown.size
        ? `${name} has no other cases than ${[...shown].map((n) => `case ${n}`).join(', ')}.`
        : `${name} has no cases.`,
    };
  const others: CaseList = { ...all, total: cases.length, cases: cases.slice(0, 20) };
  rememberCases(memory, others, undefined, input);
  const reply = caseListReply(others, caller.timezone);
  const besides = shown.size ? ` besides ${[...shown].map((n) => `case ${n}`).join(', ')}` : '';
  return { ...reply, text: reply.text.replace(/^(\d+ cases? for [^:(]+?)(?=( \(|:))/, `$1${besides}`) };
}

/** A follow-up asking for the cases not closed yet ("which ones are still open", "any unresolved"). */
const STILL_OPEN = /\b(?:open|unresolved|outstanding|not\s+(?:yet\s+)?(?:closed|resolved))\b/i;

/** The filters of a list's input besides its scope, account, size and order; undefined when none. */
function filtersOf(input: CaseListAsked['input']): ShownCaseFilters | undefined {
  const {
    scope: _scope,
    account: _account,
    number: _number,
    limit: _limit,
    order: _order,
    ...filters
  } = input;
  return Object.keys(filters).length ? filters : undefined;
}

/** Remembers the list for follow-ups ("which one is due first?") and its account for "their contact". */
function rememberCases(
  memory: ConversationMemory,
  list: CaseList,
  onlyMine: boolean | undefined,
  input?: CaseListAsked['input'],
): void {
  const filters = input ? filtersOf(input) : undefined;
  memory.lastCases = {
    scope: list.scope,
    ...(list.account ? { account: list.account.name } : {}),
    ...(onlyMine ? { onlyMine } : {}),
    ...(filters ? { filters } : {}),
    shown: list.cases.slice(0, 20).map((c) => ({
      number: c.number,
      ...(c.account ? { account: c.account.name } : {}),
      ...(c.contact ? { contact: c.contact.name } : {}),
      ...(c.slaDueAt ? { slaDueAt: new Date(c.slaDueAt).toISOString() } : {}),
      priority: c.priority,
    })),
    turnsAgo: 0,
  };
  // One case shown by its number ("case 1204"): its account is the one "who's the account owner" asks about.
  const account = list.account ?? (list.scope === 'number' ? list.cases[0]?.account : undefined);
  if (account) memory.lastAccount = { id: account.id, name: account.name };
}

/** "my open cases", "open cases for Initech", "which cases breach their SLA today?", "which one is due first?". */
export const caseListHandler: IntentHandler = {
  intents: ['case_list'],
  capability: {
    skill: listCases as Skill<never, unknown>,
    summary: 'list support cases: yours, an account’s, or those breaching their SLA today',
    examples: ['my open cases', 'open cases for Initech', 'which cases breach their SLA today?'],
  },
  handle: async (turn) => {
    const { text, caller, skills } = turn;
    const memory = turn.memory;
    // Cases summed up ("open cases by priority", "average time to resolve a case"), not listed;
    // "what's the team's workload": the open cases per agent.
    const request = supportRequestOf(text);
    const summary =
      request?.intent === 'case_list' && request.scope === 'summary'
        ? request.summary
        : !request && workloadOf(text)?.whose === 'team'
          ? ({ summary: 'agents' } as const)
          : !request && asksWhatCameIn(text)
            ? ({ summary: 'opened' } as CaseSummary)
            : undefined;
    // "are we getting more cases this week than last?": the cases that came in over both periods.
    const compared =
      summary?.summary === 'opened' && summary.compared
        ? comparedArrivalsOf(turn.understanding, text, skills.clock(), caller.timezone)
        : undefined;
    if (compared) return caseArrivalsComparedReply(compared, caller, skills);
    if (summary)
      return caseSummaryReply(
        summary,
        periodOf(turn.understanding, text, skills.clock(), caller.timezone),
        caller,
        skills,
        (list) => rememberCases(memory, list, undefined),
      );
    // "has umbrella ever breached an sla", "did acme's tickets miss their sla last month": that
    // account's SLAs that fell due (all time, or the period said) and were missed, closed cases too.
    const breachedAt =
      request?.intent === 'case_list' && request.scope === 'breaching' && !request.onlyMine
        ? breachHistoryAccountOf(text, turn)
        : undefined;
    if (breachedAt)
      return slaBreachesInPeriodReply(
        turn.understanding.entities?.periods[0]
          ? periodOf(turn.understanding, text, skills.clock(), caller.timezone)
          : undefined,
        caller,
        skills,
        false,
        breachedAt,
      );
    // "how many cases breached sla this week": the SLAs that fell due in a period (a day, "today", stays the list).
    const period = turn.understanding.entities?.periods[0];
    if (request?.intent === 'case_list' && request.scope === 'breaching' && period && !request.onlyMine) {
      const breachPeriod = { words: period.text, from: period.start, to: period.end };
      memory.lastCases = { scope: 'breaching', breachPeriod, shown: [], turnsAgo: 0 };
      return slaBreachesInPeriodReply(breachPeriod, caller, skills);
    }
    // "only mine" right after them: the caller's own cases among that period's breaches.
    const lastPeriod = memory.lastCases?.breachPeriod;
    if (lastPeriod && casesJustShown(memory) && asksOnlyMine(text))
      return slaBreachesInPeriodReply(lastPeriod, caller, skills, true);
    // "who's it assigned to" right after a case list: the agent working the case it showed first;
    // "who owns them", "who's handling those": the agent of each case it showed.
    const shown = memory.lastCases?.shown ?? [];
    if (shown.length && casesJustShown(memory) && asksWhoOwns(text) && request?.intent !== 'case_list') {
      const each = asksEachOwner(text) ? shown.slice(0, MAX_OWNERS_LISTED) : shown.slice(0, 1);
      const found: CaseView[] = [];
      for (const { number } of each) {
        const one = await skills.call(listCases, { scope: 'number', number }, caller);
        if (one.cases[0]) found.push(one.cases[0]);
      }
      if (found.length === 1) return caseOwnerReply(found[0]!, caller);
      if (found.length) return caseOwnersReply(found, caller);
    }
    // "whose case is 1206", "who has ticket 1205": the agent working that case.
    if (request?.intent === 'case_list' && request.scope === 'number' && request.whoWorks) {
      const one = await skills.call(listCases, { scope: 'number', number: request.number }, caller);
      if (!one.cases[0]) return { text: `I couldn't find case ${request.number}.` };
      rememberCases(memory, one, undefined);
      return caseOwnerReply(one.cases[0], caller);
    }
    // "Yuki Sato is on the line, what's their open case about?": a person named, not an account, so
    // their customer view (their account, preferences and open cases) as "who is Yuki Sato" shows it.
    const person =
      request?.intent === 'case_list' && request.scope === 'account'
        ? personNamedAsHolder(request.account, turn.understanding)
        : undefined;
    if (person) {
      const view = await skills.call(customerView, { who: person }, caller);
      memory.lastAccount = { id: view.account.id, name: view.account.name };
      if (view.contact) {
        memory.lastContacts = [{ id: view.contact.id, name: view.contact.name }];
        memory.lastFocus = 'contacts';
      }
      return customerViewReply(view, caller.timezone);
    }
    const asked = caseListInput(turn);
    if ('text' in asked) return asked;
    if (
      asked.input.scope === 'account' &&
      !asked.followUp &&
      EVERY_STATUS.test(text) &&
      !OPEN_ASKED.test(text)
    )
      asked.input.status = 'all';
    if (asked.input.scope === 'account' && !asked.followUp && !asked.first && LATEST_CASES.test(text)) {
      asked.input.status = 'all';
      asked.input.order = 'newest';
    }
    if (asked.others) return otherCasesReply(asked.input, turn);
    if (asked.repeats) {
      const all = await skills.call(listCases, asked.input, caller);
      rememberCases(memory, all, undefined);
      return repeatedProblemsReply(all, caller.timezone);
    }
    if (asked.about !== undefined)
      return whoWorkedFirst(
        await casesAboutReply(asked.about, asked.input, caller, skills, memory),
        asked,
        turn,
      );
    if (asked.topics) return casesOnTopicsReply(asked.topics, asked.input, caller, skills, memory);
    if (asked.fixOf !== undefined)
      return whoWorkedFirst(
        caseFixReply(await skills.call(listCases, asked.input, caller), asked.fixOf, caller.timezone, memory),
        asked,
        turn,
      );
    // A request of its own ("which cases breach their SLA today?") is listed as asked, never re-ordered.
    // "only the urgent ones" narrows the list to a priority: no one case picked from it.
    const order =
      asked.followUp && (asked.ordersShown || !asked.input.priority) ? caseOrderOf(text) : asked.first;
    const list = onlyOwnCases(await skills.call(listCases, asked.input, caller), asked.onlyMine, caller);
    if (order && list.cases.length) {
      // The case picked is remembered first, for "who's the contact on it" next.
      const picked = firstCaseOf(list, order);
      rememberCases(
        memory,
        { ...list, cases: [picked, ...list.cases.filter((c) => c !== picked)] },
        asked.onlyMine,
        asked.input,
      );
      return firstCaseReply(list, order, caller.timezone);
    }
    // "acme cases" when Acme has none open: its latest cases of every status, said so.
    if (!list.total && asksAccountCasesAnyStatus(asked, text)) {
      const latest = await skills.call(listCases, { ...asked.input, status: 'all', limit: 10 }, caller);
      if (latest.total) {
        rememberCases(memory, latest, undefined, { ...asked.input, status: 'all' });
        const reply = caseListReply(latest, caller.timezone);
        return {
          ...reply,
          text: `${latest.account?.name ?? 'That account'} has no open cases. Its latest: ${reply.text}`,
        };
      }
    }
    rememberCases(memory, list, asked.onlyMine, asked.input);
    return caseListReply(list, caller.timezone);
  },
};

/**
 * An account's cases asked with no status, priority or other narrowing ("acme cases", "cases for
 * globex"): when it has none open, its closed ones answer as well ("open" said keeps only open ones).
 */
function asksAccountCasesAnyStatus(asked: CaseListAsked, text: string): boolean {
  const { scope, account: _account, limit: _limit, ...narrowed } = asked.input;
  return (
    scope === 'account' &&
    !asked.followUp &&
    !asked.first &&
    Object.keys(narrowed).length === 0 &&
    !STILL_OPEN.test(text) &&
    !/\b(?:pending|active|current|now|today|breach\w*|overdue|due|sla)\b/i.test(text)
  );
}

/** "customer view for Jane Cooper", "who is Jane Cooper", "who's the contact on that one?" after a case list. */
export const customerViewHandler: IntentHandler = {
  intents: ['customer_view'],
  capability: {
    skill: customerView as Skill<never, unknown>,
    summary: 'show a customer as support sees them: contact, preferences, interactions, cases, products',
    examples: ['customer view for Initech', 'who is Jane Cooper?'],
  },
  handle: async ({ text, caller, skills, understanding, memory }) => {
    const request = supportRequestOf(text);
    const shown = memory.lastCases;
    // Right after a case list: the person (else the account) of the case it showed first; its
    // account first when that is what is asked ("which account is that").
    // An account the message names ("who is the contact at initech") wins over that case.
    const mention = understanding.accountMention;
    const named = mention && !isBackReference(mention) ? mention : undefined;
    const first = shown?.shown[0];
    const ofCase =
      !named && request?.intent !== 'customer_view' && first && casesJustShown(memory)
        ? asksWhoseCase(text) || asksAboutItsCustomer(text)
          ? (first.account ?? first.contact)
          : (first.contact ?? first.account)
        : undefined;
    // Routed here for a named account in other words ("what has Acme bought from us"): that account.
    const who =
      request?.intent === 'customer_view'
        ? request.who
        : (ofCase ?? named ?? (memory.lastAccount && pointsBack(text) ? memory.lastAccount.name : text));
    // "does bennett already own analytics pro?", "when was their last order?", "what plan are they
    // on": from all its orders.
    const productAsked = accountProductQuestionOf(text, understanding.entities?.products);
    // "qbr prep: what did initech buy from us this year": its orders in that window, up to today.
    const bought = productAsked
      ? { from: FIRST_DAY, to: '9999-12-31' }
      : purchaseWindowOf(text, understanding.entities, skills.clock(), caller.timezone);
    const today = skills.clock().toISOString().slice(0, 10);
    const window = bought && { from: bought.from, to: bought.to < today ? bought.to : today };
    const view = await skills.call(customerView, { who, ...(window ? { bought: window } : {}) }, caller);
    // "any open cases for them?" next: the account shown.
    memory.lastAccount = { id: view.account.id, name: view.account.name };
    // The person shown, by id, for "can we email her?" (record-query-handler's person fields).
    if (view.contact) {
      memory.lastContacts = [{ id: view.contact.id, name: view.contact.name }];
      memory.lastFocus = 'contacts';
    }
    if (productAsked) return accountProductReply(view, productAsked, caller.timezone);
    return window ? purchasesReply(view) : customerViewReply(view, caller.timezone);
  },
};

/** "the last message of case 1042", "case 1042": a question that is only a case reference. */
const CASE_REFERENCE =
  /^(?:(?:the\s+)?(?:last|latest)\s+(?:customer\s+)?(?:message|question|e-?mail)\s+(?:of|on|in|from)\s+)?case\s+#?(\d+)[\s?.!]*$/i;

/** "suggest a reply to: …", "how should I answer: …", "draft a reply to the last message of case 1042". */
export const agentAssistHandler: IntentHandler = {
  intents: ['agent_assist'],
  capability: {
    skill: agentAssist as Skill<never, unknown>,
    summary: "suggest a reply to a customer's question, with sources and similar resolved cases",
    examples: ['suggest a reply to: none of our users can log in with SSO'],
  },
  handle: async ({ text, caller, skills }) => {
    const request = supportRequestOf(text);
    const question = request?.intent === 'agent_assist' ? request.question : text;
    const caseNumber = CASE_REFERENCE.exec(question.trim())?.[1];
    const input = caseNumber ? { caseNumber: Number(caseNumber) } : { question };
    return agentAssistReply(await skills.call(agentAssist, input, caller));
  },
};

/** Support's handlers, for the dialog runner. */
export const caseHandlers: readonly IntentHandler[] = [
  caseWriteHandler,
  caseListHandler,
  customerViewHandler,
  agentAssistHandler,
];

/** The confirmation dialog the case writes begin, for the dialog runner. */
export function caseDialogs(deps: SlotDialogDependencies): Dialog[] {
  return [new CaseConfirmDialog(deps)];
}
