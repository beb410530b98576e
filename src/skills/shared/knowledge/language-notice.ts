import type { KnowledgeAnswer } from '../../../ml/knowledge/knowledge-base';
import { isWrittenInAnotherLanguage, OTHER_LANGUAGES } from '../../../ml/knowledge/text/message-language';
import { productWordsInEnglish } from '../../../ml/knowledge/text/product-glossary';

/** The question put to the documents for what they say about the languages the assistant understands. */
const LANGUAGES_QUESTION = 'which languages does the assistant understand in chat';

/**
 * A message written in another language than English ("Combien coûte le plan Business ?") is
 * answered first with what the documents say about the languages the assistant understands (the
 * demo FAQ: English in chat), then with the answer to the words understood, when they found one in
 * another section. The words understood are the product's own words it names, read in English
 * (`productWordsInEnglish`: "coûte … plan Business" is "price plan Business"); a message naming none
 * of them is asked as typed, and so is one whose words as typed find a more confident answer. Unchanged for an English message, or when the documents say nothing of languages.
 */
export async function withLanguageNotice(
  asked: string,
  found: KnowledgeAnswer,
  lookUp: (text: string) => Promise<KnowledgeAnswer>,
): Promise<KnowledgeAnswer> {
  if (!isWrittenInAnotherLanguage(asked)) return found;
  const inEnglish = productWordsInEnglish(asked, OTHER_LANGUAGES);
  const read = inEnglish ? await lookUp(inEnglish) : undefined;
  // A message mixing in English words ("hola, tienen descuento para ONG? non profit discount?") may
  // be answered better as typed: the more confident reading answers.
  if (read && !read.noAnswer && (found.noAnswer || read.confidence > found.confidence)) found = read;
  const languages = await lookUp(LANGUAGES_QUESTION);
  const said = languages.sources[0];
  if (languages.noAnswer || !said) return found;
  const sameSection = (known: { path: string; section?: string }) =>
    known.path === said.path && known.section === said.section;
  if (found.noAnswer || found.sources.some(sameSection)) return languages;
  return {
    ...found,
    answer: `${languages.answer}\n${found.answer}`,
    sources: [said, ...found.sources],
    passages: [...languages.passages.slice(0, 1), ...found.passages],
  };
}
