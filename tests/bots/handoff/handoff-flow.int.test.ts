import { startApp, type App } from '../../../src/app';
import { silentLogger } from '../../../src/core/logger';
import { SlackApiStandIn, slackSignatureHeaders } from '../../fixtures/slack-api-stand-in';
import { FIXTURE_NOW, loadSmallCrm, REP_EMAIL, temporaryStore } from '../../fixtures/small-crm';
import { testConfig } from '../../fixtures/test-config';
import { WidgetClient } from '../widget/widget-client';
import { keptMessages } from '../../fixtures/transcripts';

const SIGNING_SECRET = 'handoff-test-signing-secret';
const BOT_TOKEN = 'xoxb-handoff-test';
const SAM = { id: 'U0SAM', name: 'Sam Rivera', email: REP_EMAIL };
const DANA = { id: 'U0DANA', name: 'Dana Kim', email: 'dana.kim@demo.crmpro.dev' };

/** A Slack Events API `message` event, signed as Slack signs it, POSTed to our receiver. */
async function slackEvent(base: string, event: Record<string, unknown>, id: string): Promise<number> {
  const body = JSON.stringify({
    type: 'event_callback',
    team_id: 'T0STANDIN',
    api_app_id: 'A0CRMPRO',
    event_id: id,
    event_time: Math.floor(Date.now() / 1000),
    event,
  });
  const response = await fetch(`${base}/api/slack/events`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...slackSignatureHeaders(SIGNING_SECRET, body) },
    body,
  });
  return response.status;
}

/** A click on a Block Kit button, as Slack posts it (form-encoded `payload`). */
async function slackButton(
  base: string,
  user: { id: string; name: string },
  channel: string,
  messageTs: string,
  actionId: string,
  value: string,
): Promise<number> {
  const payload = {
    type: 'block_actions',
    team: { id: 'T0STANDIN' },
    user: { id: user.id, name: user.name },
    api_app_id: 'A0CRMPRO',
    token: 'legacy',
    trigger_id: '1.2.3',
    channel: { id: channel },
    container: { type: 'message', channel_id: channel, message_ts: messageTs },
    message: { ts: messageTs, text: 'hand-off' },
    actions: [{ type: 'button', action_id: actionId, block_id: 'b', value, action_ts: '1' }],
  };
  const body = `payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const response = await fetch(`${base}/api/slack/events`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      ...slackSignatureHeaders(SIGNING_SECRET, body),
    },
    body,
  });
  return response.status;
}

const visitorIdOf = (token: string) => token.split('.')[1]!;

describe('visitor lead capture and hand-off to a person in Slack', () => {
  const temp = temporaryStore();
  const slack = new SlackApiStandIn(BOT_TOKEN, [SAM, DANA]);
  let app: App;
  let base: string;
  let samId: string;
  const postedTs = new Map<object, string>();

  beforeAll(async () => {
    await loadSmallCrm(temp.store);
    samId = (await temp.store.users.findOne({ email: REP_EMAIL }))!._id;
    await slack.start();
    // chat.postMessage as Slack answers it, remembering each message's ts (a hand-off's thread).
    let nextTs = 100;
    slack.answer('chat.postMessage', (args) => {
      const ts = `1700000000.${String((nextTs += 1)).padStart(6, '0')}`;
      postedTs.set(args, ts);
      return { channel: args.channel, ts, message: { text: args.text } };
    });
    slack.answer('users.lookupByEmail', (args) => {
      const user = [SAM, DANA].find((u) => u.email === args.email);
      return user
        ? { user: { id: user.id, name: user.name, profile: { email: user.email } } }
        : { ok: false, error: 'users_not_found' };
    });
    app = await startApp(
      testConfig(temp.dataDir, {
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.url,
        SUPPORT_SLACK_CHANNEL: 'C0SUPPORT',
        LEAD_QUEUE_SLACK_CHANNEL: 'C0LEADS',
      }),
      temp.store,
      silentLogger(),
      () => FIXTURE_NOW,
    );
    base = `http://127.0.0.1:${app.port}`;
  });
  afterAll(async () => {
    await app.stop();
    await slack.stop();
    await temp.cleanup();
  });

  const texts = (events: { data: { reply?: { text: string } } }[]) =>
    events.map((e) => e.data.reply!.text).join('\n');

  it('takes a demo request: questions a free-mail address, creates the Lead and tells the owning rep', async () => {
    const visitor = new WidgetClient(base);
    await visitor.startSession();
    await visitor.connectGreeted();
    expect(texts(await visitor.ask("Hi, I'd like a demo"))).toMatch(/name/i);
    expect(texts(await visitor.ask('Ada Lovelace'))).toMatch(/work e-mail/i);
    expect(texts(await visitor.ask('ada.lovelace@gmail'))).toMatch(/isn't a valid email/);
    expect(texts(await visitor.ask('ada.lovelace@gmail.com'))).toMatch(/personal address/);
    expect(texts(await visitor.ask('ada@initech.com'))).toMatch(/company/i);
    const thanks = texts(await visitor.ask('Initech'));
    expect(thanks).toMatch(/Thanks, Ada!.*ada@initech\.com/s);
    expect(thanks).not.toMatch(/Sam|Rivera|owner|account/i);

    const lead = await temp.store.leads.findOne({ email: 'ada@initech.com' });
    expect(lead).toMatchObject({
      name: 'Ada Lovelace',
      source: 'chat',
      status: 'new',
      company: 'Initech',
      ownerId: samId,
    });
    const notice = await slack.waitForCall(
      (call) => call.method === 'chat.postMessage' && JSON.stringify(call.args).includes('Ada Lovelace'),
    );
    expect(notice.args.channel).toBe(`D${SAM.id}`);
    visitor.disconnect();
  });

  it('tells the lead queue about a lead whose company has no owner', async () => {
    const visitor = new WidgetClient(base);
    await visitor.startSession();
    await visitor.connectGreeted();
    await visitor.ask('can I get a demo?');
    await visitor.ask('Grace Hopper');
    await visitor.ask('grace@cobol.example');
    await visitor.ask('Cobol Systems');
    expect(await temp.store.leads.findOne({ email: 'grace@cobol.example' })).toMatchObject({
      source: 'chat',
    });
    const notice = await slack.waitForCall(
      (call) => call.method === 'chat.postMessage' && JSON.stringify(call.args).includes('Grace Hopper'),
    );
    expect(notice.args.channel).toBe('C0LEADS');
    visitor.disconnect();
  });

  it("relays a hand-off both ways: thread with the transcript, visitor words to it, the person's reply to the widget, until the visitor ends it", async () => {
    const visitor = new WidgetClient(base);
    await visitor.startSession();
    await visitor.connectGreeted();
    await visitor.ask('How much is the Business plan?');
    await visitor.ask('talk to a human');
    const opened = await slack.waitForCall(
      (call) =>
        call.method === 'chat.postMessage' && JSON.stringify(call.args.blocks ?? '').includes('handoff_end'),
    );
    // No account known for this visitor: the support channel, with the conversation so far.
    expect(opened.args.channel).toBe('C0SUPPORT');
    expect(JSON.stringify(opened.args.blocks)).toContain('How much is the Business plan?');
    const threadTs = postedTs.get(opened.args)!;
    await visitor.waitFor((e) => e.event === 'handoff' && e.data.state === 'waiting');

    // The visitor's words go to the thread; the bot stays quiet.
    const before = visitor.lastEventId;
    expect((await visitor.send('Can you do a discount for 40 seats?')).status).toBe(202);
    const relayed = await slack.waitForCall(
      (call) =>
        call.method === 'chat.postMessage' && String(call.args.text).includes('discount for 40 seats'),
    );
    expect(relayed.args).toMatchObject({ channel: 'C0SUPPORT', thread_ts: threadTs });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(visitor.events.filter((e) => e.id > before && e.data.from === 'bot')).toEqual([]);

    // What Dana writes in the thread reaches the widget (a signed Slack event on /api/slack/events).
    expect(
      await slackEvent(
        base,
        {
          type: 'message',
          channel: 'C0SUPPORT',
          channel_type: 'channel',
          user: DANA.id,
          text: 'Yes: 15% off for 40 seats on annual billing.',
          ts: '1700000001.000200',
          thread_ts: threadTs,
        },
        'Ev0HANDOFF1',
      ),
    ).toBe(200);
    const reply = await visitor.waitFor((e) => e.data.from === 'person');
    expect(reply.data).toMatchObject({
      name: 'Dana Kim',
      reply: { text: 'Yes: 15% off for 40 seats on annual billing.' },
    });

    // The visitor ends it; the thread is told, and the bot answers again.
    await visitor.send('end chat');
    await slack.waitForCall(
      (call) =>
        call.method === 'chat.postMessage' &&
        call.args.thread_ts === threadTs &&
        String(call.args.text).includes('Hand-off ended'),
    );
    await visitor.waitFor((e) => e.event === 'handoff' && e.data.state === 'ended');
    const answered = await visitor.ask('Is there a free trial?');
    expect(texts(answered)).toMatch(/14-day/);

    // A later word in the thread is not delivered: the hand-off is over.
    await slackEvent(
      base,
      {
        type: 'message',
        channel: 'C0SUPPORT',
        channel_type: 'channel',
        user: DANA.id,
        text: 'Anything else?',
        ts: '1700000002.000300',
        thread_ts: threadTs,
      },
      'Ev0HANDOFF2',
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(visitor.events.filter((e) => e.data.from === 'person')).toHaveLength(1);

    // The transcript keeps both sides.
    const transcript = await keptMessages(temp.store, { _id: `widget:${visitorIdOf(visitor.token)}` });
    const kept = transcript.map((m) => m.text).join('\n');
    expect(kept).toContain('Can you do a discount for 40 seats?');
    expect(kept).toContain('Yes: 15% off for 40 seats on annual billing.');
    visitor.disconnect();
  });

  it("opens the hand-off in the owning rep's DM for a known visitor, and the End hand-off button ends it", async () => {
    const visitor = new WidgetClient(base);
    await visitor.startSession();
    await visitor.connectGreeted();
    await visitor.ask("I'd like a demo");
    await visitor.ask('Bill Lumbergh');
    await visitor.ask('bill.l@initech.com');
    await visitor.ask('Initech');
    await visitor.ask('can I speak to a person');
    const opened = await slack.waitForCall(
      (call) =>
        call.method === 'chat.postMessage' &&
        call.args.channel === `D${SAM.id}` &&
        JSON.stringify(call.args.blocks ?? '').includes('handoff_end'),
    );
    expect(String(opened.args.text)).toContain('Bill Lumbergh (bill.l@initech.com, Initech)');
    const ts = postedTs.get(opened.args)!;
    expect(await slackButton(base, SAM, `D${SAM.id}`, ts, 'handoff_end', 'x')).toBe(200);
    const ended = await visitor.waitFor((e) => e.event === 'handoff' && e.data.state === 'ended');
    expect(ended.data).toBeDefined();
    await visitor.waitFor((e) => e.data.reply?.text.includes('Sam Rivera has left the chat') === true);
    visitor.disconnect();
  });

  it('opens a support case for a hand-off (channel widget, the account when known) and names it in the thread', async () => {
    const visitor = new WidgetClient(base);
    await visitor.startSession();
    await visitor.connectGreeted();
    await visitor.ask("I'd like a demo");
    await visitor.ask('Peter Gibbons');
    await visitor.ask('peter.g@initech.com');
    await visitor.ask('Initech');
    await visitor.ask('our invoices show the wrong VAT, can I talk to a person');
    const opened = await slack.waitForCall(
      (call) =>
        call.method === 'chat.postMessage' &&
        String(call.args.text).includes('Peter Gibbons') &&
        JSON.stringify(call.args.blocks ?? '').includes('handoff_end'),
    );
    const number = Number(/case (\d+)/.exec(String(opened.args.text))?.[1]);
    const saved = await temp.store.cases.findOne({ number });
    const initech = await temp.store.accounts.findOne({ name: 'Initech' });
    expect(saved).toMatchObject({ channel: 'widget', status: 'open', accountId: initech!._id });
    expect(saved!.description).toContain('Peter Gibbons <peter.g@initech.com> asked for a person');
    visitor.disconnect();
  });
});

describe('hand-off with nobody available (no Slack)', () => {
  const temp = temporaryStore();
  let app: App;
  let base: string;

  beforeAll(async () => {
    await loadSmallCrm(temp.store);
    app = await startApp(testConfig(temp.dataDir), temp.store, silentLogger(), () => FIXTURE_NOW);
    base = `http://127.0.0.1:${app.port}`;
  });
  afterAll(async () => {
    await app.stop();
    await temp.cleanup();
  });

  it('after two questions without an answer, offers to leave an e-mail and creates a Lead with the question', async () => {
    const visitor = new WidgetClient(base);
    await visitor.startSession();
    await visitor.connectGreeted();
    const first = await visitor.ask('Do you have an office dog?');
    expect(first.map((e) => e.data.reply!.text).join('\n')).toMatch(/couldn't find an answer/);
    const second = (await visitor.ask('Can I pay with seashells?')).map((e) => e.data.reply!.text).join('\n');
    expect(second).toMatch(/Nobody from our team is available/);
    expect(second).toMatch(/leave your e-mail/i);
    await visitor.ask('marie@radium.example');
    await visitor.ask('Marie Curie');
    const done = (await visitor.ask('Radium Labs')).map((e) => e.data.reply!.text).join('\n');
    expect(done).toMatch(/someone will e-mail you at marie@radium\.example/);
    const lead = await temp.store.leads.findOne({ email: 'marie@radium.example' });
    expect(lead).toMatchObject({ source: 'chat', name: 'Marie Curie' });
    expect(lead!.notes).toContain('seashells');
    visitor.disconnect();
  });
});
