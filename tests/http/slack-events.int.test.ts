import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { Socket } from 'node:net';
import { startApp, type App } from '../../src/app';
import { UNKNOWN_SLACK_USER_REPLY } from '../../src/bots/slack/slack-channel';
import { silentLogger } from '../../src/core/logger';
import {
  SlackApiStandIn,
  slackSignatureHeaders,
  type RecordedSlackCall,
} from '../fixtures/slack-api-stand-in';
import { FIXTURE_NOW, loadSmallCrm, REP_EMAIL, temporaryStore } from '../fixtures/small-crm';
import { testConfig } from '../fixtures/test-config';

const BOT_TOKEN = 'xoxb-slack-e2e';
const SIGNING_SECRET = 'slack-e2e-signing-secret-0123456789';

/** Every outgoing TCP connection this process makes, by where it goes (to prove nothing leaves loopback). */
class ConnectionLog {
  readonly hosts = new Set<string>();
  private readonly onSocket = (message: unknown) => {
    const socket = (message as { socket: Socket }).socket;
    socket.once('lookup', (_err: unknown, _address: unknown, _family: unknown, host: string) =>
      this.hosts.add(host),
    );
    socket.once('connect', () => this.hosts.add(socket.remoteAddress ?? '?'));
  };
  start(): void {
    subscribe('net.client.socket', this.onSocket);
  }
  stop(): void {
    unsubscribe('net.client.socket', this.onSocket);
  }
}

describe('Slack over HTTP: POST /api/slack/events through Bolt to the Slack API stand-in', () => {
  const temp = temporaryStore();
  const slack = new SlackApiStandIn(BOT_TOKEN, [
    { id: 'USAM', name: 'Sam Rivera', email: REP_EMAIL },
    { id: 'UMORGAN', name: 'Morgan Lee', email: 'morgan.lee@demo.crmpro.dev' },
    { id: 'USTRANGER', name: 'Stan Ger', email: 'stan@elsewhere.example' },
  ]);
  const connections = new ConnectionLog();
  let app: App;
  let base: string;
  let seq = 0;

  beforeAll(async () => {
    connections.start();
    await loadSmallCrm(temp.store);
    await slack.start();
    app = await startApp(
      testConfig(temp.dataDir, {
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.url,
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
    connections.stop();
    await temp.cleanup();
  });

  const nextTs = () => `1773576000.${String(++seq).padStart(6, '0')}`;

  const send = (body: string, contentType: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/api/slack/events`, {
      method: 'POST',
      headers: { 'Content-Type': contentType, ...slackSignatureHeaders(SIGNING_SECRET, body), ...headers },
      body,
    });

  const sendEvent = (
    event: Record<string, unknown>,
    eventId = `Ev${++seq}`,
    headers: Record<string, string> = {},
  ) =>
    send(
      JSON.stringify({
        token: 'legacy',
        team_id: 'T1',
        api_app_id: 'A1',
        type: 'event_callback',
        event_id: eventId,
        event_time: 1773576000,
        event,
        authorizations: [{ team_id: 'T1', user_id: 'U0CRMBOT', is_bot: true }],
      }),
      'application/json',
      headers,
    );

  const sendForm = (fields: Record<string, string>) =>
    send(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded');

  const sendInteraction = (payload: Record<string, unknown>) =>
    sendForm({ payload: JSON.stringify(payload) });

  const dm = (user: string, text: string, ts = nextTs()) => ({
    type: 'message',
    channel: `D${user}`,
    channel_type: 'im',
    user,
    text,
    ts,
    event_ts: ts,
  });

  const postIn = (channel: string, threadTs: string) =>
    slack.waitForCall(
      (c) => c.method === 'chat.postMessage' && c.args.channel === channel && c.args.thread_ts === threadTs,
    );

  const blocksText = (call: RecordedSlackCall) => JSON.stringify(call.args.blocks ?? []);

  it('answers a DM in its thread with Block Kit, for the CRM user Slack vouches for by e-mail', async () => {
    const event = dm('USAM', 'brief me on acme');
    const response = await sendEvent(event);
    expect(response.status).toBe(200);
    const reply = await postIn('DUSAM', event.ts);
    expect(reply.token).toBe(BOT_TOKEN);
    expect(String(reply.args.text)).toContain('Acme Corporation');
    const blocks = reply.args.blocks as Array<{ type: string }>;
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: 'Acme Corporation' } });
    expect(blocks.some((b) => b.type === 'section')).toBe(true);
    expect(blocksText(reply)).toContain('$290k (2 deals)');
    expect(slack.callsOf('users.info').some((c) => c.args.user === 'USAM')).toBe(true);
  });

  it('answers an @mention in a channel in its thread, with the mention stripped', async () => {
    const ts = nextTs();
    await sendEvent({
      type: 'app_mention',
      channel: 'CSALES',
      user: 'USAM',
      text: '<@U0CRMBOT> who is our contact at Initech',
      ts,
      event_ts: ts,
    });
    const reply = await postIn('CSALES', ts);
    expect(String(reply.args.text)).toContain('Jane Park');
  });

  it('does not answer channel chatter that does not mention it', async () => {
    const ts = nextTs();
    await sendEvent({
      type: 'message',
      channel: 'CSALES',
      channel_type: 'channel',
      user: 'USAM',
      text: 'lunch?',
      ts,
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(slack.calls.some((c) => c.args.thread_ts === ts)).toBe(false);
  });

  it('answers /crm in the DM, and from a channel says so and answers in the DM', async () => {
    const before = slack.callsOf('chat.postMessage').length;
    const inDm = await sendForm({
      team_id: 'T1',
      channel_id: 'DUSAM',
      channel_name: 'directmessage',
      user_id: 'USAM',
      command: '/crm',
      text: 'who is our contact at Initech',
      response_url: 'http://127.0.0.1:9/unused',
      trigger_id: 'trig-1',
    });
    expect(inDm.status).toBe(200);
    const reply = await slack.waitForCall(
      (c) =>
        c.method === 'chat.postMessage' &&
        c.args.channel === 'DUSAM' &&
        String(c.args.text).includes('Jane Park') &&
        slack.calls.indexOf(c) >= before,
    );
    expect(reply.args.thread_ts).toBeUndefined();

    const fromChannel = await sendForm({
      team_id: 'T1',
      channel_id: 'CSALES',
      channel_name: 'sales',
      user_id: 'USAM',
      command: '/crm',
      text: 'brief me on globex',
      response_url: 'http://127.0.0.1:9/unused',
      trigger_id: 'trig-2',
    });
    expect(await fromChannel.json()).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringMatching(/direct messages/),
    });
    await slack.waitForCall(
      (c) =>
        c.method === 'chat.postMessage' &&
        c.args.channel === 'DUSAM' &&
        String(c.args.text).includes('Globex'),
    );
    expect(
      slack.calls.some(
        (c) =>
          c.method === 'chat.postMessage' &&
          c.args.channel === 'CSALES' &&
          String(c.args.text).includes('Globex'),
      ),
    ).toBe(false);
  });

  it('routes a clicked reply button to the dialogs as the next message, answered in the same thread', async () => {
    const ts = nextTs();
    const response = await sendInteraction({
      type: 'block_actions',
      team: { id: 'T1' },
      user: { id: 'USAM' },
      channel: { id: 'DUSAM' },
      container: { type: 'message', channel_id: 'DUSAM', message_ts: ts },
      message: { ts, text: 'Acme Corporation' },
      trigger_id: 'trig-3',
      actions: [
        { type: 'button', action_id: 'crm_reply_0', value: 'who is our contact at Initech', block_id: 'b1' },
      ],
    });
    expect(response.status).toBe(200);
    const reply = await postIn('DUSAM', ts);
    expect(String(reply.args.text)).toContain('Jane Park');
  });

  it('opens the Log call modal from its button, and its submission logs the call', async () => {
    const ts = nextTs();
    await sendInteraction({
      type: 'block_actions',
      team: { id: 'T1' },
      user: { id: 'USAM' },
      channel: { id: 'DUSAM' },
      message: { ts },
      trigger_id: 'trig-log',
      actions: [{ type: 'button', action_id: 'crm_log_call_open', block_id: 'b1' }],
    });
    const opened = await slack.waitForCall(
      (c) => c.method === 'views.open' && c.args.trigger_id === 'trig-log',
    );
    expect(opened.args.view).toMatchObject({ type: 'modal', callback_id: 'crm_log_call' });

    const submit = (values: Record<string, unknown>) =>
      sendInteraction({
        type: 'view_submission',
        team: { id: 'T1' },
        user: { id: 'USAM' },
        trigger_id: 'trig-submit',
        view: { id: 'V1', type: 'modal', callback_id: 'crm_log_call', state: { values } },
      });
    const form = (account: string, summary: string) => ({
      account: { value: { type: 'plain_text_input', value: account } },
      contact: { value: { type: 'plain_text_input', value: 'Jane' } },
      type: { value: { type: 'static_select', selected_option: { value: 'call' } } },
      when: { value: { type: 'datepicker', selected_date: '2026-03-14' } },
      summary: { value: { type: 'plain_text_input', value: summary } },
    });

    const refused = await submit(form('Zeppelin Works', 'should not be saved'));
    expect(await refused.json()).toMatchObject({
      response_action: 'errors',
      errors: { account: expect.stringMatching(/Zeppelin Works/) },
    });
    expect(await temp.store.interactions.find({ summary: 'should not be saved' })).toHaveLength(0);

    const accepted = await submit(form('Initech', 'Renewal call from the Slack modal'));
    expect(await accepted.json()).toEqual({ response_action: 'clear' });
    const [logged] = await temp.store.interactions.find({ summary: 'Renewal call from the Slack modal' });
    const initech = await temp.store.accounts.findOne({ name: 'Initech' });
    expect(logged).toMatchObject({ type: 'call', accountId: initech!._id });
    expect(logged!.occurredAt.toISOString().slice(0, 10)).toBe('2026-03-14');
    await slack.waitForCall(
      (c) =>
        c.method === 'chat.postMessage' &&
        /Logged the call with Jane Park at Initech/.test(String(c.args.text)),
    );
  });

  it('publishes the App Home tab with the rep pipeline and top leads, and a Log call button', async () => {
    await sendEvent({
      type: 'app_home_opened',
      user: 'USAM',
      channel: 'DUSAM',
      tab: 'home',
      event_ts: nextTs(),
    });
    const published = await slack.waitForCall(
      (c) => c.method === 'views.publish' && c.args.user_id === 'USAM',
    );
    const view = JSON.stringify(published.args.view);
    expect(view).toContain('crm_log_call_open');
    expect(view).toContain('Forecast Q1 2026 (your deals)');
    expect(view).toContain('Acme anvil fleet renewal');
  });

  it('refuses a bad or missing signature with 401 and calls no Web API', async () => {
    const before = slack.calls.length;
    const body = JSON.stringify({
      type: 'event_callback',
      event_id: 'EvForged',
      event: dm('USAM', 'brief me on acme'),
    });
    const forged = await fetch(`${base}/api/slack/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...slackSignatureHeaders('not-the-secret', body) },
      body,
    });
    expect(forged.status).toBe(401);
    const unsigned = await fetch(`${base}/api/slack/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
    });
    expect(unsigned.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(slack.calls.length).toBe(before);
  });

  it('refuses a request signed more than five minutes ago with 401', async () => {
    const before = slack.calls.length;
    const body = JSON.stringify({
      type: 'event_callback',
      event_id: 'EvStale',
      event: dm('USAM', 'brief me on acme'),
    });
    const stale = await fetch(`${base}/api/slack/events`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...slackSignatureHeaders(SIGNING_SECRET, body, Math.floor(Date.now() / 1000) - 6 * 60),
      },
      body,
    });
    expect(stale.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(slack.calls.length).toBe(before);
  });

  it('answers the URL verification challenge', async () => {
    const response = await send(
      JSON.stringify({ type: 'url_verification', challenge: 'chal-123', token: 'x' }),
      'application/json',
    );
    expect(await response.json()).toEqual({ challenge: 'chal-123' });
  });

  it('answers an event once when Slack retries it', async () => {
    const event = dm('USAM', 'who is our contact at Initech');
    const first = await sendEvent(event, 'EvRetried');
    const retry = await sendEvent(event, 'EvRetried', {
      'X-Slack-Retry-Num': '1',
      'X-Slack-Retry-Reason': 'http_timeout',
    });
    expect([first.status, retry.status]).toEqual([200, 200]);
    await postIn('DUSAM', event.ts);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(slack.callsOf('chat.postMessage').filter((c) => c.args.thread_ts === event.ts)).toHaveLength(1);
  });

  it('tells a Slack user who is nobody in the CRM to ask their admin, and shows no CRM data', async () => {
    const event = dm('USTRANGER', 'brief me on acme');
    await sendEvent(event);
    const reply = await postIn('DUSTRANGER', event.ts);
    expect(reply.args.text).toBe(UNKNOWN_SLACK_USER_REPLY);
    expect(JSON.stringify(reply.args)).not.toMatch(/Acme|290k|Sam Rivera/);
  });

  it('sends every Web API call to SLACK_API_URL and connects nowhere but loopback', () => {
    expect(slack.callsOf('auth.test').length).toBeGreaterThan(0);
    expect(slack.calls.every((c) => c.token === BOT_TOKEN)).toBe(true);
    expect(
      [...connections.hosts].filter((host) => !['127.0.0.1', 'localhost', '::1'].includes(host)),
    ).toEqual([]);
  });
});
