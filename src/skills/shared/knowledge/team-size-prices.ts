import { answerTypesOf, wordsNamingTheFact } from '../../../ml/knowledge/answers/answer-type';
import type {
  KnowledgeAnswer,
  KnowledgePassage,
  KnowledgeSource,
} from '../../../ml/knowledge/knowledge-base';
import { analyze } from '../../../ml/knowledge/text/analyzer';
import { numberSaid, numberWordsBetween } from '../../../vocabulary';
import { questionClauses } from './clause-answers';

/**
 * A plan or a price asked for a number of people ("how much is it for 10 people", "3 of us, which
 * plan is best", "is the free plan ok for 3 users") is answered from the price list worked out for
 * them: the document whose sections state per-user prices is found, each plan section is read for
 * its per-user prices (with how they are billed) and its user limits ("up to 2 users", "a minimum of
 * 50 users"), and the answer gives the plans that take that many users with each price times the
 * number of users, then the plans that do not take them with their limit. A plan named ("business
 * plan", "on business") narrows it to that plan, and a yes/no question about it ("is the free plan
 * ok for 3 users") starts with "Yes." or "No."; "yearly" / "monthly" narrow it to that billing. The
 * price document's other sections the question names by a word no plan says ("registered
 * nonprofit" -> the discounts) add their sentences with that word. Nothing is said that the
 * document does not state: only its prices, multiplied.
 */
export async function withTeamSizePrices(
  question: string,
  result: KnowledgeAnswer,
  lookUp: (text: string) => Promise<KnowledgeAnswer>,
  sectionsOf: (path: string) => readonly KnowledgePassage[],
): Promise<KnowledgeAnswer> {
  const size = teamSizeOf(question);
  if (size === undefined || !asksPlanOrPrice(question)) return result;
  const { plans, others } = await priceListFor(question, result, lookUp, sectionsOf);
  if (plans.length < MIN_PRICED_PLANS) return result;
  const named = plans.filter((plan) => namesPlan(question, plan.word));
  const billing = billingAsked(question);
  const fits = (plan: Plan) => size >= (plan.minUsers ?? 0) && size <= (plan.maxUsers ?? Infinity);
  const lines: string[] = [];
  const used: Plan[] = [];
  for (const plan of named.filter((known) => !fits(known))) {
    lines.push(limitLine(plan, size));
    used.push(plan);
  }
  const offered = named.some(fits)
    ? named.filter(fits)
    : plans.filter((plan) => fits(plan) && (plan.free || plan.prices.length));
  for (const plan of offered) {
    lines.push(
      plan.free ? plan.freeSentence! : plan.prices.length ? priceLine(plan, size, billing) : termsLine(plan),
    );
    used.push(plan);
  }
  if (!named.length) {
    const left = plans.filter((plan) => !fits(plan));
    if (left.length) lines.push(left.map((plan) => limitLine(plan, size)).join(' '));
    used.push(...left);
  }
  if (!offered.length && !named.length) return result;
  // The document's opening (no section of its own) says what every price is in ("in US dollars,
  // excluding VAT"), and its other sections the question names add what they say of it; unless the
  // message asks several things, each clause then answered on its own (withClauseAnswers).
  const alone = questionClauses(question).length < 2;
  const opening = others.find((passage) => !passage.source.section);
  const openingSentence =
    opening && alone
      ? sentencesOf(opening.text).find((sentence) => /\bprices?\b/i.test(sentence))
      : undefined;
  const mentioned = alone
    ? sentencesNamedBy(
        question,
        others.filter((passage) => passage !== opening),
        plans,
      )
    : [];
  const passages = [
    ...plans
      .filter((plan) => used.includes(plan))
      .map((plan) => ({ source: plan.source, text: plan.text, score: 1 })),
    ...mentioned.map(({ passage }) => passage),
    ...(opening && openingSentence ? [opening] : []),
  ];
  const verdict =
    named.length === 1 && YES_NO_QUESTION.test(question.trim()) ? (fits(named[0]!) ? 'Yes. ' : 'No. ') : '';
  return {
    ...result,
    answer: [
      `${verdict}For ${size} users:`,
      ...lines,
      ...mentioned.map(({ sentences }) => sentences.join(' ')),
      ...(openingSentence ? [openingSentence] : []),
    ].join('\n'),
    sources: passages.map((passage) => passage.source),
    // The figures are the document's own, multiplied: as sure as the price list's sections.
    confidence: Math.max(result.confidence, ANSWERED_FROM_THE_PRICE_LIST),
    noAnswer: false,
    passages,
  };
}

/** A question asking yes or no ("is the free plan ok for 3 users", "can 5 of us use team"). */
const YES_NO_QUESTION = /^(?:is|are|can|could|does|do|will|would|should)\b/i;

/**
 * The sentences of the price document's sections other than plans that hold a word of the question
 * no plan section holds ("registered nonprofit" -> "Registered non-profit organisations ... get 50%
 * off"), with their passages. Numbers do not count (every section states some).
 */
function sentencesNamedBy(
  question: string,
  others: readonly KnowledgePassage[],
  plans: readonly Plan[],
): Array<{ passage: KnowledgePassage; sentences: string[] }> {
  const planTerms = new Set(plans.flatMap((plan) => analyze(`${plan.name} ${plan.text}`)));
  const asked = new Set(analyze(question).filter((term) => !/\d/.test(term) && !planTerms.has(term)));
  if (!asked.size) return [];
  return others
    .map((passage) => ({
      passage,
      sentences: sentencesOf(passage.text).filter((sentence) =>
        analyze(sentence).some((term) => asked.has(term)),
      ),
    }))
    .filter(({ sentences }) => sentences.length);
}

/** Fewer plan sections with prices than this are no price list. */
const MIN_PRICED_PLANS = 2;
/** The confidence of an answer worked out from the price list's own sentences. */
const ANSWERED_FROM_THE_PRICE_LIST = 0.9;
/** Largest number of people read as a team size (bigger numbers are amounts, years, ...). */
const MAX_TEAM_SIZE = 100_000;

const NUMBER = String.raw`(\d{1,6}|${numberWordsBetween(2, 100)})`;
/** Words for the people who would use it, after their number ("10 people", "12 staff", "3 of us"). */
const PEOPLE = String.raw`(?:people|persons?|users?|seats?|staff|employees|members|colleagues|reps|agents|salespeople|sales ?reps|of us|licen[cs]es|(?:-| )?(?:person|people|man|user|seat)\b)`;
const TEAM_SIZE: RegExp[] = [
  new RegExp(String.raw`(?<![$€£\d.,])\b${NUMBER}\s*${PEOPLE}`, 'i'),
  new RegExp(
    String.raw`\b(?:team|company|group|firm|business|shop|office|staff|agency|startup) of ${NUMBER}\b`,
    'i',
  ),
];

/** How many people a question says will use it ("3 of us", "a team of 5", "10 users"), if it says. */
export function teamSizeOf(question: string): number | undefined {
  for (const pattern of TEAM_SIZE) {
    const found = pattern.exec(question);
    if (!found) continue;
    const said = (found[1] ?? '').toLowerCase();
    const size = numberSaid(said) ?? NaN;
    if (size >= 1 && size <= MAX_TEAM_SIZE) return size;
  }
  return undefined;
}

/** True when the question asks a price or which plan ("how much", "which plan is good for us"). */
function asksPlanOrPrice(question: string): boolean {
  // "how much ram for 200 users", "how many cores for 100 people": what the servers need, not a price
  if (RESOURCE_ASKED.test(question)) return false;
  if (
    /\b(?:plans?|tiers?|pricing|prices?|subscriptions?|licen[cs]es?|packages?|costs?|how much)\b/i.test(
      question,
    )
  )
    return true;
  return answerTypesOf(question).some((states) => wordsNamingTheFact(states).includes('price'));
}

/** A server resource asked in an amount ("how much ram", "how many cpu cores", "what disk size"). */
const RESOURCE_ASKED =
  /\b(?:how\s+(?:much|many|big)|what|which)\s+(?:\w+\s+)?(?:ram|memory|cpus?|cores?|disk|disks|storage|hardware|servers?|gb|gigabytes?|vcpus?|machines?|specs?)\b/i;

/** One plan of the price list, as its section states it. */
interface Plan {
  /** The section's own heading ("Team", "Self-hosted licence"). */
  readonly name: string;
  /** The heading's first word, lower case: how the plan is named in sentences ("team", "self-hosted"). */
  readonly word: string;
  readonly source: KnowledgeSource;
  readonly text: string;
  readonly prices: readonly PerUserPrice[];
  /** The sentence stating the plan costs nothing, when it does. */
  readonly freeSentence?: string;
  readonly free: boolean;
  readonly minUsers?: number;
  readonly maxUsers?: number;
}

interface PerUserPrice {
  readonly symbol: string;
  readonly amount: number;
  readonly per: 'month' | 'year';
  readonly billed?: 'monthly' | 'annually';
  /** The price as the document words it ("$29 per user per month billed monthly"). */
  readonly words: string;
}

/**
 * The plans (and other sections) of the first document whose sections state per-user prices: among
 * the answer's sources, then those of the question looked up as a per-user price question, then
 * those of the per-user price alone.
 */
async function priceListFor(
  question: string,
  result: KnowledgeAnswer,
  lookUp: (text: string) => Promise<KnowledgeAnswer>,
  sectionsOf: (path: string) => readonly KnowledgePassage[],
): Promise<{ plans: Plan[]; others: KnowledgePassage[] }> {
  const plansIn = (path: string) =>
    sectionsOf(path)
      .map(planOf)
      .filter((plan): plan is Plan => plan !== undefined);
  const isPriceList = (path: string) =>
    plansIn(path).filter((plan) => plan.prices.length).length >= MIN_PRICED_PLANS;
  let found = result.sources.find((source) => isPriceList(source.path));
  for (const text of [`${question} ${PER_USER_PRICE}`, PER_USER_PRICE]) {
    if (found) break;
    found = (await lookUp(text)).sources.find((source) => isPriceList(source.path));
  }
  if (!found) return { plans: [], others: [] };
  const plans = plansIn(found.path);
  const planSections = new Set(plans.map((plan) => plan.source.section));
  return {
    plans,
    others: sectionsOf(found.path).filter((passage) => !planSections.has(passage.source.section)),
  };
}

/** The words a price list states its prices in. */
const PER_USER_PRICE = 'price per user per month';

const AMOUNT = /([$€£])\s?(\d[\d,]*(?:\.\d+)?)/;

/** A section read as a plan: its heading's word is named by a sentence stating a price or a user limit. */
function planOf(passage: KnowledgePassage): Plan | undefined {
  const name = passage.source.section?.split(' › ').at(-1)?.trim();
  if (!name) return undefined;
  const word = (name.split(/\s+/)[0] ?? name).toLowerCase();
  const sentences = sentencesOf(passage.text).filter((sentence) => sentence.toLowerCase().includes(word));
  const prices: PerUserPrice[] = [];
  let freeSentence: string | undefined;
  let minUsers: number | undefined;
  let maxUsers: number | undefined;
  for (const sentence of sentences) {
    const perUser = /\bper (?:user|seat)\b/i.test(sentence);
    for (const clause of sentence.split(/,\s*or\s+|;\s*/)) {
      const amount = AMOUNT.exec(clause);
      if (!amount) continue;
      const value = Number((amount[2] ?? '').replace(/,/g, ''));
      if (value === 0) freeSentence = sentence;
      else if (perUser) prices.push(perUserPriceOf(clause, sentence, amount[1] ?? '$', value));
    }
    const most = /\bup to (\d[\d,]*) users\b/i.exec(sentence);
    if (most?.[1]) maxUsers = Number(most[1].replace(/,/g, ''));
    const least = /\b(?:a minimum of|at least|minimum) (\d[\d,]*) users\b/i.exec(sentence);
    if (least?.[1]) minUsers = Number(least[1].replace(/,/g, ''));
  }
  if (!prices.length && !freeSentence && minUsers === undefined && maxUsers === undefined) return undefined;
  return {
    name,
    word,
    source: passage.source,
    text: passage.text,
    prices,
    ...(freeSentence ? { freeSentence } : {}),
    free: freeSentence !== undefined && !prices.length,
    ...(minUsers !== undefined ? { minUsers } : {}),
    ...(maxUsers !== undefined ? { maxUsers } : {}),
  };
}

function perUserPriceOf(clause: string, sentence: string, symbol: string, amount: number): PerUserPrice {
  const per = /\bper month\b/i.test(clause)
    ? 'month'
    : /\bper year\b/i.test(clause)
      ? 'year'
      : /\bper month\b|\bmonthly\b/i.test(sentence)
        ? 'month'
        : 'year';
  const billedWords = /\bbilled (monthly|annually|yearly)\b/i.exec(clause)?.[1]?.toLowerCase();
  const billed = billedWords === 'monthly' ? 'monthly' : billedWords ? 'annually' : undefined;
  const start = clause.indexOf(symbol);
  const stated = clause
    .slice(start)
    .replace(/,.*$/, '')
    .replace(/\s*\.\s*$/, '');
  // "$420 per user" in a sentence that said "per user per year" earlier: the period said with it.
  const words = new RegExp(`\\bper ${per}\\b`).test(stated) ? stated : `${stated} per ${per}`;
  return { symbol, amount, per, ...(billed ? { billed } : {}), words };
}

/** The billing the question asks for, if it says. */
function billingAsked(question: string): 'monthly' | 'annually' | undefined {
  const yearly = /\b(?:yearly|annual(?:ly)?|per year|a year|every year|for the year)\b/i.test(question);
  const monthly = /\b(?:monthly|per month|a month|every month|month to month)\b/i.test(question);
  // "annual vs monthly?" asks both
  return yearly === monthly ? undefined : yearly ? 'annually' : 'monthly';
}

/** True when the question names the plan ("business plan", "on business", "the self hosted one"). */
function namesPlan(question: string, word: string): boolean {
  const said = question.toLowerCase().replace(/-/g, ' ');
  const plan = word.replace(/-/g, ' ');
  return new RegExp(
    String.raw`\b${plan}\s+(?:plan|tier|edition|licen[cs]e|version|one|subscription|package|cost|price|pricing|per (?:user|seat|person|head))\b|\bon\s+(?:the\s+)?${plan}\b|^${plan}\b`,
  ).test(said);
}

/** "Team for 10 users: $29 per user per month billed monthly, $290 a month; or ..." */
function priceLine(plan: Plan, size: number, billing: 'monthly' | 'annually' | undefined): string {
  const asked = billing
    ? plan.prices.filter(
        (price) => (price.billed ?? (price.per === 'year' ? 'annually' : 'monthly')) === billing,
      )
    : [];
  const prices = asked.length ? asked : plan.prices;
  const parts = prices.map((price) => {
    const total = price.amount * size;
    const yearTotal =
      price.per === 'month' && price.billed === 'annually'
        ? ` (${money(price.symbol, total * 12)} a year)`
        : '';
    return `${price.words}, ${money(price.symbol, total)} a ${price.per}${yearTotal}`;
  });
  return `${plan.name}: ${parts.join('; or ')}.`;
}

/**
 * A plan that takes the team but states no per-user price ("Enterprise pricing is quoted per
 * contract, with a minimum of 50 users"): its own sentences naming it, as the document says them,
 * since there is nothing to multiply.
 */
function termsLine(plan: Plan): string {
  return sentencesOf(plan.text)
    .filter((sentence) => sentence.toLowerCase().includes(plan.word))
    .slice(0, 1)
    .join(' ');
}

/** "The Free plan is for up to 2 users." / "Enterprise needs a minimum of 50 users." */
function limitLine(plan: Plan, size: number): string {
  if (plan.maxUsers !== undefined && size > plan.maxUsers)
    return `The ${plan.name} plan is for up to ${plan.maxUsers} users.`;
  return `${plan.name} needs a minimum of ${plan.minUsers} users.`;
}

function money(symbol: string, amount: number): string {
  const rounded = Math.round(amount * 100) / 100;
  return `${symbol}${rounded.toLocaleString('en-US', { minimumFractionDigits: Number.isInteger(rounded) ? 0 : 2, maximumFractionDigits: 2 })}`;
}

function sentencesOf(text: string): string[] {
  return text
    .trim()
    .split(/(?<=[.!?])\s+|\n/)
    .filter(Boolean);
}
