import { startApp, type App } from '../../src/app';
import { silentLogger } from '../../src/core/logger';
import type { TeamNotice } from '../../src/skills/shared/team-notifier';
import { SlackApiStandIn, slackSignatureHeaders } from '../fixtures/slack-api-stand-in';
import { FIXTURE_NOW, temporaryStore } from '../fixtures/small-crm';
import { testConfig } from '../fixtures/test-config';
import { loadTwoTeamCrm, type TwoTeamCrm } from '../fixtures/two-team-crm';

const BOT_TOKEN = 'xoxb-slack-teams';
const SIGNING_SECRET = 'slack-visibility-signing-secret-0123';

describe('Slack keeps the visibility rules and reaches people of the team', () => {
  const temp = temporaryStore();
  const slack = new SlackApiStandIn(BOT_TOKEN, [
    { id: 'UANA', name: 'Ana Ortiz', email: 'ana.ortiz@two-teams.example' },
    // Dana's Slack e-mail is not her CRM e-mail: she is found by the explicit link only.
    { id: 'UDANA', name: 'Dana Kim', email: 'dana@personal.example' },
    { id: 'UPRIYA', name: 'Priya Nair', email: 'priya.nair@two-teams.example' },
  ]);
  let crm: TwoTeamCrm;
  let app: App;
  let base: string;
  let seq = 0;

  beforeAll(async () => {
    crm = await loadTwoTeamCrm(temp.store);
    await temp.store.users.updateOne({ _id: crm.users.dana }, { $set: { slackUserId: 'UDANA' } });
    await slack.start();
    slack.answer('users.lookupByEmail', (args) =>
      args.email === 'priya.nair@two-teams.example'
        ? { user: { id: 'UPRIYA' } }
        : { ok: false, error: 'users_not_found' },
    );
    app = await startApp(
      testConfig(temp.dataDir, {
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.url,
        LEAD_QUEUE_SLACK_CHANNEL: 'CLEADS',
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

  /** DMs the bot as `user`; resolves with the text and blocks of its answer. */
  const ask = async (user: string, text: string): Promise<string> => {
    const ts = `1773576000.${String(++seq).padStart(6, '0')}`;
    const body = JSON.stringify({
      team_id: 'T1',
      type: 'event_callback',
      event_id: `EvVis${seq}`,
      event: { type: 'message', channel: `D${user}`, channel_type: 'im', user, text, ts },
    });
    const response = await fetch(`${base}/api/slack/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...slackSignatureHeaders(SIGNING_SECRET, body) },
      body,
    });
    expect(response.status).toBe(200);
    const reply = await slack.waitForCall((c) => c.method === 'chat.postMessage' && c.args.thread_ts === ts);
    return JSON.stringify({ text: reply.args.text, blocks: reply.args.blocks });
  };

  it("does not show a rep another team's deal amounts or contacts, only its name and owner", async () => {
    const other = crm.subjects.other;
    const seen = await ask('UANA', `brief me on ${other.accountName}`);
    expect(seen).toContain(other.accountName);
    expect(seen).toContain(other.ownerName);
    for (const secret of [...other.secrets, String(other.deal.amount)]) expect(seen).not.toContain(secret);
  });

  it('shows the owner, found by the explicit Slack link, her own deals in full', async () => {
    const other = crm.subjects.other;
    const seen = await ask('UDANA', `brief me on ${other.accountName}`);
    expect(seen).toContain(other.deal.name);
    expect(seen).toMatch(/€3\d\dk|353/);
  });

  it('DMs a CRM user by the e-mail Slack knows, and posts to the lead queue', async () => {
    const notifier = app.services.notifier!;
    const notice: TeamNotice = {
      title: 'New website lead: Ada Lovelace',
      lines: ['E-mail: ada@example.com'],
    };
    expect(await notifier.toUser('priya.nair@two-teams.example', notice)).toBe(true);
    const opened = await slack.waitForCall(
      (c) => c.method === 'conversations.open' && c.args.users === 'UPRIYA',
    );
    expect(opened).toBeDefined();
    const dm = await slack.waitForCall(
      (c) => c.method === 'chat.postMessage' && c.args.channel === 'DUPRIYA',
    );
    expect(String(dm.args.text)).toContain('New website lead: Ada Lovelace\nE-mail: ada@example.com');
    expect(JSON.stringify(dm.args.blocks)).toContain('E-mail: ada@example.com');

    expect(await notifier.toUser('dana.kim@two-teams.example', notice)).toBe(true);
    await slack.waitForCall((c) => c.method === 'conversations.open' && c.args.users === 'UDANA');
    expect(await notifier.toUser('nobody@two-teams.example', notice)).toBe(false);

    expect(await notifier.toLeadQueue(notice)).toBe(true);
    await slack.waitForCall((c) => c.method === 'chat.postMessage' && c.args.channel === 'CLEADS');
  });

  it('hands messages in an open hand-off thread to the inbox instead of answering them', async () => {
    const delivered: string[] = [];
    const ended: string[] = [];
    app.slack!.useHandoffInbox({
      fromPerson: async (thread, person, text) => {
        if (thread.threadTs !== '1773570000.000001') return false;
        delivered.push(`${person.name}: ${text}`);
        return true;
      },
      endedByPerson: async (thread, person) => {
        ended.push(`${thread.channel}/${thread.threadTs} by ${person.name}`);
        return true;
      },
    });
    const post = (body: string, contentType: string) =>
      fetch(`${base}/api/slack/events`, {
        method: 'POST',
        headers: { 'Content-Type': contentType, ...slackSignatureHeaders(SIGNING_SECRET, body) },
        body,
      });
    const ts = '1773576999.000001';
    const before = slack.callsOf('chat.postMessage').length;
    await post(
      JSON.stringify({
        team_id: 'T1',
        type: 'event_callback',
        event_id: 'EvHandoff1',
        event: {
          type: 'message',
          channel: 'DUANA',
          channel_type: 'im',
          user: 'UANA',
          text: 'Happy to help, what plan are you on?',
          ts,
          thread_ts: '1773570000.000001',
        },
      }),
      'application/json',
    );
    const deadline = Date.now() + 5000;
    while (delivered.length === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(delivered).toEqual(['Ana Ortiz: Happy to help, what plan are you on?']);

    const payload = {
      type: 'block_actions',
      team: { id: 'T1' },
      user: { id: 'UANA' },
      channel: { id: 'CSUPPORT' },
      message: { ts: '1773570000.000001' },
      actions: [{ type: 'button', action_id: 'handoff_end', value: 'end', block_id: 'h' }],
    };
    await post(
      new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
      'application/x-www-form-urlencoded',
    );
    while (ended.length === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ended).toEqual(['CSUPPORT/1773570000.000001 by Ana Ortiz']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(slack.callsOf('chat.postMessage').length).toBe(before);
  });
});
