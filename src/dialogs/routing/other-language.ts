/**
 * A message written in another language than English ("montre-moi mes tâches", "zeig mir meine
 * aufgaben", "¿cuántos deals tengo abiertos?"): the bot reads English only, so a message it cannot
 * place is answered honestly with that, not with "I can't help with that". Told by the common short
 * words of French, German, Spanish, Portuguese and Italian outnumbering English ones, so an English
 * message with a foreign name ("deals at De La Rosa", "la jolla accounts") stays English.
 */

/** Short everyday words of other languages that English sentences do not use. */
const FOREIGN_WORDS = new Set(
  [
    // French
    'moi montre montrez montre-moi mes mon ma les des une est sont quels quelles quel quelle combien pour avec je vous nous où quoi mais aujourd hui cette semaine ouverts ouvertes tâches tache taches affaires clients bonjour merci sil plaît plait',
    // German
    'mir mich meine meinen meiner mein ich und nicht zeig zeige zeigen wie viele welche sind ist der die das den dem für fur mit bitte offenen offene aufgaben kunden heute diese woche danke hallo',
    // Spanish
    'mis mi muéstrame muestrame cuántos cuantos cuántas cuantas cuál cual qué tengo para los las del es son con por favor quiero dame tareas abiertos abiertas clientes hoy esta semana gracias hola tasa cierre equipo tienen más probabilidad convertir',
    // Portuguese and Italian
    'meus minhas quantos mostre tenho você obrigado miei mie mostrami quanti sono ho grazie ciao',
  ]
    .join(' ')
    .split(' '),
);

/** Short everyday English words, which a foreign name in an English message comes with. */
const ENGLISH_WORDS = new Set(
  'a an the my me i we our you your what which who how when where show list give tell is are was were do does did have has in on at of for to from with and or by this that these those all any many much open deals deal tasks task cases case leads lead accounts account pipeline please can could'.split(
    ' ',
  ),
);

/** Letters English words do not have ("tâches", "¿", "ñ", "ü"). */
const FOREIGN_LETTERS = /[¿¡ñçàâêîôûùéèëïüöäßãõ]/i;

/** Whether a message is written in another language than English. */
export function isOtherLanguage(text: string): boolean {
  const words = text
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .split(/[^\p{L}-]+/u)
    .flatMap((word) => (word.includes('-') ? [word, ...word.split('-')] : [word]))
    .filter(Boolean);
  const foreign = words.filter((word) => FOREIGN_WORDS.has(word)).length;
  const english = words.filter((word) => ENGLISH_WORDS.has(word)).length;
  const letters = FOREIGN_LETTERS.test(text) ? 1 : 0;
  return foreign + letters >= 2 && foreign > english;
}
