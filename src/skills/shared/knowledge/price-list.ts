import { answerTypesOf, wordsNamingTheFact } from '../../../ml/knowledge/answers/answer-type';
import { topicTerms } from '../../../ml/knowledge/answers/yes-no';
import { analyze } from '../../../ml/knowledge/text/analyzer';
import type { KnowledgeAnswer, KnowledgePassage } from '../../../ml/knowledge/knowledge-base';

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
  const specific = [...topicTerms(question)].filter((term) => !PRICE_WORDS.has(term));
  const pricedSectionsOf = (path: string) =>
    sectionsOf(path).filter((passage) => passage.source.section && AMOUNT.test(passage.text));
  // A price asked naming nothing at all ("how much is it") is the price list's, even when another
  // document's words matched better ("how much they spend"): the first source that is a price list.
  const source = specific.length
    ? result.sources[0]
    : (result.sources.find((known) => pricedSectionsOf(known.path).length >= MIN_PRICED_SECTIONS) ?? result.sources[0]);
  const priced = pricedSectionsOf(source.path);
  const answering = priced.find((passage) => passage.source.section === source.section);
  if (priced.length < MIN_PRICED_SECTIONS || !answering) return result;
  const termsOf = (passage: KnowledgePassage) => new Set(analyze(`${passage.source.section} ${passage.text}`));
  const allSay = priced.map(termsOf).reduce((common, terms) => new Set([...common].filter((term) => terms.has(term))));
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
