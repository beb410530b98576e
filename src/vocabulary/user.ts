import { type Region, type Timestamps } from './common';

export const USER_ROLES = ['rep', 'manager', 'marketing', 'support', 'analyst', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** A member of the sales, support, marketing or analytics team who talks to the bot. */
export interface User extends Timestamps {
  _id: string;
  email: string;
  name: string;
  role: UserRole;
  team: string;
  managerId?: string;
  region?: Region;
  timezone: string;
  slackUserId?: string;
  teamsUserId?: string;
  active: boolean;
}
