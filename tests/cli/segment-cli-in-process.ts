import { Command } from 'commander';
import { silentLogger } from '../../src/core/logger';
import type { CliEnvironment } from '../../src/cli/cli-environment';
import { registerRecommendCommands } from '../../src/cli/recommend-commands';
import { registerSegmentCommands } from '../../src/cli/segment-commands';

/**
 * Runs `crmpro segment|recommend ...` inside the test process through the same commands and error
 * boundary as the real CLI (no store, no config): for error paths, where a process start per case
 * would only add seconds.
 */
export async function runInProcess(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const unavailable = () => {
    throw new Error('no store in this test');
  };
  const env: CliEnvironment = {
    config: unavailable,
    openStore: unavailable,
    services: unavailable,
    llm: () => undefined,
    logger: silentLogger(),
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  };
  const program = new Command('crmpro').exitOverride();
  registerSegmentCommands(program, env);
  registerRecommendCommands(program, env);
  const previous = process.exitCode;
  process.exitCode = 0;
  try {
    await program.parseAsync(['node', 'crmpro', ...args]);
    return { code: Number(process.exitCode ?? 0), out: out.join('\n'), err: err.join('\n') };
  } finally {
    process.exitCode = previous;
  }
}
