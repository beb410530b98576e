import type { BulkOperation, Store } from '../store';
import type { Interaction } from '../../vocabulary';

/** The meta document that says the stored interactions all carry a sentiment from this lexicon. */
export const SENTIMENT_BACKFILL_META_ID = 'interaction-sentiment';
/** Interactions read and updated per round: one bulkWrite each, memory stays flat. */
const BATCH_SIZE = 2_000;

/** What a backfill did. */
export interface SentimentBackfill {
  /** Interactions that had no sentiment and now have one. */
  scored: number;
  /** True when the store was already marked as backfilled with this lexicon (nothing was read). */
  skipped: boolean;
  seconds: number;
}

/**
 * Gives every stored interaction without a `sentiment` one, scored from its summary by
 * `sentimentOf` (the lexicon scorer, passed in because the store imports no learner), in batches of
 * one bulkWrite each, then marks the store so the next start reads nothing. Cheap: a store seeded
 * or written by this version has nothing to score (new interactions are scored when written), and
 * the demo CRM's 100,000 interactions from an older version take a few seconds once. Run at start
 * (src/main.ts) and idempotent: a second process finds nothing left or the marker.
 */
export async function backfillInteractionSentiment(
  store: Store,
  sentimentOf: (text: string) => number,
  lexicon: string,
): Promise<SentimentBackfill> {
  const started = performance.now();
  const marker = await store.meta.findById(SENTIMENT_BACKFILL_META_ID);
  if ((marker?.value as { lexicon?: string } | undefined)?.lexicon === lexicon)
    return { scored: 0, skipped: true, seconds: 0 };
  let scored = 0;
  for (;;) {
    const batch = await store.interactions.find(
      { sentiment: { $exists: false } },
      { projection: { summary: 1 }, limit: BATCH_SIZE },
    );
    if (!batch.length) break;
    const operations: BulkOperation<Interaction>[] = batch.map((interaction) => ({
      updateOne: {
        filter: { _id: interaction._id },
        update: { $set: { sentiment: sentimentOf(interaction.summary ?? '') } },
      },
    }));
    await store.interactions.bulkWrite(operations);
    scored += batch.length;
    if (batch.length < BATCH_SIZE) break;
  }
  await store.meta.updateOne(
    { _id: SENTIMENT_BACKFILL_META_ID },
    { $set: { value: { lexicon, at: new Date().toISOString(), scored } } },
    { upsert: true },
  );
  return { scored, skipped: false, seconds: (performance.now() - started) / 1000 };
}
