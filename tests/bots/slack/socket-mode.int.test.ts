import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { startApp, type App } from '../../../src/app';
import { silentLogger } from '../../../src/core/logger';
import { SlackApiStandIn } from '../../fixtures/slack-api-stand-in';
import { FIXTURE_NOW, loadSmallCrm, REP_EMAIL, temporaryStore } from '../../fixtures/small-crm';
import { testConfig } from '../../fixtures/test-config';

const BOT_TOKEN = 'xoxb-socket-mode';
const APP_TOKEN = 'xapp-socket-mode';

/**
 * Socket Mode end to end: apps.connections.open on the Web API stand-in hands out a ws:// URL on
 * loopback, where a WebSocket server speaks Slack's Socket Mode protocol (hello, envelopes, acks).
 */
describe('Slack in Socket Mode (SLACK_MODE=socket)', () => {
  const temp = temporaryStore();
  const slack = new SlackApiStandIn(BOT_TOKEN, [{ id: 'USAM', name: 'Sam Rivera', email: REP_EMAIL }]);
  const sockets = new WebSocket.Server({ host: '127.0.0.1', port: 0 });
  const acks: unknown[] = [];
  let connection: WebSocket | undefined;
  let app: App;

  beforeAll(async () => {
    await once(sockets, 'listening');
    const { port } = sockets.address() as AddressInfo;
    sockets.on('connection', (socket) => {
      connection = socket;
      socket.on('message', (data) => acks.push(JSON.parse(String(data))));
      socket.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          connection_info: { app_id: 'A1' },
          debug_info: { host: 'stand-in' },
        }),
      );
    });
    await loadSmallCrm(temp.store);
    slack.acceptToken(APP_TOKEN);
    slack.answer('apps.connections.open', () => ({ url: `ws://127.0.0.1:${port}/link/?ticket=t1` }));
    await slack.start();
    app = await startApp(
      testConfig(temp.dataDir, {
        SLACK_MODE: 'socket',
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_APP_TOKEN: APP_TOKEN,
        SLACK_API_URL: slack.url,
      }),
      temp.store,
      silentLogger(),
      () => FIXTURE_NOW,
    );
  });
  afterAll(async () => {
    await app.stop();
    for (const client of sockets.clients) client.terminate();
    await new Promise((resolve) => sockets.close(resolve));
    await slack.stop();
    await temp.cleanup();
  });

  it('connects with the app token, acks an event envelope and answers the DM in its thread', async () => {
    const open = await slack.waitForCall((c) => c.method === 'apps.connections.open');
    expect(open.token).toBe(APP_TOKEN);
    const deadline = Date.now() + 5_000;
    while (!connection && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const ts = '1773576000.000777';
    connection!.send(
      JSON.stringify({
        envelope_id: 'env-1',
        type: 'events_api',
        accepts_response_payload: false,
        retry_attempt: 0,
        retry_reason: '',
        payload: {
          team_id: 'T1',
          type: 'event_callback',
          event_id: 'EvSocket1',
          event: {
            type: 'message',
            channel: 'DUSAM',
            channel_type: 'im',
            user: 'USAM',
            text: 'brief me on acme',
            ts,
          },
        },
      }),
    );
    const reply = await slack.waitForCall((c) => c.method === 'chat.postMessage' && c.args.thread_ts === ts);
    expect(String(reply.args.text)).toContain('Acme Corporation');
    expect(acks).toContainEqual(expect.objectContaining({ envelope_id: 'env-1' }));
    // No HTTP route for Slack in Socket Mode.
    const response = await fetch(`http://127.0.0.1:${app.port}/api/slack/events`, {
      method: 'POST',
      body: '{}',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(response.status).toBe(404);
  });
});
