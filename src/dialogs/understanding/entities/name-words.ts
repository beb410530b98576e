/**
 * The words of names and of the messages searched for them: the legal forms a name may carry, the
 * words that never name a record alone, and how a text is cut into name words.
 */
export const LEGAL_FORMS: ReadonlySet<string> = new Set([
  'inc',
  'incorporated',
  'llc',
  'ltd',
  'limited',
  'corp',
  'corporation',
  'co',
  'company',
  'gmbh',
  'ag',
  'sa',
  'sas',
  'plc',
  'bv',
  'ab',
  'pty',
  'pte',
  'pvt',
  'kk',
  'ltda',
  'spa',
  'sl',
  'fze',
  'de',
  'cv',
  'group',
  'the',
]);

/** Words that never name a record on their own, however similar they look. */
export const NOT_A_NAME: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'at',
  'about',
  'be',
  'deal',
  'deals',
  'for',
  'from',
  'how',
  'i',
  'in',
  'is',
  'it',
  'me',
  'my',
  'of',
  'on',
  'or',
  'our',
  'the',
  'their',
  'to',
  'up',
  'we',
  'what',
  'who',
  'with',
  'you',
  'your',
  'call',
  'log',
  'brief',
  'open',
  'show',
  'team',
  'lead',
  'leads',
  'contact',
  'contacts',
  'account',
  'accounts',
  'pipeline',
  'pipe',
  'stage',
  'score',
  'next',
  'last',
  'this',
  'quarter',
  'month',
  'week',
  'today',
  'new',
  'won',
  'lost',
  'tell',
  'give',
  'any',
  'all',
  'top',
  'best',
  'please',
  'pls',
  'crm',
  'sales',
  'forecast',
]);

/** The words of `text` as names are compared: accents dropped, lower case, possessive "'s" dropped. */
export function nameWords(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? []
  ).map((word) => word.replace(/'s$/, ''));
}

/** Words a mention never starts or ends on ("the summit deal" offers "summit", not "the summit"). */
export function isFiller(word: string): boolean {
  return NOT_A_NAME.has(word) || LEGAL_FORMS.has(word);
}
