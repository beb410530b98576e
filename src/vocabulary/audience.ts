import type { Region, Timestamps } from './common';

/**
 * Who belongs to a campaign audience: accounts in these segments, region and industry, by how long
 * ago they last ordered. Every part is optional; an empty definition means every customer.
 */
export interface AudienceDefinition {
  /** Segment names as the segmentation names them ("Champions"). */
  segments?: string[];
  region?: Region;
  /** Industry name, matched without regard to case ("Retail"). */
  industry?: string;
  /** Last order at least this many days ago ("haven't bought in 90 days"). */
  noOrderForDays?: number;
  /** Last order at most this many days ago ("bought in the last 30 days"). */
  orderedWithinDays?: number;
}

/** One account of an audience as it was at the build: its segment and spend then, and its contacts. */
export interface AudienceMember {
  accountId: string;
  accountName: string;
  region?: Region;
  segment?: string;
  /** Spend on record at the build (the segmentation's lifetime spend), in `currency`. */
  spend: number;
  currency: string;
  contactIds: string[];
}

/** An earlier build of an audience, kept when it is refreshed. */
export interface AudienceBuild {
  builtAt: Date;
  size: number;
  contacts: number;
  /** Accounts that joined and left when this build was refreshed (the next build against this one). */
  added: number;
  removed: number;
  /** Spend on record at that build, per currency. */
  spend: Record<string, number>;
}

/** A saved campaign audience: its definition, its members and their spend at the last build, its history. */
export interface Audience extends Timestamps {
  _id: string;
  name: string;
  /** Lower-case name for look-ups (unique). */
  nameKey: string;
  definition: AudienceDefinition;
  /** The words it was asked for with, when built in chat. */
  request?: string;
  createdBy?: string;
  builtAt: Date;
  members: AudienceMember[];
  /** Earlier builds, oldest first (the current build is not in it). */
  history: AudienceBuild[];
}
