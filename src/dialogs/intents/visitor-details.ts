/** What a website visitor wrote about themselves in one message. */
export interface VisitorDetails {
  name?: string;
  email?: string;
  company?: string;
  /** How many people the request is for ("a demo for my team of 40"). */
  teamSize?: number;
}

/** The first word that looks like an e-mail address ("ada@initech.com", "ada@"). */
export const EMAIL_WORD = /(?<!\S)\S+@\S*/;

/** Parts of one message: "Priya Shah, priya@brightcart.co, Brightcart", "… ; …", "… - … - …". */
const PART_BREAK = /\s*[,;|\n]\s*|\s+[-–—]\s+/;
const INTRODUCTION = /^(?:hi|hello|hey)?[\s,!.]*(?:i'?m|i am|my name is|it'?s|this is|name\s*:)\s+/i;
const LABEL = /^(?:e-?mail|company|org(?:anization|anisation)?|work e-?mail)\s*:\s*/i;
/** Words about the address itself ("my e-mail is", "reach me at"), not a detail. */
const ABOUT_THE_ADDRESS = /\b(?:e-?mail|address|reach me|contact me)\b/i;
/** "Tom Becker from Brightlane Logistics", "Ada at Analytical Engines". */
const NAME_AND_COMPANY = /^(.+?)\s+(?:from|at|with|of)\s+(.+)$/i;

/** The name a visitor typed, without "I'm" or the final full stop, or a problem to tell them. */
export function cleanName(text: string): { name: string } | { problem: string } {
  const name = text
    .replace(INTRODUCTION, '')
    .replace(/[.!]+$/, '')
    .trim();
  if (
    EMAIL_WORD.test(name) ||
    name.length < 2 ||
    name.length > 100 ||
    !/\p{L}/u.test(name) ||
    /\d/.test(name) ||
    name.split(/\s+/).length > 5
  )
    return { problem: 'I need your name, e.g. "Ada Lovelace".' };
  return { name };
}

/** Name particles kept in lower case inside a name ("Maria de Souza", "Ludwig van Beethoven"). */
const PARTICLES = new Set([
  'da',
  'das',
  'de',
  'del',
  'della',
  'den',
  'der',
  'di',
  'dos',
  'du',
  'la',
  'le',
  'van',
  'von',
]);

/**
 * A name typed all in lower case ("maria", "tom becker") as names are written ("Maria", "Tom
 * Becker"), for thanking the visitor and saving their lead; a name with any capital is theirs to
 * spell and kept as typed ("Ronan McKay", "Joost de Vries").
 */
export function nameAsWritten(name: string): string {
  if (name !== name.toLowerCase()) return name;
  return name
    .split(/(\s+|-)/)
    .map((part, at) => (at > 0 && PARTICLES.has(part) ? part : part.charAt(0).toUpperCase() + part.slice(1)))
    .join('');
}

/**
 * Several details given in one message, as people do when a form asks for one of them ("Priya
 * Shah, priya.shah@brightcart.co, Brightcart", "I'm Tom Becker from Brightlane Logistics,
 * tom@brightlane.io"): only read when the message holds an e-mail address and something besides
 * it; the first part that can be a name is the name, the next the company. Undefined otherwise.
 */
export function readVisitorDetails(text: string, known: { name?: string } = {}): VisitorDetails | undefined {
  const email = EMAIL_WORD.exec(text)?.[0];
  if (!email) return undefined;
  const rest = text
    .replace(email, ' , ')
    .split(PART_BREAK)
    .map((part) =>
      part
        .replace(/^[-–—\s]+|[-–—\s]+$/g, '')
        .replace(LABEL, '')
        .replace(/[.!]+$/, '')
        .trim(),
    )
    .filter((part) => part && !ABOUT_THE_ADDRESS.test(part));
  if (!rest.length) return undefined;
  const details: VisitorDetails = { email: email.replace(/[,;.]+$/, '') };
  for (const part of rest) {
    const named = details.name === undefined && !known.name ? splitNameAndCompany(part) : undefined;
    if (named) {
      details.name = named.name;
      if (named.company) details.company = named.company;
    } else if (details.company === undefined) details.company = part;
  }
  return details;
}

/** A part that starts with a name: the name, and the company said after "from"/"at" when there is one. */
function splitNameAndCompany(part: string): { name: string; company?: string } | undefined {
  const introduced = part.replace(INTRODUCTION, '');
  const both = NAME_AND_COMPANY.exec(introduced);
  if (both) {
    const cleaned = cleanName(both[1]!);
    if ('name' in cleaned) return { name: cleaned.name, company: both[2]!.trim() };
  }
  const cleaned = cleanName(introduced);
  return 'name' in cleaned ? { name: cleaned.name } : undefined;
}

/** Parts of a request that are the request itself ("i'd like a demo", "can someone call me"), not a detail. */
const REQUEST_PART =
  /\b(?:demo|demonstration|walk-?through|trial|call|quote|pricing|sales|talk|speak|like|want|need|interested|please)\b/i;

/**
 * The details a visitor gave in the same message as their request ("i'd like a demo, i'm maria
 * from brightbakes, maria@brightbakes.com"): the request's own part is left out, the rest read as
 * `readVisitorDetails` reads an answer.
 */
export function visitorDetailsInRequest(text: string): VisitorDetails | undefined {
  const parts = text
    .split(PART_BREAK)
    .flatMap((part) => part.split(SENTENCE_BREAK))
    .filter((part) => !GREETING_ONLY.test(part))
    .map((part) => (REQUEST_PART.test(part) ? requestPartDetails(part) : part))
    .filter(Boolean);
  const details = readVisitorDetails(parts.join(', ')) ?? introductionOf(parts);
  const teamSize = teamSizeOf(text);
  return teamSize ? { ...details, teamSize } : details;
}

/** "for my team of 40", "we're a team of 12", "for about 40 people", "25 seats": how many people. */
const TEAM_SIZE =
  /\b(?:team|company|group|staff|org(?:anization|anisation)?)\s+of\s+(?:about\s+|around\s+|roughly\s+|~)?(\d{1,6})\b|\b(?:about\s+|around\s+|roughly\s+|~)?(\d{1,6})\s+(?:people|users|seats|reps|employees|staff|agents|salespeople|sales\s+reps|person\s+team)\b/i;

/** How many people a request is for, when it says ("a demo for my team of 40"). */
export function teamSizeOf(text: string): number | undefined {
  const match = TEAM_SIZE.exec(text);
  const size = Number(match?.[1] ?? match?.[2]);
  return size > 0 ? size : undefined;
}

/** A web address alone ("brightwave.io"). */
const DOMAIN = /^(?:www\.)?([a-z0-9-]+)(?:\.[a-z0-9-]+)+$/i;

/**
 * An introduction without an e-mail address ("im maria at brightwave.io", "i'm tom becker from
 * brightlane"): the name, and the company after "at"/"from" (a web address as its first label,
 * "Brightwave"). The address is still asked for.
 */
function introductionOf(parts: readonly string[]): VisitorDetails | undefined {
  for (const part of parts) {
    if (!INTRODUCTION.test(part)) continue;
    const named = splitNameAndCompany(part.replace(/[.!]+$/, '').trim());
    if (!named) continue;
    const domain = named.company ? DOMAIN.exec(named.company)?.[1] : undefined;
    const company = domain ? domain.charAt(0).toUpperCase() + domain.slice(1) : named.company;
    return { name: named.name, ...(company ? { company } : {}) };
  }
  return undefined;
}

/** A part that only greets ("hi", "hello there"): no detail. */
const GREETING_ONLY = /^(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening))(?: there)?[\s!.]*$/i;
/** A sentence's end inside a part ("i'd like a demo. i'm maria"); an address's dots have no space after them. */
const SENTENCE_BREAK = /(?<=[.!?])\s+/;
/** An introduction inside a request's part ("i'd like a demo and i'm maria lopez from brightlane"). */
const INTRODUCED = /\b(?:i'?m|i am|my name is|this is|name'?s)\s+(.+?)(?:\s+and\s+(?:i|we)\b.*)?$/i;

/**
 * What a request's own part says about the visitor: an introduction in it ("… demo and i'm maria
 * lopez from brightlane"), unless the words introduced are the request ("i'm interested in a demo"),
 * and an address in it.
 */
function requestPartDetails(part: string): string {
  const email = EMAIL_WORD.exec(part)?.[0] ?? '';
  const introduced = INTRODUCED.exec(part.replace(email, ' '))?.[1]?.trim();
  const name = introduced && !REQUEST_PART.test(introduced) ? `i'm ${introduced}` : '';
  return [name, email].filter(Boolean).join(', ');
}
