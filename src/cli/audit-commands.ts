import { InvalidArgumentError, type Command } from 'commander';
import type { AuditFlags } from './audit-actions';
import type { CliEnvironment } from './cli-environment';
import { runCommand } from './run-command';

/* eslint-disable-next-line @typescript-eslint/no-require-imports -- the store loads when the trail is read, not to list the commands (see register-all) */
const actions = () => require('./audit-actions') as typeof import('./audit-actions');

/** Parses `--since` (an ISO date or date-time). */
function sinceDate(value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new InvalidArgumentError(`--since must be a date such as 2026-01-31 (got '${value}')`);
  return date;
}

/**
 * `crmpro audit --user EMAIL | --record ID [--since DATE] [--json]`: who read or changed which
 * records, through which channel and skill, from the append-only audit log.
 */
export function registerAuditCommands(program: Command, env: CliEnvironment): void {
  program
    .command('audit')
    .description('Who read or changed which CRM records, through which channel and skill')
    .option('--user <email>', "a CRM user's e-mail: what they read and changed")
    .option('--record <id>', 'a record id: who read or changed it')
    .option('--since <date>', 'only entries from this date on', sinceDate)
    .option('--json', 'one JSON object per line instead of a table', false)
    .action(runCommand(env, (flags: AuditFlags) => actions().auditCommand(env, flags)));
}
