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
    // Nothing is saved before the yes: the question says what, when, where.
    expect(await text('send me the forecast digest every weekday at 8am')).toMatch(
      /Send you the forecast digest .*every weekday at 08:00 \(Europe\/Paris time\) in (Teams|Slack)\? .*yes\/no/,
    );
    expect(await temp.store.digestSubscriptions.countDocuments({ userId: managerId })).toBe(0);
    expect(await text('yes')).toMatch(/Done: you will get the forecast digest every weekday at 08:00/);
    expect(await temp.store.digestSubscriptions.find({ userId: managerId, active: true })).toEqual([
      expect.objectContaining({ kind: 'forecast', cron: '0 8 * * 1-5', timezone: 'Europe/Paris' }),
    ]);
    expect(await text('send the forecast digest on Slack daily at 7:30 instead')).toMatch(
      /every day at 07:30 \(Europe\/Paris time\) in Slack\? This replaces the one you get now \(every weekday at 08:00/,
    );
    expect(await text('yep, go ahead')).toMatch(
      /Updated: .*every day at 07:30 \(Europe\/Paris time\) in Slack/,
    );
    expect(await text('what am I subscribed to?')).toMatch(
      /forecast digest: daily 07:30 \(Europe\/Paris\) in Slack/,
    );
    // Stopping asks first too: which digest, when and where it comes.
    expect(await text('stop the digest')).toMatch(
      /Stop the forecast digest \(every day at 07:30 \(Europe\/Paris time\) in Slack\)\? .*yes\/no/,
    );
    expect(await temp.store.digestSubscriptions.countDocuments({ userId: managerId, active: true })).toBe(1);
    expect(await text('yes')).toMatch(/Stopped: forecast digest/);
    expect(await temp.store.digestSubscriptions.countDocuments({ userId: managerId, active: true })).toBe(0);
    expect(await text('what am I subscribed to?')).toMatch(/not subscribed to any digest/);
  }, 120_000);

  describe('every way of asking for a digest waits for a yes', () => {
    const MANAGER = 'morgan.lee@demo.crmpro.dev';
    let managerId: string;
    beforeAll(async () => {
      managerId = (await temp.store.users.findOne({ email: MANAGER }))!._id;
    });
    const active = () => temp.store.digestSubscriptions.countDocuments({ userId: managerId, active: true });
    let n = 0;
    const chatOf = () => {
      const chat = new ChatDriver(servicesFor(temp.store), `digest-confirm-${n++}`, { localUser: MANAGER });
      return async (message: string) => (await chat.say(message)).map((r) => r.text).join('\n');
    };
    beforeEach(async () => {
      await temp.store.digestSubscriptions.updateMany({ userId: managerId }, { $set: { active: false } });
    });

    it.each([
      ['can i get the forecast sent to me every morning', /forecast digest .*every weekday at 08:00/],
      ['send me the forecast digest every weekday at 8am', /every weekday at 08:00/],
      ['subscribe me to the forecast digest daily at 7:30', /every day at 07:30/],
      ['email me the forecast every monday at 9', /every Monday at 09:00/],
      ['send me my accounts to call on mondays at 9', /accounts-to-call digest .*every Monday at 09:00/],
      ['i want the segment movement digest weekly on slack', /segment movement digest .*in Slack/],
    ])('"%s" says what, when and where, and saves nothing yet', async (request, what) => {
      const text = chatOf();
      const question = await text(request);
      expect(question).toMatch(/^Send you the /);
      expect(question).toMatch(what);
      expect(question).toMatch(
        /\((Europe\/Paris|UTC|[A-Za-z_]+\/[A-Za-z_]+) time\) in (Teams|Slack)\?.*\(yes\/no/s,
      );
      expect(await active()).toBe(0);
      expect(await text('no')).toMatch(/no digest scheduled/i);
      expect(await active()).toBe(0);
    });

    it.each(['yes', 'sure thing', 'ok go ahead', 'do it'])(
      '"%s" (the shared yes words) subscribes',
      async (yes) => {
        const text = chatOf();
        await text('send me the forecast digest every weekday at 8am');
        expect(await text(yes)).toMatch(/^Done: you will get the forecast digest/);
        expect(await active()).toBe(1);
      },
    );

    it('takes another time or channel as an answer and asks again', async () => {
      const text = chatOf();
      await text('can i get the forecast sent to me every morning');
      expect(await text('daily at 6am')).toMatch(/every day at 06:00 .*\?/);
      expect(await text('on slack')).toMatch(/every day at 06:00 .* in Slack\?/);
      expect(await active()).toBe(0);
      expect(await text('yes')).toMatch(/Done: .*every day at 06:00 .* in Slack/);
      expect(await temp.store.digestSubscriptions.find({ userId: managerId, active: true })).toEqual([
        expect.objectContaining({ cron: '0 6 * * *', channel: 'slack' }),
      ]);
    });

    it('answers another question asked instead, and saves nothing', async () => {
      const text = chatOf();
      await text('send me the forecast digest every weekday at 8am');
      expect(await text('what am I subscribed to?')).toMatch(/not subscribed to any digest/);
      expect(await active()).toBe(0);
    });

    it('says so when the same digest is already scheduled the same way', async () => {
      const text = chatOf();
      await text('send me the forecast digest every weekday at 8am');
      await text('yes');
      expect(await text('send me the forecast digest every weekday at 8am')).toMatch(
        /You already get the forecast digest every weekday at 08:00 .*nothing to change/,
      );
    });
  });
  describe('stopping a digest in other words asks first (issue 19, eighth round, r6)', () => {
    const REP = 'sam.rivera@demo.crmpro.dev';
    let repId: string;
    let n = 0;
    beforeAll(async () => {
      repId = (await temp.store.users.findOne({ email: REP }))!._id;
    });
    const active = () => temp.store.digestSubscriptions.countDocuments({ userId: repId, active: true });
    const chatOf = () => {
      const chat = new ChatDriver(servicesFor(temp.store), `digest-stop-${n++}`, { localUser: REP });
      return async (message: string) => (await chat.say(message)).map((r) => r.text).join('\n');
    };
    beforeEach(async () => {
      await temp.store.digestSubscriptions.updateMany({ userId: repId }, { $set: { active: false } });
      const text = chatOf();
      await text('send me the forecast digest every weekday at 8am');
      await text('yes');
    });

    it.each([
      'stop the digest',
      'unsubscribe me from the daily email',
      'no more forecast emails',
      'stop sending me these emails',
      'turn off the forecast digest please',
      'cancel my forecast digest',
    ])('%s → asks, and stops on yes', async (message) => {
      const text = chatOf();
      expect(await text(message)).toMatch(
        /^Stop the forecast digest \(every weekday at 08:00 .*\)\? .*yes\/no/,
      );
      expect(await active()).toBe(1);
      expect(await text('yes')).toMatch(/^Stopped: forecast digest/);
      expect(await active()).toBe(0);
    });

    it('keeps the digest on no, and says so', async () => {
      const text = chatOf();
      await text('no more forecast emails');
      expect(await text('no')).toMatch(/nothing stopped: you still get the forecast digest/);
      expect(await active()).toBe(1);
    });

    it('says when there is nothing of that kind to stop', async () => {
      const text = chatOf();
      expect(await text('stop the segment movement digest')).toMatch(
        /not subscribed to the segment movement digest/,
      );
      expect(await active()).toBe(1);
    });

    it.each([
      'a customer wants to unsubscribe from our emails',
      'how many contacts unsubscribed from the newsletter',
      'cancel my subscription',
    ])('not a digest of mine to stop: %s', async (message) => {
      const text = chatOf();
      expect(await text(message)).not.toMatch(/^Stop the|Stopped:/);
      expect(await active()).toBe(1);
    });
  });
});
