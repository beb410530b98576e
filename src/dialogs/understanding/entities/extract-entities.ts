import type { CountryCode } from 'libphonenumber-js';
import { extractEmails, extractPhones, type EmailMention, type PhoneMention } from './contact-details';
import { extractDealStages, type DealStageMention } from './deal-stages';
import { extractMoney, type MoneyMention } from './money';
import type { NamedRecord } from '../../../vocabulary';
import { NameMatcher, type NameCandidate } from './name-matcher';
import { extractPeople, type PersonMention } from './people';
import { unknownFirstNameIn } from './nicknames';
import { withSoundAlikes } from './sound-alike-lookup';
import { withoutNamesInsideLonger } from './longer-names';
import { teamsNamedIn, type TeamMention } from '../team-names';
import {
  extractPeriodsAndDates,
  type CalendarContext,
  type DateMention,
  type PeriodMention,
} from './periods';
import { yearPeriodsIn } from './year-periods';
import { negatedSpans, spansOf } from './negated-mentions';

/** What the caller knows that entity extraction needs: the clock, and the names to look for. */
export interface EntityContext extends Partial<CalendarContext> {
  /** Accounts to match by name (the lead passes the store's account names). */
  readonly accounts?: readonly NamedRecord[];
  readonly contacts?: readonly NamedRecord[];
  readonly products?: readonly NamedRecord[];
  /** The CRM users who can be named as reps. */
  readonly reps?: readonly NamedRecord[];
  /** The CRM's sales teams, named with or without the word "team" ("pipeline for mid-market"). */
  readonly teams?: readonly NamedRecord[];
  /** The accounts' industries ("my healthcare accounts"). */
  readonly industries?: readonly NamedRecord[];
  /** Currency for amounts written without one (default USD). */
  readonly defaultCurrency?: string;
  /** Country for phone numbers written without +code (default US). */
  readonly defaultCountry?: CountryCode;
}

/** Every entity found in one message. Name candidates are best first with scores for disambiguation. */
export interface MessageEntities {
  readonly accounts: NameCandidate[];
  readonly contacts: NameCandidate[];
  readonly products: NameCandidate[];
  readonly people: PersonMention[];
  /** Teams of the CRM the message names (from the names passed in `teams`). */
  readonly teams: TeamMention[];
  /** Industries of the CRM's accounts the message names (from the names passed in `industries`). */
  readonly industries: TeamMention[];
  readonly periods: PeriodMention[];
  readonly dates: DateMention[];
  readonly money: MoneyMention[];
  readonly dealStages: DealStageMention[];
  /**
   * Accounts and stages the message puts outside what it asks for ("my open deals except acme",
   * "deals not in negotiation"): read as exclusions, never as the account or stage asked about.
   */
  readonly excludedAccounts?: NameCandidate[];
  readonly excludedStages?: DealStageMention[];
  readonly emails: EmailMention[];
  readonly phones: PhoneMention[];
  /**
   * A first name said where a colleague is named that no user has and no contact or account named
   * in the message holds ("how's dave doing"): the word, lower case (see `unknownFirstNameIn`).
   */
  readonly unknownPerson?: string;
}

/**
 * Matchers over the caller's names are built once per list and reused while the list object
 * stays the same (the lead passes the same array every turn until the store changes).
 */
const matchers = new WeakMap<readonly NamedRecord[], NameMatcher>();
function matcherFor(records: readonly NamedRecord[]): NameMatcher {
  let matcher = matchers.get(records);
  if (!matcher) {
    matcher = new NameMatcher(records);
    matchers.set(records, matcher);
  }
  return matcher;
}

/** A word with an "s" and a person's field after it: "nancys email", "bills number". */
const POSSESSIVE_BEFORE_FIELD =
  /\b([a-z]{2,}[a-rt-z])s\b(?=\s+(?:e-?mail|phone|number|cell|mobile|title|job|position|role)\b)/gi;

/**
 * The contacts a message names, also when a possessive is typed without its apostrophe ("whats
 * jane coopers email"): a word's final "s" is dropped when that gives an exact name the words as
 * typed do not. The name without its "s" is still a span of the message as typed.
 */
function contactsIn(text: string, matcher: NameMatcher): NameCandidate[] {
  const found = matcher.find(text);
  if ((found[0]?.score ?? 0) >= 0.9) return found;
  const singular = text.replace(/\b([a-z]{2,}[a-rt-z])s\b/gi, '$1');
  if (singular === text) return found;
  const exact = matcher.find(singular, 0.9, 5, true);
  if (exact.length) return exact;
  // A first name as a possessive before a person's field ("whats nancys email", "janes phone?").
  const beforeField = text.replace(POSSESSIVE_BEFORE_FIELD, '$1');
  if (beforeField === text || found.length) return found;
  return matcher.find(beforeField).filter((c) => c.score >= 0.85);
}

/**
 * The periods read, with the calendar years said alone ("what about 2024", "in 2025") among them in
 * the order the message says them.
 */
function withYearsSaid(text: string, periods: PeriodMention[]): PeriodMention[] {
  let rest = text.toLowerCase();
  const placed = periods.map((period) => {
    const index = rest.indexOf(period.text.toLowerCase());
    if (index >= 0)
      rest = rest.slice(0, index) + ' '.repeat(period.text.length) + rest.slice(index + period.text.length);
    return { period, index };
  });
  const years = yearPeriodsIn(rest);
  if (years.length === 0) return periods;
  return [...placed, ...years.map(({ index, ...period }) => ({ period, index }))]
    .sort((a, b) => a.index - b.index)
    .map((p) => p.period);
}

/**
 * The people without a colleague read through a misspelling (`bySound`) from words that name a
 * contact or an account as typed ("call with camille" is the contact Camille, not Camila misspelt),
 * unless the word is the colleague's own surname.
 */
function withoutMisreadColleague(
  people: PersonMention[],
  records: readonly NameCandidate[],
): PersonMention[] {
  const wordsOf = (text: string) =>
    text
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .split(/\s+/);
  const sure = records.filter((r) => r.score >= 0.75 && !r.bySound);
  const named = new Set(sure.flatMap((r) => wordsOf(r.text)));
  if (!named.size) return people;
  // A colleague's own surname as typed ("rivera vs johnson") stays the colleague when contacts are
  // named by that word only in part (37 "… Rivera" on the full demo CRM; "rate rivera" is close to
  // "Mateo Rivera"), not when two words of a record's name, or all of it, are typed ("rivera foods",
  // "email for david johnson").
  const namedInFull = new Set(
    sure.flatMap((r) => {
      const name = wordsOf(r.name);
      const typed = wordsOf(r.text).filter((w) => name.includes(w));
      return typed.length >= Math.min(2, name.length) ? typed : [];
    }),
  );
  const ownSurname = (c: NameCandidate) => {
    const typed = wordsOf(c.text);
    return typed.length === 1 && typed[0] === wordsOf(c.name).at(-1);
  };
  return people.flatMap((person): PersonMention[] => {
    if (person.kind !== 'rep') return [person];
    const candidates = person.candidates.filter(
      (c) =>
        !c.bySound ||
        !wordsOf(c.text).every((w) => named.has(w)) ||
        (ownSurname(c) && !wordsOf(c.text).every((w) => namedInFull.has(w))),
    );
    if (!candidates.length) return [];
    return [{ ...person, text: candidates[0]!.text, candidates }];
  });
}

/** Extracts all entities of one message. Pure apart from the matcher cache; no I/O. */
export function extractEntities(text: string, context: EntityContext = {}): MessageEntities {
  const emails = extractEmails(text);
  // Addresses contain names and digits that must not read as accounts or phone numbers.
  let rest = text;
  for (const email of emails) rest = rest.replace(email.text, ' ');
  const phones = extractPhones(rest, context.defaultCountry);
  for (const phone of phones) rest = rest.replace(phone.text, ' ');
  const money = extractMoney(rest, context.defaultCurrency);
  // "1.2m" must not read as a time for the date parser.
  let withoutMoney = rest;
  for (const amount of money) withoutMoney = withoutMoney.replace(amount.text, ' ');
  const { periods: calendarPeriods, dates } = extractPeriodsAndDates(withoutMoney, {
    now: context.now ?? new Date(),
    timeZone: context.timeZone ?? 'UTC',
    ...(context.fiscalYearStartMonth ? { fiscalYearStartMonth: context.fiscalYearStartMonth } : {}),
    ...(context.prefer ? { prefer: context.prefer } : {}),
  });
  const periods = withYearsSaid(withoutMoney, calendarPeriods);
  const accounts = context.accounts
    ? withoutNamesInsideLonger(
        withSoundAlikes(matcherFor(context.accounts).find(rest), rest, context.accounts, true),
      )
    : [];
  const contacts = context.contacts
    ? withSoundAlikes(contactsIn(rest, matcherFor(context.contacts)), rest, context.contacts)
    : [];
  const stages = extractDealStages(rest);
  // "except acme", "not in negotiation": the names negated are exclusions, apart from the rest.
  const said = [...new Set([...accounts.map((a) => a.text), ...stages.map((s) => s.text)])];
  const negated = negatedSpans(rest, spansOf(rest, said));
  const isNegated = (text: string) => negated[said.indexOf(text)] === true;
  return {
    accounts: accounts.filter((a) => !isNegated(a.text)),
    ...(accounts.some((a) => isNegated(a.text))
      ? { excludedAccounts: accounts.filter((a) => isNegated(a.text)) }
      : {}),
    contacts,
    products: context.products ? matcherFor(context.products).find(rest) : [],
    people: withoutMisreadColleague(extractPeople(rest, context.reps), [...contacts, ...accounts]),
    teams: context.teams ? teamsNamedIn(rest, context.teams) : [],
    industries: context.industries ? teamsNamedIn(rest, context.industries) : [],
    periods,
    dates,
    money,
    dealStages: stages.filter((s) => !isNegated(s.text)),
    ...(stages.some((s) => isNegated(s.text))
      ? { excludedStages: stages.filter((s) => isNegated(s.text)) }
      : {}),
    emails,
    phones,
    ...unknownPersonOf(rest, context.reps, [...contacts, ...accounts]),
  };
}

/** The first name nobody has (`unknownFirstNameIn`), unless a contact or account named in the message holds that word. */
function unknownPersonOf(
  text: string,
  reps: readonly NamedRecord[] | undefined,
  records: readonly NameCandidate[],
): { unknownPerson?: string } {
  const unknown = reps ? unknownFirstNameIn(text, reps) : undefined;
  if (!unknown) return {};
  const named = records.some(
    (r) =>
      r.score >= 0.75 &&
      r.text
        .toLowerCase()
        .split(/[\s']+/)
        .includes(unknown),
  );
  return named ? {} : { unknownPerson: unknown };
}
