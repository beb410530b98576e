import { analyze } from '../text/analyzer';
import { QUESTION_WORDS } from '../text/question-words';

/**
 * A question answered by yes or no: it opens with an auxiliary verb ("does the api have
 * webhooks", "is there a mobile app", "can we pay by invoice") and offers no alternatives ("monthly
 * or annually?" asks which, not whether).
 */
const YES_NO_QUESTION = /^\s*(?:do|does|did|is|are|was|can|could|will|would|has|have)\b(?!.*\bor\b)/i;

/**
 * Verbs and chat words that only carry the question ("can I use it in Teams", "does it work with
 * Outlook", "do you guys do webhooks"): a sentence need not repeat them to state the answer.
 */
const LIGHT_WORDS = new Set(
  analyze(
    'use used using work works working get make go come offer provide support supports include includes inside within guys folks',
  ),
);

/** The question asks whether something is needed or required: mentioning it does not say it is. */
const ASKS_NECESSITY =
  /\b(?:need|needs|needed|require|required|requires|must|have to|has to|mandatory|necessary|should)\b/i;

/**
 * A question that itself denies something ("can it work with no internet access", "can I sign in
 * without a password"): a denial in the answer may agree with it, so neither "Yes" nor "No" is read.
 */
const QUESTION_DENIES = /\b(?:no|not|never|without|none|nothing)\b|n't\b/i;

/** Words that deny what follows them ("excluding VAT" denies that VAT is included). */
const NEGATION =
  /^(?:no|not|never|cannot|can't|won't|isn't|aren't|doesn't|don't|without|none|excluding|exclude|excludes|except)$/i;
/** A negation denies the words up to this far after it ("not paid out in cash"). */
const NEGATION_REACH = 5;
/** Negations that deny nothing the question asks about ("no need to reformat", "not only Slack"). */
const NOT_A_DENIAL = /^(?:need|only|matter|longer|doubt)$/i;

/** Words a sentence denying something contains anywhere ("is not supported", "no separate app"). */
const ANY_NEGATION = /\b(?:no|not|never|cannot|none|without|only|excluding|exclude|excludes|except)\b|n't\b/i;

/**
 * "Yes" or "No" when the answer's first sentence states it, else nothing. "No" when the sentence
 * denies one of the question's topic words ("is there a mobile app" – "There is no separate mobile
 * app"); "Yes" when the sentence, read under its section heading, names every topic word of the
 * question without denying anything ("does the api have webhooks" – "Webhooks notify your systems
 * …" under "REST API and webhooks › Webhooks"). A question about need ("do I need MongoDB") is
 * never answered "Yes" from a sentence that only mentions the thing, and a question that denies
 * something itself ("… with no internet access") gets no verdict.
 */
export function yesOrNo(question: string, answer: string, heading = ''): 'Yes' | 'No' | undefined {
  if (!YES_NO_QUESTION.test(question) || QUESTION_DENIES.test(question)) return undefined;
  const topic = topicTerms(question);
  if (!topic.size) return undefined;
  const sentence = sentencesOf(answer)[0] ?? '';
  if (deniesOneOf(sentence, topic)) return 'No';
  if (ASKS_NECESSITY.test(question) || ANY_NEGATION.test(sentence)) return undefined;
  const own = new Set(analyze(sentence));
  const stated = new Set([...own, ...analyze(heading)]);
  const namesOwnTopic = [...topic].some((term) => own.has(term));
  return namesOwnTopic && [...topic].every((term) => stated.has(term)) ? 'Yes' : undefined;
}

/** The answer with "Yes." or "No." in front when its first sentence states which (see `yesOrNo`). */
export function withYesOrNo(question: string, answer: string, heading = ''): string {
  const verdict = yesOrNo(question, answer, heading);
  return verdict ? `${verdict}. ${answer}` : answer;
}

const QUESTION_TERMS = new Set(analyze(QUESTION_WORDS.join(' '), { stem: true, stopWords: false }));

/** The stems of the question's words that name its topic: not question words, stop words or light verbs. */
export function topicTerms(question: string): Set<string> {
  return new Set(analyze(question).filter((term) => !QUESTION_TERMS.has(term) && !LIGHT_WORDS.has(term)));
}

function sentencesOf(text: string): string[] {
  return text
    .trim()
    .split(/(?<=[.!?:])\s+|\n/)
    .filter(Boolean);
}

/** True when a negation in the sentence is followed, within reach, by one of the topic terms. */
function deniesOneOf(sentence: string, topic: ReadonlySet<string>): boolean {
  const words = sentence.split(/\s+/).map((word) => word.replace(/[^\p{L}\p{N}'’]/gu, ''));
  return words.some(
    (word, index) =>
      NEGATION.test(word) &&
      !NOT_A_DENIAL.test(words[index + 1] ?? '') &&
      words
        .slice(index + 1, index + 1 + NEGATION_REACH)
        .some((next) => analyze(next, { stem: true, stopWords: false }).some((term) => topic.has(term))),
  );
}
