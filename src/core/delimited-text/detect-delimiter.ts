/** The delimiters recognised, in order of preference on a tie. */
export const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * The delimiter of a delimited text: the candidate (comma, semicolon, tab, pipe) found most often
 * outside quotes in the first non-blank line (after a byte-order mark); comma when none is.
 */
export function detectDelimiter(head: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of head.replace(/^\uFEFF/, '').replace(/^(?:[ \t]*(?:\r\n|\n|\r))+/, '')) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best: string = ',';
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}
