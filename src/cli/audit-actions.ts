import { CrmError, ErrorCode } from '../core/errors';
import { readAudit } from '../skills/shared/audit-log';
import type { CliEnvironment } from './cli-environment';

export interface AuditFlags {
  user?: string;
  record?: string;
  since?: Date;
  json: boolean;
}

/** `crmpro audit`: the audit trail of one user or one record. */
export async function auditCommand(env: CliEnvironment, flags: AuditFlags): Promise<number> {
  if (!flags.user && !flags.record)
    throw new CrmError(ErrorCode.InvalidInput, 'Name whose trail to show: --user EMAIL or --record ID.');
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
}
