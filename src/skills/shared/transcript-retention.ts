import type { SkillServices } from '../skill';

const DAY_MS = 86_400_000;

/** What one purge removed. */
export interface TranscriptPurge {
  /** Conversations last active before this instant were removed. */
  cutoff: string;
  conversations: number;
  /** Conversation state records (dialog stacks, the last records talked about) untouched since the cutoff. */
  states: number;
}

/**
 * Removes conversation transcripts (every channel's, website visitors' included) last active more
 * than `retentionDays` ago, and the conversation state nobody has touched since (TRANSCRIPT_RETENTION_DAYS).
 */
export async function purgeOldTranscripts(
  services: SkillServices,
  retentionDays: number,
): Promise<TranscriptPurge> {
  const cutoff = new Date(services.clock().getTime() - retentionDays * DAY_MS);
  const conversations = await services.store.conversations.deleteMany({ lastActivityAt: { $lt: cutoff } });
  const states = await services.store.botState.deleteMany({ updatedAt: { $lt: cutoff } });
  return {
    cutoff: cutoff.toISOString(),
    conversations: conversations.deletedCount,
    states: states.deletedCount,
  };
}
