import { splitSentences } from '../../../ml/knowledge/ingestion/chunker';
import { comparedItems, comparedWithOurselves } from '../../../ml/knowledge/answers/comparison';
import { topicTerms } from '../../../ml/knowledge/answers/yes-no';
import { analyze } from '../../../ml/knowledge/text/analyzer';
import type { KnowledgeAnswer, KnowledgeSource } from '../../../ml/knowledge/knowledge-base';

/** Longest account of one side of a comparison, in words (whole sentences; at least the first). */
const MAX_SIDE_WORDS = 60;
/** A section about the difference itself ("Differences", "Cloud vs self-hosted", "Comparing plans"). */
const DIFFERENCE_HEADING = /\bdifferen|\bcompar|\bvs\b|\bversus\b/i;

/**
 * A comparison ("what's the difference between business and enterprise") answered from both
 * sections: each compared thing is looked up on its own, and when both are sections of one
 * document that name them ("Pricing plans › Business", "Pricing plans › Enterprise"), the answer
 * gives each section's opening, headed by its name, citing both. A retrieved section about the
 * difference itself ("Differences") that speaks of both things is preferred to either. Undefined
 * when the question compares nothing, when the answer to the question as asked already speaks of
 * both things from a section about one of them, or when the lookups find neither.
 */
export async function comparisonAnswer(
  question: string,
  asked: KnowledgeAnswer,
  lookUp: (item: string) => Promise<KnowledgeAnswer>,
): Promise<KnowledgeAnswer | undefined> {
  const compared = comparedItems(question);
  if (!compared) return undefined;
  const [first, second] = compared.items;
  // A section about the difference that speaks of both things answers, found as asked or asked
  // in the documents' words ("cloud vs self hosted" as "difference between cloud and self hosted").
  const aboutTheDifference = (answer: KnowledgeAnswer) =>
    answer.noAnswer
      ? undefined
      : answer.passages.find(
          (passage) =>
            DIFFERENCE_HEADING.test(passage.source.section ?? '') &&
            names(first, `${headingOf(passage.source)} ${passage.text}`) &&
            names(second, `${headingOf(passage.source)} ${passage.text}`),
        );
  const asIs = aboutTheDifference(asked);
  const differenceAnswer = asIs ? asked : await lookUp(`difference between ${first} and ${second}`);
  const section = asIs ?? aboutTheDifference(differenceAnswer);
  if (section) {
    return {
      ...differenceAnswer,
      answer: opening(section.text),
      sources: [section.source],
      passages: [section],
      ignored: asked.ignored,
    };
  }
  // The answer as asked stands when it speaks of both, unless the question asks nothing but which of
  // the two and the answer's section is about neither: the refund policy mentions "the Team and
  // Business plans" but does not tell "team or business plan, which one".
  const askedHeading = asked.sources[0] ? headingOf(asked.sources[0]) : '';
  if (
    !asked.noAnswer &&
    names(first, answerContext(asked)) &&
    names(second, answerContext(asked)) &&
    (!asksOnlyWhichOfTwo(question, compared.items) ||
      names(first, askedHeading) ||
      names(second, askedHeading))
  )
    return undefined;
  const sides = await Promise.all(compared.items.map(lookUp));
  const found = sides.map((side, index) => ({
    side,
    item: compared.items[index]!,
    source: side.sources[0],
    passage: side.passages[0],
  }));
  if (
    found.some(
      ({ side, source, passage, item }) =>
        side.noAnswer || !source || !passage || !names(item, headingOf(source)),
    )
  )
    return undefined;
  const [a, b] = found as Array<{
    side: KnowledgeAnswer;
    source: KnowledgeSource;
    passage: KnowledgeAnswer['passages'][number];
  }>;
  if (a!.source.path !== b!.source.path || a!.source.section === b!.source.section) return undefined;
  const answer = [a!, b!]
    .map(({ source, passage }) => `${lastHeading(source)}: ${opening(passage.text)}`)
    .join('\n');
  return {
    answer,
    sources: [a!.source, b!.source],
    confidence: Math.min(a!.side.confidence, b!.side.confidence),
    noAnswer: false,
    ignored: asked.ignored,
    passages: [a!.passage, b!.passage],
  };
}

/** What the documents are asked for what the product is: the overview a knowledge base opens with. */
const OVERVIEW_QUESTION = 'product overview';

/**
 * The product compared with a product the documents do not name ("how are you different from
 * chatwoot?", "is this basically botpress?"): the documents cannot say how the two differ, but they
 * say what the product is. The answer says the other product is not described and gives the opening
 * of the product overview, cited. Undefined when the question as asked has an answer (a product the
 * documents name, such as a CRM they import from), when the other thing names nothing ("you and
 * me"), or when the documents have no overview.
 */
export async function productOverviewAnswer(
  question: string,
  asked: KnowledgeAnswer,
  lookUp: (item: string) => Promise<KnowledgeAnswer>,
): Promise<KnowledgeAnswer | undefined> {
  if (!asked.noAnswer) return undefined;
  const other = comparedWithOurselves(question);
  if (!other || !topicTerms(other).size) return undefined;
  const overview = await lookUp(OVERVIEW_QUESTION);
  const source = overview.sources[0];
  const passage =
    overview.noAnswer || !source
      ? undefined
      : overview.passages.find(
          (known) => known.source.path === source.path && known.source.section === source.section,
        );
  if (!passage) return undefined;
  const name = other.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
  return {
    ...overview,
    answer: `Our documentation does not describe ${name}, so I can't compare the two. This is what it says about our product:\n${opening(passage.text)}`,
    sources: [passage.source],
    passages: [passage],
    ignored: asked.ignored,
  };
}

/** Words that only ask for a comparison or a choice ("whats the diff", "which one should we pick"). */
const CHOICE_TERMS = new Set(
  analyze(
    'difference differences diff different differ compare comparison versus vs better best pick choose choice one should go',
  ),
);

/** A question naming nothing but the two things and a choice between them ("team vs business whats the diff"). */
function asksOnlyWhichOfTwo(question: string, items: readonly [string, string]): boolean {
  const itemTerms = new Set(items.flatMap((item) => analyze(item)));
  return [...topicTerms(question)].every((term) => itemTerms.has(term) || CHOICE_TERMS.has(term));
}

/** True when every word of the item (as analysed) is in the text. */
function names(item: string, text: string): boolean {
  const present = new Set(analyze(text));
  const terms = analyze(item);
  return terms.length > 0 && terms.every((term) => present.has(term));
}

function answerContext(answer: KnowledgeAnswer): string {
  return [answer.answer, ...answer.sources.slice(0, 1).map(headingOf)].join(' ');
}

/** The document title and section path ("Pricing plans › Team"): what the section is about. */
function headingOf(source: KnowledgeSource): string {
  return [source.title, source.section].filter(Boolean).join(' › ');
}

function lastHeading(source: KnowledgeSource): string {
  return (source.section ?? source.title).split(' › ').pop()!.trim();
}

/** The passage's first sentences, up to `MAX_SIDE_WORDS` (always the first). */
function opening(text: string): string {
  const sentences = text.split('\n').flatMap((line) => splitSentences(line.trim()));
  const kept: string[] = [];
  let words = 0;
  for (const sentence of sentences) {
    const count = sentence.split(/\s+/).filter(Boolean).length;
    if (kept.length && words + count > MAX_SIDE_WORDS) break;
    kept.push(sentence);
    words += count;
  }
  return kept.join(' ');
}
