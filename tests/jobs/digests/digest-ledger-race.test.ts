import { DigestLedger } from '../../../src/skills/digests';
import type { DigestSubscription } from '../../../src/vocabulary/digest';
import { temporaryStore } from '../../fixtures/small-crm';

const subscription: DigestSubscription = {
  _id: 'sub-race',
  userId: 'user-race',
  kind: 'forecast',
  channel: 'slack',
  cron: '0 8 * * 1-5',
  timezone: 'UTC',
  schedule: 'weekdays 08:00',
  active: true,
  createdAt: new Date('2030-01-01T00:00:00Z'),
  updatedAt: new Date('2030-01-01T00:00:00Z'),
};
const period = '2030-01-07';
const firedAt = new Date('2030-01-07T08:00:00Z');

describe('the digest ledger when two runs of one digest overlap', () => {
  const temp = temporaryStore();
  const ledger = new DigestLedger(temp.store);
  const key = DigestLedger.keyOf(subscription._id, period);
  afterAll(() => temp.cleanup());
  beforeEach(() => temp.store.digestDeliveries.deleteMany({}));

  it('a duplicate run that finds the digest being sent leaves a live sender’s delivery alone', async () => {
    const sender = await ledger.claim(subscription, period, firedAt);
    if (sender.kind !== 'claimed') throw new Error('the first run should claim');
    expect(await ledger.startSending(key, sender.attemptId)).toBe(true);
    const duplicate = await ledger.claim(subscription, period, firedAt);
    expect(duplicate.kind).toBe('interrupted');
    // The live sender records its outcome before the duplicate reacts to what it saw.
    await ledger.delivered(key, 'ts-1', new Date());
    if (duplicate.kind !== 'interrupted') throw new Error('unreachable');
    expect(await ledger.interrupted(duplicate.delivery)).toBe(false);
    expect(await temp.store.digestDeliveries.findById(key)).toMatchObject({
      state: 'delivered',
      messageId: 'ts-1',
    });
  });

  it('a run that died while sending is recorded failed for a deliberate re-drive', async () => {
    const dead = await ledger.claim(subscription, period, firedAt);
    if (dead.kind !== 'claimed') throw new Error('the first run should claim');
    await ledger.startSending(key, dead.attemptId);
    const retry = await ledger.claim(subscription, period, firedAt);
    if (retry.kind !== 'interrupted') throw new Error('the retry should find it interrupted');
    expect(await ledger.interrupted(retry.delivery)).toBe(true);
    expect(await temp.store.digestDeliveries.findById(key)).toMatchObject({
      state: 'failed',
      error: expect.stringMatching(/interrupted while sending/),
    });
  });

  it('a run whose claim was taken over cannot record a failure over the run that holds it', async () => {
    const first = await ledger.claim(subscription, period, firedAt);
    const second = await ledger.claim(subscription, period, firedAt);
    if (first.kind !== 'claimed' || second.kind !== 'claimed') throw new Error('both should claim in turn');
    expect(await ledger.failed(key, first.attemptId, 'failed', 'channel down')).toBe(false);
    expect(await ledger.startSending(key, second.attemptId)).toBe(true);
    expect(await ledger.failed(key, second.attemptId, 'failed', 'channel down')).toBe(true);
    expect(await temp.store.digestDeliveries.findById(key)).toMatchObject({ state: 'failed', attempts: 2 });
  });
});
