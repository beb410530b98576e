/** Edit distance between two short strings (insertions, deletions, substitutions). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The e-mail addresses `wanted` was probably meant to be (a typo of at most a quarter of its
 * letters, or the same name before the @), closest first: what `crmpro chat --as` suggests when no
 * user has the address given.
 */
export function likelyEmails(wanted: string, emails: readonly string[], limit = 3): string[] {
  const target = wanted.trim().toLowerCase();
  const local = target.split('@')[0]!;
  return emails
    .map((email) => ({ email, distance: editDistance(target, email.toLowerCase()) }))
    .filter(
      ({ email, distance }) =>
        distance <= Math.max(2, Math.floor(target.length / 4)) || email.toLowerCase().split('@')[0] === local,
    )
    .sort((a, b) => a.distance - b.distance)
    .slice(0, limit)
    .map(({ email }) => email);
}
