import { analyze } from '../../../ml/knowledge/text/analyzer';
import { RUN_ON_QUESTION } from '../../../ml/knowledge/text/run-on-question';
import type { KnowledgeAnswer } from '../../../ml/knowledge/knowledge-base';
import { withWholeSection } from './section-answer';
import {
  asksOnlyItsLimits,
  refersBack,
  sectionKey,
  topicOfAnswer,
  withTopic,
  type AnswerTopic,
} from './follow-up-topic';

/** Below this confidence an answer is weak: a question without its own topic is also read with the one before it. */
const WEAK_CONFIDENCE = 0.6;
/**
 * How much less confident the reading with the previous topic may be and still answer a question
 * that points back ("what does that cost" after the self-hosted edition asks its price, which the
 * Team plan's price matches better in words alone).
 */
const BACK_REFERENCE_MARGIN = 0.15;
/** Longest answer with the other clauses' answers added, in words (a chat reply, not a page). */
const MAX_ANSWER_WORDS = 120;
/** Share of an added answer's words the answer must not already say: a repetition adds nothing. */
const MIN_NEW_SHARE = 0.5;

/**
 * A question that goes on from the one before ("and if we pay yearly", "what about annually?"): even
 * with an answer of its own it is also read with the previous topic, and the more confident reading answers.
 */
const CONTINUATION = /^\s*(?:and|or|but|plus|what about|how about|what if)\b/i;

type LookUp = (question: string) => Promise<KnowledgeAnswer>;

/** An answer and the question as it was read (with a borrowed topic when it was read so). */
export interface ReadAnswer {
  readonly answer: KnowledgeAnswer;
  readonly readAs: string;
}

/**
 * A question read in the context of the one before it ("can i get my money back" → "how long till
 * it's back on my card"): when alone it finds nothing or something weak, or it points back ("what
 * does that cost"), it is also read with the previous answer's topic (`topicOfAnswer`), and that
 * reading answers when it is more confident (or, for one pointing back, not much less). A question
 * that names its own topic and finds a strong answer alone keeps it.
 */
export async function readInContext(
  question: string,
  topic: AnswerTopic | undefined,
  lookUp: LookUp,
): Promise<ReadAnswer> {
  const alone = await lookUp(question);
  const strong = !alone.noAnswer && alone.confidence >= WEAK_CONFIDENCE;
  const continues = CONTINUATION.test(question);
  if (!topic?.words || (strong && !refersBack(question) && !continues))
    return { answer: alone, readAs: question };
  const readAs = withTopic(question, topic.words);
  const read = await lookUp(readAs);
  // Read with the topic, a question answered by the very section that answered the previous one
  // only found the topic again ("does it work with outlook" after the money-back guarantee); unless
  // it goes on asking about it and alone leaves that document ("how much is the team plan" → "and if
  // we pay yearly": the Team section states the annual price too, alone answered a payment page).
  // Alone in the same document, it found the part asked about ("and for annual plans?" after the refund policy).
  const leavesTopicDocument =
    !alone.noAnswer &&
    `${alone.sources[0]?.path}#` !== topic.section.slice(0, topic.section.indexOf('#') + 1);
  // w18k: a continuation that only narrows the last answer by a number, and finds nothing alone ("what
  // are the system requirements" → "what about for 200 users"), is answered by the same section again.
  const narrowsByNumber = continues && alone.noAnswer && /\d/.test(question);
  // What the last thing lacks ("is there a free plan" → "what's the catch") is said in its own section.
  const repeats =
    sectionKey(read.sources[0]) === topic.section &&
    !(continues && leavesTopicDocument) &&
    !narrowsByNumber &&
    !asksOnlyItsLimits(question);
  const margin = refersBack(question) ? BACK_REFERENCE_MARGIN : 0;
  return !read.noAnswer && !repeats && (alone.noAnswer || read.confidence + margin > alone.confidence)
    ? { answer: read, readAs }
    : { answer: alone, readAs: question };
}

/**
 * A message asking two things ("how does the forecast get worked out, what's the range based
 * on?", "can we run it on our own servers? what does that cost") gets an answer to each: every
 * question clause is read in the context of the one before it (`readInContext`), and the answers
 * of clauses answered by another section than the message's answer are added to it with their
 * sources, in the order asked, when they say something new and the reply stays short. Unchanged
 * for a single question.
 */
export async function withClauseAnswers(
  message: string,
  found: KnowledgeAnswer,
  lookUp: LookUp,
): Promise<KnowledgeAnswer> {
  const clauses = questionClauses(message);
  if (clauses.length < 2) return found;
  const sectionOf = (answer: KnowledgeAnswer) => sectionKey(answer.sources[0]);
  // A message the documents cannot answer as a whole (three questions in one) starts from the
  // first question clause they answer.
  let first: KnowledgeAnswer | undefined = found.noAnswer ? undefined : found;
  const answered = new Set(first ? [sectionOf(first)] : []);
  let answer = first?.answer ?? '';
  const sources = [...(first?.sources ?? [])];
  const passages = [...(first?.passages ?? [])];
  let topic: AnswerTopic | undefined;
  for (const clause of clauses) {
    const { answer: read, readAs } = await readInContext(clause, topic, lookUp);
    const part = withWholeSection(readAs, read);
    topic = part.noAnswer
      ? topic
      : { words: topicOfAnswer(readAs, part.sources[0]), section: sectionOf(part) };
    if (!first && !part.noAnswer) {
      first = part;
      answered.add(sectionOf(part));
      answer = part.answer;
      sources.push(...part.sources);
      passages.push(...part.passages);
      continue;
    }
    // A clause pointing back at what the message names ("webhooks - which events and are they
    // signed?") may be answered by another sentence of the section already answering: it is added too.
    const sameSection = answered.has(sectionOf(part));
    if (
      part.noAnswer ||
      (sameSection && !refersBack(clause)) ||
      newShare(part.answer, answer) < MIN_NEW_SHARE
    )
      continue;
    if (words(answer) + words(part.answer) > MAX_ANSWER_WORDS) continue;
    answered.add(sectionOf(part));
    answer = `${answer}\n${part.answer}`;
    const source = part.sources[0]!;
    if (!sources.some((known) => known.path === source.path && known.section === source.section))
      sources.push(source);
    // An LLM writing the answer sees the passage each added answer came from.
    passages.push(...part.passages.slice(0, 1));
  }
  if (!first) return found;
  return answer === found.answer ? found : { ...first, answer, sources, passages };
}

/** Words that open a question ("what does that cost", "can we self host"). */
const QUESTION_OPENER =
  /^(?:how|what|what's|whats|which|who|where|when|why|can|could|do|does|did|is|are|will|would|should|may|has|have)\b/i;
/** Words that open a circumstance ("if we cancel"), not a question. */
const CONDITION_OPENER = /^(?:if|when|whenever|after|before|once|because|since|unless)\b/i;

/** Where a question clause ends: a sentence's end, a comma or dash before a question, a run-on question. */
const CLAUSE_BOUNDARY = new RegExp(
  String.raw`(?<=[.?!])\s+(?=[\p{L}\p{N}])|,\s+(?:and\s+)?(?=(?:how|what|which|who|where|when|why|can|could|do|does|is|are|will|would|should)\b)|\s+and\s+(?=(?:can|could|do|does|is|are|will|would|should)\s+(?:we|you|i|it|they|our|there)\b)|\s[-–—]\s+(?=[\p{L}\p{N}])|${RUN_ON_QUESTION.source}`,
  'iu',
);

/**
 * The clauses of a message that ask something: its sentences, and the parts a comma (or ", and") or
 * a dash separates before a question word ("how does the forecast get worked out, what's the range
 * based on?"), or "and" before a question ("is there a free trial and do we need a card for it"),
 * each opening like a question or ending in "?", and naming something beyond question words.
 */
export function questionClauses(message: string): string[] {
  return message
    .split(CLAUSE_BOUNDARY)
    .map((clause) => clause.trim())
    .filter(
      (clause) =>
        (QUESTION_OPENER.test(clause) || /\?$/.test(clause)) &&
        !(CONDITION_OPENER.test(clause) && !/\?$/.test(clause)),
    )
    .filter((clause) => analyze(clause).length > 0);
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
