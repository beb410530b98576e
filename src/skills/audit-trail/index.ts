import { z } from 'zod';
import { CrmError, ErrorCode } from '../../core/errors';
import type { AuditAction, AuditEntryRecord } from '../../store/schemas';
import type { Store } from '../../store/store';
import { nameKeyOf } from '../../vocabulary';
import { defineSkill } from '../skill';
import { readAudit, recordAudit } from '../shared/audit-log';
import { dayAfter, startOfLocalDay } from '../shared/local-day';
import { calendarDaySchema } from '../shared/calendar-day-schema';

/** The skill's name, as the audit log keeps it. */
export const AUDIT_SUMMARY_SKILL_NAME = 'audit-log-summary';

/** How many of the latest entries a summary shows. */
const RECENT = 5;
/** How many record names each of those entries shows (looked up by id: cheap for a few). */
const NAMES_PER_ENTRY = 3;
/** The longest period one question reads (a year of entries at most). */
const MAX_DAYS = 366;

const DAY = calendarDaySchema;

/** A person of the log as a summary names them (never by id alone). */
export interface AuditPerson {
  name: string;
  email?: string;
  role: string;
}

/** How much one person (or kind of caller) did in the period. */
export interface AuditPersonTotals extends AuditPerson {
  entries: number;
  reads: number;
  changes: number;
  erasures: number;
  /** Records read or changed in all their entries (a list read counts every record it returned). */
  records: number;
}

/** One of the latest entries, in words. */
export interface AuditRecentEntry {
  at: string;
  person: string;
  role: string;
  action: AuditAction;
  skill: string;
  channel: string;
  recordCount: number;
  /** Names of the first few records (accounts, deals, contacts, leads), where they still exist. */
  recordNames: string[];
  /** What kind of records those are ("accounts", "deals", …), when the first one was found. */
  recordKind?: string;
}

/** The audit log of one period, summarised. */
export interface AuditSummary {
  /** First and last day of the period (inclusive), in the caller's time zone. */
  from: string;
  to: string;
  person?: AuditPerson;
  record?: { name: string; kind: string };
  action?: AuditAction;
  skills?: string[];
  channel?: string;
  entries: number;
  people: AuditPersonTotals[];
  bySkill: Array<{ skill: string; entries: number }>;
  byChannel: Array<{ channel: string; entries: number }>;
  /** The latest entries, newest first. */
  recent: AuditRecentEntry[];
}

/** The CRM user a question names, by e-mail or by name (deactivated users too: their trail outlives their access). */
async function personNamed(store: Store, words: string) {
  const asked = words.trim().toLowerCase();
  if (asked.includes('@')) return store.users.findOne({ email: asked });
  const users = await store.users.find({}, { projection: { name: 1, email: 1, role: 1 } });
  const key = nameKeyOf(asked);
  const exact = users.filter((u) => nameKeyOf(u.name) === key);
  const byFirstName = users.filter((u) => nameKeyOf(u.name).split(' ')[0] === key);
  const found = exact.length > 0 ? exact : byFirstName;
  if (found.length > 1)
    throw new CrmError(
      ErrorCode.InvalidInput,
      `Several people are called ${words.trim()}: ${found.map((u) => u.name).join(', ')}. Which one?`,
    );
  return found[0] ?? null;
}

/** The account, contact, deal or lead a question names (its exact name, any case). */
async function recordNamed(
  store: Store,
  words: string,
): Promise<{ id: string; name: string; kind: string } | null> {
  const key = nameKeyOf(words);
  const account = await store.accounts.findOne({ nameKey: key });
  if (account) return { id: account._id, name: account.name, kind: 'account' };
  const contact = await store.contacts.findOne({ nameKey: key });
  if (contact) return { id: contact._id, name: `${contact.firstName} ${contact.lastName}`, kind: 'contact' };
  const deal = await store.deals.findOne({ name: words.trim() });
  if (deal) return { id: deal._id, name: deal.name, kind: 'deal' };
  const lead = await store.leads.findOne({ name: words.trim() });
  if (lead) return { id: lead._id, name: lead.name, kind: 'lead' };
  return null;
}

/** Names of records by id, from the collections people ask about, with the collection each was found in. */
async function recordNamesOf(
  store: Store,
  ids: readonly string[],
): Promise<Map<string, { name: string; kind: string }>> {
  const names = new Map<string, { name: string; kind: string }>();
  if (ids.length === 0) return names;
  const wanted = { _id: { $in: [...ids] } };
  const [accounts, deals, contacts, leads] = await Promise.all([
    store.accounts.find(wanted, { projection: { name: 1 } }),
    store.deals.find(wanted, { projection: { name: 1 } }),
    store.contacts.find(wanted, { projection: { firstName: 1, lastName: 1 } }),
    store.leads.find(wanted, { projection: { name: 1 } }),
  ]);
  for (const a of accounts) names.set(a._id, { name: a.name, kind: 'accounts' });
  for (const d of deals) names.set(d._id, { name: d.name, kind: 'deals' });
  for (const c of contacts) names.set(c._id, { name: `${c.firstName} ${c.lastName}`, kind: 'contacts' });
  for (const l of leads) names.set(l._id, { name: l.name, kind: 'leads' });
  return names;
}

/** Who made an entry, for grouping: the user, else the kind of caller (website visitors, jobs). */
function callerKey(entry: AuditEntryRecord): string {
  return entry.userId ?? `role:${entry.role}`;
}

function countsBy<T extends string>(values: readonly T[]): Array<{ key: T; count: number }> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count);
}

/**
 * The audit log of a period, summarised for an admin: who, how many entries of which kinds, and the
 * latest few with time, channel, skill and the names of their first records. Narrowed by person, by
 * record (an account, contact, deal or lead by name), by action, by skills or by channel.
 *
 * Asking the log is itself logged, as one entry naming no records: an admin reading a colleague's
 * trail is worth knowing, but the records of the entries summarised were not shown as records,
 * and naming them would make every question look like a read of hundreds of records and turn up
 * in the next "who looked at Acme". So the result carries no record ids (the skill layer would
 * log them) and the skill writes its own small entry.
 */
export const auditLogSummary = defineSkill({
  name: AUDIT_SUMMARY_SKILL_NAME,
  description:
    'Summarise the audit log (who read, changed or erased which CRM records, through which channel and skill) for a period of days, optionally for one person (name or e-mail), one record (account, contact, deal or lead name), one action, skills or channel. Admins only.',
  roles: ['admin'],
  input: z.object({
    from: DAY,
    to: DAY,
    person: z.string().trim().min(1).max(200).optional(),
    record: z.string().trim().min(1).max(200).optional(),
    action: z.enum(['read', 'change', 'erase']).optional(),
    skills: z.array(z.string().trim().min(1).max(100)).min(1).max(20).optional(),
    channel: z.string().trim().min(1).max(50).optional(),
  }),
  run: async (input, { caller, services }): Promise<AuditSummary> => {
    const { store } = services;
    if (input.to < input.from)
      throw new CrmError(ErrorCode.InvalidInput, 'The period ends before it starts.');
    const days = (Date.parse(input.to) - Date.parse(input.from)) / 86_400_000 + 1;
    if (days > MAX_DAYS)
      throw new CrmError(ErrorCode.InvalidInput, `That is ${days} days; ask for at most a year at a time.`);
    const person = input.person ? await personNamed(store, input.person) : undefined;
    if (person === null) throw new CrmError(ErrorCode.NotFound, `I know no CRM user called ${input.person}.`);
    const record = input.record ? await recordNamed(store, input.record) : undefined;
    if (record === null)
      throw new CrmError(
        ErrorCode.NotFound,
        `I found no account, contact, deal or lead called ${input.record}.`,
      );
    const entries = await readAudit(store, {
      since: startOfLocalDay(input.from, caller.timezone),
      before: startOfLocalDay(dayAfter(input.to), caller.timezone),
      ...(person ? { userId: person._id } : {}),
      ...(record ? { recordId: record.id } : {}),
      ...(input.action ? { action: input.action } : {}),
      ...(input.skills ? { skills: input.skills } : {}),
      ...(input.channel ? { channel: input.channel } : {}),
    });
    const userIds = [...new Set(entries.flatMap((e) => (e.userId ? [e.userId] : [])))];
    const users = new Map(
      (await store.users.find({ _id: { $in: userIds } }, { projection: { name: 1, email: 1, role: 1 } })).map(
        (u) => [u._id, u],
      ),
    );
    const personOf = (entry: AuditEntryRecord): AuditPerson => {
      const user = entry.userId ? users.get(entry.userId) : undefined;
      if (user) return { name: user.name, email: user.email, role: entry.role };
      if (entry.role === 'visitor') return { name: 'website visitors', role: 'visitor' };
      return { name: entry.userId ? 'a removed user' : `processes (${entry.role})`, role: entry.role };
    };
    const totals = new Map<string, AuditPersonTotals>();
    for (const entry of entries) {
      const key = callerKey(entry);
      const t = totals.get(key) ?? {
        ...personOf(entry),
        entries: 0,
        reads: 0,
        changes: 0,
        erasures: 0,
        records: 0,
      };
      t.entries += 1;
      if (entry.action === 'read') t.reads += 1;
      else if (entry.action === 'change') t.changes += 1;
      else t.erasures += 1;
      t.records += entry.recordCount;
      totals.set(key, t);
    }
    const latest = entries.slice(-RECENT).reverse();
    const names = await recordNamesOf(
      store,
      latest.flatMap((e) => e.recordIds.slice(0, NAMES_PER_ENTRY)),
    );
    const recent = latest.map((entry): AuditRecentEntry => {
      const found = entry.recordIds.slice(0, NAMES_PER_ENTRY).flatMap((id) => names.get(id) ?? []);
      return {
        at: entry.at.toISOString(),
        person: personOf(entry).name,
        role: entry.role,
        action: entry.action,
        skill: entry.skill,
        channel: entry.channel,
        recordCount: entry.recordCount,
        recordNames: found.map((f) => f.name),
        ...(found[0] ? { recordKind: found[0].kind } : {}),
      };
    });
    if (services.audit !== false)
      await recordAudit(
        store,
        { action: 'read', skill: AUDIT_SUMMARY_SKILL_NAME, caller, recordIds: [] },
        services.clock(),
      );
    return {
      from: input.from,
      to: input.to,
      ...(person ? { person: { name: person.name, email: person.email, role: person.role } } : {}),
      ...(record ? { record: { name: record.name, kind: record.kind } } : {}),
      ...(input.action ? { action: input.action } : {}),
      ...(input.skills ? { skills: input.skills } : {}),
      ...(input.channel ? { channel: input.channel } : {}),
      entries: entries.length,
      people: [...totals.values()].sort((a, b) => b.entries - a.entries || a.name.localeCompare(b.name)),
      bySkill: countsBy(entries.map((e) => e.skill)).map(({ key, count }) => ({
        skill: key,
        entries: count,
      })),
      byChannel: countsBy(entries.map((e) => e.channel)).map(({ key, count }) => ({
        channel: key,
        entries: count,
      })),
      recent,
    };
  },
});
