import { DigestLedger } from '../../../src/skills/digests';
import type { DigestSubscription } from '../../../src/vocabulary/digest';
import { temporaryStore } from '../../fixtures/small-crm';

const subscription: DigestSubscription = {
  _id: 'sub-claim',
  userId: 'user-claim',
  kind: 'forecast',
  channel: 'teams',
  cron: '0 8 * * 1-5',
  timezone: 'Europe/Paris',
  schedule: 'weekdays 08:00',
  active: true,
  createdAt: new Date('2030-01-01T00:00:00Z'),
  updatedAt: new Date('2030-01-01T00:00:00Z'),
};
const period = '2030-01-07';
const firedAt = new Date('2030-01-07T07:00:00Z');

describe('claiming a digest delivery (one conditional upsert)', () => {
  const temp = temporaryStore();
  const ledger = new DigestLedger(temp.store);
  const key = DigestLedger.keyOf(subscription._id, period);
  afterAll(() => temp.cleanup());
  beforeEach(() => temp.store.digestDeliveries.deleteMany({}));

  it('creates the record on first sight with the subscription, period and first attempt', async () => {
    const claim = await ledger.claim(subscription, period, firedAt);
    expect(claim.kind).toBe('claimed');
    expect(await temp.store.digestDeliveries.findById(key)).toMatchObject({
      subscriptionId: 'sub-claim',
      userId: 'user-claim',
      kind: 'forecast',
      channel: 'teams',
      period,
      firedAt,
      state: 'composing',
      attempts: 1,
      attemptId: claim.kind === 'claimed' ? claim.attemptId : 'none',
    });
  });

  it('leaves a delivered or undeliverable digest alone, and takes a failed one again', async () => {
    const first = await ledger.claim(subscription, period, firedAt);
    if (first.kind !== 'claimed') throw new Error('the first run should claim');
    await ledger.startSending(key, first.attemptId);
    await ledger.delivered(key, 'msg-1', new Date());
    const again = await ledger.claim(subscription, period, firedAt);
    expect(again.kind).toBe('done');
    expect(await temp.store.digestDeliveries.findById(key)).toMatchObject({
      state: 'delivered',
      attempts: 1,
      attemptId: first.attemptId,
      messageId: 'msg-1',
    });

    const other = DigestLedger.keyOf(subscription._id, '2030-01-08');
    const down = await ledger.claim(subscription, '2030-01-08', firedAt);
    if (down.kind !== 'claimed') throw new Error('the first run should claim');
    await ledger.failed(other, down.attemptId, 'undeliverable', 'user gone');
    expect((await ledger.claim(subscription, '2030-01-08', firedAt)).kind).toBe('done');

    await temp.store.digestDeliveries.updateOne({ _id: other }, { $set: { state: 'failed' } });
    const retry = await ledger.claim(subscription, '2030-01-08', firedAt);
    expect(retry.kind).toBe('claimed');
    expect(await temp.store.digestDeliveries.findById(other)).toMatchObject({
      state: 'composing',
      attempts: 2,
    });
  });

  it('of many runs claiming at once, only the last claim may start sending, and the digest is sent once', async () => {
    const claims = await Promise.all(
      Array.from({ length: 8 }, () => ledger.claim(subscription, period, firedAt)),
    );
    const attempts = claims.flatMap((c) => (c.kind === 'claimed' ? [c.attemptId] : []));
    expect(attempts).toHaveLength(8);
    const started = await Promise.all(attempts.map((a) => ledger.startSending(key, a)));
    expect(started.filter(Boolean)).toHaveLength(1);
    expect(await temp.store.digestDeliveries.countDocuments({})).toBe(1);
    expect(await temp.store.digestDeliveries.findById(key)).toMatchObject({ state: 'sending', attempts: 8 });
  });
});
