/**
 * Words naming opposite directions of one operation: data brought in or taken out, a plan moved up
 * or down. A passage about one direction does not answer a question about the other, however much
 * else they share ("can i import my customer list from excel" is not answered by "export the
 * at-risk customers as CSV").
 */
const OPPOSITES: ReadonlyArray<readonly [string, string]> = [
  ['import', 'export'],
  ['upload', 'download'],
  ['upgrade', 'downgrade'],
];

/**
 * True when the question names one direction and not the other while the passage names only the
 * other. Both are given as analysed terms (stems); `analyze` reads the table's words the same way.
 */
export function crossesDirection(
  questionTerms: ReadonlySet<string>,
  passageTerms: ReadonlySet<string>,
  analyze: (text: string) => string[],
): boolean {
  return OPPOSITES.some((pair) => {
    const [one, other] = pair.map((word) => analyze(word)[0] ?? word) as [string, string];
    const asks = (term: string, not: string) =>
      questionTerms.has(term) && !questionTerms.has(not) && passageTerms.has(not) && !passageTerms.has(term);
    return asks(one, other) || asks(other, one);
  });
}
