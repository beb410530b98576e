import { Command } from 'commander';
import type { CliEnvironment } from '../../src/cli/cli-environment';
import { registerAllCommands } from '../../src/cli/register-all';
import { loadConfig } from '../../src/config/config';
import { silentLogger } from '../../src/core/logger';
import type { Store } from '../../src/store/store';

/** What one `crmpro ...` run printed and its exit code. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `crmpro ...` in this process through the real command tree, over `store`. */
export async function runCrmpro(
  store: Store,
  dataDir: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliEnvironment = {
    config: () => loadConfig({ DATA_DIR: dataDir, ...env }),
    openStore: async () => store,
    services: () => Promise.reject(new Error('not needed')),
    llm: () => undefined,
    logger: silentLogger(),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  const program = new Command('crmpro').exitOverride().configureOutput({ writeErr: (s) => err.push(s) });
  registerAllCommands(program, cli, ['node', 'crmpro', ...args]);
  const previous = process.exitCode;
  process.exitCode = 0;
  try {
    await program.parseAsync(['node', 'crmpro', ...args]);
    return { code: Number(process.exitCode ?? 0), out: out.join('\n'), err: err.join('\n') };
  } catch (error) {
    return { code: (error as { exitCode?: number }).exitCode ?? 1, out: out.join('\n'), err: err.join('\n') };
  } finally {
    process.exitCode = previous;
  }
}
