import type { Command } from 'commander';
import { registerChatCommands } from './chat-commands';
import type { CliEnvironment } from './cli-environment';
import { registerImportCommands } from './import-commands';
import { registerForecastCommands } from './forecast-commands';
import { registerKnowledgeCommands } from './knowledge-commands';
import { registerNluCommands } from './nlu-commands';
import { registerRecommendCommands } from './recommend-commands';
import { registerScoringCommands } from './scoring-commands';
import { registerSeedCommands } from './seed-commands';
import { registerSegmentCommands } from './segment-commands';
import { registerUsersCommands } from './users-commands';

/**
 * Every command group of the CLI. A feature adds its commands in `src/cli/<feature>-commands.ts`
 * (exporting `register<Feature>Commands(program, env)`) and one line here.
 */
export function registerAllCommands(program: Command, env: CliEnvironment): void {
  registerChatCommands(program, env);
  registerSeedCommands(program, env);
  registerImportCommands(program, env);
  registerScoringCommands(program, env);
  registerForecastCommands(program, env);
  registerNluCommands(program, env);
  registerSegmentCommands(program, env);
  registerRecommendCommands(program, env);
  registerKnowledgeCommands(program, env);
  registerUsersCommands(program, env);
}
