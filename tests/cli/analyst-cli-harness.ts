import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import type { CliEnvironment } from '../../src/cli/cli-environment';
import { registerDataProfileCommands } from '../../src/cli/data-profile-commands';
import { registerExportCommands } from '../../src/cli/export-commands';
import { silentLogger } from '../../src/core/logger';
import type { SkillServices } from '../../src/skills/skill';
import { testConfig } from '../fixtures/test-config';

/** The e-mails of the demo users of each role (src/store/seed/demo-users.ts). */
export const DEMO = {
  rep: 'sam.rivera@demo.crmpro.dev',
  marketing: 'alex.kim@demo.crmpro.dev',
  support: 'riley.park@demo.crmpro.dev',
  analyst: 'noah.singh@demo.crmpro.dev',
  admin: 'jordan.blake@demo.crmpro.dev',
} as const;

/**
 * Runs `crmpro export|data ...` inside the test process over `services` (its store, a fixed clock),
 * through the same commands and error boundary as the real CLI.
 */
export async function runAnalystCli(
  services: SkillServices,
  dataDir: string,
  args: string[],
): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const config = testConfig(dataDir);
  const env: CliEnvironment = {
    config: () => config,
    openStore: async () => services.store,
    services: async () => services,
    llm: () => undefined,
    logger: silentLogger(),
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  const program = new Command('crmpro').exitOverride().configureOutput({
    writeErr: (text) => err.push(text.trimEnd()),
    writeOut: (text) => out.push(text.trimEnd()),
  });
  registerExportCommands(program, env);
  registerDataProfileCommands(program, env);
  const previous = process.exitCode;
  process.exitCode = 0;
  try {
    await program.parseAsync(['node', 'crmpro', ...args]);
    return { code: Number(process.exitCode ?? 0), out: out.join('\n'), err: err.join('\n') };
  } catch (error) {
    // A bad argument or option: commander's own message and exit code, as the real CLI prints them.
    if (!(error instanceof CommanderError)) throw error;
    return { code: error.exitCode, out: out.join('\n'), err: err.join('\n') };
  } finally {
    process.exitCode = previous;
  }
}

/**
 * The rows of a Parquet file as hyparquet reads them (an ES module, so in a child Node process):
 * timestamps come back as ISO strings, and each column's Parquet type and converted type.
 */
export function readParquet(file: string): {
  rows: Record<string, unknown>[];
  schema: { name: string; type?: string; converted_type?: string }[];
} {
  const script = `
    import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
    const file = await asyncBufferFromFile(process.argv[1]);
    const rows = await parquetReadObjects({ file });
    const { schema } = await parquetMetadataAsync(file);
    process.stdout.write(JSON.stringify({ rows, schema: schema.slice(1).map(({ name, type, converted_type }) => ({ name, type, converted_type })) }));
  `;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script, file], {
    cwd: path.join(__dirname, '..', '..'),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`hyparquet could not read ${file}: ${child.stderr}`);
  return JSON.parse(child.stdout) as ReturnType<typeof readParquet>;
}
