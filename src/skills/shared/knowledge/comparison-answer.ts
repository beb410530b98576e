import { splitSentences } from '../../../ml/knowledge/ingestion/chunker';
import { comparedItems } from '../../../ml/knowledge/answers/comparison';
import { analyze } from '../../../ml/knowledge/text/analyzer';
import type { KnowledgeAnswer, KnowledgeSource } from '../../../ml/knowledge/knowledge-base';

/** Longest account of one side of a comparison, in words (whole sentences; at least the first). */
const MAX_SIDE_WORDS = 60;

/**
 * A comparison ("what's the difference between business and enterprise") answered from both
 * sections: each compared thing is looked up on its own, and when both are sections of one
 * document that name them ("Pricing plans › Business", "Pricing plans › Enterprise"), the answer
 * gives each section's opening, headed by its name, citing both. Undefined when the question
 * compares nothing, when the answer to the question as asked already speaks of both things (a
 * section about the difference itself), or when the two lookups do not find such a pair of sections.
 */
export async function comparisonAnswer(
  question: string,
  asked: KnowledgeAnswer,
  lookUp: (item: string) => Promise<KnowledgeAnswer>,
): Promise<KnowledgeAnswer | undefined> {
  const compared = comparedItems(question);
  if (!compared) return undefined;
  const [first, second] = compared.items;
  if (!asked.noAnswer && names(first, answerContext(asked)) && names(second, answerContext(asked))) return undefined;
  const sides = await Promise.all(compared.items.map(lookUp));
  const found = sides.map((side, index) => ({ side, item: compared.items[index]!, source: side.sources[0], passage: side.passages[0] }));
  if (found.some(({ side, source, passage, item }) => side.noAnswer || !source || !passage || !names(item, headingOf(source)))) return undefined;
  const [a, b] = found as Array<{ side: KnowledgeAnswer; source: KnowledgeSource; passage: KnowledgeAnswer['passages'][number] }>;
  if (a!.source.path !== b!.source.path || a!.source.section === b!.source.section) return undefined;
  const answer = [a!, b!].map(({ source, passage }) => `${lastHeading(source)}: ${opening(passage.text)}`).join('\n');
  return {
    answer,
    sources: [a!.source, b!.source],
    confidence: Math.min(a!.side.confidence, b!.side.confidence),
    noAnswer: false,
    ignored: asked.ignored,
    passages: [a!.passage, b!.passage],
  };
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
