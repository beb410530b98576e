import { type Timestamps } from './common';

/** A follow-up a team member committed to. */
export interface Task extends Timestamps {
  _id: string;
  title: string;
  ownerId: string;
  dueAt?: Date;
  status: 'open' | 'done' | 'cancelled';
  accountId?: string;
  contactId?: string;
  dealId?: string;
  interactionId?: string;
}
