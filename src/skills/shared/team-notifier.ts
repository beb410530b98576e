/** A channel-neutral notice for people of the team (a new website lead, a hand-off nobody took…). */
export interface TeamNotice {
  /** One line, e.g. "New website lead: Ada Lovelace (Analytical Engines)". */
  title: string;
  /** Facts, one per line, e.g. "E-mail: ada@example.com". */
  lines: readonly string[];
}

/**
 * Tells people of the team about something. Implemented by a channel that can reach them (Slack);
 * skills get it through their services and work unchanged without one (nobody is told).
 */
export interface TeamNotifier {
  /** To one CRM user, by e-mail (a direct message). Resolves false when they cannot be reached. */
  toUser(email: string, notice: TeamNotice): Promise<boolean>;
  /** To the queue of leads nobody owns yet (LEAD_QUEUE_SLACK_CHANNEL). False when there is none. */
  toLeadQueue(notice: TeamNotice): Promise<boolean>;
}
