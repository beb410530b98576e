import { answerTypesOf, wordsNamingTheFact } from '../../../ml/knowledge/answers/answer-type';
import { topicTerms } from '../../../ml/knowledge/answers/yes-no';
import { analyze } from '../../../ml/knowledge/text/analyzer';
import { everydayQuestion } from '../../../ml/knowledge/text/everyday-question';
import type { KnowledgeAnswer, KnowledgePassage } from '../../../ml/knowledge/knowledge-base';
import { questionClauses } from './clause-answers';

/** A sentence stating an amount of money. */
const AMOUNT = /[$€£]\s?\d/;
/** Fewer sections stating a price than this are no price list. */
const MIN_PRICED_SECTIONS = 3;
/** Longest price list, in words. */
const MAX_ANSWER_WORDS = 90;

/**
 * A price asked without naming what ("how much is it per user", "what does it cost") is answered
 * with the price list the documents give, in their order: when the answering section is one of at
 * least three sections of its document that each state an amount, and the question names nothing
 * that section says and the document's other priced sections do not all say (its heading, "sso",
 * "non-profit"), the answer is the first sentence stating an amount of each priced section, in the
 * document's order (the plans the document puts first come first), as long as it stays short;
 * the section that matched the words best stays in it, as one of the list. Unchanged otherwise.
 */
export function withPriceList(
  question: string,
  result: KnowledgeAnswer,
  sectionsOf: (path: string) => readonly KnowledgePassage[],
): KnowledgeAnswer {
  if (result.noAnswer || !result.sources[0] || !asksPrice(question)) return result;
  // As retrieval read it: the product's own name names nothing ("how much is crmpro" is "how much is it").
  const specific = [...topicTerms(everydayQuestion(question))].filter((term) => !PRICE_WORDS.has(term));
  const pricedSectionsOf = (path: string) =>
    sectionsOf(path).filter((passage) => passage.source.section && AMOUNT.test(passage.text));
  // A price asked naming nothing at all ("how much is it") is the price list's, even when another
  // document's words matched better ("how much they spend"): the first source that is a price list.
  const source = specific.length
    ? result.sources[0]
    : (result.sources.find((known) => pricedSectionsOf(known.path).length >= MIN_PRICED_SECTIONS) ??
      result.sources[0]);
  const priced = pricedSectionsOf(source.path);
  const answering = priced.find((passage) => passage.source.section === source.section);
  if (priced.length < MIN_PRICED_SECTIONS || !answering) return result;
  const termsOf = (passage: KnowledgePassage) =>
    new Set(analyze(`${passage.source.section} ${passage.text}`));
  const allSay = priced
    .map(termsOf)
    .reduce((common, terms) => new Set([...common].filter((term) => terms.has(term))));
  const answeringSays = termsOf(answering);
  if (specific.some((term) => answeringSays.has(term) && !allSay.has(term))) return result;
  const lines: string[] = [];
  const sources = [];
  for (const passage of priced) {
    const sentence = sentencesOf(passage.text).find((text) => AMOUNT.test(text));
    if (!sentence || words([...lines, sentence].join(' ')) > MAX_ANSWER_WORDS) continue;
    lines.push(sentence);
    sources.push(passage.source);
  }
  if (lines.length < 2 || !sources.some((known) => known.section === source.section)) return result;
  return { ...result, answer: lines.join('\n'), sources };
}

/** The words that only name the price asked ("cost", "price", "charge"). */
const PRICE_WORDS = new Set(analyze('cost costs price prices pricing charge charged fee fees pay paid much'));

/** True when the question asks a price ("how much", "what does it cost"). */
function asksPrice(question: string): boolean {
  return answerTypesOf(question).some((states) => wordsNamingTheFact(states).includes('price'));
}

function sentencesOf(text: string): string[] {
  return text
    .trim()
    .split(/(?<=[.!?])\s+|\n/)
    .filter(Boolean);
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * A price asked of a thing the price list has a section about ("how much is the self hosted
 * licence", "how much for the self hosted version"), answered by a passage that states no amount
 * (the licence's refund, the edition's description), is that section's price: among the answer's
 * sources, the document of at least three sections stating an amount, and in it the one priced
 * section whose heading names the most of the question's words (at least half of them). The words
 * the answering section names (its title, heading and text) must all be named by the priced section
 * too, so "how much is the refund on a self hosted licence" keeps the refund policy. The answer is
 * the section's sentences stating an amount, with the section cited first. Unchanged otherwise.
 */
export function withPriceOfNamedThing(
  question: string,
  result: KnowledgeAnswer,
  sectionsOf: (path: string) => readonly KnowledgePassage[],
): KnowledgeAnswer {
  if (result.noAnswer || !result.sources[0] || !asksPrice(question) || AMOUNT.test(result.answer))
    return result;
  // The one question of a message names the thing; the statements of context around it ("we want to
  // run it in our own DC") name no priced section. Several questions are read together ("can i host
  // it myself how much", "is the business price incl. gst?").
  const namedIn = (text: string) => [...topicTerms(text)].filter((term) => !PRICE_WORDS.has(term));
  const clauses = questionClauses(question);
  const inClause = clauses.length === 1 && asksPrice(clauses[0]!) ? namedIn(clauses[0]!) : [];
  const specific = inClause.length ? inClause : namedIn(question);
  if (!specific.length) return result;
  const priceList = result.sources
    .map((source) =>
      sectionsOf(source.path).filter((passage) => passage.source.section && AMOUNT.test(passage.text)),
    )
    .find((priced) => priced.length >= MIN_PRICED_SECTIONS);
  if (!priceList) return result;
  const named = (terms: ReadonlySet<string>) => specific.filter((term) => terms.has(term)).length;
  const ranked = priceList
    .map((passage) => ({ passage, heading: named(new Set(analyze(lastHeadingOf(passage.source.section!)))) }))
    .sort((a, b) => b.heading - a.heading);
  const [best, next] = ranked;
  if (!best || best.heading < Math.max(1, specific.length / 2) || (next && next.heading === best.heading))
    return result;
  const answering = result.passages.find((passage) => samePlace(passage.source, result.sources[0]!));
  const answeringSays = new Set(
    analyze(
      `${result.sources[0].title} ${result.sources[0].section ?? ''} ${answering?.text ?? result.answer}`,
    ),
  );
  const pricedSays = new Set(
    analyze(`${best.passage.source.title} ${best.passage.source.section} ${best.passage.text}`),
  );
  if (specific.some((term) => answeringSays.has(term) && !pricedSays.has(term))) return result;
  const priced = sentencesOf(best.passage.text).filter((sentence) => AMOUNT.test(sentence));
  if (!priced.length) return result;
  return {
    ...result,
    answer: priced.join(' '),
    sources: [
      best.passage.source,
      ...result.sources.filter((source) => !samePlace(source, best.passage.source)),
    ],
    passages: [
      best.passage,
      ...result.passages.filter((passage) => !samePlace(passage.source, best.passage.source)),
    ],
  };
}

function lastHeadingOf(section: string): string {
  return section.split(' › ').pop()!;
}

function samePlace(a: KnowledgePassage['source'], b: KnowledgePassage['source']): boolean {
  return a.path === b.path && a.section === b.section;
}

/**
 * A follow-up naming nothing but another way of being billed ("and billed yearly?", "what about
 * annual billing?", "and if we pay monthly", "and if we pay for the year upfront?", "what if we commit
 * to 12 months in advance", "paying annually?") after an answer stating a price.
 */
const BILLING_ONLY =
  /^\s*(?:(?:and|or|but|so|ok(?:ay)?|what\s+about|how\s+about|what\s+if|and\s+what\s+if|say)\s+)?(?:if\s+)?(?:(?:we|i|you)\s+)?(?:(?:pay|paid|paying|billed|billing|charged|go|went|are|were|is|commit|committed|signed?|choose|chose|pick|take|buy|prepay|prepaid)\s+)?(?:(?:upfront|up\s+front|in\s+advance|up)\s+)?(?:(?:on|per|with|for|to|an?|the|whole|full|entire|one|by)\s+)*(?:yearly|annually|annual|monthly|year|month|12\s+months|twelve\s+months|annum)(?:\s+(?:billing|plan|basis|subscription|contract|instead|upfront|up\s+front|in\s+advance|in\s+one\s+go|at\s+once|then|price|pricing|cost|rate|please|pls)){0,2}\s*[?.!]*\s*$/i;

/**
 * The price a follow-up asks with another way of being billed ("how much is the team plan" → "and
 * billed yearly?"): the sentence of the section that answered the previous question stating an
 * amount and that way of billing (the Team section's "… or $24 per user per month billed
 * annually"), cited from it. Undefined when the follow-up says more, or the section states no such price.
 */
export function billingFollowUpAnswer(
  question: string,
  previousSection: string | undefined,
  sectionsOf: (path: string) => readonly KnowledgePassage[],
): KnowledgeAnswer | undefined {
  if (!previousSection || !BILLING_ONLY.test(question)) return undefined;
  const hash = previousSection.indexOf('#');
  const [path, section] = [previousSection.slice(0, hash), previousSection.slice(hash + 1)];
  const passage = sectionsOf(path).find((known) => (known.source.section ?? '') === section);
  if (!passage) return undefined;
  const billing = /\b(?:year|yearly|annual|annually|12\s+months|twelve\s+months|annum)\b/i.test(question)
    ? /\b(?:annual|annually|yearly|year)\b/i
    : /\bmonth|monthly\b/i;
  const sentence = sentencesOf(passage.text).find((text) => AMOUNT.test(text) && billing.test(text));
  if (!sentence) return undefined;
  return {
    answer: sentence,
    sources: [passage.source],
    confidence: 1,
    noAnswer: false,
    ignored: [],
    passages: [passage],
  };
}

/**
 * A currency other than the one prices are stated in, asked for ("in euros", "in gbp", "price in
 * £", "convert to pounds"): the words that ask it, to read the question without them.
 */
const IN_ANOTHER_CURRENCY =
  /\s*\b(?:(?:in|into|to|as)\s+|(?:converted|convert)\s+(?:in)?to\s+)(?:(?:british|swiss|canadian|australian|indian|new\s+zealand)\s+)?(?:euros?|eur|pounds?(?:\s+sterling)?|gbp|sterling|quid|yen|jpy|francs?|chf|dollars\s+(?:canadian|australian)|cad|aud|nzd|rupees?|inr|kronor|krona|kroner|sek|nok|dkk|zloty|pln|reais|real|brl|pesos?|mxn|rand|zar|local\s+currency|my\s+currency|our\s+currency)\b|\s*(?:in|into|to)\s+[€£¥]|\s*[€£¥]\s*(?=[?.!]*\s*$)/i;
/** A thing with a price ("the business plan in euros per month", "the licence in gbp"): its price asked. */
const PRICED_THING = /\b(?:plans?|tiers?|licen[cs]es?|editions?|per\s+(?:user|seat|month|year))\b/i;
/** Paying or being billed in a currency ("can we pay in euros", "are invoices in gbp"): the billing currencies. */
const PAYING = /\b(?:pay|pays|paying|paid|payment|bill|billed|billing|invoic\w*|charg\w*)\b/i;
/** A sentence naming the currency prices are stated in ("…, in US dollars, …"). */
const STATED_CURRENCY = /\b(?:US\s+dollars|USD)\b/;

/**
 * The question without the other currency it asks a price in ("how much is the business plan in
 * euros" → "how much is the business plan", "whats the business plan in euros per month"), when it
 * asks a price, or of a priced thing, in one; undefined otherwise, and for paying or being billed in
 * a currency ("can we pay in euros": the billing currencies answer that).
 */
export function priceInAnotherCurrency(question: string): string | undefined {
  const asked = IN_ANOTHER_CURRENCY.exec(question);
  if (!asked || PAYING.test(question) || !(asksPrice(question) || PRICED_THING.test(question)))
    return undefined;
  const without = `${question.slice(0, asked.index)}${question.slice(asked.index + asked[0].length)}`.trim();
  return /\p{L}{2}/u.test(without) ? without : undefined;
}

/**
 * A price answered for a question asking it in another currency: the price as the documents state
 * it, then the sentence of its document naming the currency prices are in ("All prices are … in US
 * dollars …") and the one saying which currencies are billed, when another passage says so
 * (`billed`). Unchanged when the answer states no amount or its document names no currency.
 */
export function withStatedCurrency(
  result: KnowledgeAnswer,
  sectionsOf: (path: string) => readonly KnowledgePassage[],
  billed: KnowledgeAnswer | undefined,
): KnowledgeAnswer {
  const source = result.sources[0];
  if (result.noAnswer || !source || !AMOUNT.test(result.answer)) return result;
  const stated = sectionsOf(source.path)
    .flatMap((passage) => sentencesOf(passage.text))
    .find((sentence) => STATED_CURRENCY.test(sentence));
  if (!stated || result.answer.includes(stated)) return result;
  const billing =
    billed && !billed.noAnswer
      ? sentencesOf(billed.answer).find(
          (sentence) => STATED_CURRENCY.test(sentence) || /\b(?:bill|billed|invoice\w*)\b/i.test(sentence),
        )
      : undefined;
  const note = billing && !result.answer.includes(billing) ? `${stated} ${billing}` : stated;
  const billingSource = billing ? billed!.sources[0] : undefined;
  return {
    ...result,
    answer: `${result.answer}\n${note}`,
    sources: billingSource ? [...result.sources, billingSource] : result.sources,
  };
}
