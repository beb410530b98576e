/**
 * The full form of a skill result that may come back limited (another team's record): tests of
 * what a caller who owns the record sees use it, and fail plainly when the result was limited.
 */
export function fullView<T extends { access: 'full' | 'limited' }>(
  result: T,
): Extract<T, { access: 'full' }> {
  if (result.access !== 'full') throw new Error(`expected the full record, got ${JSON.stringify(result)}`);
  return result as Extract<T, { access: 'full' }>;
}
