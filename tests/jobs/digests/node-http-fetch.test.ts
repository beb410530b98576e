import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSlackWebClient } from '../../../src/bots/slack/slack-web-api';
import { nodeHttpFetch } from '../../../src/jobs/digests/node-http-fetch';
import { SlackApiStandIn } from '../../fixtures/slack-api-stand-in';

const TOKEN = 'xoxb-node-http-fetch';

describe('the Slack Web API client on nodeHttpFetch (the worker’s transport)', () => {
  const slack = new SlackApiStandIn(TOKEN);
  const client = () => createSlackWebClient({ botToken: TOKEN, apiUrl: slack.url, fetch: nodeHttpFetch });
  beforeAll(() => slack.start());
  afterAll(() => slack.stop());

  it('posts a message with its blocks and uploads a file beside it, bytes intact', async () => {
    const web = client();
    const blocks = [
      { type: 'section', text: { type: 'mrkdwn', text: 'Weighted forecast *$1.2M* – 93% of target' } },
    ];
    const posted = await web.chat.postMessage({ channel: 'D1', text: 'Forecast digest', blocks });
    expect(posted.ok).toBe(true);
    expect(posted.ts).toMatch(/^\d+\.\d{6}$/);
    const [call] = slack.callsOf('chat.postMessage');
    expect(call!.token).toBe(TOKEN);
    expect(call!.args).toMatchObject({ channel: 'D1', text: 'Forecast digest', blocks });

    const png = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7) % 256));
    await web.files.uploadV2({
      channel_id: 'D1',
      thread_ts: posted.ts!,
      file: png,
      filename: 'forecast.png',
    });
    const [completed] = slack.callsOf('files.completeUploadExternal');
    expect(completed!.args.channel_id).toBe('D1');
    const [file] = completed!.args.files as { id: string }[];
    expect(slack.uploaded(file!.id)).toEqual(png);
  });

  it('reports a refused call with Slack’s error code, as with the built-in fetch', async () => {
    slack.answer('conversations.open', () => ({ ok: false, error: 'user_not_found' }));
    await expect(client().conversations.open({ users: 'UGONE' })).rejects.toMatchObject({
      data: { error: 'user_not_found' },
    });
  });
});

describe('nodeHttpFetch on its own', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      // writeHead is not chained: restify (started by other test files in the same jest worker)
      // replaces ServerResponse.prototype.writeHead with one that returns nothing.
      if (req.url === '/moved') {
        res.writeHead(302, { Location: '/elsewhere' });
        res.end();
        return;
      }
      if (req.url === '/never') return; // holds the request open
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        res.writeHead(200, {
          'Content-Type': 'application/json',
          'X-Seen-Type': req.headers['content-type'] ?? '',
        });
        res.end(JSON.stringify({ method: req.method, body: Buffer.concat(chunks).toString('utf8') }));
      });
    });
    server.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('sends the method, headers and body, and answers a standard Response', async () => {
    const response = await nodeHttpFetch(`${base}/echo`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'channel=D1&text=h%C3%A9',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-seen-type')).toBe('application/x-www-form-urlencoded');
    expect(await response.json()).toEqual({ method: 'POST', body: 'channel=D1&text=h%C3%A9' });
  });

  it('sends a form as multipart with its boundary', async () => {
    const form = new FormData();
    form.append('filename', 'a.png');
    const response = await nodeHttpFetch(`${base}/echo`, { method: 'POST', body: form });
    expect(response.headers.get('x-seen-type')).toMatch(/^multipart\/form-data; boundary=/);
    expect(((await response.json()) as { body: string }).body).toContain('name="filename"');
  });

  it('fails on a redirect when redirect is "error", and when its signal aborts', async () => {
    await expect(nodeHttpFetch(`${base}/moved`, { method: 'POST', redirect: 'error' })).rejects.toThrow(
      /redirect/,
    );
    await expect(
      nodeHttpFetch(`${base}/never`, { method: 'POST', body: 'x', signal: AbortSignal.timeout(200) }),
    ).rejects.toThrow(/abort/i);
  });
});
