import type { KnowledgeAnswer, KnowledgePassage } from '../../../ml/knowledge/knowledge-base';
import { analyze } from '../../../ml/knowledge/text/analyzer';

/** A question asking which plan has a feature ("api access is in which plan", "is the api included in the team plan"). */
const WHICH_PLAN =
  /\b(?:which|what)\s+(?:plans?|tiers?|editions?)\b|\b(?:included|include|includes|come with|comes with|part of|in|on)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:plan|tier)\b/i;
/** A sentence saying on which plans something is ("is available on the Business and Enterprise plans", "included in the Team ... plans"). */
const AVAILABILITY = /\b(?:available|included)\s+(?:on|in)\s+(?:the\s+)?[\w\s,-]*?\bplans?\b/i;
/** Question words that name the plan asked about, not the feature. */
const NOT_THE_FEATURE = new Set(
  analyze('plan plans tier edition included include includes available part come comes which what access'),
);

/**
 * A question asking which plan has a feature is answered by the sentence saying on which plans that
 * feature is available, when the best passage's words only matched it (the Free plan's "no API
 * access" for "api access is in which plan") and another passage found for the question states it
 * ("The REST API is available on the Business and Enterprise plans."). A plan named that the
 * sentence does not list is answered "No." ("is the api included in the team plan"), one it lists
 * "Yes."; "and above" leaves it unsaid. Unchanged when the best passage already states where.
 */
export function withPlanAvailability(
  question: string,
  result: KnowledgeAnswer,
  sectionsOf: (path: string) => readonly KnowledgePassage[],
): KnowledgeAnswer {
  if (result.noAnswer || !WHICH_PLAN.test(question) || AVAILABILITY.test(firstSentence(result.answer)))
    return result;
  // the feature is what the question says besides the plan it names ("the team plan")
  const withoutPlan = question.replace(/\b[\w-]+\s+(?:plan|tier)s?\b/gi, ' ');
  const feature = new Set(analyze(withoutPlan).filter((term) => !NOT_THE_FEATURE.has(term)));
  if (!feature.size) return result;
  for (const source of result.sources.slice(1)) {
    const passage = sectionsOf(source.path).find((known) => known.source.section === source.section);
    const sentence =
      passage &&
      sentencesOf(passage.text).find(
        (text) => AVAILABILITY.test(text) && analyze(text).some((term) => feature.has(term)),
      );
    if (!passage || !sentence) continue;
    return {
      ...result,
      answer: `${verdictOf(question, sentence)}${sentence}`,
      sources: [source, ...result.sources.filter((known) => known !== source)],
      passages: [passage, ...result.passages.filter((known) => known.source !== source)],
    };
  }
  return result;
}

/** "No. " when the question names a plan the sentence does not list, "Yes. " when it lists it. */
function verdictOf(question: string, sentence: string): string {
  const named = /\b(?:the\s+)?([\w-]+)\s+(?:plan|tier)\b/i.exec(question)?.[1]?.toLowerCase();
  if (
    !named ||
    ['which', 'what', 'a', 'any', 'my', 'our', 'your', 'that', 'this'].includes(named) ||
    /\band above\b/i.test(sentence)
  )
    return '';
  if (!/^(?:is|are|does|do|can|will)\b/i.test(question.trim())) return '';
  return new RegExp(`\\b${named}\\b`, 'i').test(sentence) ? 'Yes. ' : 'No. ';
}

function firstSentence(text: string): string {
  return sentencesOf(text)[0] ?? '';
}

function sentencesOf(text: string): string[] {
  return text
    .trim()
    .split(/(?<=[.!?])\s+|\n/)
    .filter(Boolean);
}
