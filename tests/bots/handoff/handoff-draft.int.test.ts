import { startApp, type App } from '../../../src/app';
import { silentLogger } from '../../../src/core/logger';
import { UNATTENDED_NOTE } from '../../../src/skills/handoff';
import {
  SlackApiStandIn,
  slackSignatureHeaders,
  type RecordedSlackCall,
} from '../../fixtures/slack-api-stand-in';
import { FIXTURE_NOW, loadSmallCrm, REP_EMAIL, temporaryStore } from '../../fixtures/small-crm';
import { testConfig } from '../../fixtures/test-config';
import { WidgetClient } from '../widget/widget-client';

const SIGNING_SECRET = 'handoff-draft-signing-secret';
const BOT_TOKEN = 'xoxb-handoff-draft';
const RILEY = { id: 'U0RILEY', name: 'Riley Park', email: 'riley.park@demo.crmpro.dev' };
const SAM = { id: 'U0SAM', name: 'Sam Rivera', email: REP_EMAIL };
const STRANGER = { id: 'U0STRANGER', name: 'Pat Stranger', email: 'pat@elsewhere.example' };
/** The bot's own ids, as the stand-in's auth.test names them. */
const BOT = { userId: 'U0CRMBOT', botId: 'B0CRMBOT' };
/** The resolved case agent assist should find for an SSO signature error. */
const SSO_CASE = 1001;

let eventCount = 0;

/** POSTs a body to our Slack route signed as Slack signs it; resolves with the status. */
async function signedPost(base: string, body: string, contentType: string): Promise<number> {
  const response = await fetch(`${base}/api/slack/events`, {
    method: 'POST',
    headers: { 'Content-Type': contentType, ...slackSignatureHeaders(SIGNING_SECRET, body) },
    body,
  });
  return response.status;
}

/** A message event in a thread, as Slack's Events API delivers it. */
function threadMessage(base: string, event: Record<string, unknown>): Promise<number> {
  eventCount += 1;
  return signedPost(
    base,
    JSON.stringify({
      type: 'event_callback',
      team_id: 'T0STANDIN',
      api_app_id: 'A0CRMPRO',
      event_id: `Ev0DRAFT${eventCount}`,
      event_time: Math.floor(Date.now() / 1000),
      event: { type: 'message', channel: 'C0SUPPORT', channel_type: 'channel', ...event },
    }),
    'application/json',
  );
}

/** A click on a button of the hand-off thread's first message. */
function clickInThread(base: string, user: { id: string }, threadTs: string, actionId: string) {
  const payload = {
    type: 'block_actions',
    team: { id: 'T0STANDIN' },
    user: { id: user.id },
    api_app_id: 'A0CRMPRO',
    token: 'legacy',
    trigger_id: '1.2.3',
    channel: { id: 'C0SUPPORT' },
    container: { type: 'message', channel_id: 'C0SUPPORT', message_ts: threadTs },
    message: { ts: threadTs, text: 'hand-off' },
    actions: [{ type: 'button', action_id: actionId, block_id: 'b', value: 'x', action_ts: '1' }],
  };
  return signedPost(
    base,
    `payload=${encodeURIComponent(JSON.stringify(payload))}`,
    'application/x-www-form-urlencoded',
  );
}

const isDraft = (call: RecordedSlackCall) =>
  call.method === 'chat.postMessage' && JSON.stringify(call.args.blocks ?? '').includes('Draft reply');

describe('a draft reply from a hand-off thread (agent assist in Slack)', () => {
  const temp = temporaryStore();
  const slack = new SlackApiStandIn(BOT_TOKEN, [RILEY, SAM, STRANGER]);
  let app: App;
  let base: string;
  const postedTs = new Map<object, string>();

  beforeAll(async () => {
    await loadSmallCrm(temp.store);
    await temp.store.users.insertOne({
      email: RILEY.email,
      name: RILEY.name,
      role: 'support',
      team: 'Support',
      timezone: 'UTC',
      active: true,
    });
    const day = 86_400_000;
    await temp.store.cases.insertOne({
      number: SSO_CASE,
      subject: 'SSO sign-in fails with invalid signature',
      description: 'Nobody can sign in with single sign-on since this morning: invalid signature.',
      status: 'resolved',
      priority: 'high',
      channel: 'email',
      resolution: 'Their identity provider renewed its SAML certificate; the admin uploaded the new one.',
      resolvedAt: new Date(FIXTURE_NOW.getTime() - 20 * day),
      history: [{ at: new Date(FIXTURE_NOW.getTime() - 21 * day), action: 'opened', value: 'high' }],
    });
    await slack.start();
    let nextTs = 500;
    slack.answer('chat.postMessage', (args) => {
      const ts = `1700000100.${String((nextTs += 1)).padStart(6, '0')}`;
      postedTs.set(args, ts);
      return { channel: args.channel, ts, message: { text: args.text } };
    });
    app = await startApp(
      testConfig(temp.dataDir, {
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.url,
        SUPPORT_SLACK_CHANNEL: 'C0SUPPORT',
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

  it("drafts a cited reply to the visitor's last message in the thread for support, and never relays it to the visitor", async () => {
    const visitor = new WidgetClient(base);
    await visitor.startSession();
    await visitor.connectGreeted();
    await visitor.ask('talk to a human');
    const opened = await slack.waitForCall(
      (call) =>
        call.method === 'chat.postMessage' &&
        JSON.stringify(call.args.blocks ?? '').includes('handoff_draft'),
    );
    const threadTs = postedTs.get(opened.args)!;
    await visitor.waitFor((e) => e.event === 'handoff' && e.data.state === 'waiting');
    const question = 'Single sign-on fails for all of us with an invalid signature error. What should we do?';
    await visitor.send(question);
    await slack.waitForCall(
      (call) => call.method === 'chat.postMessage' && String(call.args.text).includes('invalid signature'),
    );

    // Riley (support) clicks "Draft a reply": the draft is posted in the thread, with its citation and the similar case.
    expect(await clickInThread(base, RILEY, threadTs, 'handoff_draft')).toBe(200);
    const draft = await slack.waitForCall(isDraft, 30_000);
    expect(draft.args).toMatchObject({ channel: 'C0SUPPORT', thread_ts: threadTs });
    const shown = JSON.stringify(draft.args.blocks);
    expect(String(draft.args.text)).toContain(question.slice(0, 40));
    expect(shown).toMatch(/Troubleshooting: signing in and single sign-on/);
    expect(shown).toContain(`Case ${SSO_CASE}`);
    expect(shown).toMatch(/uploaded the new one/);

    // Slack sends the bot's own post back as a message event: it is not relayed to the visitor.
    expect(
      await threadMessage(base, {
        user: BOT.userId,
        bot_id: BOT.botId,
        text: String(draft.args.text),
        ts: postedTs.get(draft.args)!,
        thread_ts: threadTs,
      }),
    ).toBe(200);

    // "@CRMPro draft a reply" in the thread does the same, and the request itself is not relayed either.
    const draftsBefore = slack.calls.filter(isDraft).length;
    expect(
      await threadMessage(base, {
        user: RILEY.id,
        text: `<@${BOT.userId}> draft a reply`,
        ts: '1700000200.000001',
        thread_ts: threadTs,
      }),
    ).toBe(200);
    await slack.waitForCall(
      (call) => isDraft(call) && slack.calls.filter(isDraft).length > draftsBefore,
      30_000,
    );

    // Any other question to the bot in the thread is answered there for the team, not relayed.
    expect(
      await threadMessage(base, {
        user: RILEY.id,
        text: `<@${BOT.userId}> suggest a reply to: can we pay by invoice?`,
        ts: '1700000200.000003',
        thread_ts: threadTs,
      }),
    ).toBe(200);
    await slack.waitForCall(
      (call) =>
        call.method === 'chat.postMessage' &&
        call.args.thread_ts === threadTs &&
        String(call.args.text).includes('Suggested reply') &&
        !isDraft(call),
      30_000,
    );

    // A rep and a Slack user who is nobody in the CRM are refused, privately, with no draft.
    const draftsNow = slack.calls.filter(isDraft).length;
    await clickInThread(base, SAM, threadTs, 'handoff_draft');
    const refusedRep = await slack.waitForCall(
      (call) => call.method === 'chat.postEphemeral' && call.args.user === SAM.id,
    );
    expect(refusedRep.args).toMatchObject({ channel: 'C0SUPPORT', thread_ts: threadTs });
    expect(String(refusedRep.args.text)).toMatch(/for support specialists and admins/);
    await clickInThread(base, STRANGER, threadTs, 'handoff_draft');
    const refusedStranger = await slack.waitForCall(
      (call) => call.method === 'chat.postEphemeral' && call.args.user === STRANGER.id,
    );
    expect(String(refusedStranger.args.text)).toMatch(/ask your admin to add you/);
    expect(slack.calls.filter(isDraft).length).toBe(draftsNow);

    // What Riley then writes herself reaches the visitor: that, and only that.
    await threadMessage(base, {
      user: RILEY.id,
      text: 'An admin needs to upload your identity provider’s new certificate in Settings › Security.',
      ts: '1700000200.000002',
      thread_ts: threadTs,
    });
    await visitor.waitFor((e) => e.data.from === 'person');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const fromTeam = visitor.events.filter((e) => e.data.from === 'person').map((e) => e.data.reply!.text);
    expect(fromTeam).toEqual([
      'An admin needs to upload your identity provider’s new certificate in Settings › Security.',
    ]);
    const everything = JSON.stringify(visitor.events);
    expect(everything).not.toMatch(
      /Draft reply|Suggested reply|Similar resolved|draft a reply|pay by invoice/,
    );
    expect(everything).not.toContain('uploaded the new one');

    // After the visitor leaves, the thread can still get a draft (for the follow-up e-mail).
    await visitor.send('end chat');
    await slack.waitForCall(
      (call) => call.method === 'chat.postMessage' && String(call.args.text).includes('Hand-off ended'),
    );
    const afterEnd = slack.calls.filter(isDraft).length;
    await clickInThread(base, RILEY, threadTs, 'handoff_draft');
    await slack.waitForCall((call) => isDraft(call) && slack.calls.filter(isDraft).length > afterEnd, 30_000);
    visitor.disconnect();
  });
});

describe('a hand-off nobody is online for (outside SUPPORT_HOURS)', () => {
  const temp = temporaryStore();
  const slack = new SlackApiStandIn(BOT_TOKEN, [RILEY]);
  let app: App;
  let base: string;

  beforeAll(async () => {
    await loadSmallCrm(temp.store);
    await slack.start();
    app = await startApp(
      testConfig(temp.dataDir, {
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.url,
        SUPPORT_SLACK_CHANNEL: 'C0SUPPORT',
        // FIXTURE_NOW is a Sunday.
        SUPPORT_HOURS: 'Mon-Fri 09:00-17:00',
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

  it('still opens the case, notes that nobody was online, and tells the visitor when they will hear back', async () => {
    const visitor = new WidgetClient(base);
    await visitor.startSession();
    await visitor.connectGreeted();
    const told = (await visitor.ask('our invoices show the wrong VAT number, can I talk to a person?'))
      .map((e) => e.data.reply!.text)
      .join('\n');
    expect(told).toMatch(/Nobody from our team is available/);
    const number = Number(/case (\d+)/.exec(told)?.[1]);
    expect(told).toMatch(/within 24 hours if you leave your e-mail address/);
    const saved = await temp.store.cases.findOne({ number });
    expect(saved).toMatchObject({ channel: 'widget', status: 'open', priority: 'normal' });
    expect(saved!.slaDueAt).toEqual(new Date(FIXTURE_NOW.getTime() + 24 * 3_600_000));
    expect(saved!.history.map((entry) => entry.value)).toContain(UNATTENDED_NOTE);
    // No thread was opened.
    expect(slack.calls.some((call) => JSON.stringify(call.args.blocks ?? '').includes('handoff_end'))).toBe(
      false,
    );

    // The e-mail they leave becomes a lead that names the case.
    await visitor.ask('vat.person@umbrella.example');
    await visitor.ask('Val Added');
    const done = (await visitor.ask('Umbrella')).map((e) => e.data.reply!.text).join('\n');
    expect(done).toMatch(/vat\.person@umbrella\.example/);
    const lead = await temp.store.leads.findOne({ email: 'vat.person@umbrella.example' });
    expect(lead!.notes).toContain(`Support case ${number}`);
    visitor.disconnect();
  });
});
