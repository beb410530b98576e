import type { Command } from 'commander';
import type { CliEnvironment } from './cli-environment';
import { runCommand } from './run-command';

/* eslint-disable-next-line @typescript-eslint/no-require-imports -- the schedulers (BullMQ, node-cron) and the store load when a command runs, not to list the commands (see register-all) */
const actions = () => require('./jobs-actions') as typeof import('./jobs-actions');

/** `crmpro jobs status [--json]`: schedules, last runs and failed deliveries (a stable interface). */
export function registerJobsCommands(program: Command, env: CliEnvironment): void {
  const jobs = program.command('jobs').description('Background jobs: schedules, runs, failures');
  jobs
    .command('status')
    .description('Schedules with their next and last runs, failed deliveries and (with Redis) the queue')
    .option('--json', 'print JSON: {scheduler, queue, schedules, failedDeliveries}')
    .action(runCommand(env, (flags: { json?: boolean }) => actions().jobsStatusCommand(env, flags)));
}
