import { dateTimeFormat } from '../../core/date-formats';
import {
  AUDIT_SUMMARY_SKILL_NAME,
  type AuditPersonTotals,
  type AuditRecentEntry,
  type AuditSummary,
} from '../../skills/audit-trail';
import type { Reply } from '../reply';

/** What the person asked of the log, for the reply's words. */
export interface AuditAsked {
  /** "who logged in": the product keeps no sign-in log; the reply says so and shows who used the bot. */
  signIns?: boolean;
  exports?: boolean;
  /** "did anyone change a user role": role and access changes are not logged; the reply says so and shows the record changes. */
  users?: boolean;
  /** The period in words as asked ("yesterday", "this week"), if it was named. */
  periodWords?: string;
  timezone: string;
}

const ACTION_WORDS = { read: 'read', change: 'changed', erase: 'erased' } as const;
const ACTION_NOUNS = { read: 'reads', change: 'changes', erase: 'erasures' } as const;

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** "Fri 4 Dec" for a `YYYY-MM-DD` calendar day. */
function dayWords(day: string): string {
  return dateTimeFormat('en-GB', {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(new Date(`${day}T12:00:00Z`));
}

function periodWords(summary: AuditSummary, asked: AuditAsked): string {
  const days =
    summary.from === summary.to
      ? dayWords(summary.from)
      : `${dayWords(summary.from)} – ${dayWords(summary.to)}`;
  return asked.periodWords ? `${asked.periodWords} (${days})` : days;
}

/** "Fri 4 Dec 14:05" in the reader's time zone. */
function whenWords(at: string, timezone: string): string {
  return dateTimeFormat('en-GB', {
    timeZone: timezone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(new Date(at))
    .replace(',', '');
}

function channelWords(channel: string): string {
  if (channel === 'cli') return 'the command line';
  if (channel === 'unknown') return 'the terminal chat or a job';
  return channel;
}

function personLine(p: AuditPersonTotals, exports: boolean): string {
  if (exports)
    return `- ${p.name} (${p.role}): ${plural(p.entries, 'export')}, ${plural(p.records, 'record')}`;
  const kinds = [
    p.reads ? plural(p.reads, 'read') : '',
    p.changes ? plural(p.changes, 'change') : '',
    p.erasures ? plural(p.erasures, 'erasure') : '',
  ].filter(Boolean);
  return `- ${p.name} (${p.role}): ${plural(p.entries, 'entry', 'entries')} (${kinds.join(', ')}), ${plural(p.records, 'record')}`;
}

function recentLine(e: AuditRecentEntry, exports: boolean, timezone: string): string {
  const when = whenWords(e.at, timezone);
  const via = `via ${channelWords(e.channel)} (${e.skill})`;
  if (exports)
    return `- ${when}: ${e.person} exported ${plural(e.recordCount, 'record')}${e.recordKind ? ` (${e.recordKind})` : ''} through ${channelWords(e.channel)}`;
  if (e.skill === AUDIT_SUMMARY_SKILL_NAME) return `- ${when}: ${e.person} read the audit log ${via}`;
  const more = e.recordCount - e.recordNames.length;
  const names = e.recordNames.length
    ? `: ${e.recordNames.join(', ')}${more > 0 ? ` and ${more.toLocaleString('en-US')} more` : ''}`
    : '';
  return `- ${when}: ${e.person} ${ACTION_WORDS[e.action]} ${plural(e.recordCount, 'record')}${names} ${via}`;
}

/** What the summary was narrowed to, in words ("of Acme Corporation (account)", "by Sam Rivera"). */
function filterWords(summary: AuditSummary): string {
  const parts: string[] = [];
  if (summary.record) parts.push(`for ${summary.record.name} (${summary.record.kind})`);
  if (summary.person) parts.push(`by ${summary.person.name}`);
  if (summary.action) parts.push(`${ACTION_NOUNS[summary.action]} only`);
  if (summary.channel) parts.push(`through ${channelWords(summary.channel)}`);
  return parts.length ? ` ${parts.join(', ')}` : '';
}

/** The audit summary in words: who, how many entries of which kinds, and the latest few. */
export function auditReply(summary: AuditSummary, asked: AuditAsked): Reply {
  const period = periodWords(summary, asked);
  const exports = Boolean(asked.exports);
  const lead = asked.signIns
    ? "CRMPro keeps no sign-in log, so I can't tell you who logged in. What the audit log does show is who used the bot to read or change records"
    : '';
  if (asked.users) return usersReply(summary, period, asked);
  if (summary.entries === 0) {
    const none = exports
      ? `Nobody exported data${filterWords(summary)}, ${period}: the audit log records every export (\`crmpro export\` and audience exports), and has none then.`
      : `The audit log has no ${summary.action ? ACTION_NOUNS[summary.action] : 'entries'}${filterWords(summary).replace(/, \w+ only$| \w+ only$/, '')}, ${period}.`;
    return { text: asked.signIns ? `${lead}, and nobody did ${period}.` : none };
  }
  const people = summary.people.length;
  const head = asked.signIns
    ? `${lead} ${period}: ${plural(people, 'person', 'people')}.`
    : exports
      ? `Exports${filterWords(summary)}, ${period}: ${plural(summary.entries, 'export')} by ${plural(people, 'person', 'people')}.`
      : `Audit log${filterWords(summary)}, ${period}: ${plural(summary.entries, 'entry', 'entries')} by ${plural(people, 'person', 'people')}.`;
  const kinds = exports
    ? ''
    : `\nKinds: ${summary.bySkill.map((s) => `${s.skill} ${s.entries}`).join(', ')}; channels: ${summary.byChannel.map((c) => `${channelWords(c.channel)} ${c.entries}`).join(', ')}.`;
  const latest = summary.recent.map((e) => recentLine(e, exports, asked.timezone));
  return {
    text:
      `${head}\n${summary.people.map((p) => personLine(p, exports)).join('\n')}${kinds}\n` +
      `Latest ${latest.length === 1 ? 'entry' : latest.length}:\n${latest.join('\n')}`,
  };
}

/**
 * "did anyone change a user role": users, roles and access are changed with `crmpro users`, which the
 * audit log does not record (it records reads and changes of CRM records). Said plainly, then the
 * record changes of the period the log does hold, and where today's roles are seen.
 */
function usersReply(summary: AuditSummary, period: string, asked: AuditAsked): Reply {
  const notLogged =
    "Changes to users' roles and access are made with `crmpro users` (set-role, add, deactivate), and the audit log does not record them, so I can't tell you who changed a role or when.";
  const roster = 'To see everyone\'s role today, ask me to "list all users and their roles".';
  if (summary.entries === 0)
    return { text: `${notLogged} The log has no changes to CRM records either, ${period}. ${roster}` };
  const latest = summary.recent.map((e) => recentLine(e, false, asked.timezone));
  return {
    text:
      `${notLogged} What the audit log does show is who changed CRM records, ${period}: ` +
      `${plural(summary.entries, 'entry', 'entries')} by ${plural(summary.people.length, 'person', 'people')}.\n` +
      `${summary.people.map((p) => personLine(p, false)).join('\n')}\n` +
      `Latest ${latest.length === 1 ? 'entry' : latest.length}:\n${latest.join('\n')}\n${roster}`,
  };
}
