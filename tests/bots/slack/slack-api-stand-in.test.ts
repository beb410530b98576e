import { createSlackWebClient } from '../../../src/bots/slack/slack-web-api';
import { SlackApiStandIn } from '../../fixtures/slack-api-stand-in';

describe("the Slack API stand-in, through the product's own Web API client", () => {
  const standIn = new SlackApiStandIn('xoxb-test-token', [
    { id: 'U1', name: 'Dana Kim', email: 'dana@example.com' },
  ]);
  beforeAll(() => standIn.start());
  afterAll(() => standIn.stop());

  it('answers users.info from its users and records the call with the bot token', async () => {
    const client = createSlackWebClient({ botToken: 'xoxb-test-token', apiUrl: standIn.url });
    const info = await client.users.info({ user: 'U1' });
    expect(info.user?.profile?.email).toBe('dana@example.com');
    expect(standIn.callsOf('users.info')).toEqual([
      { method: 'users.info', args: { user: 'U1' }, token: 'xoxb-test-token' },
    ]);
    await expect(client.users.info({ user: 'U404' })).rejects.toThrow(/user_not_found/);
  });

  it('refuses a wrong token as Slack does', async () => {
    const client = createSlackWebClient({ botToken: 'xoxb-wrong', apiUrl: standIn.url });
    await expect(client.auth.test()).rejects.toThrow(/invalid_auth/);
  });

  it('posts messages with increasing ts and takes uploads in three steps', async () => {
    const client = createSlackWebClient({ botToken: 'xoxb-test-token', apiUrl: standIn.url });
    const first = await client.chat.postMessage({ channel: 'C1', text: 'one' });
    const second = await client.chat.postMessage({ channel: 'C1', text: 'two', thread_ts: first.ts! });
    expect(Number(second.ts)).toBeGreaterThan(Number(first.ts));
    await client.files.uploadV2({ channel_id: 'C1', filename: 'a.csv', file: Buffer.from('a,b\n1,2\n') });
    const completed = await standIn.waitForCall((call) => call.method === 'files.completeUploadExternal');
    const fileId = (completed.args.files as Array<{ id: string }>)[0]!.id;
    expect(standIn.uploaded(fileId)?.toString()).toBe('a,b\n1,2\n');
  });
});
