/* eslint-disable @typescript-eslint/no-require-imports -- command groups load on demand, see below */
import type { Command } from 'commander';
import type { CliEnvironment } from './cli-environment';

type RegisterCommands = (program: Command, env: CliEnvironment) => void;

/**
 * Every command group of the CLI, by its name on the command line. A feature adds its commands in
 * `src/cli/<feature>-commands.ts` (exporting `register<Feature>Commands(program, env)`) and one
 * line here. Groups are required on demand: `crmpro segment run` loads the segmentation code and
 * not the bot framework, the store engine or the chart renderer, which would cost it most of a
 * second of start-up. `crmpro --help` registers every group, so a group file holds only the
 * commands' names, options and help; what a command does lives in `<feature>-actions.ts`, required
 * inside the action (the whole help then loads about 190 modules instead of 3,250).
 */
const COMMAND_GROUPS: Record<string, () => RegisterCommands> = {
  chat: () => (require('./chat-commands') as typeof import('./chat-commands')).registerChatCommands,
  seed: () => (require('./seed-commands') as typeof import('./seed-commands')).registerSeedCommands,
  import: () => (require('./import-commands') as typeof import('./import-commands')).registerImportCommands,
  scoring: () =>
    (require('./scoring-commands') as typeof import('./scoring-commands')).registerScoringCommands,
  churn: () => (require('./churn-commands') as typeof import('./churn-commands')).registerChurnCommands,
  forecast: () =>
    (require('./forecast-commands') as typeof import('./forecast-commands')).registerForecastCommands,
  nlu: () => (require('./nlu-commands') as typeof import('./nlu-commands')).registerNluCommands,
  segment: () =>
    (require('./segment-commands') as typeof import('./segment-commands')).registerSegmentCommands,
  recommend: () =>
    (require('./recommend-commands') as typeof import('./recommend-commands')).registerRecommendCommands,
  knowledge: () =>
    (require('./knowledge-commands') as typeof import('./knowledge-commands')).registerKnowledgeCommands,
  users: () => (require('./users-commands') as typeof import('./users-commands')).registerUsersCommands,
  audiences: () =>
    (require('./audience-commands') as typeof import('./audience-commands')).registerAudienceCommands,
  audit: () => (require('./audit-commands') as typeof import('./audit-commands')).registerAuditCommands,
  privacy: () =>
    (require('./privacy-commands') as typeof import('./privacy-commands')).registerPrivacyCommands,
  store: () => (require('./store-commands') as typeof import('./store-commands')).registerStoreCommands,
  eval: () => (require('./eval-commands') as typeof import('./eval-commands')).registerEvalCommands,
  digest: () => (require('./digest-commands') as typeof import('./digest-commands')).registerDigestCommands,
  jobs: () => (require('./jobs-commands') as typeof import('./jobs-commands')).registerJobsCommands,
  targets: () => (require('./digest-commands') as typeof import('./digest-commands')).registerTargetsCommands,
  export: () => (require('./export-commands') as typeof import('./export-commands')).registerExportCommands,
  data: () =>
    (require('./data-profile-commands') as typeof import('./data-profile-commands'))
      .registerDataProfileCommands,
};

/**
 * Registers the command group `argv` names (its first word that is not an option), or every group
 * when it names none of them (`--help`, `help`, a typo: the full list is then shown).
 */
export function registerAllCommands(
  program: Command,
  env: CliEnvironment,
  argv: readonly string[] = [],
): void {
  const group = argv.slice(2).find((word) => !word.startsWith('-'));
  const wanted = group !== undefined && group in COMMAND_GROUPS ? [group] : Object.keys(COMMAND_GROUPS);
  for (const name of wanted) COMMAND_GROUPS[name]!()(program, env);
}
