/**
 * Everyday English words that describe a question rather than name its topic: verbs of doing,
 * moving and keeping ("put the chat on our website", "drop cookies", "ship releases", "get rid
 * of"), size and degree ("how big", "the full month", "halfway"), and time and place in general
 * ("at the moment", "how far back"). A help centre rarely uses them, so as unknown or rare words
 * they got the largest idf and counted as the heaviest missing evidence, below the words that
 * name the topic ("cookies", "releases", "backups"). They still count, at a fraction of their idf,
 * in the share of a question a passage covers; the search ranks with them as before.
 */
const LIGHT: readonly string[] = [
  // verbs of doing and moving
  'put',
  'puts',
  'putting',
  'go',
  'goes',
  'went',
  'gone',
  'come',
  'comes',
  'came',
  'take',
  'takes',
  'took',
  'taken',
  'let',
  'lets',
  'turn',
  'turns',
  'drop',
  'drops',
  'ship',
  'ships',
  'shipped',
  'rid',
  'try',
  'tries',
  'tried',
  'seem',
  'seems',
  'figure',
  'pick',
  'picks',
  'hit',
  'write',
  'wrote',
  'type',
  'types',
  'pull',
  'pulls',
  'stick',
  'sticks',
  'land',
  'lands',
  // the enquiries a contact is for ("who do i contact for press enquiries")
  'enquiry',
  'enquiries',
  'inquiry',
  'inquiries',
  // size and degree
  'big',
  'bigger',
  'biggest',
  'small',
  'smaller',
  'large',
  'little',
  'full',
  'fully',
  'halfway',
  'half',
  'far',
  'further',
  'straight',
  'else',
  'too',
  'enough',
  'quite',
  'pretty',
  'much',
  'more',
  'less',
  'least',
  'most',
  'only',
  'just',
  'again',
  'back',
  'away',
  'already',
  // time and place in general
  'moment',
  'time',
  'times',
  'day',
  'days',
  'today',
  'soon',
  'later',
  'place',
  'around',
  // a preposition of standing names no topic ("delete their data under gdpr": not "Roles under GDPR")
  'under',
];

/** The light words, analysed as the index analyses words. */
export function lightTerms(analyze: (text: string) => string[]): Set<string> {
  return new Set(LIGHT.flatMap((word) => analyze(word)));
}

/**
 * The share of its idf a light word keeps in a question's coverage. On the everyday development
 * half, 0.3 and 0.4 answered the same share right; 0.2 or less answered two more right and
 * two more without the fact, 0.5 two fewer right.
 */
export const LIGHT_WORD_WEIGHT = 0.3;
