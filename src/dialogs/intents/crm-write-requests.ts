import { nameKeyOf } from '../../vocabulary';
import { isBackReference, type ConversationMemory } from '../conversation-memory';
import type { Understanding } from '../routing/understanding';
import type { NameCandidate } from '../understanding/entities/name-matcher';
import { isSpace, lastLineStart, trimCharacters } from '../understanding/closing-characters';
import { extractPeriodsAndDates } from '../understanding/entities/periods';
import { dictatedSummaryStart } from './dictated-summary';
import { contactDetailsIn, leadSourceIn, type LeadDraft } from './create-lead-dialog';
import { interactionTypeIn, type InteractionDraft } from './log-interaction-questions';
import { stageIn, type StageDraft } from './deal-stage-questions';
import { dealOutcomeOf } from '../routing/deal-outcomes';
import { toldTouchOf } from '../routing/casual-notes';

/** The clock and time zone a request is read in. */
export interface RequestClock {
  now: Date;
  timezone: string;
}

/**
 * The follow-up verb and what leads up to it. The clause runs to the end of the message, which
 * `clauseToEnd` checks with the index of the last line break instead of a trailing `(.*)$`
 * (tried at every earlier "follow up", that scanned to the break each time).
 */
const FOLLOW_UP =
  /(?:[,;.]\s*|(?<!\s)\s+|^)(?:and\s+|then\s+)?(?:follow[\s-]?up|f\/u|remind\s+me|check\s+back|circle\s+back|touch\s+base)\b/gi;
const PRONOUN = /\b(them|their|they|it|its|that account|this account)\b/i;
/** A person said back: "with them", "with him", "with her", "with that person". */
const PERSON_PRONOUN = /^(?:them|him|her|that\s+(?:person|contact|guy|lady)|this\s+(?:person|contact))$/i;
/** Capitalised words after "at" in the header: the account as written. */
const AT_ACCOUNT = /\bat\s+((?:[A-Z0-9][\w&.'-]*)(?:\s+[A-Z0-9][\w&.'-]*)*)/;
/**
 * The person after "with", up to the next stop word or punctuation. A name is at most 100
 * characters: without that cap the lazy capture scanned to a line break from every "with".
 */
const WITH_PERSON =
  /(?:\bwith\s+|\bw\/(?!o\b)\s*)(.{1,100}?)(?=(?<!\s)\s+(?:at|from|of|about|on|yesterday|today|this|last|re|for\s+(?:me|us))\b|[:,.;?!]|$)/i;
/** "w" alone for "with" before a name ("log call w bill lumbergh initech …"): only its first place is read. */
const W_FOR_WITH = /\bw\s+(?=\p{L})/iu;
/** The person after "w", read from there: as `WITH_PERSON`, anchored, so one start is tried. */
const PERSON_AFTER_W =
  /^(.{1,100}?)(?=(?<!\s)\s+(?:at|from|of|about|on|yesterday|today|this|last|re|for\s+(?:me|us))\b|[:,.;?!]|$)/i;

/** The person a log request names after "with", "w/" or "w". */
function personWith(header: string): string | undefined {
  const said = WITH_PERSON.exec(header)?.[1];
  if (said) return said;
  const w = W_FOR_WITH.exec(header);
  return w ? PERSON_AFTER_W.exec(header.slice(w.index + w[0].length))?.[1] : undefined;
}
/** The end of the request's sentence and the start of another: "…for me? We discussed …". */
const SENTENCE_BREAK = /(?:[?!]+|(?<=\p{L}{3}|\d)\.)\s+(?=\p{Lu})/u;
/** What the interaction was about; the subject runs to the end of the message (see `clauseToEnd`). */
const ABOUT = /\b(?:about|regarding|re:?)\s+/gi;

/**
 * The first match of `lead` (a global pattern) that the rest of the message follows on one line,
 * with that rest: what `lead(.+)$` or `lead(.*)$` matches, in one pass. When `lead` ends in spaces
 * that run to the end of the message, `\s+(.+)$` keeps the last space as the rest.
 */
function clauseToEnd(
  text: string,
  lead: RegExp,
  restMayBeEmpty: boolean,
): { index: number; rest: string } | undefined {
  const lineStart = lastLineStart(text);
  lead.lastIndex = 0;
  for (let match = lead.exec(text); match; match = lead.exec(text)) {
    const restStart = lead.lastIndex;
    if (restStart < lineStart) continue;
    if (restStart < text.length || restMayBeEmpty) return { index: match.index, rest: text.slice(restStart) };
    const spaces = match[0].length - match[0].trimEnd().length;
    if (spaces >= 2 && restStart > lineStart) return { index: match.index, rest: text.slice(-1) };
  }
  return undefined;
}

/** Whether `mention` is (part of) the words the understander matched to an account. */
function isAccountWords(mention: string, understanding: Understanding): boolean {
  const key = nameKeyOf(mention);
  return (understanding.entities?.accounts ?? []).some(
    (a) => nameKeyOf(a.text) === key || nameKeyOf(a.name) === key,
  );
}

/** The account a request names (as written), or the previous turn's account for "them". */
function accountOf(
  header: string,
  understanding: Understanding,
  memory: ConversationMemory,
): Pick<InteractionDraft, 'account' | 'accountMention'> {
  const lower = header.toLowerCase();
  const entity = (understanding.entities?.accounts ?? []).find((a) => lower.includes(a.text.toLowerCase()));
  if (entity) return { accountMention: entity.text };
  const at = AT_ACCOUNT.exec(header)?.[1];
  if (at && !isBackReference(at)) return { accountMention: at };
  const mention = understanding.accountMention;
  if ((mention && isBackReference(mention)) || PRONOUN.test(header))
    return memory.lastAccount ? { account: memory.lastAccount } : {};
  return {};
}

/**
 * The person said after "with" without the account's words said right after the name with no "at"
 * ("with bill lumbergh initech" → "bill lumbergh"): the account is read on its own.
 */
function withoutAccountWords(person: string | undefined, understanding: Understanding): string | undefined {
  if (!person) return person;
  const lower = person.toLowerCase();
  for (const account of understanding.entities?.accounts ?? []) {
    const words = account.text.toLowerCase();
    if (lower.length > words.length + 1 && lower.endsWith(` ${words}`))
      return person.slice(0, person.length - words.length).trimEnd();
  }
  return person;
}

/** Where the words the understander matched to the request's account end in `main`, or -1. */
function accountWordsEnd(main: string, understanding: Understanding): number {
  const lower = main.toLowerCase();
  for (const account of understanding.entities?.accounts ?? []) {
    const at = lower.indexOf(account.text.toLowerCase());
    if (at >= 0) return at + account.text.length;
  }
  return -1;
}

/**
 * "log a call w/ bill at initech, talked renewal pricing": the first comma ends the request and
 * starts the summary when the words before it name the account and it comes before any "about".
 * -1 when there is no such comma.
 */
function summaryComma(
  text: string,
  aboutIndex: number | undefined,
  understanding: Understanding,
  memory: ConversationMemory,
): number {
  const comma = text.indexOf(',');
  if (comma < 0 || (aboutIndex !== undefined && aboutIndex < comma)) return -1;
  const before = accountOf(text.slice(0, comma), understanding, memory);
  return before.account || before.accountMention ? comma : -1;
}

/**
 * Reads "log a call with Jane at Initech yesterday: discussed renewal, follow up in May" into a
 * draft: the type from its verb, the account and contact as written, the day before the colon,
 * the summary after it, and the follow-up clause with its day.
 */
export function interactionDraftFrom(
  text: string,
  understanding: Understanding,
  memory: ConversationMemory,
  clock: RequestClock,
): InteractionDraft {
  const followUp = clauseToEnd(text, FOLLOW_UP, true);
  const main = followUp ? text.slice(0, followUp.index) : text;
  // "log a call with Globex for me? We discussed the renewal pricing.": a new sentence after the
  // request is what was discussed, as after a colon (unless "about" said it before).
  const aboutAnywhere = clauseToEnd(main, ABOUT, false);
  const sentence = main.search(SENTENCE_BREAK);
  const marked = main.search(/[:—]|\s-\s/);
  const colon =
    marked >= 0
      ? marked
      : sentence >= 0 && (aboutAnywhere === undefined || aboutAnywhere.index > sentence)
        ? sentence
        : -1;
  const about = colon >= 0 ? undefined : aboutAnywhere;
  const comma = colon >= 0 ? -1 : summaryComma(main, about?.index, understanding, memory);
  const accountEnd = colon < 0 && comma < 0 && !about ? accountWordsEnd(main, understanding) : -1;
  const dictated = accountEnd >= 0 ? dictatedSummaryStart(main, accountEnd) : -1;
  const header =
    colon >= 0
      ? main.slice(0, colon)
      : comma >= 0
        ? main.slice(0, comma)
        : about
          ? main.slice(0, about.index)
          : dictated >= 0
            ? main.slice(0, dictated)
            : main;
  // Leading spaces and dashes, trailing spaces and punctuation (`/^[\s-]+|[\s,;.]+$/g` tried every
  // start of a long run of commas and spaces).
  const summary = trimCharacters(
    colon >= 0
      ? main.slice(colon + 1)
      : comma >= 0
        ? main.slice(comma + 1)
        : dictated >= 0
          ? main.slice(dictated)
          : (about?.rest ?? ''),
    (char) => char === '-' || isSpace(char),
    (char) => ',;.'.includes(char) || isSpace(char),
  );
  const draft: InteractionDraft = { ...accountOf(header, understanding, memory) };
  const type = interactionTypeIn(header.replace(/\blog\b/i, ''));
  if (type) draft.type = type;
  if (summary) draft.summary = summary;
  const person = withoutAccountWords(personWith(header)?.trim(), understanding);
  if (person && !PRONOUN.test(person) && !isAccountWords(person, understanding))
    draft.contactMention = person;
  // "log a call with them" right after one person was shown ("who's the contact there"): that person,
  // at the account shown; the dialog says whom, since the message never named them.
  const shownPerson = memory.lastContacts?.length === 1 ? memory.lastContacts[0]! : undefined;
  if (
    person &&
    PERSON_PRONOUN.test(person) &&
    (memory.lastFocus ?? memory.previousFocus) === 'contacts' &&
    shownPerson &&
    memory.lastAccount &&
    (!shownPerson.accountId || shownPerson.accountId === memory.lastAccount.id) &&
    draft.account?.id === memory.lastAccount.id
  ) {
    draft.contact = { id: shownPerson.id, name: shownPerson.name };
    draft.partiesFromConversation = true;
  }
  if (!draft.account && !draft.accountMention && person && isAccountWords(person, understanding))
    draft.accountMention = person;
  // "emailed Jane Cooper the revised quote for initech": the person after the verb, and the message
  // itself as what it was about (it says so; asking "what was it about?" would make them repeat it).
  const told = !person ? toldTouchOf(main) : undefined;
  if (told && told.rest.split(/\s+/).length >= 2) {
    const named = told.person.replace(/\s+(?:at|from|of)\s+.*$/i, '');
    if (!isAccountWords(named, understanding) && !PRONOUN.test(named)) draft.contactMention = named;
    const said = trimCharacters(main, isSpace, (char) => ',;.'.includes(char) || isSpace(char));
    if (!draft.summary) draft.summary = said.charAt(0).toUpperCase() + said.slice(1);
    // "called bill re the renewal for initech": the account said after the subject.
    if (!draft.account && !draft.accountMention) Object.assign(draft, accountOf(main, understanding, memory));
  }

  const calendar = { now: clock.now, timeZone: clock.timezone, prefer: 'past' as const };
  const day = extractPeriodsAndDates(header, calendar).dates[0];
  if (day) {
    const today = extractPeriodsAndDates('today', calendar).dates[0]?.date;
    if (day.instant) draft.when = day.instant;
    else if (day.date !== today) draft.when = `${day.date}T12:00:00.000Z`;
  }
  if (followUp) {
    const { dates, periods } = extractPeriodsAndDates(followUp.rest, {
      now: clock.now,
      timeZone: clock.timezone,
    });
    const due = dates[0]?.date ?? periods[0]?.start;
    draft.followUp = due ? { due } : {};
  }
  return draft;
}

// `\s*(?:(?:for|…)\s*)?`, not `\s*(?:for|…)?\s*`: two optional runs of spaces around an optional
// word split every run of spaces between them (quadratic).
const LEAD_NAME =
  /\blead\b\s*(?:(?:for|named|called|:|-)\s*)?((?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+){0,3})/u;
const ADD_NAME = /\badd\s+((?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s+(?:from|at|of|as)\b/u;
const COMPANY = /\b(?:from|at|of|with)\s+((?:[\p{Lu}0-9][\w&.'’-]*)(?:\s+[\p{Lu}0-9][\w&.'’-]*)*)/u;
/** "new lead: Mia Sorensen, Nordlys AS, mia@nordlys.no": the company as the next item of the list after the name. */
const LISTED_COMPANY = /^\s*,\s*((?:[\p{Lu}0-9][\w&.'’-]*)(?:\s+[\p{Lu}0-9][\w&.'’-]*)*)\s*(?:[,;]|$)/u;

/**
 * Typed in lower case ("new lead: priya shah from hooli", "lead named tom baker, tom@x.io"): the one
 * to three words after "lead:", "lead named" or "lead called", up to "from/at/of/with", a comma or
 * the end. Each word is at most 30 letters, so the lazy run stays linear.
 */
const LOWERCASE_LEAD_NAME =
  /\blead\b\s*(?::|-|\bnamed\b|\bcalled\b)\s*([\p{L}'’-]{1,30}(?:\s[\p{L}'’-]{1,30}){0,2}?)(?=\s+(?:from|at|of|with)\b|\s*[,;]|\s*$)/iu;
/**
 * Typed in lower case with nothing between "lead" and the name ("new lead tom baker from blueorbit,
 * tom@x.io"): one to three words up to "from/at/of/with" or a comma (never the end), the first not
 * a word of the request itself ("new lead for hooli", "new lead today from web").
 */
const BARE_LOWERCASE_LEAD_NAME =
  /\blead\s+(?!(?:from|at|of|with|for|please|pls|the|a|an|to|in|on|via|through|today|tonight|tomorrow|yesterday|this|just|here|came|is|was|has)\b)([\p{L}'’-]{1,30}(?:\s[\p{L}'’-]{1,30}){0,2}?)(?=\s+(?:from|at|of|with)\b|\s*[,;])/iu;
const LOWERCASE_COMPANY =
  /\b(?:from|at)\s+([\p{L}0-9&.'’-]{1,40}(?:\s[\p{L}0-9&.'’-]{1,40}){0,3}?)\s*(?:[,;]|$)/iu;

/** "priya shah" → "Priya Shah". */
function capitalised(words: string): string {
  return words.replace(
    /(^|[\s'’-])(\p{Ll})/gu,
    (_, before: string, letter: string) => before + letter.toUpperCase(),
  );
}

/** The company named as the list item right after the lead's name, if it is not an address or number. */
function listedCompany(text: string, name: string | undefined): string | undefined {
  if (!name) return undefined;
  const after = text.indexOf(name);
  const company = after >= 0 ? LISTED_COMPANY.exec(text.slice(after + name.length))?.[1] : undefined;
  return company && !/[@]|^\+?\d[\d\s-]*$/.test(company) ? company : undefined;
}

/** `text` with its e-mail address and phone number (as found) each replaced by a comma. */
function withDetailsAsCommas(text: string, details: { email?: string; phone?: string }): string {
  let said = text;
  for (const detail of [details.email]) {
    if (!detail) continue;
    const at = said.toLowerCase().indexOf(detail.toLowerCase());
    if (at >= 0) said = `${said.slice(0, at)},${said.slice(at + detail.length)}`;
  }
  return said;
}

/** Words of a request, never a lead's name ("new lead for hooli", "new lead today"). */
const NOT_A_NAME = new Set([
  'from',
  'at',
  'of',
  'with',
  'for',
  'please',
  'pls',
  'the',
  'a',
  'an',
  'to',
  'in',
  'on',
  'via',
  'through',
  'today',
  'tonight',
  'tomorrow',
  'yesterday',
  'this',
  'just',
  'here',
  'came',
  'is',
  'was',
  'has',
  'and',
  'new',
  'lead',
  'me',
  'my',
]);

/** The one to three words of a name right after "lead" (each of letters only), or undefined. */
function nameWords(words: readonly string[]): string | undefined {
  if (words.length < 1 || words.length > 3) return undefined;
  if (words.some((word) => !/^[\p{L}'’-]{1,30}$/u.test(word) || NOT_A_NAME.has(word.toLowerCase())))
    return undefined;
  return words.join(' ');
}

/**
 * "new lead jon park vertex insurance, …": with no "from" or comma between them, the words after
 * "lead" up to the company the understander recognised.
 */
function nameBeforeCompany(said: string, company: string | undefined): string | undefined {
  if (!company) return undefined;
  const lower = said.toLowerCase();
  const lead = /\blead\b\s*:?/i.exec(said);
  const at = lower.indexOf(company.toLowerCase(), lead ? lead.index + lead[0].length : 0);
  if (!lead || at < 0) return undefined;
  return nameWords(
    said
      .slice(lead.index + lead[0].length, at)
      .trim()
      .split(/\s+/)
      .filter(Boolean),
  );
}

/**
 * "new lead jon park some company jon.park@x.io": with nothing else to tell them apart, the words
 * after "lead" that the e-mail address's name part spells ("jon.park", "jpark", "jon") are the
 * person's name.
 */
function nameOfAddress(said: string, email: string | undefined): string | undefined {
  if (!email) return undefined;
  const local = email.slice(0, email.indexOf('@')).toLowerCase();
  const lead = /\blead\b\s*:?/i.exec(said);
  if (!lead) return undefined;
  const words = said
    .slice(lead.index + lead[0].length)
    .split(/[\s,;]+/)
    .filter(Boolean)
    .slice(0, 3);
  const parts = local.split(/[._-]+/).filter(Boolean);
  for (let length = Math.min(3, words.length); length >= 1; length--) {
    const candidate = words.slice(0, length).map((word) => word.toLowerCase());
    const spelled =
      candidate.join('') === parts.join('') ||
      (length >= 2 && `${candidate[0]![0]}${candidate[length - 1]}` === local) ||
      (length === 1 && parts.length === 1 && candidate[0] === local);
    if (spelled) return nameWords(words.slice(0, length));
  }
  return undefined;
}

/**
 * "new lead anna berg lumen labs, …" (the comma an e-mail address left): the one to four words
 * between the typed name and the comma, when none is a word of the request or a lead source.
 */
function companyAfterName(said: string, typedName: string | undefined): string | undefined {
  if (!typedName) return undefined;
  const at = said.toLowerCase().indexOf(typedName.toLowerCase());
  if (at < 0) return undefined;
  const rest = said.slice(at + typedName.length);
  const comma = rest.search(/[,;]/);
  if (comma < 0) return undefined;
  const words = rest.slice(0, comma).trim().split(/\s+/).filter(Boolean);
  if (words.length < 1 || words.length > 4 || leadSourceIn(rest.slice(0, comma))) return undefined;
  if (words.some((word) => NOT_A_NAME.has(word.toLowerCase()) || !/^[\p{L}0-9&.'’-]{1,40}$/u.test(word)))
    return undefined;
  return capitalised(words.join(' '));
}

/** Reads "new lead: John Smith from Hooli, john@hooli.com, met at a conference" into a draft. */
export function leadDraftFrom(text: string, understanding: Understanding): LeadDraft {
  const details = contactDetailsIn(text);
  // An e-mail address or phone number ends the words before it, as a comma would ("from nimbus
  // cloud tom@nimbuscloud.io": the company is "nimbus cloud").
  const said = withDetailsAsCommas(text, details);
  const account = understanding.entities?.accounts.find((a) => a.score >= 0.95);
  const typedName =
    (LOWERCASE_LEAD_NAME.exec(said) ?? BARE_LOWERCASE_LEAD_NAME.exec(said))?.[1] ??
    nameBeforeCompany(said, account?.text) ??
    nameOfAddress(said, details.email);
  const name =
    LEAD_NAME.exec(text)?.[1] ?? ADD_NAME.exec(text)?.[1] ?? (typedName ? capitalised(typedName) : undefined);
  // "met at a conference" says where the lead came from, not the company.
  const atCompany = typedName ? LOWERCASE_COMPANY.exec(said)?.[1] : undefined;
  const typedCompany = atCompany && !leadSourceIn(atCompany) ? atCompany : undefined;
  const company =
    COMPANY.exec(text)?.[1]?.replace(/[.,;]+$/, '') ??
    listedCompany(text, name) ??
    account?.name ??
    (typedCompany ? capitalised(typedCompany) : undefined) ??
    companyAfterName(said, typedName);
  return {
    source: leadSourceIn(text) ?? 'outbound',
    ...(name ? { name } : {}),
    ...(company && company !== name ? { company } : {}),
    ...(details.email ? { email: details.email } : {}),
    ...(details.phone ? { phone: details.phone } : {}),
    ...(details.problem ? { contactProblem: details.problem } : {}),
  };
}

/**
 * A deal mention is at most 120 characters and a "from <stage>" clause 60: the lazy capture and the
 * clause were tried at every end up to a line break from every verb (seconds on a long run of
 * spaces). The mention starts and ends on a non-space, so spaces are not split between the parts.
 */
const MOVE_DEAL =
  /\b(?:move|moving|mark|set|update|change|put|advance|push|bump|close|reopen)\s+(?:the\s+)?(\S.{0,119}?)(?<!\s)\s+(?:deal\s+|opportunity\s+|opp\s+)?(?:from\s+[\w ]{1,60}?\s+)?(?:to|as|into|in|at)\b/i;
/** "reopen (the) <deal>" up to the closing spaces and punctuation (see `clauseToEnd`). */
const REOPEN_DEAL = /\breopen\s+(?:the\s+)?/gi;
const MAX_DEAL_MENTION = 120;

/** The deal a "reopen …" request names: the rest of the message without its closing characters. */
function reopenedDeal(text: string): string | undefined {
  let end = text.length;
  while (end > 0 && (isSpace(text[end - 1]!) || '?.!'.includes(text[end - 1]!))) end--;
  const rest = clauseToEnd(text.slice(0, end), REOPEN_DEAL, false)?.rest;
  return rest !== undefined && rest.length <= MAX_DEAL_MENTION ? rest : undefined;
}
const NOT_A_DEAL =
  /^(?:deal|deals|a deal|stage|deal stage|the stage|it|that|this|that deal|this deal|opportunity)$/i;

/**
 * A deal mention with the account names heard rather than read written as the account's own name
 * ("globe ex new region rollout" → "Globex new region rollout"): the deal is looked up by its words
 * and its account's, which the words as dictated do not have.
 */
function withHeardNames(mention: string, accounts: readonly NameCandidate[]): string {
  let named = mention;
  for (const account of accounts) {
    if (!account.bySound || account.score < 0.9) continue;
    const words = account.text.split(' ').map((word) => word.replace(/[^a-z0-9']/g, ''));
    const said = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'iu');
    named = named.replace(said, account.name);
  }
  return named;
}

/** The word "lost" of a stage ("closed lost", "closed-lost", "lost"), each place of it. */
const LOST_STAGE_WORD = /\b(?:closed[\s_-]?)?lost\b/gi;
/** What starts a reason after the stage: a comma, a dash, "because (of)", "due to", "since", "as". */
const REASON_OPENER = /^(?:[,;:]|[-–—]|(?:because(?:\s+of)?|due\s+to|since|as|cause|cos|coz)\b)/i;

/**
 * Why a deal was lost, said after the stage in a request to move it ("mark the bennett renewal as
 * lost, they went with a competitor" → "they went with a competitor"; "as lost because of budget
 * cuts" → "budget cuts"): the words after the last "lost" and a comma, a dash or "because".
 */
export function lostReasonAfterStage(text: string): string | undefined {
  if (text.length > 400) return undefined;
  const last = [...text.matchAll(LOST_STAGE_WORD)].pop();
  if (!last) return undefined;
  const rest = text.slice(last.index + last[0].length).trimStart();
  const opener = REASON_OPENER.exec(rest);
  if (!opener) return undefined;
  const reason = trimCharacters(
    rest.slice(opener[0].length),
    (char) => isSpace(char) || char === '-',
    (char) => '.!?,;'.includes(char) || isSpace(char),
  );
  return /\p{L}{2}/u.test(reason) && reason.length <= 200 ? reason : undefined;
}

/** The separators after a deal named first, before the request about it ("the acme renewal - move it to won"). */
const TOPIC_BREAKS = [' - ', ' – ', ' — ', ': '];

/**
 * "Silverpoint analytics suite - we won it!! mark as closed won": the deal named before a dash or
 * colon, when what follows asks to move it without naming it. Two to eight words, none a verb of
 * the request.
 */
function dealNamedFirst(text: string): string | undefined {
  const at = TOPIC_BREAKS.map((gap) => text.indexOf(gap))
    .filter((index) => index > 0)
    .sort((a, b) => a - b)[0];
  if (at === undefined) return undefined;
  const topic = text.slice(0, at).trim();
  const words = topic.split(/\s+/);
  if (words.length < 2 || words.length > 8) return undefined;
  if (/\b(?:move|mark|set|update|change|put|push|close|won|lost|log|add|create)\b/i.test(topic))
    return undefined;
  return topic;
}

/** Reads "move the Acme anvil renewal to closed won" / "mark the Globex deal as negotiation" into a draft. */
export function stageDraftFrom(
  text: string,
  understanding: Understanding,
  memory: ConversationMemory,
): StageDraft {
  // "we lost the liberty advisory integration package, they went with a competitor": the deal, its
  // outcome and why, as told.
  const outcome = dealOutcomeOf(text);
  if (outcome) {
    const told = stageDraftFrom(
      `move ${outcome.dealWords.replace(/^(?:the|our|my)\s+/i, '')} to x`,
      understanding,
      memory,
    );
    return {
      ...told,
      stage: outcome.stage,
      ...(outcome.reason ? { lostReason: outcome.reason } : {}),
    };
  }
  const draft: StageDraft = /\breopen/i.test(text) ? { reopen: true } : {};
  const stage = stageIn(text);
  if (stage) draft.stage = stage;
  // "mark the bennett renewal as lost, they went with a competitor": why, said after the stage.
  const reason = stage === 'closed_lost' ? lostReasonAfterStage(text) : undefined;
  if (reason) draft.lostReason = reason;
  let mention = (MOVE_DEAL.exec(text)?.[1] ?? reopenedDeal(text) ?? dealNamedFirst(text))?.trim();
  if (mention && stageIn(mention)) mention = mention.replace(/\b(?:from\s+)?\S+$/, '').trim() || undefined;
  if (mention && isBackReference(mention.replace(/\s+deal$/i, '')) && memory.lastAccount) {
    draft.account = memory.lastAccount;
    // "move it to proposal" after one deal was shown or changed: that deal, if it is at the account.
    if (memory.lastDeals?.length === 1) draft.recentDealId = memory.lastDeals[0];
  } else if (mention && !NOT_A_DEAL.test(mention)) {
    const accounts = understanding.entities?.accounts ?? [];
    draft.dealMention = withHeardNames(mention.replace(/\s+(?:deal|opportunity|opp)$/i, ''), accounts);
    const hints = accounts.filter((a) => a.score >= 0.85).map((a) => a.id);
    if (hints.length > 0) draft.accountHints = hints;
  } else if (
    understanding.accountMention &&
    isBackReference(understanding.accountMention) &&
    memory.lastAccount
  ) {
    draft.account = memory.lastAccount;
  }
  return draft;
}
