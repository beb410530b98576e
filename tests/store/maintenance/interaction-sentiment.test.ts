import { scoreSentiment, SENTIMENT_LEXICON } from '../../../src/ml/sentiment';
import { backfillInteractionSentiment } from '../../../src/store/maintenance/interaction-sentiment';
import { temporaryStore } from '../../fixtures/small-crm';

describe('backfillInteractionSentiment', () => {
  const temp = temporaryStore();
  afterAll(() => temp.cleanup());

  it('scores the interactions stored without a sentiment once, and leaves scored ones alone', async () => {
    const { store } = temp;
    const account = await store.accounts.insertOne({
      name: 'Initech',
      nameKey: 'initech',
      status: 'customer',
    });
    const at = new Date('2026-01-05T10:00:00Z');
    const angry = await store.interactions.insertOne({
      type: 'call',
      accountId: account._id,
      occurredAt: at,
      summary: 'Customer is frustrated: login fails for all users again.',
    });
    const happy = await store.interactions.insertOne({
      type: 'email',
      accountId: account._id,
      occurredAt: at,
      summary: 'Thanks for the quick fix, everything works now!',
    });
    const kept = await store.interactions.insertOne({
      type: 'note',
      accountId: account._id,
      occurredAt: at,
      summary: 'Great meeting.',
      sentiment: 0.25,
    });

    const first = await backfillInteractionSentiment(store, scoreSentiment, SENTIMENT_LEXICON);
    expect(first).toMatchObject({ scored: 2, skipped: false });
    expect((await store.interactions.findById(angry._id))!.sentiment).toBeLessThan(0);
    expect((await store.interactions.findById(happy._id))!.sentiment).toBeGreaterThan(0);
    expect((await store.interactions.findById(kept._id))!.sentiment).toBe(0.25);

    const again = await backfillInteractionSentiment(store, scoreSentiment, SENTIMENT_LEXICON);
    expect(again).toMatchObject({ scored: 0, skipped: true });
  });
});
