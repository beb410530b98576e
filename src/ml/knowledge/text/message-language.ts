/**
 * Whether a message is written in another language than English: the assistant understands English
 * in chat, so such a message is told so (with what the documents say about languages) rather than
 * read as English words it does not contain. Read by function words, the short words every sentence
 * of a language uses: French, Spanish, German, Italian, Portuguese and Dutch ones that English does
 * not also use ("per", "die", "sur" are left out) against English ones. A Spanish or Catalan opening
 * question mark counts as one.
 */
export function isWrittenInAnotherLanguage(message: string): boolean {
  // E-mail addresses and web addresses are names, not words of a sentence ("new lead: Ola Berg ola@nordlys.no").
  // Token by token: a pattern over the whole message would retry from every letter of one long token.
  const words = message
    .split(/\s+/u)
    .filter((token) => !token.includes('@') && !/(?:https?:\/\/|www\.)/iu.test(token))
    .join(' ')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  // Distinct words: a name said twice ("Ola ... Ola") is still one word that happens to be foreign.
  const foreign =
    new Set(words.filter((word) => OTHER_LANGUAGES.has(word))).size +
    (message.includes('¿') ? 1 : 0) +
    (FRENCH_ELISION.test(message) ? 1 : 0);
  const english = words.filter((word) => ENGLISH.has(word)).length;
  return foreign >= MIN_FOREIGN_WORDS && foreign > english;
}

/**
 * A French article, preposition or pronoun elided before a vowel ("l'assistant", "d'essai",
 * "qu'il", "j'ai", "c'est"): no English word is spelt so, so it counts as one word of another language.
 */
const FRENCH_ELISION = /(?:^|[^\p{L}])(?:l|d|qu|j|c)['’][aeiouhéèêàâîôû]/iu;

/** Fewer function words of another language than this are names or borrowed words ("la fitness"). */
const MIN_FOREIGN_WORDS = 2;

/** Function words (accents dropped) of French, Spanish, German, Italian, Portuguese and Dutch. */
export const OTHER_LANGUAGES: ReadonlySet<string> = new Set(
  [
    // French
    'le les des est une du que qui pour avec dans vous nous votre notre quel quelle quels quelles combien sans coute bonjour merci ce cette existe sont avez pouvez puis je il elle ou et mais tres aussi',
    // Spanish
    'el los las una es por para con tienen tiene cuanto cuesta hola gracias usted ustedes hay puedo puede somos tengo sus como cual sin ofrecen ofrece',
    // German
    'der das und ist gibt einen ein eine fur mit nicht wie viel kostet ich wir haben kann konnen hallo danke meine unsere ihr ihre auch oder ohne welche welcher welches',
    // Italian
    'il di che sono quanto costa ciao grazie posso questo della nel avete abbiamo vorrei siete potete anche perche cosa questa quale quali vostro vostra miei',
    // Portuguese
    'nao voce voces uma um existe obrigado quanto custa ola tem sao vcs gostaria preciso quais tambem',
    // Dutch
    'het een niet ik wij hoeveel kost hoe kunnen voor zijn wat',
  ]
    .join(' ')
    .split(' '),
);

/** English function and question words. */
const ENGLISH = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with you we i do does how what can my our your much have which who where when why our us me'.split(
    ' ',
  ),
);
