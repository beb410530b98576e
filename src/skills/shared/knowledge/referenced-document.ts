import { extractAnswer } from '../../../ml/knowledge/answers/answer-extractor';
import { answerTypesOf } from '../../../ml/knowledge/answers/answer-type';
import { analyze } from '../../../ml/knowledge/text/analyzer';
import { QUESTION_WORDS } from '../../../ml/knowledge/text/question-words';
import type { KnowledgeAnswer, KnowledgePassage } from '../../../ml/knowledge/knowledge-base';

/** Longest answer with the referenced document's sentences added, in words. */
const MAX_ANSWER_WORDS = 90;
/** Share of the added sentences' words the answer must not already say: a repetition adds nothing. */
const MIN_NEW_SHARE = 0.5;

/** "(see the Service level agreement)", "See Data retention and deletion.": a document named as where the details are. */
const REFERENCE = /\b[Ss]ee (?:the )?([A-Z][^.()]*?)\s*(?:\)|\.(?:\s|$)|$)/g;

const QUESTION_TERMS = new Set(analyze(QUESTION_WORDS.join(' '), { stem: true, stopWords: false }));

/**
 * An answer that sends the reader to another document ("you are entitled to service credits (see
 * the Service level agreement)") is completed from that document when one of its passages was
 * retrieved for the question: the passage's sentences that answer the question best join the
 * quote, and its section the sources. Unchanged when the answer names no document, the named
 * document was not retrieved, its sentences mostly repeat the answer, or the addition would make
 * the answer too long for a chat reply.
 */
export function withReferencedDocument(question: string, result: KnowledgeAnswer): KnowledgeAnswer {
  if (result.noAnswer) return result;
  const answeredFrom = result.sources[0]?.path;
  const titles = [...result.answer.matchAll(REFERENCE)].map((match) => normalTitle(match[1]!));
  const referenced = result.passages.find(
    (passage) => passage.source.path !== answeredFrom && titles.includes(normalTitle(passage.source.title)),
  );
  if (!referenced) return result;
  const addition = bestSentences(question, referenced);
  if (
    !addition ||
    words(result.answer) + words(addition) > MAX_ANSWER_WORDS ||
    newShare(addition, result.answer) < MIN_NEW_SHARE
  )
    return result;
  const cited = result.sources.some(
    (source) => source.path === referenced.source.path && source.section === referenced.source.section,
  );
  return {
    ...result,
    answer: `${result.answer}\n${addition}`,
    sources: cited ? result.sources : [...result.sources, referenced.source],
  };
}

/** The passage's sentences answering the question (the extractor's choice; its opening when none covers the question). */
function bestSentences(question: string, passage: KnowledgePassage): string {
  const terms = new Map(
    analyze(question)
      .filter((term) => !QUESTION_TERMS.has(term))
      .map((term) => [term, 1]),
  );
  const heading = [passage.source.title, passage.source.section].filter(Boolean).join(' › ');
  return extractAnswer(
    passage.text,
    terms,
    (text) => analyze(text),
    new Map(),
    answerTypesOf(question),
    heading,
  ).text;
}

/** A document title as a reference names it: lower case, without a parenthesised abbreviation ("Service level agreement (SLA)"). */
function normalTitle(title: string): string {
  return title
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .trim()
    .toLowerCase();
}

/** The share of the addition's terms the answer does not contain. */
function newShare(addition: string, answer: string): number {
  const said = new Set(analyze(answer));
  const terms = new Set(analyze(addition));
  return terms.size ? [...terms].filter((term) => !said.has(term)).length / terms.size : 0;
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
