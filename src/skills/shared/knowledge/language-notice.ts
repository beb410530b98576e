import type { KnowledgeAnswer } from '../../../ml/knowledge/knowledge-base';
import { isWrittenInAnotherLanguage } from '../../../ml/knowledge/text/message-language';

/** The question put to the documents for what they say about the languages the assistant understands. */
const LANGUAGES_QUESTION = 'which languages does the assistant understand in chat';

/**
 * A message written in another language than English ("Combien coûte le plan Business ?") is
 * answered first with what the documents say about the languages the assistant understands (the
 * demo FAQ: English in chat), then with the answer to the words understood, when they found one in
 * another section. Unchanged for an English message, or when the documents say nothing of languages.
 */
export async function withLanguageNotice(
  asked: string,
  found: KnowledgeAnswer,
  lookUp: (text: string) => Promise<KnowledgeAnswer>,
): Promise<KnowledgeAnswer> {
  if (!isWrittenInAnotherLanguage(asked)) return found;
  const languages = await lookUp(LANGUAGES_QUESTION);
  const said = languages.sources[0];
  if (languages.noAnswer || !said) return found;
  const sameSection = (known: { path: string; section?: string }) => known.path === said.path && known.section === said.section;
  if (found.noAnswer || found.sources.some(sameSection)) return languages;
  return {
    ...found,
    answer: `${languages.answer}\n${found.answer}`,
    sources: [said, ...found.sources],
    passages: [...languages.passages.slice(0, 1), ...found.passages],
  };
}
