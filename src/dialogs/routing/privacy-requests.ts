/**
 * A person's privacy request: everything held about them erased ("delete everything we have on
 * nancy johnson", "right to be forgotten request from …") or exported ("export all data we hold on
 * …", "subject access request for …"). `person` is the name or e-mail said; absent when the message
 * names nobody ("how do i erase one person").
 */
export interface PrivacyRequest {
  action: 'erase' | 'export';
  person?: string;
}

const ERASE = String.raw`(?:delete|erase|remove|wipe|purge|scrub|anonymi[sz]e)`;
const EXPORT = String.raw`(?:export|download|give\s+me|get\s+me|send\s+me|compile|collect|gather|pull\s+together|hand\s+over|show\s+me)`;
/** "everything", "all data", "every record", "all the personal info", "their data". */
const DATA = String.raw`(?:(?:all|every|any)\s+(?:of\s+)?)?(?:the\s+|their\s+|his\s+|her\s+)?(?:personal\s+)?(?:everything|data|info(?:rmation)?|records?|details|pii|traces?)`;
/** "we have", "that we hold", "we keep": the records held, said between the data and the person. */
const HELD = String.raw`(?:(?:that\s+|which\s+)?we\s+(?:have|hold|keep|store|process)(?:\s+stored)?\s+)?`;
const ABOUT = String.raw`(?:on|about|of|for|belonging\s+to|related\s+to|relating\s+to)`;

/** Erasure requests with the person's span in the first group. */
const ERASE_PERSON: readonly RegExp[] = [
  new RegExp(String.raw`\b${ERASE}\s+${DATA}\s+${HELD}${ABOUT}\s+(.+)`, 'i'),
  new RegExp(
    String.raw`\b${ERASE}\s+(?:all\s+(?:of\s+)?)?(.+?)['’]s\s+(?:personal\s+)?(?:data|info\w*|records|details)\b`,
    'i',
  ),
  /\b(?:delete|erase|wipe|purge|scrub)\s+(.+?)\s+(?:from|out\s+of)\s+(?:the\s+|our\s+)?(?:crm|system|database|records|everywhere)\b/i,
  /\b(?:deletion|erasure|removal)\s+request\s+(?:for|from|of|on|about|by)\s+(.+)/i,
  /\bright\s+to\s+(?:be\s+forgotten|erasure)(?:\s+request)?\s+(?:for|from|of|by)\s+(.+)/i,
  new RegExp(
    String.raw`^\s*(.+?)\s+(?:has\s+)?(?:asked|asks|wants|want|requested)\s+(?:us\s+)?(?:to\s+)?${ERASE}\s+(?:all\s+(?:of\s+)?)?(?:her|his|their|the)\s+(?:personal\s+)?(?:data|info\w*|records|details)\b`,
    'i',
  ),
  /^\s*(.+?)\s+(?:wants|want|asked\s+for|asks\s+for)\s+(?:all\s+(?:of\s+)?)?(?:her|his|their)\s+(?:personal\s+)?(?:data|info\w*|records|details)\s+(?:deleted|erased|removed|wiped)\b/i,
];
/** Export (access) requests with the person's span in the first group. */
const EXPORT_PERSON: readonly RegExp[] = [
  new RegExp(String.raw`\b${EXPORT}\s+${DATA}\s+${HELD}${ABOUT}\s+(.+)`, 'i'),
  new RegExp(
    String.raw`\bwhat\s+(?:personal\s+)?(?:data|info\w*)\s+do\s+we\s+(?:have|hold|keep|store)\s+(?:on|about)\s+(.+)`,
    'i',
  ),
  /\b(?:(?:data\s+)?subject\s+access|data\s+access|dsar|sar)(?:\s+request)?\s+(?:for|from|of|on|about|by)\s+(.+)/i,
];
/** An export is a privacy request only in these words (a rep's "give me everything on acme" is a briefing). */
const PRIVACY_WORDS =
  /\b(?:personal|gdpr|privacy|subject\s+access|dsar|sar|data\s+protection|ccpa|we\s+hold|held)\b/i;
/** Erasure of someone's data with nobody named: "delete all their data", "erase one person", "right to be forgotten". */
const ERASE_SOMEONE = new RegExp(
  [
    String.raw`\b${ERASE}\b[\s\S]{0,40}\b(?:their|his|her|someone's|somebody's|a\s+person's|(?:a|one)\s+(?:contact|customer|person|individual)['’]s)\s+(?:personal\s+)?(?:data|info\w*|records|details)\b`,
    String.raw`\b${ERASE}\s+(?:one|a|an|any)\s+(?:person|individual|data\s+subject)\b`,
    String.raw`\b${ERASE}\b[\s\S]{0,40}\bpersonal\s+(?:data|info\w*)\b`,
    String.raw`\b(?:data|info\w*|records)\s+(?:deleted|erased|removed|wiped)\b`,
    String.raw`\bright\s+to\s+(?:be\s+forgotten|erasure)\b|\b(?:deletion|erasure)\s+requests?\b`,
  ].join('|'),
  'i',
);
/** The span ends before a reason or a request tail: "for a gdpr request", ", can you handle it", "please". */
const SPAN_END =
  /\s+(?:for|from|in|please|pls|asap|because|since|as|under|per|so|and|if|then|now|today|who|which|that)\b|[?!,;:]|\.(?=\s|$)/i;
/** Spans that name nobody: "one person", "a contact", "them", "someone". */
const NOBODY =
  /^(?:(?:one|a|an|any|some|this|that|the|each|every|our|my|their)\b.*|them|her|him|me|us|you|someone|somebody|anyone|anybody|people|persons?|contacts?|customers?|users?|leads?|individuals?|everyone|everybody)$/i;
const NAME = /^(?:[\p{L}][\p{L}'’.-]*(?:\s+[\p{L}][\p{L}'’.-]*){0,3}|[^\s@]+@[^\s@]+\.[^\s@]+)$/u;

/** The person a span names, or undefined for nobody ("one contact for a gdpr request" → undefined). */
function personIn(span: string): string | undefined {
  const end = SPAN_END.exec(span);
  const words = (end ? span.slice(0, end.index) : span)
    .trim()
    .replace(/^(?:the\s+)?(?:contact|lead|customer|person|client)\s+/i, '')
    .replace(/\s+(?:completely|entirely|everywhere|altogether)$/i, '');
  if (!words || NOBODY.test(words) || !NAME.test(words)) return undefined;
  return words;
}

/** The first pattern's person, or whether any pattern matched with nobody named. */
function matchedIn(text: string, patterns: readonly RegExp[]): { person?: string } | undefined {
  let matched = false;
  for (const pattern of patterns) {
    const span = pattern.exec(text)?.[1];
    if (span === undefined) continue;
    matched = true;
    const person = personIn(span);
    if (person) return { person };
  }
  return matched ? {} : undefined;
}

/** The privacy request a message makes, or undefined when it makes none. */
export function privacyRequestOf(text: string): PrivacyRequest | undefined {
  const erase = matchedIn(text, ERASE_PERSON);
  if (erase?.person) return { action: 'erase', person: erase.person };
  if (erase || ERASE_SOMEONE.test(text)) return withEmailGiven({ action: 'erase' }, text);
  if (!PRIVACY_WORDS.test(text)) return undefined;
  const exported = matchedIn(text, EXPORT_PERSON);
  if (exported?.person) return { action: 'export', person: exported.person };
  return exported ? withEmailGiven({ action: 'export' }, text) : undefined;
}

/** One e-mail address written anywhere in the message. */
const EMAIL_ADDRESS = /[^\s@,;:()<>"']+@[^\s@,;:()<>"']+\.[\p{L}]{2,}/giu;

/**
 * A request naming nobody in its words but giving one e-mail address elsewhere in the message ("a
 * contact asked us to delete her personal data under gdpr, jane.cooper@initech.com") is that
 * person's: the privacy commands find a person by e-mail. Two addresses leave it to be asked.
 */
function withEmailGiven(request: PrivacyRequest, text: string): PrivacyRequest {
  const emails = [...new Set(text.match(EMAIL_ADDRESS) ?? [])];
  return emails.length === 1 ? { ...request, person: emails[0]!.replace(/[.]+$/, '') } : request;
}

/** The question the documentation answers for a request with nobody named (its section on data subject requests). */
export function privacyQuestionOf(request: PrivacyRequest): string {
  return request.action === 'erase'
    ? 'when a person asks to delete their data'
    : 'when a person asks to see their data, how do i export it';
}
