import { AsyncLocalStorage } from 'node:async_hooks';
import type { NewDocument, Store } from '../../store/store';
import { AUDIT_MAX_RECORD_IDS, type AuditAction, type AuditEntryRecord } from '../../store/schemas';

/** How deep into a skill's result the audit looks for records (a briefing nests deals in an account). */
const MAX_DEPTH = 6;

/**
 * The ids of the CRM records in a skill's result: every object with a string `_id` or `id`, at any depth up
 * to MAX_DEPTH, in the order met, each once. Walks the result in place (no copies, no entry arrays):
 * it runs on every skill call of every turn.
 */
export function recordIdsIn(value: unknown, found = new Set<string>(), depth = 0): Set<string> {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return found;
  if (value instanceof Date || Buffer.isBuffer(value)) return found;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) recordIdsIn(value[i], found, depth + 1);
    return found;
  }
  const record = value as Record<string, unknown>;
  // Stored documents carry `_id`; the views skills return (a briefing's deals, a list's rows) `id`.
  if (typeof record._id === 'string') found.add(record._id);
  if (typeof record.id === 'string') found.add(record.id);
  for (const key of Object.keys(record)) {
    const child = record[key];
    if (child !== null && typeof child === 'object' && key !== '_id' && key !== 'id')
      recordIdsIn(child, found, depth + 1);
  }
  return found;
}

/** Ids a change names in its input (`dealId`, `contactId`, `id`): the records it meant to change. */
function idsInInput(input: unknown): string[] {
  if (input === null || typeof input !== 'object') return [];
  return Object.entries(input as Record<string, unknown>)
    .filter(([key, value]) => (key === 'id' || key.endsWith('Id')) && typeof value === 'string')
    .map(([, value]) => value as string);
}

/** Who made a call, as the audit log keeps it (the fields of a skill `Caller` it needs). */
export interface AuditedCaller {
  role: string;
  userId?: string;
  channel?: string;
}

/** What one audit entry says, before it is written. */
export interface AuditEvent {
  action: AuditAction;
  skill: string;
  caller: AuditedCaller;
  recordIds: readonly string[];
}

/**
 * The audit entry for a skill call, or undefined when the call neither returned nor changed CRM
 * records (a knowledge answer, a forecast total): reads with records and every change are logged.
 */
export function auditEventOf(
  skill: { name: string; changesData?: boolean },
  caller: AuditedCaller,
  input: unknown,
  output: unknown,
): AuditEvent | undefined {
  const ids = recordIdsIn(output);
  // A write skill's preview (`saved: false`, e.g. a digest subscription shown for a yes) changed nothing.
  const preview = (output as { saved?: unknown } | null | undefined)?.saved === false;
  if (skill.changesData && !preview) {
    for (const id of idsInInput(input)) ids.add(id);
    return { action: 'change', skill: skill.name, caller, recordIds: [...ids] };
  }
  return ids.size > 0 ? { action: 'read', skill: skill.name, caller, recordIds: [...ids] } : undefined;
}

/** An audit entry as it is inserted. */
export type NewAuditEntry = NewDocument<AuditEntryRecord>;

/** The stored form of an event: at most AUDIT_MAX_RECORD_IDS ids, and how many there were. */
export function auditEntryOf(event: AuditEvent, at: Date): NewAuditEntry {
  return {
    at,
    action: event.action,
    skill: event.skill,
    channel: event.caller.channel ?? 'unknown',
    ...(event.caller.userId ? { userId: event.caller.userId } : {}),
    role: event.caller.role,
    recordIds: event.recordIds.slice(0, AUDIT_MAX_RECORD_IDS),
    recordCount: event.recordIds.length,
  };
}

/**
 * Appends one entry to the audit log now (insert only: entries are never changed or removed). A
 * change's entry is on disk before this resolves; a read's (outside a turn: jobs, the command
 * line) is acknowledged once applied and commits with the next durable write or within 50 ms.
 * `onLost` hears of a read's entry that could not be committed after all.
 */
export async function appendAudit(
  store: Store,
  event: AuditEvent,
  at: Date,
  onLost?: (error: unknown) => void,
): Promise<void> {
  const durability = event.action === 'change' ? {} : { journal: false, ...(onLost ? { onLost } : {}) };
  await store.auditEntries.insertOne(auditEntryOf(event, at), durability);
}

/**
 * The read entries of one message turn, held in memory while the turn runs and written by the bot
 * core in one insert issued with the turn's transcript, after the reply (so in the same commit as
 * the transcript, or an earlier one). Once taken, the trail keeps nothing more: a turn abandoned
 * past its budget that still reads records afterwards has those entries appended on their own.
 */
export class TurnAuditTrail {
  private entries: NewAuditEntry[] | undefined = [];

  /** Keeps a read's entry for the end of the turn; false when the turn's entries were already taken. */
  keep(entry: NewAuditEntry): boolean {
    if (!this.entries) return false;
    this.entries.push(entry);
    return true;
  }

  /** The entries kept so far, once; the trail then keeps nothing more. */
  take(): NewAuditEntry[] {
    const entries = this.entries ?? [];
    this.entries = undefined;
    return entries;
  }
}

const turnTrails = new AsyncLocalStorage<TurnAuditTrail>();

/** Runs one turn's work with `trail` collecting the audit entries of the reads it makes. */
export function withTurnAudit<T>(trail: TurnAuditTrail, work: () => Promise<T>): Promise<T> {
  return turnTrails.run(trail, work);
}

/**
 * Records one skill call in the audit log. A read inside a message turn joins the turn's trail
 * (`withTurnAudit`), written with the turn's transcript; a change is on disk before this resolves,
 * before the person is told it is done; a read outside a turn is appended now (`appendAudit`).
 */
export async function recordAudit(
  store: Store,
  event: AuditEvent,
  at: Date,
  onLost?: (error: unknown) => void,
): Promise<void> {
  if (event.action === 'read' && turnTrails.getStore()?.keep(auditEntryOf(event, at))) return;
  await appendAudit(store, event, at, onLost);
}

/** Which audit entries to read: by CRM user, record, action, skill or channel, in a time span (each optional). */
export interface AuditQuery {
  userId?: string;
  recordId?: string;
  since?: Date;
  /** Only entries before this instant. */
  before?: Date;
  action?: AuditAction;
  /** Only entries of these skills. */
  skills?: readonly string[];
  channel?: string;
  limit?: number;
}

/** Audit entries matching the query, oldest first. */
export async function readAudit(store: Store, query: AuditQuery): Promise<AuditEntryRecord[]> {
  const filter: Record<string, unknown> = {};
  if (query.userId) filter.userId = query.userId;
  if (query.recordId) filter.recordIds = query.recordId;
  if (query.since || query.before)
    filter.at = {
      ...(query.since ? { $gte: query.since } : {}),
      ...(query.before ? { $lt: query.before } : {}),
    };
  if (query.action) filter.action = query.action;
  if (query.skills) filter.skill = { $in: [...query.skills] };
  if (query.channel) filter.channel = query.channel;
  return store.auditEntries.find(filter, { sort: { at: 1 }, ...(query.limit ? { limit: query.limit } : {}) });
}
