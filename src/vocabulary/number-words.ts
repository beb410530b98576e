/**
 * Numbers people write as words ("top five deals", "the last two weeks", "a team of twelve"): one list,
 * so every reader of counts knows the same words with the same values.
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};

/**
 * The number words worth `min` to `max` as a regex alternation, longest first so that "seventeen" is
 * never read as "seven" followed by the rest of a word.
 */
export function numberWordsBetween(min: number, max: number): string {
  return Object.entries(NUMBER_WORDS)
    .filter(([, value]) => value >= min && value <= max)
    .map(([word]) => word)
    .sort((a, b) => b.length - a.length)
    .join('|');
}

/** A number said in digits or as one of the number words ("12", "twelve", "Twelve"), else undefined. */
export function numberSaid(said: string): number | undefined {
  const text = said.trim().toLowerCase();
  if (/^\d+$/.test(text)) return Number(text);
  return NUMBER_WORDS[text];
}
