import type { SkillServices } from '../skill';

const DAY_MS = 86_400_000;

/** What one purge removed. */
export interface TranscriptPurge {
  /** Turns before this instant, and conversations last active before it, were removed. */
  cutoff: string;
  conversations: number;
  /** Transcript turns older than the cutoff (also those of conversations still going on). */
  turns: number;
  /** Conversation state records (dialog stacks, the last records talked about) untouched since the cutoff. */
  states: number;
}

/**
 * Removes transcript turns (every channel's, website visitors' included) older than `retentionDays`,
 * the conversations last active before then, and the conversation state nobody has touched since
 * (TRANSCRIPT_RETENTION_DAYS). A conversation still going on keeps only its recent turns.
 */
export async function purgeOldTranscripts(
  services: SkillServices,
  retentionDays: number,
): Promise<TranscriptPurge> {
  const cutoff = new Date(services.clock().getTime() - retentionDays * DAY_MS);
  const turns = await services.store.transcriptTurns.deleteMany({ at: { $lt: cutoff } });
  const conversations = await services.store.conversations.deleteMany({ lastActivityAt: { $lt: cutoff } });
  const states = await services.store.botState.deleteMany({ updatedAt: { $lt: cutoff } });
  return {
    cutoff: cutoff.toISOString(),
    conversations: conversations.deletedCount,
    turns: turns.deletedCount,
    states: states.deletedCount,
  };
}
