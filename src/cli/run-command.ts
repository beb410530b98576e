import { isCrmError } from '../core/errors';
import type { CliEnvironment } from './cli-environment';

/* eslint-disable @typescript-eslint/no-require-imports -- needed only when a command fails: the configuration schema (zod) and the dialogs' refusal wording (which reaches the store schemas) would otherwise load with every command, a fifth of a second before `scoring train` reads its file */
const isConfigError = (error: unknown): error is Error =>
  error instanceof (require('../config/config') as typeof import('../config/config')).ConfigError;
const refusalTextOf: typeof import('../dialogs/replies/refusal-replies').refusalTextOf = (error) =>
  (
    require('../dialogs/replies/refusal-replies') as typeof import('../dialogs/replies/refusal-replies')
  ).refusalTextOf(error);
/* eslint-enable @typescript-eslint/no-require-imports */

/**
 * The CLI's one error boundary: a CrmError or a configuration error prints its message (no stack)
 * and exits 1; anything else prints its message and exits 1 too, with the stack at debug level.
 */
export function runCommand<Args extends unknown[]>(
  env: CliEnvironment,
  action: (...args: Args) => Promise<number>,
): (...args: Args) => Promise<void> {
  return async (...args: Args) => {
    try {
      process.exitCode = await action(...args);
    } catch (error) {
      if (isCrmError(error) || isConfigError(error)) {
        // A role refusal says what is not available to that role and whom it is for, never a skill's name.
        env.err(`error: ${refusalTextOf(error) ?? error.message}`);
      } else {
        env.err(`error: ${(error as Error)?.message ?? String(error)}`);
        env.logger.debug({ err: error }, 'command failed');
      }
      process.exitCode = 1;
    }
  };
}

/** Parses a positive integer option or throws a message naming the option. */
export function positiveInteger(name: string): (value: string) => number {
  return (value: string) => {
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed <= 0)
      throw new Error(`${name} must be a positive whole number (got '${value}')`);
    return parsed;
  };
}
