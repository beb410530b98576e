import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { provenanceRowOf, recordsItsOwnProvenance } from '../../bench/provenance-table';

const ROOT = path.resolve(__dirname, '../..');

/** A row of the README's table of measured figures, as far as its provenance goes. */
interface BenchRow {
  capability: string;
  bench: string;
  date: string;
  commit: string;
  withChanges: boolean;
}

/**
 * The rows of the README table whose "measured" cell names a date and a commit
 * ("2026-12-05, `036eacc`", "+ changes" when the tree was not clean).
 */
function readmeBenchRows(readme: string): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const line of readme.split('\n')) {
    if (!line.startsWith('| ')) continue;
    const cells = line.split(' | ');
    const measured = /^(\d{4}-\d{2}-\d{2}), `([0-9a-f]{7,40})`( \+ changes)?/.exec(cells.at(-1) ?? '');
    const bench = /^`([a-z0-9-]+)`/.exec(cells.at(-2) ?? '');
    if (!measured || !bench) continue;
    rows.push({
      capability: cells[0]!.replace(/^\| /, ''),
      bench: bench[1]!,
      date: measured[1]!,
      commit: measured[2]!,
      withChanges: measured[3] !== undefined,
    });
  }
  return rows;
}

interface ResultRecord {
  at?: string;
  commit?: string;
  uncommittedChanges?: boolean;
}

/**
 * Every figure in the README comes from a result file written by `npm run bench`: each row's date
 * and commit must be the ones its file records, so a re-run that updates the file but not the
 * README (or a row copied from an older run) fails here.
 */
describe("the README's measured figures", () => {
  const rows = readmeBenchRows(readFileSync(path.join(ROOT, 'README.md'), 'utf8'));

  it('name a date and commit in every row of the table', () => {
    expect(rows.length).toBeGreaterThanOrEqual(10);
  });

  it.each(rows.map((row) => [row.capability.replace(/\[([^\]]+)\].*/, '$1'), row] as const))(
    '%s: the row is the run its result file records',
    (_, row) => {
      const file = path.join(ROOT, 'bench', 'results', `${row.bench}.json`);
      expect(existsSync(file)).toBe(true);
      const record = JSON.parse(readFileSync(file, 'utf8')) as ResultRecord;
      expect(record.at?.slice(0, 10)).toBe(row.date);
      expect(record.commit?.startsWith(row.commit)).toBe(true);
      expect(record.uncommittedChanges === true).toBe(row.withChanges);
    },
  );
});

describe('readmeBenchRows', () => {
  it('reads the bench, date, commit and a dirty tree from a row', () => {
    const readme = [
      '| capability | data | ours | peer | ratio | `npm run bench -- …` | measured |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      '| [churn risk](docs/a.md) | d | o | p | r | `churn` | 2026-12-04, `020e041` + changes |',
      '| [recs](docs/b.md) | d | o | p | r | `recommend-retail` | 2026-12-07, `061bb06` (the same figures as at `a468096`) |',
      '| a row without provenance | d | o | p | r | x | y |',
    ].join('\n');
    expect(readmeBenchRows(readme)).toEqual([
      {
        capability: '[churn risk](docs/a.md)',
        bench: 'churn',
        date: '2026-12-04',
        commit: '020e041',
        withChanges: true,
      },
      {
        capability: '[recs](docs/b.md)',
        bench: 'recommend-retail',
        date: '2026-12-07',
        commit: '061bb06',
        withChanges: false,
      },
    ]);
  });
});

/**
 * docs/benchmarks.md lists every result file with when, at which commit and by which command it
 * was written: for files that record it themselves, the row must say what the file says (the
 * table is `npx tsx bench/provenance-table.ts`'s output; paste it again after a re-run).
 */
describe('the provenance table of docs/benchmarks.md', () => {
  const documented = new Map(
    readFileSync(path.join(ROOT, 'docs', 'benchmarks.md'), 'utf8')
      .split('\n')
      .map((line) => [/^\| `([a-z0-9-]+\.json)` \|/.exec(line)?.[1], line] as const)
      .filter((entry): entry is readonly [string, string] => entry[0] !== undefined),
  );
  const files = readdirSync(path.join(ROOT, 'bench', 'results')).filter((name) => name.endsWith('.json'));

  it.each(files)('lists %s', (name) => {
    expect(documented.has(name)).toBe(true);
  });

  it.each(files.filter(recordsItsOwnProvenance))('%s: its row is what the file records', (name) => {
    expect(documented.get(name)).toBe(provenanceRowOf(name));
  });
});
