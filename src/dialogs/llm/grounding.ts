/** Numbers below this are counts, days and months a model may derive; they are not checked. */
const SMALL = 13;
const NUMBER = /(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?:\s?(k|m|bn)(?![a-z])|\s?%)?/gi;
const SCALE: Record<string, number> = { k: 1e3, m: 1e6, bn: 1e9 };
/** Document ids (24 hex, as ObjectIds) and UUIDs: their digit runs are not figures. */
const ID_TOKEN = /\b[0-9a-f]{24}\b|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;

/** Every number written in a text, with "k"/"m"/"bn" applied ("$1.2M" → 1200000). */
export function numbersIn(text: string): number[] {
  const found: number[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const value = Number(`${match[1]!.replace(/,/g, '')}${match[2] ? `.${match[2]}` : ''}`);
    const unit = match[3]?.toLowerCase();
    found.push(unit && SCALE[unit] ? value * SCALE[unit] : value);
  }
  return found;
}

/** Whether `value` is one of the known numbers, allowing the rounding a reply uses ($249,500 as $250k, 0.354 as 35%). */
function isBacked(value: number, known: readonly number[]): boolean {
  return known.some((k) => {
    const candidates = [k, k * 100];
    return candidates.some((c) => Math.abs(value - c) <= Math.max(0.5, Math.abs(c) * 0.02));
  });
}

/**
 * The numbers of an answer that no tool result (nor the question) contains: a reply that states
 * them was not grounded in the data, whatever the model says.
 */
export function unbackedNumbers(answer: string, evidence: readonly string[]): number[] {
  // An id such as 65a3b350000f… would otherwise "back" 350k.
  const known = evidence.flatMap((text) => numbersIn(text.replace(ID_TOKEN, ' ')));
  return numbersIn(answer).filter((n) => n >= SMALL && !isBacked(n, known));
}
