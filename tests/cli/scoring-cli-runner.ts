import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** Runs `node bin/crmpro.js ...args` the way an analyst would and returns its exit code and output. */
export function crmpro(
  args: string[],
  cwd: string = ROOT,
): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'bin/crmpro.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'silent' },
    timeout: 120_000,
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
