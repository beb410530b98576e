import type { Store } from '../../store/store';
import { AUDIT_MAX_RECORD_IDS, type AuditAction, type AuditEntryRecord } from '../../store/schemas';

/** How deep into a skill's result the audit looks for records (a briefing nests deals in an account). */
const MAX_DEPTH = 6;

const ID_KEYS = ['_id', 'id'];

/**
 * The ids of the CRM records in a skill's result: every object with a string `_id` or `id`, at any depth up
 * to MAX_DEPTH, in the order met, each once.
 */
export function recordIdsIn(value: unknown, found = new Set<string>(), depth = 0): Set<string> {
  if (depth > MAX_DEPTH || value === null || typeof value !== 'object') return found;
  if (value instanceof Date || Buffer.isBuffer(value)) return found;
  if (Array.isArray(value)) {
    for (const each of value) recordIdsIn(each, found, depth + 1);
    return found;
  }
  const record = value as Record<string, unknown>;
  // Stored documents carry `_id`; the views skills return (a briefing's deals, a list's rows) `id`.
  for (const key of ID_KEYS) if (typeof record[key] === 'string') found.add(record[key]);
  for (const [key, child] of Object.entries(record))
    if (!ID_KEYS.includes(key)) recordIdsIn(child, found, depth + 1);
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
  if (skill.changesData) {
    for (const id of idsInInput(input)) ids.add(id);
    return { action: 'change', skill: skill.name, caller, recordIds: [...ids] };
  }
  return ids.size > 0 ? { action: 'read', skill: skill.name, caller, recordIds: [...ids] } : undefined;
}

/**
 * Appends one entry to the audit log (insert only: entries are never changed or removed). A
 * change's entry is on disk before this resolves; a read's is acknowledged once applied and
 * commits with the turn's next write (its transcript) or within 50 ms, where its own fsync'd
 * commit cost every read turn about 10% (the audit-overhead bench). `onLost` hears of a read's
 * entry that could not be committed after all.
 */
export async function appendAudit(
  store: Store,
  event: AuditEvent,
  at: Date,
  onLost?: (error: unknown) => void,
): Promise<void> {
  const durability = event.action === 'change' ? {} : { journal: false, ...(onLost ? { onLost } : {}) };
  await store.auditEntries.insertOne(
    {
      at,
      action: event.action,
      skill: event.skill,
      channel: event.caller.channel ?? 'unknown',
      ...(event.caller.userId ? { userId: event.caller.userId } : {}),
      role: event.caller.role,
      recordIds: event.recordIds.slice(0, AUDIT_MAX_RECORD_IDS),
      recordCount: event.recordIds.length,
    },
    durability,
  );
}

/** Which audit entries to read: by CRM user, by record, since a date (each optional). */
export interface AuditQuery {
  userId?: string;
  recordId?: string;
  since?: Date;
  limit?: number;
}

/** Audit entries matching the query, oldest first. */
export async function readAudit(store: Store, query: AuditQuery): Promise<AuditEntryRecord[]> {
  const filter: Record<string, unknown> = {};
  if (query.userId) filter.userId = query.userId;
  if (query.recordId) filter.recordIds = query.recordId;
  if (query.since) filter.at = { $gte: query.since };
  return store.auditEntries.find(filter, { sort: { at: 1 }, ...(query.limit ? { limit: query.limit } : {}) });
}
