import { type Timestamps } from './common';

export const CONTACT_CHANNELS = ['email', 'phone', 'chat'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** A person at an account. */
export interface Contact extends Timestamps {
  _id: string;
  accountId: string;
  firstName: string;
  lastName: string;
  /** nameKeyOf(first + last), for lookups by name. */
  nameKey: string;
  email?: string;
  phone?: string;
  title?: string;
  /** Buying role: champion, decision maker, influencer, user, blocker. */
  buyingRole?: 'champion' | 'decision_maker' | 'influencer' | 'user' | 'blocker';
  primary: boolean;
  /** When the person left the account's company (kept for history; no longer a contact to call). */
  leftAt?: Date;
  /** How the person prefers to be reached. */
  preferredChannel?: ContactChannel;
  /** The language they prefer, as a BCP 47 tag ("en", "de", "pt-BR"). */
  preferredLanguage?: string;
  /** They asked not to receive marketing e-mail: campaign audiences and exports leave them out. */
  emailOptOut?: boolean;
  /** They asked not to be called. */
  phoneOptOut?: boolean;
}
