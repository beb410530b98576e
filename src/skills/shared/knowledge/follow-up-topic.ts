import { asksOnlyTheKindOfFact } from '../../../ml/knowledge/answers/answer-type';
import { topicTerms } from '../../../ml/knowledge/answers/yes-no';
import { analyze } from '../../../ml/knowledge/text/analyzer';
import { KNOWLEDGE_THESAURUS, QueryExpander } from '../../../ml/knowledge/text/thesaurus';
import type { KnowledgeSource } from '../../../ml/knowledge/knowledge-base';

/** What an answer was about: its topic words and the section that answered (`path#section`). */
export interface AnswerTopic {
  readonly words: string;
  readonly section: string;
}

/** A source's key: the file and the heading path. */
export function sectionKey(source: KnowledgeSource | undefined): string {
  return source ? `${source.path}#${source.section ?? ''}` : '';
}

const EXPANDER = new QueryExpander(KNOWLEDGE_THESAURUS, (text) => analyze(text));

/**
 * What an answered question was about, in the words of the section that answered it: the words of
 * the section's own heading (else of its document's title) that name one of the question's topic
 * words or a thesaurus alternative of one ("how does the forecast get worked out" answered under
 * "How the forecast is made" was about "forecast"; "can we run it on our own infrastructure"
 * answered under "CRMPro Self-Hosted" was about "CRMPro Self-Hosted"). The question's own topic
 * words when no heading names them; empty when it has none.
 */
export function topicOfAnswer(question: string, source: KnowledgeSource | undefined): string {
  const topic = topicTerms(question);
  if (!topic.size) return '';
  const named = new Set(topic);
  for (const [term, phrases] of EXPANDER.expand(analyze(question)).alternatives) {
    if (topic.has(term))
      for (const phrase of phrases) for (const alternative of phrase) named.add(alternative);
  }
  const headings = source ? [source.section?.split(' › ').at(-1), source.title] : [];
  for (const heading of headings) {
    const words = wordsOf(heading ?? '').filter((word) => analyze(word).some((term) => named.has(term)));
    if (words.length) return words.join(' ');
  }
  return wordsOf(question)
    .filter((word) => analyze(word).some((term) => topic.has(term)))
    .join(' ');
}

/** The words of a text without the punctuation around them ("free trial?" → free, trial). */
function wordsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

/** The question read with a topic it does not name itself: "what's the range based on (forecast)?". */
export function withTopic(question: string, topic: string): string {
  const [, body, end] = /^([\s\S]*?)([?!.\s]*)$/.exec(question)!;
  return `${body} (${topic})${end}`;
}

/**
 * Words that point back at what was just talked about ("what does that cost", "how much are
 * they"). Not "it": people call the product "it" ("can we self host it?", "does it work with
 * outlook"), so "it" alone is no sign of a follow-up.
 */
const BACK_REFERENCE = /\b(?:that|this|they|them|their|those|these)\b/i;

/**
 * Words asking what a thing lacks or holds back ("what's the catch", "what can't i do on it", "any
 * limitations?", "what's missing"): asked of nothing else, they ask it of what was just talked about.
 */
const LIMITS_ASKED =
  /\b(?:catch|catches|downsides?|drawbacks?|limitations?|limits?|limited|restrictions?|restricted|missing|lacking|lacks?|left\s+out|not\s+included|(?:can'?t|cannot|can\s+not|won'?t|unable\s+to)\s+(?:i|we|you)?\s*(?:do|use|get|have))\b/i;
const LIMIT_TERMS = new Set(
  analyze(
    'catch catches downside downsides drawback drawbacks limitation limitations limit limits limited restriction restrictions restricted missing lacking lack lacks left out included cant cannot wont unable do use get have',
  ),
);

/** True when a question asks only what something unnamed lacks ("whats the catch, what cant i do on it"). */
export function asksOnlyItsLimits(question: string): boolean {
  return LIMITS_ASKED.test(question) && [...topicTerms(question)].every((term) => LIMIT_TERMS.has(term));
}

/**
 * True when the question points back at something it does not name ("what does that cost"), names
 * nothing but the kind of fact it asks ("how often?", "how much?"), or asks only what an unnamed
 * thing lacks ("what's the catch?").
 */
export function refersBack(question: string): boolean {
  return (
    BACK_REFERENCE.test(question) || asksOnlyTheKindOfFact(question, analyze) || asksOnlyItsLimits(question)
  );
}
