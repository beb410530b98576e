import { Schema, idField, schemaOptions } from './common';
import type { Timestamps } from '../../vocabulary';

/** What a skill call did to the records it touched. `erase` is a privacy erasure (no erased data kept). */
export type AuditAction = 'read' | 'change' | 'erase';

/**
 * One entry of the append-only audit log: who (CRM user id and role) read or changed which records,
 * through which channel and skill, and when. A list read is one entry naming every record it returned.
 * Entries are only ever inserted; nothing in CRMPro updates or deletes them.
 */
export interface AuditEntryRecord extends Timestamps {
  _id: string;
  at: Date;
  action: AuditAction;
  skill: string;
  /** The channel the call came through (`slack`, `msteams`, `webchat`, `widget`, `cli`, `job`, …). */
  channel: string;
  /** The CRM user; absent for website visitors and for processes. */
  userId?: string;
  role: string;
  /** Ids of the records returned or changed (at most AUDIT_MAX_RECORD_IDS; `recordCount` has them all). */
  recordIds: string[];
  recordCount: number;
}

/** The most record ids one entry keeps: a list read of thousands of records stays one small entry. */
export const AUDIT_MAX_RECORD_IDS = 500;

export const auditEntrySchema = new Schema<AuditEntryRecord>(
  {
    _id: idField,
    at: { type: Date, required: true },
    action: { type: String, enum: ['read', 'change', 'erase'], required: true },
    skill: { type: String, required: true },
    channel: { type: String, required: true },
    userId: { type: String },
    role: { type: String, required: true },
    recordIds: { type: [String], default: [] },
    recordCount: { type: Number, default: 0 },
  },
  schemaOptions,
);
auditEntrySchema.index({ userId: 1, at: -1 });
auditEntrySchema.index({ recordIds: 1, at: -1 });
auditEntrySchema.index({ at: -1 });
