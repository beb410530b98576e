import { type Timestamps } from './common';

export const LEAD_STATUSES = ['new', 'working', 'qualified', 'converted', 'disqualified'] as const;
export const LEAD_SOURCES = ['web', 'chat', 'event', 'referral', 'outbound', 'partner'] as const;

/** A person who showed interest and is not yet a qualified contact at an account. */
export interface Lead extends Timestamps {
  _id: string;
  name: string;
  email?: string;
  phone?: string;
  company?: string;
  title?: string;
  source: (typeof LEAD_SOURCES)[number];
  status: (typeof LEAD_STATUSES)[number];
  ownerId?: string;
  accountId?: string;
  convertedAt?: Date;
  notes?: string;
  /** The marketing campaign the lead came from ("Spring webinar 2026"), when known. */
  campaign?: string;
  /** The lead's company's industry, as given or looked up (a fit signal for conversion). */
  industry?: string;
  /** The lead's company's head count, as given or looked up (a fit signal for conversion). */
  employees?: number;
}
