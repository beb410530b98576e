import type { DelimitedFile } from '../../../src/ml/scoring/delimited-file';
import { seededRandom } from '../../../src/core/seeded-random';

/**
 * Rows whose outcome is driven by `signal` (strongly) and by `industry = retail` (moderately); `noise_a`,
 * `noise_b` and `region` carry nothing. Some `noise_b` cells are empty and some `region` cells are
 * `unknown`, to exercise missing values.
 */
export function plantedRows(count: number, seed = 1): DelimitedFile {
  const random = seededRandom(seed);
  const industries = ['retail', 'energy', 'software', 'media'];
  const regions = ['NA', 'EMEA', 'APAC', 'unknown'];
  const rows: string[][] = [];
  for (let i = 0; i < count; i++) {
    const signal = random();
    const industry = industries[Math.floor(random() * industries.length)]!;
    const logit = 8 * (signal - 0.5) + (industry === 'retail' ? 1.5 : 0) - 0.5;
    const won = random() < 1 / (1 + Math.exp(-logit));
    rows.push([
      signal.toFixed(4),
      (random() * 100).toFixed(2),
      random() < 0.1 ? '' : (random() * 10).toFixed(3),
      industry,
      regions[Math.floor(random() * regions.length)]!,
      won ? 'won' : 'lost',
    ]);
  }
  return {
    file: 'planted.csv',
    delimiter: ',',
    header: ['signal', 'noise_a', 'noise_b', 'industry', 'region', 'outcome'],
    rows,
  };
}

/** The same rows as CSV text with the given delimiter. */
export function plantedCsv(count: number, delimiter = ',', seed = 1): string {
  const data = plantedRows(count, seed);
  return [data.header, ...data.rows].map((row) => row.join(delimiter)).join('\n') + '\n';
}
