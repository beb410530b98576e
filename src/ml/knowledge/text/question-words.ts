/**
 * Words that shape a question but say nothing about its topic ("how much does … cost?").
 * They still count for BM25 ranking (their idf is small); they are left out when measuring how
 * much of a question a passage covers, which decides "no answer".
 */
export const QUESTION_WORDS: readonly string[] = [
  'what',
  'which',
  'who',
  'whom',
  'whose',
  'when',
  'where',
  'why',
  'how',
  'much',
  'many',
  'long',
  'do',
  'does',
  'did',
  'done',
  'can',
  'could',
  'would',
  'should',
  'shall',
  'may',
  'might',
  'must',
  'i',
  'me',
  'my',
  'mine',
  'we',
  'us',
  'our',
  'you',
  'your',
  'yours',
  'it',
  'its',
  'get',
  'got',
  'have',
  'has',
  'had',
  'is',
  'am',
  'was',
  'were',
  'been',
  'being',
  'there',
  'here',
  'any',
  'some',
  'please',
  'tell',
  'know',
  'want',
  'need',
  'like',
  'about',
  'so',
  'than',
  'too',
  'very',
  'just',
  'also',
  'from',
  'up',
  'out',
  'all',
  'hi',
  'hello',
  'thanks',
  'thank',
  'ok',
  'okay',
  'hey',
  // "how long until / till it …" asks for a duration; the word itself names no topic
  'until',
  'till',
  'til',
];

/**
 * Question phrasings whose topic is only implied: "how much is the Business plan?" asks for a
 * price without saying so. Their terms join the ranking query (not the coverage that decides "no
 * answer", so a passage is never required to contain them).
 */
export const QUESTION_CUES: ReadonlyArray<{ readonly pattern: RegExp; readonly terms: readonly string[] }> = [
  { pattern: /\bhow much (?:is|are|does|do|will|would|for)\b/i, terms: ['cost', 'price'] },
  // "what server do I need": what a thing needs is its requirements
  {
    pattern:
      /\bwhat (?:(?:kind|sort|type)s? )?(?:of )?[a-z]+ (?:(?:do|does|would|will|should) )?(?:i|we|you|it|they) need\b/i,
    terms: ['requirements'],
  },
];

/** The implied topic words of a question (see QUESTION_CUES), unanalysed. */
export function questionCueTerms(question: string): string[] {
  return QUESTION_CUES.filter((cue) => cue.pattern.test(question)).flatMap((cue) => cue.terms);
}
