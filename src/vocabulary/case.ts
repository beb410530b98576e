import { type Timestamps } from './common';

export const CASE_STATUSES = ['open', 'pending', 'resolved', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
/** Statuses of a case someone still has to work on. */
export const OPEN_CASE_STATUSES: readonly CaseStatus[] = ['open', 'pending'];

export const CASE_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type CasePriority = (typeof CASE_PRIORITIES)[number];

export const CASE_CHANNELS = ['email', 'phone', 'chat', 'widget', 'web'] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];

/** One change to a case: who did what, when (opened, status or priority changed, note added). */
export interface CaseHistoryEntry {
  at: Date;
  /** The CRM user who made the change (absent for a website visitor's hand-off). */
  userId?: string;
  action: 'opened' | 'status' | 'priority' | 'assigned' | 'note';
  /** The new value (status, priority, owner id) or the note's text. */
  value?: string;
}

/** A customer's support request: what is wrong, for whom, how urgent, who works on it, by when. */
export interface Case extends Timestamps {
  _id: string;
  /** The number people say ("case 1042"); unique, increasing. */
  number: number;
  subject: string;
  description?: string;
  status: CaseStatus;
  priority: CasePriority;
  accountId?: string;
  contactId?: string;
  channel: CaseChannel;
  /** The support specialist working on it. */
  ownerId?: string;
  /** When the first response or resolution is due under the SLA of its priority. */
  slaDueAt?: Date;
  /** How it was resolved, in the words of the person who closed it. */
  resolution?: string;
  resolvedAt?: Date;
  history: CaseHistoryEntry[];
}
