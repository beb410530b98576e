import { InvalidArgumentError, type Command } from 'commander';
import { CrmError, ErrorCode } from '../core/errors';
import { readAudit } from '../skills/shared/audit-log';
import type { CliEnvironment } from './cli-environment';
import { runCommand } from './run-command';

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
    .action(
      runCommand(env, async (flags: { user?: string; record?: string; since?: Date; json: boolean }) => {
        if (!flags.user && !flags.record)
          throw new CrmError(
            ErrorCode.InvalidInput,
            'Name whose trail to show: --user EMAIL or --record ID.',
          );
        const store = await env.openStore();
        let userId: string | undefined;
        if (flags.user) {
          // Deactivated users too: their trail outlives their access.
          const user = await store.users.findOne({ email: flags.user.trim().toLowerCase() });
          if (!user) throw new CrmError(ErrorCode.NotFound, `No CRM user has the e-mail ${flags.user}.`);
          userId = user._id;
        }
        const entries = await readAudit(store, {
          ...(userId ? { userId } : {}),
          ...(flags.record ? { recordId: flags.record } : {}),
          ...(flags.since ? { since: flags.since } : {}),
        });
        for (const entry of entries) {
          const line = {
            at: entry.at.toISOString(),
            action: entry.action,
            userId: entry.userId ?? null,
            role: entry.role,
            channel: entry.channel,
            skill: entry.skill,
            recordCount: entry.recordCount,
            recordIds: entry.recordIds,
          };
          env.out(
            flags.json
              ? JSON.stringify(line)
              : `${line.at}  ${line.action.padEnd(6)} ${(line.userId ?? '-').padEnd(24)} ${line.role.padEnd(9)} ${line.channel.padEnd(9)} ${line.skill.padEnd(20)} ${line.recordCount} record(s): ${line.recordIds.slice(0, 5).join(', ')}${line.recordIds.length > 5 ? ', …' : ''}`,
          );
        }
        if (!flags.json) env.err(`${entries.length} audit entr${entries.length === 1 ? 'y' : 'ies'}`);
        return 0;
      }),
    );
}
