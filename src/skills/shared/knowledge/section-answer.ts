import { topicTerms } from '../../../ml/knowledge/answers/yes-no';
import { analyze } from '../../../ml/knowledge/text/analyzer';
import { KNOWLEDGE_THESAURUS, QueryExpander } from '../../../ml/knowledge/text/thesaurus';
import type { KnowledgeAnswer } from '../../../ml/knowledge/knowledge-base';

let expander: QueryExpander | undefined;

/** A section this short is the answer to a question about what its heading names. */
const WHOLE_SECTION_WORDS = 70;

/**
 * A question all of whose topic words the answering section's document title and heading name
 * ("does the api have webhooks" answered under "REST API and webhooks › Webhooks", "is there a free
 * trial" under "Frequently asked questions › Is there a free trial?") asks about the section's
 * subject: a short section is answered whole ("… Each delivery is signed with an HMAC-SHA256
 * signature …"), not with its one sentence repeating the question's words. Tables are left to the
 * extract, which reads them row by row; the confidence and sources are unchanged.
 */
export function withWholeSection(question: string, result: KnowledgeAnswer): KnowledgeAnswer {
  const source = result.sources[0];
  const passage = result.passages[0];
  if (result.noAnswer || !source || !passage) return result;
  if (passage.source.path !== source.path || passage.source.section !== source.section) return result;
  const text = passage.text.trim();
  if (text.split(/\s+/).length > WHOLE_SECTION_WORDS || text.includes(' | ') || text === result.answer)
    return result;
  const topic = topicTerms(question);
  const named = new Set(analyze([source.title, source.section ?? ''].join(' ')));
  // A word the title names in the thesaurus' other words counts as named ("hook up" Slack is
  // "Connecting Slack"), as it counts as covered when passages are weighed.
  const alternatives = (expander ??= new QueryExpander(KNOWLEDGE_THESAURUS, (text) => analyze(text))).expand(
    analyze(question),
  ).alternatives;
  const isNamed = (term: string) =>
    named.has(term) || (alternatives.get(term) ?? []).some((phrase) => phrase.every((alt) => named.has(alt)));
  if (!topic.size || ![...topic].every(isNamed)) return result;
  return { ...result, answer: text.replace(/\s*\n\s*(?!- )/g, ' ') };
}
