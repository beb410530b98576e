/**
 * Prints the table of docs/benchmarks.md, "The files in the repository": for every result file in
 * bench/results/, when it was measured, at which commit (and whether the tree was clean), the
 * machine's load, and the command that wrote it, read from the file's own record. A file that
 * records none of it (written before `bench-record.ts`) is named with the last commit that
 * changed it, and says so.
 *
 * Run: `npx tsx bench/provenance-table.ts` and paste its output over the table.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../..' : '..');
const RESULTS = path.join(ROOT, 'bench', 'results');

/** The provenance fields a result file may hold, at the top level or under `run`. */
interface Recorded {
  readonly at?: string;
  readonly commit?: string;
  readonly uncommittedChanges?: boolean;
  readonly loadAverage?: number;
  readonly command?: string;
}

function recorded(file: string): Recorded {
  const record = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const run = (typeof record.run === 'object' && record.run !== null ? record.run : {}) as Record<
    string,
    unknown
  >;
  const pick = <T>(key: string): T | undefined => (record[key] ?? run[key]) as T | undefined;
  return {
    at: pick<string>('at') ?? pick<string>('finishedAt'),
    commit: pick<string>('commit'),
    uncommittedChanges: pick<boolean>('uncommittedChanges'),
    loadAverage: pick<number>('loadAverage') ?? pick<number>('loadAverageAtEnd'),
    command: pick<string>('command'),
  };
}

/** Files merged from parts run at different times (nlu-tuning.json) stamp each part instead. */
function recordedParts(file: string): Array<{ part: string; record: Recorded }> {
  const record = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return Object.entries(record)
    .filter(([, value]) => typeof value === 'object' && value !== null && 'commit' in value)
    .map(([part, value]) => ({ part, record: value as Recorded }));
}

function describeWhen(record: Recorded): string {
  return `${record.at!.slice(0, 10)} ${record.at!.slice(11, 16)}Z${record.loadAverage !== undefined ? ` (load average ${record.loadAverage})` : ''}`;
}

function describeCommit(record: Recorded): string {
  return `\`${record.commit!.slice(0, 7)}\`${record.uncommittedChanges === true ? ' with uncommitted changes' : record.uncommittedChanges === false ? ', clean' : ''}`;
}

function lastCommitOf(file: string): { hash: string; date: string } {
  const [hash = '', date = ''] = execFileSync('git', ['log', '-1', '--format=%h %cI', '--', file], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .trim()
    .split(' ');
  return { hash, date };
}

/** One markdown row per result file. */
export function provenanceRows(): string[] {
  return readdirSync(RESULTS)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map(provenanceRowOf);
}

/**
 * The markdown row of one result file (`name` as in bench/results/). Only a file that records no
 * date or commit of its own asks git for the last commit that changed it.
 */
export function provenanceRowOf(name: string): string {
  const file = path.join(RESULTS, name);
  const record = recorded(file);
  const parts = record.commit ? [] : recordedParts(file);
  if (parts.length > 0) {
    const each = (describe: (part: Recorded) => string) =>
      parts.map(({ part, record: stamp }) => `${part}: ${describe(stamp)}`).join('; ');
    return `| \`${name}\` | ${each(describeWhen)} | ${each(describeCommit)} | ${each((stamp) => `\`${stamp.command ?? 'not recorded'}\``)} |`;
  }
  const fallback = record.at && record.commit ? undefined : lastCommitOf(file);
  const when = record.at
    ? describeWhen(record)
    : `${fallback!.date.slice(0, 10)} (commit date; the file records no date)`;
  const commit = record.commit
    ? describeCommit(record)
    : `not recorded; last changed in \`${fallback!.hash}\``;
  const command = record.command ? `\`${record.command}\`` : 'not recorded';
  return `| \`${name}\` | ${when} | ${commit} | ${command} |`;
}

/** Whether a result file records its own provenance (then its row needs no git history). */
export function recordsItsOwnProvenance(name: string): boolean {
  const file = path.join(RESULTS, name);
  const record = recorded(file);
  return (record.at !== undefined && record.commit !== undefined) || recordedParts(file).length > 0;
}

if (require.main === module) {
  process.stdout.write(
    ['| file | measured | commit | command |', '| --- | --- | --- | --- |', ...provenanceRows()].join('\n') +
      '\n',
  );
}
