import { auditLogSummary } from '../../skills/audit-trail';
import { EXPORT_SKILL_NAME } from '../../skills/data-export';
import { exportAudience } from '../../skills/audiences';
import type { Skill } from '../../skills/skill';
import { auditReply } from '../replies/audit-replies';
import { auditRequestOf } from '../routing/audit-requests';
import type { Understanding } from '../routing/understanding';
import { calendarDayIn, isoDay } from '../understanding/entities/calendar-day';
import { extractPeriodsAndDates } from '../understanding/entities/periods';
import { yearPeriodsIn } from '../understanding/entities/year-periods';
import type { IntentHandler } from './intent-handler';

/** Days a question that names no period looks back over, today included. */
const DEFAULT_DAYS = 7;

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The days an audit question reads; `defaulted` when it named none. */
export interface AuditPeriod {
  from: string;
  to: string;
  words?: string;
  defaulted?: true;
}

/** The days a question asks about, read as the past ("monday" is the last one), never past today. */
export function auditPeriodOf(
  text: string,
  now: Date,
  timezone: string,
  fallback: 'today' | 'week',
): AuditPeriod {
  const today = isoDay(calendarDayIn(now, timezone));
  const { periods, dates } = extractPeriodsAndDates(text, { now, timeZone: timezone, prefer: 'past' });
  const period = periods[0] ?? yearPeriodsIn(text.toLowerCase())[0];
  if (period) return { from: period.start, to: period.end < today ? period.end : today, words: period.text };
  const found = dates[0];
  // A weekday said alone may be read as the coming one ("since monday" on a Saturday): the log has only the past.
  const date =
    found && found.date > today && found.date <= addDays(today, 7)
      ? { ...found, date: addDays(found.date, -7) }
      : found;
  if (date) {
    const since = new RegExp(String.raw`\bsince\s+${date.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i');
    return since.test(text)
      ? { from: date.date, to: today, words: `since ${date.text}` }
      : { from: date.date, to: date.date, words: date.text };
  }
  return fallback === 'today'
    ? { from: today, to: today, words: 'today', defaulted: true }
    : {
        from: addDays(today, 1 - DEFAULT_DAYS),
        to: today,
        words: `the last ${DEFAULT_DAYS} days`,
        defaulted: true,
      };
}

/** The CRM user a question names: an e-mail, else the user the name matcher found. */
function personAsked(understanding: Understanding): string | undefined {
  const email = understanding.entities?.emails[0]?.text;
  if (email) return email;
  const rep = understanding.entities?.people.find((p) => p.kind === 'rep');
  return rep?.kind === 'rep' ? rep.candidates[0]?.name : undefined;
}

/** The account or contact a question names (a name the matcher is sure of), unless it is the person asked about. */
function recordAsked(understanding: Understanding, person: string | undefined): string | undefined {
  const entities = understanding.entities;
  const account = entities?.accounts.find((a) => a.score >= 0.9);
  if (account) return account.name;
  const contact = entities?.contacts.find((c) => c.score >= 0.9);
  return contact && contact.name !== person ? contact.name : undefined;
}

/** The record a follow-up asks about: another one it names ("and globex?"), else the last question's. */
function againRecord(again: { record?: string }, understanding: Understanding): string | undefined {
  return recordAsked(understanding, undefined) ?? again.record;
}

/**
 * "show me the audit log for yesterday", "who looked at acme this week", "who exported data", "who
 * logged in today": the audit log summarised, for admins. Sign-ins are not logged: the reply says so
 * and shows who used the bot. Anyone else is told plainly that the log is for admins.
 */
export const auditLogHandler: IntentHandler = {
  intents: ['audit_log'],
  capability: {
    skill: auditLogSummary as Skill<never, unknown>,
    summary: 'read the audit log: who read, changed or exported which records',
    examples: ['who looked at Acme this week?', 'who exported data this week?'],
  },
  handle: async ({ text, caller, skills, understanding, memory }) => {
    if (!skills.mayCall(auditLogSummary as Skill<never, unknown>, caller))
      return {
        text: "The audit log (who saw or changed which records) is for admins only, so I can't show it to you. Your CRM administrator can.",
      };
    // "what about last month" right after an audit answer: the same question for that period.
    const again = auditRequestOf(text)
      ? undefined
      : memory.previousFocus === 'audit'
        ? memory.lastAudit
        : undefined;
    const asked = again ?? auditRequestOf(text) ?? {};
    const said = auditPeriodOf(text, skills.clock(), caller.timezone, asked.signIns ? 'today' : 'week');
    // "and globex?" after "who looked at acme this week": this week still.
    const period = said.defaulted && again?.period ? again.period : said;
    // A user's role changed is not a record read by that user: no person or record narrows those questions.
    const unnamed = asked.signIns || asked.users;
    const person = again ? again.person : unnamed ? undefined : personAsked(understanding);
    const record = again
      ? againRecord(again, understanding)
      : unnamed
        ? undefined
        : recordAsked(understanding, person);
    memory.lastAudit = {
      ...(person ? { person } : {}),
      ...(record ? { record } : {}),
      ...(asked.action ? { action: asked.action } : {}),
      ...(asked.exports ? { exports: true as const } : {}),
      ...(asked.signIns ? { signIns: true as const } : {}),
      ...(asked.users ? { users: true as const } : {}),
      period: { from: period.from, to: period.to, ...(period.words ? { words: period.words } : {}) },
    };
    memory.lastFocus = 'audit';
    const summary = await skills.call(
      auditLogSummary,
      {
        from: period.from,
        to: period.to,
        ...(person ? { person } : {}),
        ...(record ? { record } : {}),
        ...(asked.users ? { action: 'change' as const } : asked.action ? { action: asked.action } : {}),
        ...(asked.exports ? { skills: [EXPORT_SKILL_NAME, exportAudience.name] } : {}),
      },
      caller,
    );
    return auditReply(summary, {
      signIns: asked.signIns ?? false,
      exports: asked.exports ?? false,
      users: asked.users ?? false,
      ...(period.words ? { periodWords: period.words } : {}),
      timezone: caller.timezone,
    });
  },
};
