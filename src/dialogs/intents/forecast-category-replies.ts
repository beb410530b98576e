import type { RecordQueryResult } from '../../skills/query-records';
import type { RecordQuery } from '../../vocabulary';
import { formatMoneyExact, formatMoneyList } from '../replies/format';

const CATEGORY_WORDS: Record<'commit' | 'best_case', string> = { commit: 'commit', best_case: 'best case' };

/** "forecast as commit or best case": the categories a deal question filtered on, for its headline. */
export function forecastCategoryWords(query: RecordQuery): string | undefined {
  return query.forecastCategories?.length
    ? `forecast as ${query.forecastCategories.map((c) => CATEGORY_WORDS[c]).join(' or ')}`
    : undefined;
}

/** Per currency: the rounded sum, and the exact one beside it when there is one currency and they differ. */
function moneyWords(totals: ReadonlyArray<{ amount: number; currency: string }>): string {
  if (!totals.length) return 'nothing';
  const rounded = formatMoneyList(totals);
  if (totals.length !== 1) return rounded;
  const exact = formatMoneyExact(totals[0]!.amount, totals[0]!.currency);
  return exact === rounded ? rounded : `${rounded} (${exact})`;
}

/**
 * Each forecast category's open deals ("Commit: $282k ($282,400) across 7 deals"), and with commit
 * and best case both asked, best case counted with commit as the forecast counts it (never across
 * currencies). No lines when the question asked one category or none.
 */
export function forecastCategoryLines(result: RecordQueryResult): string[] {
  const categories = result.forecastCategories ?? [];
  if (categories.length < 2) return [];
  const lines = categories.map(
    ({ category, count, totals }) =>
      `${CATEGORY_WORDS[category][0]!.toUpperCase()}${CATEGORY_WORDS[category].slice(1)}: ${moneyWords(totals)} across ${count} ${count === 1 ? 'deal' : 'deals'}.`,
  );
  const commit = categories.find((c) => c.category === 'commit');
  const bestCase = categories.find((c) => c.category === 'best_case');
  if (commit && bestCase && commit.count && bestCase.count) {
    const together = new Map<string, number>();
    for (const { currency, amount } of [...commit.totals, ...bestCase.totals])
      together.set(currency, (together.get(currency) ?? 0) + amount);
    lines.push(
      `Best case with commit (as the forecast counts it): ${moneyWords([...together].map(([currency, amount]) => ({ currency, amount })))}.`,
    );
  }
  return lines;
}
