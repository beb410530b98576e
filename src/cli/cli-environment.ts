import type { Config } from '../config/config';
import type { Logger } from '../core/logger';
import type { LlmServices } from '../ml/llm/language-model';
import type { SkillServices } from '../skills/skill';
import type { Store } from '../store/store';

/**
 * What a CLI command may use. Everything is lazy: commands that work on files
 * (`scoring train --data x.csv`) never open the store or read CRM configuration they do not need.
 */
export interface CliEnvironment {
  /** The validated configuration (throws ConfigError naming the bad variable). */
  config(): Config;
  /** The CRM store, opened on first use and closed when the command ends. */
  openStore(): Promise<Store>;
  /** Skill services over the store, for commands that run skills. */
  services(): Promise<SkillServices>;
  /** The configured LLM (and remote embeddings), or undefined; langchain is loaded only when configured. */
  llm(): LlmServices | undefined;
  readonly logger: Logger;
  /** Writes a line to standard output (results). */
  out(line: string): void;
  /** Writes a line to standard error (progress, warnings, errors). */
  err(line: string): void;
}

/** A command action: returns the process exit code (0 = success). */
export type CliAction<Args extends unknown[]> = (...args: Args) => Promise<number>;
