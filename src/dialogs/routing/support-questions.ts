import type { CasePriority } from '../../vocabulary';
import {
  caseListFiltersOf,
  caseSummaryOf,
  SEVERAL_PRIORITIES,
  type CaseListFilters,
  type CaseSummary,
} from './case-summary-questions';
import { caseHistoryQuestionOf, type CaseHistoryQuestion } from './case-history-questions';
import { patternOf } from '../../core/patterns';
import { withoutClosingPhrases } from './account-span';
import { topicBeforeCasesOf } from './case-topics';

/** The intents of support's requests. */
export type SupportIntent =
  'case_open' | 'case_close' | 'case_update' | 'case_list' | 'customer_view' | 'agent_assist';

/** What a support request asks, read from its words. */
export type SupportRequest =
  | { intent: 'case_open'; account: string; subject: string; priority: CasePriority; description: string }
  | { intent: 'case_open'; accountAndProblem: string; priority: CasePriority }
  | { intent: 'case_close'; number: number; resolution: string }
  | { intent: 'case_close'; account: string; resolution?: string }
  | { intent: 'case_update'; number: number; note: string }
  | { intent: 'case_update'; number: number; owner: string }
  | { intent: 'case_update'; number: number; priority: CasePriority }
  | {
      intent: 'case_list';
      scope: 'mine' | 'breaching';
      onlyMine?: boolean;
      pastDueOnly?: boolean;
      /** Whose cases, said before them ("riley's cases past their sla"): an agent or an account, as said. */
      holder?: string;
    }
  | ({ intent: 'case_list'; scope: 'open'; first?: OneCaseOrder } & CaseListFilters)
  | { intent: 'case_list'; scope: 'summary'; summary: CaseSummary }
  | { intent: 'case_list'; scope: 'mine'; first: OneCaseOrder }
  | { intent: 'case_list'; scope: 'account'; account: string; fixOf?: string; first?: OneCaseOrder }
  | { intent: 'case_list'; scope: 'number'; number: number; whoWorks?: true }
  | { intent: 'case_list'; scope: 'words'; words: string; account?: string }
  | { intent: 'case_list'; scope: 'topic'; topics: string[] }
  | { intent: 'case_list'; scope: 'history'; history: CaseHistoryQuestion }
  | { intent: 'customer_view'; who: string }
  | { intent: 'agent_assist'; question: string };

const OPEN_CASE =
  /^\s*(?:please\s+)?(?:(?:open|create|log|raise|file|start)\s+(?:a\s+|an\s+)?(?:new\s+)?|new\s+)?(?:support\s+)?(?:case|ticket)\s+(?:for|at|with|on behalf of)\s+(.+?)\s*(?::|\s[-–—]\s)\s*([\s\S]+?)\s*$/i;
/**
 * A case to open said in one run, no separator between the account and the problem ("open a case for
 * globex reports time out again high priority"): group 1 the account and the problem together.
 */
const OPEN_CASE_IN_ONE_RUN =
  /^\s*(?:please\s+)?(?:(?:open|create|log|raise|file|start)\s+(?:a\s+|an\s+)?(?:new\s+)?|new\s+)(?:support\s+)?(?:case|ticket)\s+(?:for|at|with)\s+(\S[\s\S]*?)\s*$/i;
const CLOSE_CASE =
  /^\s*(?:please\s+)?(close|resolve)\s+(?:the\s+)?(?:case|ticket)\s+(?:number\s+)?#?(\d{1,9})\s*(?::|,|\s[-–—]\s|\bwith\b|\bas\b)\s*([\s\S]+?)\s*$/i;
/**
 * Closing an account's case, said without its number ("close case for globex: fixed by reset", "close
 * the globex ticket - resolved"): group 1 or 2 the account, group 3 the resolution when one is said.
 */
const CLOSE_ACCOUNT_CASE =
  /^\s*(?:please\s+)?(?:close|resolve)\s+(?:out\s+)?(?:the\s+|their\s+)?(?:(?:open|one)\s+)?(?:(?:case|ticket)\s+(?:for|at|of|from|with)\s+(.+?)|([^:,]+?)\s+(?:case|ticket))\s*(?:(?::|,|\s[-–—]\s)\s*([\s\S]+?))?\s*[.!]?\s*$/i;
/** The case a change is made to: "case 1203", "ticket #1203", "case number 1203"; group 1 the number. */
const A_CASE = String.raw`(?:the\s+)?(?:case|ticket)\s*(?:number\s*|no\.?\s*)?#?\s*(\d{1,9})`;
/** What separates a note from the case it is for: a colon, comma, dash, "saying" or "that". */
const NOTE_SEPARATOR = String.raw`\s*(?::|,|\s[-–—]\s|\bsaying\b|\bthat\b)\s*`;
/**
 * A note added to a case by its number ("add a note to case 1203: waiting on customer logs", "note
 * on ticket #1203 - called back", "case 1203 add a note: escalated"): group 1 or 3 the number, 2 or 4 the note.
 */
const NOTE_ON_CASE = new RegExp(
  String.raw`^\s*(?:please\s+)?(?:(?:add|put|leave|log|write|attach)\s+(?:a\s+|an\s+)?(?:new\s+)?(?:internal\s+|private\s+)?note\s+(?:to|on|for|in)|note\s+(?:on|for|to))\s+${A_CASE}${NOTE_SEPARATOR}([\s\S]+?)\s*$|^\s*${A_CASE}\s*[,:-]?\s*(?:add|put|leave)\s+(?:a\s+|an\s+)?(?:internal\s+|private\s+)?note${NOTE_SEPARATOR}([\s\S]+?)\s*$`,
  'i',
);
/**
 * A case given to another support agent ("reassign case 1202 to anna", "hand ticket 1202 over to
 * anna kowalski", "move case 1202 to riley", or by its number alone: "give 1204 to anna"): group 1
 * or 2 the number, 3 the agent's name. A status or priority after "to" ("move case 1202 to
 * pending") is no agent; a bare number has four digits or more, as case numbers do.
 */
const ASSIGN_CASE = new RegExp(
  String.raw`^\s*(?:please\s+)?(?:re-?assign|assign|give|hand|transfer|move|pass|route)\s+(?:${A_CASE}|#?(\d{4,9}))\s+(?:over\s+)?to\s+(?!(?:open|pending|resolved|closed|low|normal|high|urgent|priority|status|the|a|an)\b)([a-z][\w'’.-]*(?:\s+[a-z][\w'’.-]*)?)\s*$`,
  'i',
);
/** A case priority as said: "critical" is urgent, "medium" normal. */
const PRIORITY_SAID = String.raw`(urgent|critical|high|medium|normal|low)`;
const CHANGE_VERB = String.raw`(?:change|set|update|raise|bump|lower|drop|increase|decrease|upgrade|downgrade|escalate|move|put|make|mark)`;
/**
 * A case's priority changed by its number: "change priority of case 1203 to high", "bump ticket
 * #1203 to urgent", "make case 1203 high priority", "case 1203 priority: normal". Group 1 the
 * number, 2 the priority.
 */
const PRIORITY_OF_CASE = [
  new RegExp(
    String.raw`^\s*(?:please\s+)?${CHANGE_VERB}\s+(?:up\s+|down\s+)?(?:the\s+)?priority\s+(?:of|on|for)\s+${A_CASE}\s+(?:to|as|at)\s+${PRIORITY_SAID}(?:[-\s]priority)?\s*[.!]*\s*$`,
    'i',
  ),
  new RegExp(
    String.raw`^\s*(?:please\s+)?${CHANGE_VERB}\s+(?:up\s+|down\s+)?${A_CASE}(?:['’]s)?(?:\s+priority)?\s+(?:(?:up\s+|down\s+)?(?:to|as|at)\s+)?${PRIORITY_SAID}(?:[-\s]priority)?\s*[.!]*\s*$`,
    'i',
  ),
  new RegExp(
    String.raw`^\s*${A_CASE}\s*[,:-]?\s*(?:set\s+)?priority\s*(?:to|=|:|->)?\s*${PRIORITY_SAID}\s*[.!]*\s*$`,
    'i',
  ),
];

/** The priority change a message asks of a case by its number, if any. */
function priorityChangeOf(text: string): { number: number; priority: CasePriority } | undefined {
  for (const pattern of PRIORITY_OF_CASE) {
    const found = pattern.exec(withoutPoliteEnd(text));
    if (!found) continue;
    const said = found[2]!.toLowerCase();
    const priority = said === 'critical' ? 'urgent' : said === 'medium' ? 'normal' : (said as CasePriority);
    return { number: Number(found[1]), priority };
  }
  return undefined;
}

/** Who a customer's quoted words come from, and that they said them: "customer writes:", "she says". */
const SAYS = String.raw`(?:(?:the|a|my|our|this)\s+)?(?:customer|client|user|caller|contact|he|she|they|someone)(?:['’]s|\s+is|\s+are|\s+was|\s+just)?\s+(?:says?|said|saying|writes?|wrote|writing|asks?|asked|asking|e-?mailed|e-?mails|messaged|texted|tells\s+(?:me|us)|told\s+(?:me|us)|mentions?|mentioned|reports?|reported|complains?|complained)\s*:?\s*`;

/**
 * A customer's message pasted into the asker's own words: the words before the quote, the quoted
 * message (in double or curly double quotes, at least 12 characters) and the words after it. A
 * short preamble of the asker's ("got this mail:", "customer email:", "customer signed") may come
 * first; undefined without such a quote.
 */
export interface PastedMessage {
  before: string;
  quoted: string;
  after: string;
}
const PASTED = /^([^"“”]{0,120}?)(?:"([^"]{12,})"|“([^”]{12,})”)([^"“”]*)$/;

/** The message pasted in a question, with the asker's words around it. */
export function pastedMessageOf(text: string): PastedMessage | undefined {
  if (text.length > 4000) return undefined;
  const found = PASTED.exec(text);
  if (!found) return undefined;
  return { before: found[1]!.trim(), quoted: (found[2] ?? found[3]!).trim(), after: found[4]!.trim() };
}

/** A salutation opening a customer's message ("Hi team,", "hello support -", "Dear CRMPro,"). */
const SALUTATION =
  /^\s*(?:hi|hello|hey|hiya|dear|good\s+(?:morning|afternoon|evening)|greetings)\b(?:\s+(?:team|all|there|support|crmpro|guys|folks|everyone|people|sir|madam|sir\s+or\s+madam))?\s*[,!.:;–—-]*\s*/i;
/** A sign-off closing it ("thanks, Kevin", "- best regards, Jane Cooper", "cheers"). */
const SIGN_OFF =
  /(?<![\s,.;!–—-])[\s,.;!–—-]*\b(?:[Tt]hanks?(?:\s+you)?(?:\s+(?:so\s+much|in\s+advance))?|[Tt]hx|[Cc]heers|(?:[Bb]est|[Kk]ind|[Ww]arm)?\s*[Rr]egards|[Bb]est(?:\s+wishes)?|[Ss]incerely|BR|[Bb]r)\b[\s,.!–—-]*(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}[\s,.]*)?$/;

/**
 * What a customer asks in a pasted message, without the salutation and sign-off around it: "Hi
 * team, I forgot my password" asks about a password, not the Team plan.
 */
export function customerWordsOf(quoted: string): string {
  const words = quoted.replace(SALUTATION, '').replace(SIGN_OFF, '').trim();
  return words.length >= 3 ? words : quoted.trim();
}

/**
 * The asker's own words ask who wrote a pasted message, or whose account it is: "who is he?",
 * "who's that", "who sent this", "do we know her", "look them up", "which account is that and who
 * owns it", "what company is she from".
 */
const ASKS_WHO_WROTE =
  /\bwho(?:'s|’s|s|\s+is|\s+was|\s+are)\s+(?:he|she|they|this|that|it|him|her|them|the\s+(?:sender|writer|customer|client|person|guy|lady|contact)|(?:this|that)\s+(?:person|guy|lady|customer|client|contact|sender|one))\b|\bwho\s+(?:sent|wrote)\s+(?:it|this|that|in)\b|\b(?:do|did)\s+we\s+know\s+(?:him|her|them|this\s+(?:person|guy|lady|customer))\b|\blook\s+(?:him|her|them|this\s+(?:person|guy|lady|customer)|up\s+(?:the\s+)?sender)\b|\b(?:which|what)\s+(?:account|company|customer|client|org(?:ani[sz]ation)?)\s+(?:is|are|was)\s+(?:that|this|it|he|she|they)\b|\bwho\s+owns\s+(?:it|that|this|them|the\s+account)\b/i;
/** "who's jane cooper", "who is Bill Lumbergh": a person the asker names in their own words. */
const WHO_IS_NAMED =
  /\bwho(?:'s|’s|s|\s+is)\s+(?!(?:he|she|they|this|that|it|him|her|them|the|a|an|our|my|their|his|its)\b)([a-z][\w'’-]+\s+[a-z][\w'’-]+)\s*[?.!]*\s*$/i;
/** Two capitalised words, a person's name as signed ("Kevin Adams", "Jane Cooper here"). */
const SIGNED_NAME = /\b([A-Z][a-z'’-]+)\s+([A-Z][a-z'’-]+)\b/g;
/** Capitalised words that open or close a message, no one's name ("Hi Team", "Best Regards"). */
const NOT_A_SIGNED_NAME =
  /^(?:hi|hello|hey|dear|thanks|thank|best|kind|warm|regards|cheers|good|team|support|sincerely|please|our|we|the|this|i)$/i;

/** Who wrote a pasted message: its e-mail address, else the last name signed in it. */
function writerOf(quoted: string): string | undefined {
  const email = EMAIL_ADDRESS.exec(quoted)?.[0];
  if (email) return email.replace(/[.'’]+$/, '');
  let name: string | undefined;
  for (const found of quoted.matchAll(SIGNED_NAME))
    if (!NOT_A_SIGNED_NAME.test(found[1]!) && !NOT_A_SIGNED_NAME.test(found[2]!))
      name = `${found[1]} ${found[2]}`;
  return name;
}

/**
 * The person a question asks about when it pastes a customer's message and asks, in the asker's own
 * words around it, who that is ("got this mail: "… Kevin Adams, kevin.adams@acme.com" who is he?",
 * 'customer signed "Bill Lumbergh, Initech" - which account is that and who owns it'): the person
 * the asker names ("who's jane cooper"), else the writer (the e-mail address in the message, else
 * the name signed in it). The pasted words themselves are never read as the question.
 */
export function pastedWriterAsked(text: string): string | undefined {
  const pasted = pastedMessageOf(text);
  if (!pasted) return undefined;
  const own = `${pasted.before} ${pasted.after}`.trim();
  const named = WHO_IS_NAMED.exec(pasted.after)?.[1];
  if (named) return named;
  return ASKS_WHO_WROTE.test(own) ? writerOf(pasted.quoted) : undefined;
}
/** The words quoted: in double, curly or single quotes (a single quote ends before a space or a stop). */
const QUOTED = String.raw`(?:"([^"]{3,})"|“([^”]{3,})”|‘([^’]{3,})’|'([^']{3,}?)'(?=\s|[,.;:!?–—-]|$))`;
/** A customer's words quoted, then whatever is asked of them (group 5). */
const CUSTOMER_QUOTED = new RegExp(String.raw`^\s*(?:${SAYS})?${QUOTED}\s*[-–—,.:;]*\s*([\s\S]*?)\s*$`, 'i');
/** After the quote, what to answer: "what i answer him", "what do i tell them", "how should i reply". */
const WHAT_TO_ANSWER =
  /^(?:(?:so|and|now)\s+)?(?:what\s+(?:(?:do|should|can|would|shall)\s+)?i\s+(?:answer|reply|respond|tell|say|write)|what\s+(?:to|should\s+(?:i|we))\s+(?:answer|reply|respond|tell|say|write)|how\s+(?:(?:do|should|can|would|shall)\s+(?:i|we)|to)\s+(?:answer|reply|respond)|(?:please\s+)?(?:suggest|draft|write)\s+(?:me\s+)?(?:a\s+|an\s+)?(?:reply|response|answer)|help\s+me\s+(?:answer|reply|respond))\b[^"“'‘]*$/i;
/** After the quote, which case it is: "which case is that", "is there a ticket for it", "any open ticket about it?". */
const WHICH_CASE =
  /^(?:(?:so|and)\s+)?(?:(?:which|what)\s+(?:case|ticket)\s+(?:is|was|would\s+be)\s+(?:that|this|it)|(?:is|was)\s+there\s+(?:already\s+)?(?:a|an|any)\s+(?:open\s+)?(?:case|ticket)|(?:do|did)\s+we\s+(?:already\s+)?have\s+(?:a|an|any)\s+(?:open\s+)?(?:case|ticket)|any\s+(?:open\s+)?(?:cases?|tickets?)\b)[^"“'‘]*$/i;

/**
 * A problem said with the account it is at, then whether a case exists ("webhooks failing with 401
 * for okafor & navarro, is there a ticket already"): group 1 the problem, 2 the account (after the
 * last for/at/from/with), 3 the question.
 */
const ACCOUNT_WORD = /\s(?:for|at|from|with)\s/gi;
/** A run of separators ("," ";" ":" dashes) with what follows it, for finding the question asked last. */
const SEPARATOR_RUN = /[,;:–—-]+/g;

/**
 * The problem, account and question of "<problem> for|at|from|with <account>, <question>", read with
 * plain scans instead of one pattern: a pattern with a lazy account between two whitespace-eating
 * parts backtracks cubically on long runs of spaces (17 s on the adversarial-input bench's 4,000
 * characters). The question is what follows the first separator run after which no , ; : comes
 * (the earliest, as the pattern's lazy account took it); the account follows the last of the four
 * words before that run.
 */
function problemAtAccountOf(
  text: string,
): { problem: string; account: string; question: string } | undefined {
  const asked = questionAfterSeparator(text);
  if (!asked) return undefined;
  const { head, question } = asked;
  let word: RegExpExecArray | undefined;
  for (const found of head.matchAll(ACCOUNT_WORD)) word = found;
  if (!word) return undefined;
  const problem = head.slice(0, word.index).trim();
  const account = head.slice(word.index + word[0].length).trim();
  if (!problem || !account || /[,;:–—]/.test(account)) return undefined;
  return { problem, account, question };
}
/**
 * The question said last, after the first separator run after which no , ; : comes (the earliest,
 * as the pattern's lazy account took it), and the words before it.
 */
function questionAfterSeparator(text: string): { head: string; question: string } | undefined {
  for (const run of text.matchAll(SEPARATOR_RUN)) {
    const after = text.slice(run.index + run[0].length).trim();
    if (!after || /[,;:]/.test(after)) continue;
    return { head: text.slice(0, run.index), question: after };
  }
  return undefined;
}

/**
 * An account said to report a problem, then whether a case exists ("okafor & navarro says webhooks
 * return 401, is there a case open", "globex reports sso failing - any ticket?"): group 1 the
 * account, 2 the problem. A person ("he says", "the customer says") is no account.
 */
const ACCOUNT_SAYS =
  /^\s*(?:(?:the\s+)?(?:folks|people|guys|team|users?)\s+(?:at|from)\s+)?([^\s,;:].{1,60}?)\s+(?:says?|said|(?:is|are)\s+saying|reports?|reported|(?:is|are)\s+reporting|tells?\s+(?:us|me)|told\s+(?:us|me)|mentions?|mentioned|complains?|complained)\s+(?:that\s+)?(\S.{2,})$/i;
/** Who says it when no account does. */
const NOT_AN_ACCOUNT_SPEAKER =
  /^(?:i|we|you|he|she|they|it|someone|somebody|everyone|(?:the|a|my|our|this)\s+(?:customer|client|user|caller|contact|guy|lady|person)|customer|client|user|caller|contact|\w+\s+(?:who|that))$/i;

/** A problem an account says it has, asked whether a case exists: that account's case by those words. */
function accountSaysProblemOf(text: string): SupportRequest | undefined {
  const asked = questionAfterSeparator(text);
  if (!asked || !WHICH_CASE.test(asked.question)) return undefined;
  const said = ACCOUNT_SAYS.exec(asked.head.trim());
  const account = said?.[1]?.trim();
  if (!said || !account || NOT_AN_ACCOUNT_SPEAKER.test(account)) return undefined;
  return { intent: 'case_list', scope: 'words', words: said[2]!.trim(), account };
}

/**
 * An upset customer, the account, then the problem ("customer's mad, acme, login broken again",
 * "angry customer - globex - sso failing"): group 1 the account, 2 the problem.
 */
const UPSET_CUSTOMER_ACCOUNT_PROBLEM =
  /^\s*(?:(?:the|a|an|my|our)\s+)?(?:(?:customer|client)(?:['’]s|\s+is|\s+are)\s+(?:really\s+|very\s+|so\s+)?(?:mad|angry|upset|furious|annoyed|unhappy|frustrated|livid|fuming|escalating)|(?:mad|angry|upset|furious|annoyed|unhappy|frustrated|livid)\s+(?:customer|client))\s*[,;:–—-]+\s*([^,;:–—]{2,60}?)\s*[,;:–—-]+\s*([^,;:–—]{3,}?)\s*[.!?]*\s*$/i;

/** A problem and its account, asked whether a case exists, or said of an upset customer: that account's case by those words. */
function accountProblemOf(text: string): SupportRequest | undefined {
  const upset = UPSET_CUSTOMER_ACCOUNT_PROBLEM.exec(text);
  if (upset) return { intent: 'case_list', scope: 'words', words: upset[2]!, account: upset[1]! };
  // "acme says login fails with sso, any ticket?": the account that says it, before a "with" in the problem.
  const says = accountSaysProblemOf(text);
  if (says) return says;
  const said = problemAtAccountOf(text);
  if (
    !said ||
    !WHICH_CASE.test(said.question) ||
    /^(?:is|are|any|do|does|did|what|which|open)\b/i.test(said.problem)
  )
    return undefined;
  return { intent: 'case_list', scope: 'words', words: said.problem, account: said.account };
}

/**
 * A customer's words quoted, then what to answer: the quoted words are the question to suggest a
 * reply to; then which case it is: the case with those words. A quote with nothing asked after it
 * ('customer asks: "..."') is left to the documentation.
 */
function customerQuotedOf(text: string): SupportRequest | undefined {
  const found = CUSTOMER_QUOTED.exec(text);
  // A preamble of the asker's own before the quote ("got this mail:", "customer email:").
  const pasted = found ? undefined : pastedMessageOf(text);
  if (!found && !pasted) return undefined;
  const words = found ? (found[1] ?? found[2] ?? found[3] ?? found[4]!).trim() : pasted!.quoted;
  const after = found ? found[5]! : pasted!.after;
  if (WHICH_CASE.test(after)) return { intent: 'case_list', scope: 'words', words };
  if (WHAT_TO_ANSWER.test(after)) return { intent: 'agent_assist', question: customerWordsOf(words) };
  return undefined;
}

/** A support agent named in a question about cases ("the emea support agent anna"): group 1 the name. */
const AGENT_NAMED =
  /(?<!\b(?:each|every|per|by|which|what|any|an|one|no|another|same|whose)\s+(?:support\s+)?)\b(?:support\s+)?(?:agent|specialist|engineer)\s+(?!(?:is|has|have|had|who|that|with|on|for|in|of|and|the|a|an|to|close\w*|resolv\w*|this|last|next|today|yesterday|assist|view|queue|cases?|tickets?)\b)([a-z][\w'’-]*(?:\s+(?!(?:is|has|have|had|got|working|handling|doing|on|open|cases?|tickets?|queue|in|at|for|with|and|now|today|right|please|pls|currently|still|been|was|got)\b)[a-z][\w'’-]*)?)/i;
/** Cases said to be with a person: "assigned to anna", "owned by anna kowalski", "handled by riley". */
const ASSIGNED_TO_NAMED =
  /\b(?:cases?|tickets?|queue)\b[\s\S]*?\b(?:assigned\s+to|owned\s+by|handled\s+by|worked\s+(?:on\s+)?by)\s+(?!(?:me|us|you|them|him|her|nobody|no\s+one|anyone|someone|whom|the|a|my|our|their)\b)([a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)\s*[?.!]*\s*$|\b(?:cases|tickets)\s+(?!(?:that|which|i|we|you|they|he|she|it|are|is|do|did|have)\b)([a-z][\w'’-]*)\s+(?:is|'s)\s+(?:working\s+on|handling|on)\b/i;
/** Asking for the cases themselves: open, cases, a queue, what someone is working on. */
const ASKS_CASES = /\b(?:open|cases?|tickets?|queue|working|handling|plate|backlog|outstanding|pending)\b/i;

/** The support agent whose cases a question asks for, by name as said; undefined when none is named. */
function agentOfCases(text: string): string | undefined {
  // The word first: the pattern's look-behind rescans every run of spaces before each position.
  const named = /\b(?:agent|specialist|engineer)\b/i.test(text) ? AGENT_NAMED.exec(text) : null;
  if (named && ASKS_CASES.test(text.replace(named[0], ' '))) return named[1]!.toLowerCase();
  const assigned = ASSIGNED_TO_NAMED.exec(text);
  const name = assigned?.[1] ?? assigned?.[2];
  return name?.toLowerCase();
}

/**
 * A possessive right before the cases: "anna's open cases", "annas tickets", "globex's open cases".
 * The look-behind starts a match only at a word's start: without it a long run of letters with no
 * "cases" after it is retried from every one of its letters (quadratic on hostile input).
 */
const BEFORE_CASES =
  /(?<![\w'’-])([a-z][\w'’-]*)\s+(?:(?:open|current|active|outstanding|pending|unresolved|support|new|urgent|high[-\s]priority|oldest|latest|recent|longest[-\s]open|stalest)\s+)*(?:cases|tickets|(case|ticket))\b/gi;
/** Words a possessive before the cases may be that hold no cases ("today's cases", "this week's tickets"). */
const NO_HOLDER = new Set(
  'today yesterday tomorrow week weeks month months quarter year customer customers client clients agent agents colleague colleagues people other others user users'.split(
    ' ',
  ),
);
/** Verbs before a holder's name ("show anna's cases"): no part of the name. */
const NOT_A_FIRST_NAME = new Set('show list give get pull find see check display open'.split(' '));

/**
 * Whose cases a message asks for with a possessive ("anna's open cases", "anna kowalski's tickets",
 * "globex's open cases"): the name as said, an agent or an account (the case handler tells them
 * apart by the people and accounts the message names). Undefined without one.
 */
function possessiveHolderOfCases(text: string): string | undefined {
  for (const found of text.matchAll(BEFORE_CASES)) {
    const word = found[1]!;
    // One case ("anna's oldest case") only when one is picked by an order: "let's open a case" is none.
    if (found[2] && !PICK_ONE.some(([words]) => words.test(found[0]))) continue;
    const before = /(?:^|\s)([a-z][a-z-]*)\s+$/i.exec(text.slice(0, found.index))?.[1]?.toLowerCase();
    // Without an apostrophe ("annas cases") only a word first or after a verb or "me": "sla breaches cases" is none.
    const apostrophe = /['’]s?$/.test(word);
    const bare =
      !apostrophe &&
      /[^se]s$/i.test(word) &&
      (!before || NOT_A_FIRST_NAME.has(before) || before === 'me' || before === 'whats');
    if (!apostrophe && !bare) continue;
    const name = possessor(word);
    if (!name || NO_HOLDER.has(name)) continue;
    const first = before && !NOT_A_NAME.has(before) && !NOT_A_FIRST_NAME.has(before) ? `${before} ` : '';
    return `${first}${name}`;
  }
  return undefined;
}

/** No one working it: "unassigned", "unowned", "not assigned to anyone", "with no owner", "nobody's on". */
const NO_ONE_WORKS =
  /\b(?:un-?ass?igned|un-?owned|ownerless|unclaimed|unallocated)\b|\b(?:not|n't|never)\s+(?:been\s+|yet\s+)?(?:assigned|allocated|picked\s+up|claimed)\b|\b(?:with\s+)?no\s+(?:owner|assignee|agent)\b|\bwithout\s+(?:an?\s+)?(?:owner|assignee|agent)\b|\b(?:no\s*(?:one|body)|no-one)(?:['’]s|\s+is|\s+has)?\s+(?:owns?|on|handling|working(?:\s+on)?|picked\s+up|assigned|taken|got)\b/i;
/** Words of the queue a question about unassigned work names ("cases", "tickets", "the queue", "anything"). */
const QUEUE_WORDS = /\b(?:cases?|tickets?|queue|backlog|anything|any|what(?:'s|s)?)\b/i;

/**
 * The open cases no agent works: "unassigned cases", "any tickets nobody owns", "what's unassigned in
 * the queue", "cases not assigned to anyone yet". A case with an owner is assigned; the answer says
 * none when every open case has one.
 */
export function asksUnassigned(text: string): boolean {
  return (
    NO_ONE_WORKS.test(text) && QUEUE_WORDS.test(text) && !/\b(?:deals?|leads?|accounts?|tasks?)\b/i.test(text)
  );
}

/** Whose work a question asks about: the caller's own, one colleague's (their name as said) or the whole team's. */
export type Workload = { whose: 'mine' } | { whose: 'agent'; owner: string } | { whose: 'team' };

/** The words of someone's work: a workload, caseload, queue, or what is on their plate. */
const WORK_NOUN = String.raw`(?:work\s*load|case\s*load|ticket\s*load|plate|queue)`;
const MY_WORK = new RegExp(
  String.raw`\bon\s+my\s+plate\b|\bmy\s+(?:current\s+)?${WORK_NOUN}\b|\bwhat\s+(?:have\s+i\s+got|do\s+i\s+have)\s+on\b|\bhow\s+busy\s+am\s+i\b`,
  'i',
);
const TEAM_WORK = new RegExp(
  String.raw`\b(?:team|every(?:one|body))(?:['’]s|s)?\s+(?:current\s+)?${WORK_NOUN}\b`,
  'i',
);
/**
 * Caseloads set side by side ("who's overloaded, me or anna?", "who is busier, riley or anna", "who
 * has more on their plate", "am i busier than anna?", "which of us is the most swamped"): every
 * agent's open cases, the two named among them.
 */
const WORK_COMPARED =
  /\b(?:who(?:'s|’s|s|\s+is|\s+has)?|which\s+(?:of\s+us|agent|one)\s+(?:is|has))\s+(?:the\s+)?(?:more\s+|most\s+)?(?:overloaded|over\s*worked|busier|busiest|swamped|slammed|stretched|snowed\s+under|(?:more|most)\s+(?:loaded|on\s+(?:their|his|her|the)\s+plate|work|cases|tickets))\b|\b(?:am\s+i|is\s+[a-z]+)\s+(?:busier|more\s+(?:overloaded|swamped|loaded|stretched))\s+than\b/i;
/** A word right before someone's work: the name said before it ("anna's workload", "annas queue"). */
const BEFORE_WORK = new RegExp(String.raw`([a-z][a-z'’-]*)\s+(?:current\s+)?${WORK_NOUN}\b`, 'gi');
/** "how busy is anna", "how swamped is riley park": group 1 the person. */
const HOW_BUSY =
  /\bhow\s+(?:busy|loaded|swamped|stretched|snowed\s+under)\s+is\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\s*[?.!]*\s*$/i;
/** Words that are no one's name: pronouns, question and filler words, the team. */
const NOT_A_NAME = new Set(
  "i me my mine you your yours he him his she her hers it its they them their theirs we us our ours the a an this that these those what whats what's how hows how's who whos is are on at about of for in with and so ok okay hey pls please show tell check see looking like team support everyone everybody someone somebody anyone nobody current".split(
    ' ',
  ),
);
/** How to do something in the product ("how do i manage my workload in crmpro"): no one's work. */
const HOW_TO_WORK =
  /^\s*(?:how\s+(?:do|can|should|would|could)\s+(?:i|we|you)|is\s+there\s+a\s+way)\b|\bfeature\b/i;

/** The name in a possessive ("anna's", "annas"), or undefined when the word is no name. */
function possessor(word: string): string | undefined {
  const lower = word.toLowerCase();
  const name = /['’]s$/.test(lower)
    ? lower.slice(0, -2)
    : lower.length >= 4 && lower.endsWith('s')
      ? lower.slice(0, -1)
      : '';
  return name && !NOT_A_NAME.has(name) && !NOT_A_NAME.has(lower) ? name : undefined;
}

/**
 * Whose work a message asks about: "what's on my plate at the moment", "my workload?", "how busy am
 * i" the caller's; "what's anna's workload looking like", "annas queue", "how busy is anna" that
 * colleague's; "the team's workload" everyone's. Undefined when it asks about no one's work, or how
 * to manage work in the product. Support reads it as open cases (the root dialog decides by role).
 */
export function workloadOf(text: string): Workload | undefined {
  if (HOW_TO_WORK.test(text)) return undefined;
  if (WORK_COMPARED.test(text)) return { whose: 'team' };
  if (MY_WORK.test(text)) return { whose: 'mine' };
  if (TEAM_WORK.test(text)) return { whose: 'team' };
  for (const found of text.matchAll(BEFORE_WORK)) {
    const name = possessor(found[1]!);
    if (!name) continue;
    const before = /(?:^|\s)([a-z][a-z'’-]*)\s+$/i
      .exec(text.slice(0, found.index))?.[1]
      ?.toLowerCase()
      .replace(/’/g, "'");
    const first = before && !NOT_A_NAME.has(before) ? `${before} ` : '';
    return { whose: 'agent', owner: `${first}${name}` };
  }
  const busy = HOW_BUSY.exec(text)?.[1]?.toLowerCase();
  if (busy && !NOT_A_NAME.has(busy.split(/\s+/)[0]!)) return { whose: 'agent', owner: busy };
  return undefined;
}

const MY_CASES =
  /\b(?:my|mine)\s+(?:(?:open|current|active|outstanding|unresolved|urgent|critical|p1|(?:high|low|normal|medium|urgent)[-\s]priority)\s+)*(?:support\s+)?(?:cases|tickets)\b|\b(?:cases|tickets)\s+(?:(?:are|is|that are|which are)\s+)?(?:assigned to|owned by|on|with)\s+me\b|\bwhat(?:'s| is| am I)\s+working on\b|(?<!\bin\s)\b(?:cases?|tickets?)\s+(?:(?:do|did)\s+)?i\s+(?:have|own|got)\b|\b(?:cases|tickets)\s+(?:have\s+i\s+got|am\s+i\s+(?:on|working|handling))\b|\bmy\s+(?:support\s+|case\s+|ticket\s+)?queue\b|\bmy\s+(?:oldest|longest[-\s]open|most\s+(?:urgent|important|critical|pressing)|highest[-\s]priority|top[-\s]priority|next)\s+(?:open\s+)?(?:support\s+)?(?:case|ticket)\b/i;
/**
 * The caller asking which of their cases to work on next ("which case should i pick up first",
 * "what ticket should i tackle next", "what should i work on first", "where do i start with my
 * queue"): their own open cases, the most urgent picked (priority, then the SLA due soonest).
 */
const NEXT_FOR_ME =
  /\b(?:which|what)\s+(?:(?:case|ticket|one)\s+)?(?:should|do|shall|must)\s+i\s+(?:pick\s+up|pick|take(?:\s+on)?|work\s+on|tackle|handle|start\s+(?:with|on)|do|look\s+at|deal\s+with|grab|answer)\s+(?:first|next|now)\b|\bwhere\s+(?:should|do)\s+i\s+start\b[\s\S]*\b(?:cases?|tickets?|queue)\b|\b(?:which|what)\s+(?:case|ticket)\s+(?:first|next)\b/i;

/** The order one case is picked by: most urgent, due first, or opened longest ago. */
export type OneCaseOrder = 'priority' | 'due' | 'oldest';

/**
 * One case picked from the caller's own ("the most urgent thing in my queue", "which of my tickets
 * is due first", "whats the oldest ticket i have"): the order it is picked by.
 */
const PICK_ONE: readonly (readonly [RegExp, OneCaseOrder])[] = [
  [
    /\b(?:most\s+(?:urgent|important|critical|pressing)|highest[-\s]priority|top[-\s]priority)\b/i,
    'priority',
  ],
  [/\b(?:due\s+(?:first|soonest|next)|(?:earliest|soonest|next)\s+(?:due|deadline))\b/i, 'due'],
  [
    /\b(?:oldest|longest[-\s](?:open|running|standing|waiting)|(?:open|waiting)\s+(?:the\s+)?longest)\b/i,
    'oldest',
  ],
];
/**
 * The customer waiting longest on us, said of every open case ("who's waiting longest", "which
 * customer has been waiting the longest", "longest waiting ticket"): the oldest open case.
 */
/**
 * The cases waiting longest, several of them ("which cases have been waiting on us the longest",
 * "longest-open tickets", "tickets sitting the longest"): the open cases, oldest first.
 */
const WAITING_LONGEST_CASES =
  /\b(?:which|what)\s+(?:cases|tickets|customers|clients)\s+(?:have\s+been|are|'ve\s+been|been)\s+(?:waiting|open|sitting)(?:\s+(?:on|for)\s+(?:us|support|a\s+reply|an\s+answer))?\s+(?:the\s+)?longest\b|\blongest[-\s](?:waiting|open|running|standing)\s+(?:cases|tickets)\b|\b(?:cases|tickets)\s+(?:waiting|open|sitting)(?:\s+(?:on|for)\s+(?:us|support|a\s+reply|an\s+answer))?\s+(?:the\s+)?longest\b/i;
const WAITING_LONGEST =
  /\bwho(?:'s|s|\s+is|\s+has)?\s+(?:been\s+)?waiting\s+(?:the\s+)?longest\b|\b(?:which|what)\s+(?:customer|client|account|case|ticket|one)\s+(?:has\s+been|is|'s|s)\s+(?:waiting|open)\s+(?:the\s+)?longest\b|\blongest[-\s](?:waiting|open|running|standing)\s+(?:case|ticket|customer|client)\b/i;
/**
 * A case not closed, said in other words ("nobody has closed yet", "that hasn't been resolved", "not
 * yet closed", "still open", "unresolved"): an open or pending case, as "open" reads everywhere.
 */
const NOT_CLOSED = String.raw`(?:(?:that|which)\s+)?(?:(?:no\s*(?:one|body)|no-one)\s+(?:has\s+|have\s+|'s\s+)?(?:yet\s+)?(?:closed|resolved|solved|fixed)|(?:has|have|is|was)(?:n[’']?t|\s+not)\s+(?:yet\s+)?(?:been\s+)?(?:closed|resolved|solved|fixed)|(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:closed|resolved|solved|fixed)|(?:(?:that|which)\s+(?:is|are|'s)\s+)?(?:still\s+)?(?:open|unresolved|unsolved|outstanding|pending|in\s+the\s+queue))(?:\s+yet)?`;
/**
 * The one oldest case of every open case ("what's the oldest case nobody has closed yet", "oldest
 * ticket that hasn't been closed", "the oldest open ticket?", "which is the oldest unresolved case"):
 * "case" said once, an age word before it and nothing after it but words of not being closed or of
 * now. "Oldest open cases" is the list, oldest first; "my oldest case" the caller's own.
 */
const ONE_OLDEST = new RegExp(
  String.raw`^\s*(?:(?:so|and|ok|okay|hey)\s*,?\s*)?(?:(?:what(?:'s|’s|s|\s+is)|which(?:'s|’s|\s+is)|show(?:\s+me)?|give\s+me|find(?:\s+me)?|get(?:\s+me)?|tell\s+me)\s+)?(?:(?:the|our)\s+)?(?:very\s+)?(?:oldest|longest[-\s]open|stalest)\s+(?:(?:open|unresolved|unsolved|outstanding|pending|active|support|unclosed|still[-\s]open)\s+)*(?:case|ticket)(?:\s+(?:${NOT_CLOSED}|we\s+have|right\s+now|now|at\s+the\s+moment|currently|overall|of\s+all))*\s*[?.!]*\s*$`,
  'i',
);
/** The order one case is picked by when a message asks for one case ("anna's oldest case"), not a list. */
function oneCasePicked(text: string): OneCaseOrder | undefined {
  if (!/\b(?:case|ticket)\b/i.test(text) || /\b(?:cases|tickets)\b/i.test(text)) return undefined;
  return PICK_ONE.find(([words]) => words.test(text))?.[1];
}
const BREACHING =
  /\b(?:cases|tickets)\b[\s\S]*\b(?:breach(?:es|ed|ing)?|miss(?:es|ed|ing)?|past|over|overdue|late)\b[\s\S]*\bSLAs?\b|\bSLAs?\b[\s\S]*\b(?:breach(?:es|ed|ing)?|due|miss(?:es|ed|ing)?)\b|\boverdue\s+(?:cases|tickets)\b|\b(?:blow|blew|blown|blowing|break|broke|broken|breaking|bust|busted|busting|miss|missed|missing|breached)(?:\s+(?:through|past|over))?\s+(?:its|their|the|an?|our)?\s*SLAs?\b/i;
/**
 * Our cases against their SLA, said with a verb of breaching or being due ("anything breaching sla
 * today?", "which cases are about to breach", "what's due by end of day", "tickets running late").
 */
const BREACHING_WORDS =
  /\b(?:breach(?:es|ed|ing)?|about\s+to\s+(?:breach|miss|blow|expire|lapse)|(?:(?:miss|blow|bust|break)(?:es|s|ed|ing)?|blew|blown|broke|broken)(?:\s+(?:through|past|over))?\s+(?:its|their|the|our|an?|any)?\s*slas?|past\s+(?:the\s+|its\s+|their\s+)?slas?)\b/i;
/** "right now", "currently": the breaches there are now, not those still to come today. */
const RIGHT_NOW = /\b(?:right\s+now|as\s+of\s+now|currently|at\s+the\s+moment|atm|rn)\b/i;
/**
 * A breach said as done ("past their SLA", "already missed sla", "have blown the sla"): like "right
 * now", only the cases already past their due time (docs/support.md), none still to fall due today.
 */
const ALREADY_PAST =
  /\bpast\s+(?:the\s+|its\s+|their\s+|our\s+)?slas?\b|\balready\b[\s\S]*\b(?:breach|miss|blow|blew|blown|broke|past|over)|\b(?:have|has|'ve)\b[\s\S]{0,40}?\b(?:breached|missed|blown|broken|gone\s+(?:past|over))\b/i;
/** The caller's own cases in a breach question ("which of my cases", "tickets assigned to me", "mine"). */
const MY_OWN = /\b(?:my|mine)\b|\b(?:assigned\s+to|owned\s+by|with)\s+me\b/i;
/** Being due or late: about cases only when cases or tickets are named ("tasks due today" are tasks). */
const DUE_WORDS =
  /\b(?:overdue|past\s+due|running\s+late|late|due\s+(?:today|tonight|by|soon|first|next|this|in\s+the\s+next|within))\b/i;
/** Words of a support case ("cases", "tickets", "sla", "anything" on its own asks about them too). */
const CASE_WORDS = /\b(?:cases?|tickets?|slas?|escalations?|queue)\b/i;
/** Questions about the SLA policy, not our cases: what it promises, what happens if it is missed. */
const SLA_POLICY =
  /\b(?:response\s+times?|respond|reply|replies|how\s+(?:fast|quick(?:ly)?|long|soon)|guarantee\w*|commit\w*|promis\w*|uptime|credits?|penalt\w*|compensat\w*|refunds?|entitled|what\s+happens|if\s+(?:we|you|they)|plans?|tiers?|contracts?|policy|define|definition|mean)\b/i;
/**
 * The rule between our cases and the SLA policy: a question about cases, tickets, support or the
 * SLA that asks what is promised (response times, how fast, uptime, credits, what happens if it is
 * missed, by plan or contract) is about the policy, for the documentation; one that asks which cases
 * breach, are due or late (and names no policy word) is about our cases.
 */
export function isSupportPolicyQuestion(text: string): boolean {
  // "commit vs best case": a forecast category is no support case.
  const words = text.replace(NOT_A_SUPPORT_CASE_ANYWHERE, ' ');
  return /\b(?:sla|tickets?|cases?|support|incidents?)\b/i.test(words) && SLA_POLICY.test(text);
}

/** "use cases", "in case", "case study": the word case not meaning a support case. */
const NOT_A_SUPPORT_CASE =
  /\b(?:use|test|edge|business|worst|best)[- ]cases?\b|\bin\s+case\b|\bcase\s+stud(?:y|ies)\b|\bjust\s+in\s+case\b/i;
/** Every place of those words (only ever given to `replace`, which starts each search from the start). */
const NOT_A_SUPPORT_CASE_ANYWHERE = new RegExp(NOT_A_SUPPORT_CASE.source, 'gi');
/**
 * Every open case ("all open cases", "what tickets do we have open", "open cases?", "how many open
 * support cases are there in total", "total open tickets"), not one account's.
 */
const ALL_CASES =
  /^\s*(?:(?:show|list|give|get|pull\s+up|what\s+are|what|which|any|how\s+many|(?:the\s+)?total(?:\s+number\s+of)?|(?:the\s+)?number\s+of)\s+(?:me\s+)?)?(?:(?:all|every|the|our|any|open|current|active|outstanding|pending|support)\s+)*(?:cases|tickets|case|ticket)\b(?:\s+(?:do\s+we\s+have|are\s+there|is\s+there|are|is|we\s+have|there\s+are))?(?:\s+(?:open|still\s+open|outstanding|pending|right\s+now|now|today|at\s+the\s+moment|atm|rn|currently|in\s+total|total|altogether|overall|in\s+all|all\s+told|across\s+(?:the\s+)?(?:team|board|company)))*\s*[?.!]*\s*$/i;
/** "handover: what's still open for the whole support team": every open case, said of the team. */
const OPEN_FOR_SUPPORT =
  /\bwhat(?:'s|s|\s+is)\s+(?:still\s+)?(?:open|outstanding|pending|unresolved)\b[\s\S]*\bsupport\b|\bsupport\b[\s\S]*\bwhat(?:'s|s|\s+is)\s+(?:still\s+)?(?:open|outstanding|pending|unresolved)\b/i;

/**
 * Every open case, perhaps of one priority or oldest first ("high priority cases open", "oldest open
 * cases?", "urgent tickets"): the words of the filter are read away and the rest must ask for every case.
 */
function openCasesFiltered(text: string): CaseListFilters | undefined {
  const filters = caseListFiltersOf(text);
  if (!filters.priority && !filters.priorities && !filters.order)
    return ALL_CASES.test(text.replace(/\b(?:on\s+hold|waiting\s+on\s+(?:the\s+)?customers?)\b/gi, 'pending'))
      ? filters
      : undefined;
  const rest = text
    .replace(SEVERAL_PRIORITIES, ' ')
    .replace(
      /\b(?:urgent|critical|p1|high|normal|medium|low)(?:[-\s]priority)?\b|\bpriority\s+(?:high|normal|medium|low)\b/gi,
      ' ',
    )
    .replace(/\b(?:the\s+)?(?:oldest|newest|latest|most\s+recent|recent|stalest)\b/gi, ' ')
    .replace(/\s{2,}/g, ' ');
  return ALL_CASES.test(rest) ? filters : undefined;
}

/**
 * One case by its number: "case 1207", "ticket #1207", "case no. 1207", a bare "#1207" (case
 * numbers start at 1000), or a bare number whose status is asked ("whats the status of 1207": no
 * other record has a number). Asking about its messages or a reply to them is agent assist's.
 */
const CASE_NUMBER =
  /\b(?:case|ticket)\s*(?:number\s*|no\.?\s*|nr\.?\s*)?#?\s*(\d{1,9})\b|(?:^|\s)#(\d{4,9})\b|\bstatus\s+(?:of|on|for)\s+(\d{4,9})\s*[?.!]*\s*$|\b(?:case|ticket)\s+(?:is|was|'s|’s)\s+(?:number\s+|no\.?\s*)?#?(\d{4,9})\s*[?.!]*\s*$|\bwho(?:'s|’s|s|\s+is)?\s+(?:on|handling|working\s+on|got|has|owns|assigned(?:\s+to)?)\s+#?(\d{4,9})\s*[?.!]*\s*$|\b(?:how|when)\s+(?:was|were|did\s+(?:we|you|they|support|someone|anyone)|has|had|is)\s+#?(\d{4,9})\s+(?:(?:get|got|been|being)\s+)?(?:resolved|fixed|solved|closed|sorted|handled|resolve|fix|solve|close|handle)\b|\b(?:resolution|fix|solution|outcome)\s+(?:of|for|on|to)\s+#?(\d{4,9})\b|\bhow\s+(?:did|do)\s+(?:we|you|they|support|someone|anyone)\s+(?:fix|resolve|solve|close|handle|sort\s+out)\s+#?(\d{4,9})\b/i;
/**
 * Asking who works a case given by its number ("whose case is 1206", "who has ticket 1205", "who's
 * on #1207", "which agent is handling case 1201", "1206 - who's it assigned to"): the support agent
 * working it, said with the case's account.
 */
const WHO_WORKS_CASE =
  /\bwhose\s+(?:case|ticket|is)\b|\bwho(?:'s|’s|s|\s+is|\s+was)?\s+(?:on|handling|working(?:\s+on)?|assigned|got|has|owns|owning|taking|dealing\s+with|looking\s+(?:at|after))\b|\bwho(?:'s|’s|s|\s+is)?\s+(?:it|that|this)\s+(?:assigned\s+to|with)\b|\bassigned\s+to\s+whom\b|\b(?:which|what)\s+(?:agent|person|specialist|engineer|one\s+of\s+us)\s+(?:has|owns|is\s+(?:on|handling|working))\b|\b(?:owner|assignee)\s+of\b/i;
const ABOUT_ITS_MESSAGES = /\b(?:messages?|e-?mails?|repl(?:y|ies)|respon(?:d|se)|answer|draft)\b/i;

/** The case number a message asks about, unless it asks about the case's messages. */
function caseNumberIn(text: string): number | undefined {
  const found = CASE_NUMBER.exec(text);
  if (!found || ABOUT_ITS_MESSAGES.test(text)) return undefined;
  return Number(found[1] ?? found[2] ?? found[3] ?? found[4] ?? found[5] ?? found[6] ?? found[7] ?? found[8]);
}

/**
 * How an account's latest case about something was fixed ("the last umbrella invoice ticket - how
 * did we fix it?", "what was the resolution of the latest globex login case"): group 1 the
 * account's name with what the case was about ("umbrella invoice").
 */
const CASE_FIX =
  /^(?=[\s\S]*\b(?:how\s+(?:did|do|was|were)\s+(?:we\s+|you\s+|they\s+|support\s+|it\s+)?(?:fix|fixed|resolve|resolved|solve|solved|sort(?:ed)?\s+(?:it\s+)?out|close|closed)|what\s+(?:was|were)\s+the\s+(?:fix|resolution|solution)|what\s+fixed\s+it)\b)[\s\S]*?\b(?:the\s+)?(?:last|latest|most\s+recent|previous)\s+([\w&.'’ -]+?)\s+(?:case|ticket|issue)\b/i;

/** "I", "me", "my": the caller's own cases. */
const MINE = /\b(?:i|me|my|mine)\b/i;

/**
 * Cases said to be someone's by "have": "how many open cases does anna have", "what tickets does
 * initech have open". Group 1 the holder, an account or a support agent (the handler tells them apart).
 */
const CASES_HELD =
  /\b(?:cases|tickets)\s+(?:does|do|has|did)\s+(?!(?:he|she|they|it|we|you|i|that|this|the\s+team|anyone|everyone|each|every)\b)([a-z][\w&.'’ -]*?)\s+(?:have|got|own|hold|handle)\b(?:\s+(?:open|outstanding|pending|right\s+now|now|today|currently|at\s+the\s+moment))*\s*[?.!]*\s*$/i;
/**
 * Cases said to be someone's by "has" with no verb after the name ("how many open cases has anna
 * now", "how many tickets has riley park at the moment"). Group 1 the holder; "have been opened",
 * "have we got", "have there been" name no one.
 */
const CASES_HAS =
  /\b(?:cases|tickets)\s+(?:has|have)\s+(?!(?:he|she|they|it|we|you|i|that|this|these|those|the|there|anyone|anybody|everyone|everybody|someone|somebody|each|every|been|got|come|gone|had|to|not|no|any|some|all|already|just|still|ever|never|recently|since|so|now|open|closed)\b)(?![a-z]{3,}ed\b)([a-z][\w&.'’-]*(?:\s+(?!(?:now|open|got|right|today|currently|at|atm|rn|in|on|this|these|so|far|yet|still|outstanding|pending)\b)[a-z][\w&.'’-]*)?)(?:\s+(?:got|open|outstanding|pending|right\s+now|now|today|currently|at\s+the\s+moment|atm|rn|so\s+far|still))*\s*[?.!]*\s*$/i;
/**
 * Whether an account has cases, said with the account first ("does stark industries have any open
 * tickets", "has globex got open cases?", "do umbrella have any support tickets open"). Group 1 the account.
 */
const HAS_CASES =
  /^\s*(?:and\s+|so\s+)?(?:does|do|has)\s+(?!(?:he|she|they|it|we|you|i|anyone|anybody|everyone|the\s+team)\b)([a-z][\w&.'’ -]*?)\s+(?:have|has|got|still\s+have)\s+(?:any\s+|some\s+)?(?:(?:open|outstanding|pending|active|current|unresolved|support)\s+)*(?:cases|tickets|case|ticket|issues\s+open)\b(?:\s+(?:open|outstanding|pending|right\s+now|now|today|currently|at\s+the\s+moment|with\s+(?:us|support)))*\s*[?.!]*\s*$/i;
/**
 * "check whether stark industries has any open tickets", "see if globex has open cases": the same
 * question as "does … have", asked indirectly (the lead-in is read as "does").
 */
const WHETHER_FIRST =
  /^\s*(?:(?:check|see|find\s+out|look|tell\s+me|let\s+me\s+know|know)\s+)?(?:whether|if)\s+(?=\S)/i;
/** Words after "tickets at …" that say when, not whose: "open tickets at the moment", "at present". */
const TIME_NOT_AN_ACCOUNT =
  /^(?:the\s+)?(?:moment|minute|mo|present|time|end\s+of\s+(?:the\s+)?(?:day|week|month|quarter)|this\s+(?:point|stage|time))\b/i;

/** An account read after "cases at" unless the words are a time ("cases at the moment"). */
function notATime(match: RegExpExecArray | null): RegExpExecArray | null {
  return match && TIME_NOT_AN_ACCOUNT.test(match[1]!) ? null : match;
}
const ACCOUNT_CASES =
  /\b(?:open\s+|all\s+|current\s+|support\s+)*(?:cases|tickets)\s+(?:for|of|at|from)\s+(.+?)(?:\s*,?\s+(?:that|which|who|including|incl\.?|even|plus)\s.*)?\s*[?.!]*\s*$/i;
/**
 * An account's cases asked whether any is still open, the account said first:
 * "acme cases - anything still open?", "globex tickets, any of them open". The pattern reads only
 * the words from "cases" on; the account is what comes before them (see accountBeforeStillOpen).
 * A lazy capture of the account before them would backtrack over a long run of spaces.
 */
const CASES_STILL_OPEN_ENDING =
  /(?:^|\s)(?:support\s+)?(?:cases|tickets)(?:\s*[-–—:,]\s*|\s+)(?:(?:is|are)\s+)?(?:there\s+)?(?:anything|any(?:\s+of\s+them)?|something)\s+(?:still\s+)?(?:open|outstanding|unresolved)\b[^?.!]*[?.!]*\s*$/i;
/**
 * The same asked with the account beside "support": "anything still open for initech on the
 * support side", "does hooli have anything open with support". Group 1: the account.
 */
const ACCOUNT_STILL_OPEN_WITH_SUPPORT = [
  /^\s*(?:is\s+(?:there\s+)?)?(?:anything|any\s+cases?|any\s+tickets?|something)\s+(?:still\s+)?(?:open|outstanding|unresolved)\s+(?:for|at|with)\s+(.+?)\s+(?:on\s+the\s+support\s+side|with\s+support|in\s+support)\s*[?.!]*\s*$/i,
  /^\s*(?:does|do|has)\s+(.+?)\s+(?:have|got)\s+(?:anything|something|any\s+issues?|any\s+problems?)\s+(?:still\s+)?(?:open|outstanding|unresolved)\s+(?:with\s+support|on\s+the\s+support\s+side|in\s+support|with\s+us)\s*[?.!]*\s*$/i,
];

/** The account named before "cases - anything still open?", in the shape of a pattern's match (group 1). */
function accountBeforeStillOpen(text: string): [string, string] | undefined {
  const ending = CASES_STILL_OPEN_ENDING.exec(text);
  if (!ending) return undefined;
  const account = text
    .slice(0, ending.index)
    .trim()
    .replace(/^(?:and|so|ok|okay)\b\s*,?\s*/i, '')
    .replace(/^the\s+/i, '')
    .replace(/['’]s$/, '');
  return account ? [text, account] : undefined;
}
const CUSTOMER_VIEW =
  /\b(?:custo?m[eo]r\s+view|custo?m[eo]r\s+profile|support\s+view|full\s+picture)\s+(?:for|of|on)\s+(.+?)\s*[?.!]*\s*$/i;
/**
 * The customer view asked with the name straight after it or before it, as a command ("customer view
 * falcon transport", "support view: initech", "pull up the stark industries customer view"). Group 1
 * or 2 the name; a question about the view itself ("what is the customer view") names nothing. The
 * name starts and ends on a non-space (it is trimmed anyway): a name that could end in a space made
 * a long run of spaces quadratic, every split of it between the name and the spaces after it tried.
 */
const CUSTOMER_VIEW_NAMED =
  /^\s*(?:(?:show|give|get|open|pull\s+up|bring\s+up|load)\s+(?:me\s+)?)?(?:the\s+)?(?:custo?m[eo]r|support|client)[-\s]+(?:view|profile|overview)\s*[:\-–—,]?\s+(?!(?:for|of|on|about|is|does|do|work|works|show|shows|please|pls)\b)([\w&.'’-](?:[\w&.'’ -]*?[\w&.'’-])?)\s*[?.!]*\s*$|^\s*(?:(?:show|give|get|open|pull\s+up|bring\s+up|load)\s+(?:me\s+)?)?(?:the\s+)?(?!(?:what|whats|what's|how|where|why|when|is|are|does|do|can|could|a|an|my|your|our|this|that|in|explain)\b)([\w&.'’-](?:[\w&.'’ -]*?[\w&.'’-])?)(?:'s|’s)?\s+(?:custo?m[eo]r|support|client)[-\s]+(?:view|profile|overview)\s*(?:please|pls)?\s*[?.!]*\s*$/i;
/**
 * "stark industries is on the phone, pull up everything on them", "okafor & navarro on the phone,
 * whats open for them": the customer calling, as support sees them (without "is", the call ends the
 * clause, so "i was on the phone with globex" is no caller). The words after it are group 2.
 */
const ON_THE_PHONE =
  /^\s*(?:(?:hey|ok|okay|so)\b\s*(?:,\s*)?)?([\w&.'’-][\w&.'’ -]{0,58}?[\w&.'’-])\s+(?:(?:is|are|'s)\s+(?:on\s+the\s+(?:phone|line)|calling(?:\s+(?:in|us|now))?|on\s+hold)\b|(?:on\s+the\s+(?:phone|line)|calling(?:\s+(?:in|us|now))?|on\s+hold)(?=\s*(?:[,;:.!?–—-]|$)))([\s\S]*)$/i;
/** A caller's words that are someone putting a call through, not the one calling ("put acme on hold"). */
const NOT_A_CALLER =
  /^(?:put|place|keep|leave|i|we|you|he|she|they|someone|somebody|a\s+customer|a\s+client)\b/i;
/** "customer from initech", "someone at globex": the account is the one calling. */
const SOMEONE_FROM =
  /^(?:(?:a|the|our)\s+)?(?:customer|client|contact|someone|somebody|person|guy|lady|woman|man|user|admin)\s+(?:from|at|over\s+at)\s+/i;
/** After the caller: asking what they have open ("whats open for them", "any open tickets?"). */
const ASKS_OPEN = /\b(?:open|outstanding|pending|unresolved|cases?|tickets?|issues?)\b/i;
/** "who is Jane Cooper" — a name (capitalised words) or an e-mail, not "who is the decision maker at …". */
const WHO_IS = /^\s*who(?:'s|\s+is)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}|\S+@\S+\.\w+)\s*\??\s*$/;
/** "how does David Nguyen prefer to be contacted", "what language does Nancy Johnson prefer": a contact's preferences. */
const PREFERS = /\b(?:does|do|would)\s+([a-z][\w'’-]+(?:\s+[a-z][\w'’-]+){1,2})\s+(?:prefer|like to be)\b/i;
const NOT_A_PERSON = /^(?:i|we|you|they|he|she|the customer|the client|our customers?|my team|the team)$/i;
const ASSIST =
  /^\s*(?:(?:please\s+)?suggest\s+(?:a\s+|an\s+)?(?:reply|response|answer)(?:\s+(?:to|for)|(?=\s*:))|draft\s+(?:a\s+)?(?:reply|response)(?:\s+(?:to|for)|(?=\s*:))|how\s+(?:should|do|can|would)\s+I\s+(?:answer|reply\s+to|respond\s+to)|help\s+me\s+(?:answer|reply\s+to|respond\s+to))(?:\s+(?:this|the customer|the question))?\s*:?\s*([\s\S]+?)\s*$/i;

/**
 * A customer's message pasted in quotes, then the request for a reply ('customer wrote: "…" -
 * suggest a reply', '"…" how should I answer this?'): the quoted message is the question.
 */
const QUOTED_THEN_ASSIST =
  /^[^"“]{0,80}["“]([^"”]{5,})["”]\s*[-–—,.:;]*\s*(?:(?:please|pls|can you|could you)\s+)?(?:(?:suggest|draft|write)\s+(?:me\s+)?(?:a\s+|an\s+)?(?:reply|response|answer)|how\s+(?:should|do|can|would)\s+I\s+(?:answer|reply|respond)|help\s+me\s+(?:answer|reply|respond))\b[^"“]*$/i;

const PRIORITY_WORDS: readonly (readonly [RegExp, CasePriority])[] = [
  [
    /[,;(]?\s*\b(?:urgent(?:ly)?|critical|emergency|asap|sev(?:erity)?\s*1|p1)\b(?:\s+priority)?\)?/gi,
    'urgent',
  ],
  [/[,;(]?\s*\b(?:high(?:[-\s]priority)?|priority\s+high|important)\b\)?/gi, 'high'],
  [/[,;(]?\s*\b(?:low(?:[-\s]priority)?|priority\s+low|not urgent|no rush)\b\)?/gi, 'low'],
  [/[,;(]?\s*\b(?:normal|medium)(?:[-\s]priority)?\b\)?/gi, 'normal'],
];

/** A case's words without the chat politeness at their end ("…, urgent pls" → "…"). */
function withoutPoliteEnd(text: string): string {
  // Scanned from the end: a pattern anchored at the end would be retried from every character of a
  // long run of spaces or stops (quadratic on hostile input).
  let rest = withoutTrailingSeparators(text);
  for (let polite = POLITE_END.exec(rest); polite; polite = POLITE_END.exec(rest))
    rest = withoutTrailingSeparators(rest.slice(0, polite.index));
  return rest.trim();
}

const POLITE_END = /(?<![A-Za-z0-9_])(?:pls|plz|please|thanks|thx|ty|asap)$/i;

function withoutTrailingSeparators(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s,;:.!-]/.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** The priority a case's words ask for (default normal), and the words without it. */
export function priorityIn(text: string): { priority: CasePriority; rest: string } {
  for (const [pattern, priority] of PRIORITY_WORDS) {
    if (patternOf(pattern.source, 'i').test(text)) {
      const rest = withoutPoliteEnd(
        text
          .replace(pattern, '')
          .replace(/\s+priority\b/i, '')
          .replace(/\s{2,}/g, ' '),
      );
      return { priority, rest };
    }
  }
  return { priority: 'normal', rest: withoutPoliteEnd(text) };
}

/** A case's subject from the problem said: its first sentence, capitalised, at most 120 characters. */
export function subjectOf(text: string): string {
  const firstSentence = text.split(/(?<=[.!?])\s+|\n/)[0] ?? text;
  const subject = firstSentence.length > 120 ? `${firstSentence.slice(0, 117)}…` : firstSentence;
  return subject.charAt(0).toUpperCase() + subject.slice(1);
}

/** An e-mail address in a message (starting where a run of address characters starts, as BEFORE_CASES). */
const EMAIL_ADDRESS = /(?<![\w.+'-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)+/;
/** A phone number in a message: a leading + or ( and at least seven digits, spaces, dots and dashes between. */
const PHONE_NUMBER = /(?:\+|\(|\b)\d[\d\s().-]{5,}\d\b/;
/**
 * Asking who is behind an address or number ("look up ava.wood@umbrellacorp.co.uk", "who has the
 * number +1 (713) 555-0177", "whose email is …", "caller on +44 20 7946 0018, who is it", "find the
 * contact with phone …"): the words of a lookup with it; the address or number alone asks nothing.
 */
const LOOKUP_WORDS =
  /\b(?:look\s*(?:up|for)|lookup|find|search|who(?:'s|s|\s+is|\s+has|\s+owns|\s+uses)?|whose|which\s+(?:contact|person|customer|account|client)|identify|confirm|check|pull\s+up|belongs?\s+to)\b/i;
/** Writes that carry an address or number ("new lead: …, john@hooli.com", "email jane@x.com the quote"). */
const WRITE_WITH_ADDRESS =
  /\b(?:new\s+lead|add\s+(?:a\s+)?(?:lead|contact)|create|log\s+(?:a\s+)?(?:call|email|meeting)|send|draft|update|change|set|subscribe|unsubscribe|opt(?:ed)?\s+out|export|import|erase|delete|forget)\b/i;

/** The address or number whose contact is asked, if a message asks only that. */
function contactAddressAsked(text: string): string | undefined {
  if (WRITE_WITH_ADDRESS.test(text)) return undefined;
  const email = EMAIL_ADDRESS.exec(text)?.[0];
  const phone = email ? undefined : PHONE_NUMBER.exec(text)?.[0];
  const address = email ?? phone;
  if (!address) return undefined;
  if (phone && phone.replace(/\D/g, '').length < 7) return undefined;
  // A case number or an amount is no phone number: it needs a lookup word and no case word.
  if (phone && /\b(?:cases?|tickets?|deals?|orders?|invoices?|\$|usd|eur)\b/i.test(text)) return undefined;
  // The address alone (a reply to "what's their e-mail?") is no lookup: the words must ask one.
  const rest = text
    .replace(address, ' ')
    .replace(
      /\b(?:e-?mail(?:\s+address)?|address|phone|number|no\.?|tel|mobile|cell|contact|the|a|an|with|of|at|on|from|for|this|that|is|it|please|pls|can\s+you|could\s+you)\b/gi,
      ' ',
    )
    .replace(/[\s?.!,:;()-]+/g, ' ')
    .trim();
  return LOOKUP_WORDS.test(text) && rest !== '' ? address.trim() : undefined;
}

/**
 * Cases about a topic, one or several said with "or" ("any open tickets about two-factor or mfa",
 * "cases regarding invoices", "show tickets mentioning sso / login", "open issues related to the
 * import"): group 1 the topics. "About to breach" is a breach; "about it" points back.
 */
const CASES_ABOUT =
  /\b(?:cases|tickets|case|ticket|issues)\s+(?:(?:that\s+are|which\s+are|are)\s+)?(?:(?:still\s+)?open\s+)?(?:about|regarding|re:?|concerning|mentioning|related\s+to|to\s+do\s+with|involving|on\s+the\s+(?:topic|subject)\s+of)\s+(?!(?:to|it|its|that|this|them|those|these|him|her|us|me)\b)(.+?)\s*[?.!]*\s*$/i;
/** Words around a topic that are not it ("the", "any", "problems with"). */
const TOPIC_FILLER =
  /^(?:the|a|an|any|our|their|some)\s+|\s+(?:problems?|issues?|errors?|failures?|stuff|things?)$|^(?:problems?|issues?|trouble)\s+(?:with|on)\s+(?:the\s+)?/gi;

/** The topics of a question about cases on a topic, if it is one. */
function caseTopicsOf(text: string): string[] | undefined {
  const found = CASES_ABOUT.exec(text)?.[1];
  if (!found || /^(?:for|from|at|of)\b/i.test(found)) return undefined;
  const topics = found
    .split(/\s*(?:,|\/|\bor\b|\band\b|&)\s*/i)
    .map((t) => t.replace(TOPIC_FILLER, '').trim().toLowerCase())
    .filter((t) => t.length >= 2);
  return topics.length ? topics : undefined;
}

/**
 * Reads a support request: "open a case for Initech: login fails for all users, high priority",
 * "close case 1042: fixed by reset", "my open cases", "open cases for Initech", "which cases breach
 * their SLA today?", "customer view for Jane Cooper" / "who is Jane Cooper", "suggest a reply to:
 * …". Anything else is undefined.
 */
export function supportRequestOf(text: string): SupportRequest | undefined {
  const open = OPEN_CASE.exec(text);
  if (open) {
    const { priority, rest } = priorityIn(open[2]!);
    if (rest)
      return {
        intent: 'case_open',
        account: open[1]!.trim(),
        subject: subjectOf(rest),
        priority,
        description: rest,
      };
  }
  const inOneRun = OPEN_CASE_IN_ONE_RUN.exec(text)?.[1];
  if (inOneRun && !open) {
    const { priority, rest } = priorityIn(inOneRun);
    if (rest) return { intent: 'case_open', accountAndProblem: rest, priority };
  }
  const close = CLOSE_CASE.exec(text);
  if (close)
    return { intent: 'case_close', number: Number(close[2]), resolution: close[3]!.replace(/[\s.]+$/, '') };
  const note = NOTE_ON_CASE.exec(text);
  if (note)
    return {
      intent: 'case_update',
      number: Number(note[1] ?? note[3]),
      note: withoutPoliteEnd(note[2] ?? note[4]!),
    };
  const priorityChange = priorityChangeOf(text);
  if (priorityChange) return { intent: 'case_update', ...priorityChange };
  const assign = ASSIGN_CASE.exec(withoutPoliteEnd(text));
  if (assign)
    return { intent: 'case_update', number: Number(assign[1] ?? assign[2]), owner: assign[3]!.toLowerCase() };
  const closeOf = CLOSE_ACCOUNT_CASE.exec(text);
  const closedAccount = (closeOf?.[1] ?? closeOf?.[2])?.trim();
  if (closeOf && closedAccount && !/^(?:this|that|the|my|a|an|\d+|#\d+)$/i.test(closedAccount)) {
    const resolution = closeOf[3]?.replace(/[\s.]+$/, '');
    return { intent: 'case_close', account: closedAccount, ...(resolution ? { resolution } : {}) };
  }
  const assist = ASSIST.exec(text);
  if (assist?.[1])
    return { intent: 'agent_assist', question: customerWordsOf(assist[1].replace(/^["“']|["”']$/g, '')) };
  const quoted = QUOTED_THEN_ASSIST.exec(text)?.[1];
  if (quoted) return { intent: 'agent_assist', question: customerWordsOf(quoted) };
  // "got this mail: "… kevin.adams@acme.com" who is he?": the writer, not the pasted problem.
  const writer = pastedWriterAsked(text);
  if (writer) return { intent: 'customer_view', who: writer };
  const fromCustomer = customerQuotedOf(text) ?? accountProblemOf(text);
  if (fromCustomer) return fromCustomer;
  const number = caseNumberIn(text);
  if (number !== undefined)
    return WHO_WORKS_CASE.test(text)
      ? { intent: 'case_list', scope: 'number', number, whoWorks: true }
      : { intent: 'case_list', scope: 'number', number };
  const fixed = CASE_FIX.exec(text)?.[1]?.trim();
  if (fixed) return { intent: 'case_list', scope: 'account', account: fixed, fixOf: fixed };
  // An account's case history, any status ("does soylent keep having the same problem?").
  const history = NOT_A_SUPPORT_CASE.test(text) ? undefined : caseHistoryQuestionOf(text);
  if (history) return { intent: 'case_list', scope: 'history', history };
  // A question about the SLA policy ("what's the response time for urgent tickets") is the documentation's.
  const aboutPolicy = SLA_POLICY.test(text) || NOT_A_SUPPORT_CASE.test(text);
  const pastDue = RIGHT_NOW.test(text) || ALREADY_PAST.test(text) ? { pastDueOnly: true } : {};
  // "riley's cases past their sla": that holder's (the handler tells an agent from an account).
  const breachHolder = () => {
    const holder = possessiveHolderOfCases(text);
    return holder ? { holder } : {};
  };
  if (BREACHING.test(text) && !aboutPolicy)
    return MY_OWN.test(text)
      ? { intent: 'case_list', scope: 'breaching', onlyMine: true, ...pastDue }
      : { intent: 'case_list', scope: 'breaching', ...pastDue, ...breachHolder() };
  const breaching =
    (BREACHING_WORDS.test(text) &&
      (CASE_WORDS.test(text) || /\b(?:anything|any|which|what|who)\b/i.test(text))) ||
    (DUE_WORDS.test(text) && /\b(?:cases?|tickets?)\b/i.test(text));
  if (breaching && !aboutPolicy)
    return MINE.test(text)
      ? { intent: 'case_list', scope: 'breaching', onlyMine: true, ...pastDue }
      : { intent: 'case_list', scope: 'breaching', ...pastDue, ...breachHolder() };
  if (asksUnassigned(text))
    return { intent: 'case_list', scope: 'open', ...caseListFiltersOf(text), unassigned: true };
  const agent = NOT_A_SUPPORT_CASE.test(text) ? undefined : agentOfCases(text);
  if (agent) {
    // "oldest case assigned to anna": the one case of hers picked by its age.
    const first = oneCasePicked(text);
    return {
      intent: 'case_list',
      scope: 'open',
      ...caseListFiltersOf(text),
      owner: agent,
      ...(first ? { first } : {}),
    };
  }
  // "which case should i pick up first": the caller's own, the most urgent (not the SLA policy).
  if (
    NEXT_FOR_ME.test(text) &&
    (/\b(?:cases?|tickets?|queue)\b/i.test(text) || /\bwork\s+on\b/i.test(text)) &&
    !aboutPolicy
  )
    return { intent: 'case_list', scope: 'mine', first: 'priority' };
  if (MY_CASES.test(text)) {
    const first = PICK_ONE.find(([words]) => words.test(text))?.[1];
    return first ? { intent: 'case_list', scope: 'mine', first } : { intent: 'case_list', scope: 'mine' };
  }
  // "which cases have been waiting on us the longest": the open cases, oldest first.
  if (/longest/i.test(text) && WAITING_LONGEST_CASES.test(text) && !possessiveHolderOfCases(text))
    return { intent: 'case_list', scope: 'open', order: 'oldest' };
  // "riley's longest-open case" is that holder's, below.
  if (WAITING_LONGEST.test(text) && !(oneCasePicked(text) && possessiveHolderOfCases(text)))
    return { intent: 'case_list', scope: 'open', order: 'oldest', first: 'oldest' };
  const summary = NOT_A_SUPPORT_CASE.test(text) ? undefined : caseSummaryOf(text);
  if (summary) return { intent: 'case_list', scope: 'summary', summary };
  const topics = NOT_A_SUPPORT_CASE.test(text) ? undefined : caseTopicsOf(text);
  if (topics && !aboutPolicy) return { intent: 'case_list', scope: 'topic', topics };
  // "any open login issues?", "billing cases this quarter": a known topic said before the cases.
  const topicBefore = NOT_A_SUPPORT_CASE.test(text) || aboutPolicy ? undefined : topicBeforeCasesOf(text);
  if (topicBefore) return { intent: 'case_list', scope: 'topic', topics: [topicBefore] };
  const account =
    notATime(ACCOUNT_CASES.exec(text)) ??
    CASES_HELD.exec(text) ??
    HAS_CASES.exec(text) ??
    HAS_CASES.exec(text.replace(WHETHER_FIRST, 'does ')) ??
    CASES_HAS.exec(text) ??
    accountBeforeStillOpen(text) ??
    ACCOUNT_STILL_OPEN_WITH_SUPPORT.map((pattern) => pattern.exec(text)).find(Boolean);
  if (account && !/^(?:me|my|mine|us|today)$/i.test(account[1]!) && !aboutPolicy)
    return {
      intent: 'case_list',
      scope: 'account',
      account: withoutClosingPhrases(account[1]!).replace(/^the\s+/i, ''),
    };
  // "anna's open cases", "globex's tickets": an agent's or an account's (the handler tells them apart).
  const holder = aboutPolicy ? undefined : possessiveHolderOfCases(text);
  if (holder) {
    // "what's anna's oldest open case": the one case of theirs picked by its order.
    const first = oneCasePicked(text);
    return { intent: 'case_list', scope: 'account', account: holder, ...(first ? { first } : {}) };
  }
  if (ONE_OLDEST.test(text) && !aboutPolicy)
    return { intent: 'case_list', scope: 'open', order: 'oldest', first: 'oldest' };
  const filtered = NOT_A_SUPPORT_CASE.test(text) ? undefined : openCasesFiltered(text);
  if (filtered) return { intent: 'case_list', scope: 'open', ...filtered };
  if (OPEN_FOR_SUPPORT.test(text)) return { intent: 'case_list', scope: 'open' };
  const phone = ON_THE_PHONE.exec(text);
  const calling = phone?.[1]?.replace(SOMEONE_FROM, '');
  if (phone && calling && !NOT_A_PERSON.test(calling) && !NOT_A_CALLER.test(calling))
    return ASKS_OPEN.test(phone[2] ?? '')
      ? { intent: 'case_list', scope: 'account', account: calling.trim() }
      : { intent: 'customer_view', who: calling.trim() };
  const byAddress = contactAddressAsked(text);
  if (byAddress) return { intent: 'customer_view', who: byAddress };
  const view = CUSTOMER_VIEW.exec(text) ?? WHO_IS.exec(text);
  if (view) return { intent: 'customer_view', who: view[1]! };
  const named = CUSTOMER_VIEW_NAMED.exec(text);
  const viewed = (named?.[1] ?? named?.[2])?.trim();
  if (viewed) return { intent: 'customer_view', who: viewed };
  const prefers = PREFERS.exec(text);
  if (prefers && !NOT_A_PERSON.test(prefers[1]!)) return { intent: 'customer_view', who: prefers[1]! };
  return undefined;
}
