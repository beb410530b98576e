import { parseDayOption } from '../ml/orders/order-date';
import { retrainChurnModel } from '../skills/churn-risk';
import type { CliEnvironment } from './cli-environment';

const fmt = (value: number | undefined, digits = 3) =>
  value === undefined || Number.isNaN(value) ? 'n/a' : value.toFixed(digits);

/** `crmpro churn train`: retrains the churn model from the CRM and prints its card. */
export async function churnTrainCommand(
  env: CliEnvironment,
  options: { json?: boolean; asOf?: string },
): Promise<number> {
  const asOf = options.asOf === undefined ? undefined : new Date(parseDayOption('--as-of', options.asOf));
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
}
