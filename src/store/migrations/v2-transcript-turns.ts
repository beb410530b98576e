import type { TranscriptMessage } from '../../vocabulary';
import type { Migration } from './migration';

/** Conversations converted per batch: each one's messages become rows of one bulkWrite. */
const BATCH = 50;

/**
 * The messages of one conversation as turns: each of the person's messages opens a turn that
 * holds the bot's replies after it; replies before any message (a proactive digest) are their own turn.
 */
export function turnsOf(messages: readonly TranscriptMessage[]): TranscriptMessage[][] {
  const turns: TranscriptMessage[][] = [];
  for (const message of messages) {
    const current = turns[turns.length - 1];
    if (message.direction === 'in' || !current) turns.push([message]);
    else current.push(message);
  }
  return turns;
}

/**
 * Version 2: transcripts one row per turn. Stores before it kept every message of a conversation
 * in one growing `conversations` document; each is split into `transcriptTurns` rows (ids
 * `<conversation id>:<turn index>`, inserted only where absent, so a re-run after a crash inserts
 * nothing twice and touches nothing), then the `messages` field is removed from the conversation.
 */
export const transcriptTurnsMigration: Migration = {
  version: 2,
  description: 'transcripts one row per turn: conversations.messages moved into transcriptTurns',
  up: async (store, { log }) => {
    let conversations = 0;
    let turns = 0;
    for (;;) {
      const batch = await store.conversations.find({ messages: { $exists: true } }, { limit: BATCH });
      if (batch.length === 0) break;
      for (const conversation of batch) {
        const done = new Set(
          (
            await store.transcriptTurns.find({ conversationId: conversation._id }, { projection: { _id: 1 } })
          ).map((turn) => turn._id),
        );
        const rows = turnsOf(conversation.messages ?? []).map((messages, index) => ({
          insertOne: {
            document: {
              _id: `${conversation._id}:${index}`,
              conversationId: conversation._id,
              channel: conversation.channel,
              at: messages[0]!.at,
              messages,
              ...(conversation.userId ? { userId: conversation.userId } : {}),
              ...(conversation.channelUserId ? { channelUserId: conversation.channelUserId } : {}),
            },
          },
        }));
        const missing = rows.filter((row) => !done.has(row.insertOne.document._id));
        if (missing.length) await store.transcriptTurns.bulkWrite(missing);
        await store.conversations.updateOne({ _id: conversation._id }, { $unset: { messages: '' } });
        conversations += 1;
        turns += rows.length;
      }
    }
    if (conversations) log(`split ${conversations} conversation transcripts into ${turns} turns`);
  },
};
