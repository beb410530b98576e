import type { Command } from 'commander';
import { CrmError, ErrorCode } from '../core/errors';
import { scoreSentiment } from '../ml/sentiment';
import {
  DEFAULT_DEMO_SEED,
  DEMO_SEED_META_ID,
  isStoreEmpty,
  seedDemoCrm,
  startOfUtcDay,
} from '../store/seed';
import type { CliEnvironment } from './cli-environment';
import { runCommand } from './run-command';

interface SeedFlags {
  reset?: boolean;
  anchor?: Date;
  seed: number;
  scale: number;
}

/** Parses `--anchor YYYY-MM-DD` into midnight UTC of that day. */
function anchorDate(value: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match
    ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    : undefined;
  if (!date || date.toISOString().slice(0, 10) !== value)
    throw new Error(`--anchor must be a date like 2025-05-14 (got '${value}')`);
  return date;
}

function wholeNumber(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new Error(`--seed must be a whole number (got '${value}')`);
  return parsed;
}

function scaleFactor(value: string): number {
  const parsed = Number(value);
  if (!(parsed > 0 && parsed <= 10))
    throw new Error(`--scale must be a number above 0 and at most 10 (got '${value}')`);
  return parsed;
}

/** `crmpro seed`: loads the reproducible demo CRM into the configured store. */
export function registerSeedCommands(program: Command, env: CliEnvironment): void {
  program
    .command('seed')
    .description(
      'Load the demo CRM (2,000 accounts, 10,000 deals, 100,000 interactions, 30,000 orders, ...) into the store',
    )
    .option('--reset', 'delete everything in the store first (the store must otherwise be empty)')
    .option(
      '--anchor <YYYY-MM-DD>',
      'the day the three years of history end (default: today, UTC)',
      anchorDate,
    )
    .option(
      '--seed <n>',
      'seed of the generator: same seed and anchor, same data',
      wholeNumber,
      DEFAULT_DEMO_SEED,
    )
    .option('--scale <x>', 'multiply the counts (users and products stay fixed)', scaleFactor, 1)
    .action(
      runCommand(env, async (flags: SeedFlags) => {
        const store = await env.openStore();
        if (flags.reset) {
          await store.dropAll();
        } else if (!(await isStoreEmpty(store))) {
          const accounts = await store.accounts.countDocuments({});
          const users = await store.users.countDocuments({});
          throw new CrmError(
            ErrorCode.Conflict,
            `The store already holds data (${accounts} accounts, ${users} users). Run \`crmpro seed --reset\` to replace everything with the demo CRM.`,
          );
        } else {
          // Empty but possibly still marked as seeded (the data was deleted by hand).
          await store.meta.deleteOne({ _id: DEMO_SEED_META_ID });
        }
        const anchor = flags.anchor ?? startOfUtcDay(new Date());
        const summary = await seedDemoCrm(store, {
          anchor,
          seed: flags.seed,
          scale: flags.scale,
          log: (line) => env.err(line),
          sentimentOf: scoreSentiment,
        });
        for (const [collection, count] of Object.entries(summary.counts))
          env.out(`${collection.padEnd(13)}${String(count).padStart(8)}`);
        env.out(
          `seeded the demo CRM (seed ${summary.seed}, anchor ${anchor.toISOString().slice(0, 10)}) in ${summary.seconds} s ` +
            `(generate ${summary.generateSeconds} s, write ${summary.writeSeconds} s)`,
        );
        return 0;
      }),
    );
}
