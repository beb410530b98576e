import { loadSmallCrm, servicesFor, temporaryStore } from '../fixtures/small-crm';
import { ChatDriver } from '../fixtures/chat-driver';

describe('digests in chat', () => {
  const temp = temporaryStore();
  afterAll(() => temp.cleanup());

  it('subscribes, lists and stops a digest through the digest skills, in the caller’s time zone', async () => {
    const { managerId } = await loadSmallCrm(temp.store);
    await temp.store.users.updateOne({ _id: managerId }, { $set: { timezone: 'Europe/Paris' } });
    const chat = new ChatDriver(servicesFor(temp.store), 'digest-chat', {
      localUser: 'morgan.lee@demo.crmpro.dev',
    });
    const text = async (message: string) => (await chat.say(message)).map((r) => r.text).join('\n');

    expect(await text('what am I subscribed to?')).toMatch(/not subscribed to any digest/);
    expect(await text('send me the forecast digest every weekday at 8am')).toMatch(
      /forecast digest weekdays 08:00 \(Europe\/Paris\)/,
    );
    expect(await temp.store.digestSubscriptions.find({ userId: managerId, active: true })).toEqual([
      expect.objectContaining({ kind: 'forecast', cron: '0 8 * * 1-5', timezone: 'Europe/Paris' }),
    ]);
    expect(await text('send the forecast digest on Slack daily at 7:30 instead')).toMatch(
      /Updated: .*daily 07:30 \(Europe\/Paris\) in Slack/,
    );
    expect(await text('what am I subscribed to?')).toMatch(
      /forecast digest: daily 07:30 \(Europe\/Paris\) in Slack/,
    );
    expect(await text('stop the digest')).toMatch(/Stopped: forecast digest/);
    expect(await temp.store.digestSubscriptions.countDocuments({ userId: managerId, active: true })).toBe(0);
    expect(await text('what am I subscribed to?')).toMatch(/not subscribed to any digest/);
  }, 120_000);
});
