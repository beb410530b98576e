import type { Command } from 'commander';
import { parseDayOption } from '../ml/orders/order-date';
import { retrainChurnModel } from '../skills/churn-risk';
import type { CliEnvironment } from './cli-environment';
import { runCommand } from './run-command';

const fmt = (value: number | undefined, digits = 3) =>
  value === undefined || Number.isNaN(value) ? 'n/a' : value.toFixed(digits);

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
      runCommand(env, async (options: { json?: boolean; asOf?: string }) => {
        const asOf =
          options.asOf === undefined ? undefined : new Date(parseDayOption('--as-of', options.asOf));
        const { model, dir } = await retrainChurnModel(await env.services(), asOf ? { asOf } : {});
        const { card } = model;
        if (options.json) {
          env.out(JSON.stringify({ dir, ...card }, null, 2));
          return 0;
        }
        env.out(`Trained churn ${card.version} in ${card.training.seconds.toFixed(1)} s, written to ${dir}`);
        env.out(
          `  ${card.data.rows} snapshots of ${card.data.accounts} accounts at ${card.data.cutoffs} cutoffs (${card.data.firstCutoff.slice(0, 10)} to ${card.data.lastCutoff.slice(0, 10)}), ${card.data.positives} lost within ${card.plan.horizonDays} days`,
        );
        const test = card.metrics.test;
        env.out(
          test
            ? `  time split (tested on ${test.cutoff.slice(0, 10)}, ${test.rows} accounts, ${test.positives} lost): AUC ${fmt(test.auc)}, Brier ${fmt(test.brier, 4)} (base rate ${fmt(test.baseBrier, 4)})`
            : '  too few losses at the last cutoff for a time-split test',
        );
        env.out(
          `  top factors: ${card.importances
            .slice(0, 5)
            .map((i) => `${i.feature} ${(i.share * 100).toFixed(0)}%`)
            .join(', ')}`,
        );
        return 0;
      }),
    );
}
