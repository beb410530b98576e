import { type Timestamps } from './common';

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
}
