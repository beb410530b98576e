import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = path.resolve(__dirname, '..', '..');
let dir: string;
/** Any run may rebuild dist/ first when sources changed (in a shared checkout: often), so allow for a build. */
const CLI_TIMEOUT = 240_000;

/** Runs the real `crmpro` bin against a temporary DATA_DIR; resolves with its exit code and output. */
async function crmpro(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: path.join(dir, 'data'), LOG_LEVEL: 'warn' };
  delete env.MONGODB_URI;
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(root, 'bin', 'crmpro.js'), ...args], {
      cwd: root,
      env,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout: string; stderr: string };
    return {
      code: typeof failed.code === 'number' ? failed.code : -1,
      stdout: failed.stdout,
      stderr: failed.stderr,
    };
  }
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'crmpro-import-cli-'));
  // The first run may compile the TypeScript (bin/crmpro.js builds when sources changed).
  await crmpro('--help');
}, CLI_TIMEOUT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('crmpro import (the real CLI)', () => {
  it(
    'reports rejected rows, imports the rest and exits non-zero; exits 0 when every row was imported',
    async () => {
      const mixed = path.join(dir, 'accounts.csv');
      writeFileSync(
        mixed,
        'Company,Website,Headcount\nAcme Corporation,acme.com,100\nBad Domain Inc,not a domain,10\n',
      );
      const first = await crmpro('import', 'accounts', mixed);
      expect(first.code).toBe(1);
      expect(first.stdout.trim().split('\n')).toEqual([
        "row 2: domain: 'not a domain' is not a web domain like example.com",
        'imported 1 (new 1, updated 0), rejected 1',
      ]);

      const clean = path.join(dir, 'clean.csv');
      writeFileSync(clean, 'name,domain,employees\nAcme Corporation,acme.com,120\n');
      const second = await crmpro('import', 'accounts', clean);
      expect(second).toMatchObject({ code: 0, stdout: 'imported 1 (new 0, updated 1), rejected 0\n' });
    },
    CLI_TIMEOUT,
  );

  it(
    'exits non-zero naming the file and the missing columns when the header is not recognised',
    async () => {
      const wrong = path.join(dir, 'wrong.csv');
      writeFileSync(wrong, 'foo,bar\n1,2\n');
      const result = await crmpro('import', 'accounts', wrong);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        "error: wrong.csv: no recognisable header for name. The file needs a column for name ('name', 'account'",
      );

      const missing = await crmpro('import', 'deals', path.join(dir, 'nope.csv'));
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain('nope.csv: no such file.');
    },
    CLI_TIMEOUT,
  );
});
