import type { Command } from 'commander';
import type { CliEnvironment } from './cli-environment';
import { runCommand } from './run-command';

/* eslint-disable-next-line @typescript-eslint/no-require-imports -- the churn skill and the store load when the model trains, not to list the commands (see register-all) */
const actions = () => require('./churn-actions') as typeof import('./churn-actions');

/** `crmpro churn train [--as-of DAY] [--json]`: retrains the churn model from the CRM. */
export function registerChurnCommands(program: Command, env: CliEnvironment): void {
  const churn = program
    .command('churn')
    .description('The churn model: account health for reps, managers and support');
  churn
    .command('train')
    .description(
      'Train the churn model from the CRM (monthly account snapshots at past cutoffs) into churn/<version>/ under TRAINED_MODELS_DIR (default DATA_DIR/models)',
    )
    .option(
      '--as-of <YYYY-MM-DD>',
      'train as of this day (midnight UTC; also the version), e.g. the --anchor the demo CRM was seeded with',
    )
    .option('--json', 'print the model card as JSON')
    .action(
      runCommand(env, (options: { json?: boolean; asOf?: string }) =>
        actions().churnTrainCommand(env, options),
      ),
    );
}
