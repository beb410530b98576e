import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApp, type App } from '../../src/app';
import { createLogger, silentLogger } from '../../src/core/logger';
import { UserAccounts } from '../../src/skills/shared/user-accounts';
import { openEmbeddedStore } from '../../src/store/embedded/embedded-store';
import type { Store } from '../../src/store/store';
import { BotConnectorAuthStandIn } from '../fixtures/bot-connector-auth';
import { inboundActivity, LoopbackConnector, type ConnectorPost } from '../fixtures/loopback-connector';
import { FIXTURE_NOW, loadSmallCrm, REP_EMAIL } from '../fixtures/small-crm';
import { testConfig } from '../fixtures/test-config';
import { keptMessages } from '../fixtures/transcripts';

const APP_ID = 'crmpro-teams-test-app';
const APP_PASSWORD = 'crmpro-teams-test-password';
const BOT = { id: `28:${APP_ID}`, name: 'CRMPro' };
const TENANT = 'tenant-1';
const SAM = { id: '29:sam', name: 'Sam Rivera', aadObjectId: 'teams-sam' };
const MORGAN = { id: '29:morgan', name: 'Morgan Lee', aadObjectId: '0f6c2b9e-52a1-4c3e-9f1d-8a7b6c5d4e3f' };
const PRIYA = { id: '29:priya', name: 'Priya Nair', aadObjectId: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d' };

interface SentActivity {
  text?: string;
  replyToId?: string;
  attachments?: {
    contentType: string;
    content: { actions?: { type: string; title: string; data: unknown }[] };
  }[];
}

describe('Microsoft Teams on /api/messages (Bot Connector tokens, loopback connector)', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'crmpro-teams-'));
  const connector = new LoopbackConnector();
  const auth = new BotConnectorAuthStandIn();
  let store: Store;
  let app: App;
  let serviceUrl: string;
  let base: string;
  let ids: { sam: string; morgan: string; priya: string };

  const start = async () => {
    store = openEmbeddedStore({ dataDir });
    app = await startApp(
      testConfig(dataDir, {
        MICROSOFT_APP_ID: APP_ID,
        MICROSOFT_APP_PASSWORD: APP_PASSWORD,
        MICROSOFT_OPENID_METADATA_URL: auth.metadataUrl(),
      }),
      store,
      process.env.DEBUG_TEAMS ? createLogger({ level: 'debug' }) : silentLogger(),
      () => FIXTURE_NOW,
      { botFrameworkCredentials: auth.credentialsFactory(APP_ID, APP_PASSWORD) },
    );
    base = `http://127.0.0.1:${app.port}`;
  };
  const stop = async () => {
    await app.stop();
    await store.close();
  };

  beforeAll(async () => {
    serviceUrl = await connector.start();
    await auth.start();
    const seeding = openEmbeddedStore({ dataDir });
    const crm = await loadSmallCrm(seeding);
    await seeding.users.updateOne({ _id: crm.managerId }, { $set: { teamsUserId: MORGAN.aadObjectId } });
    const priya = await new UserAccounts(seeding).add({
      email: 'priya.nair@demo.crmpro.dev',
      name: 'Priya Nair',
      role: 'manager',
      team: 'Mid-Market',
      teamsUserId: PRIYA.aadObjectId,
    });
    ids = { sam: crm.repId, morgan: crm.managerId, priya: priya._id };
    await seeding.close();
    await start();
  });
  afterAll(async () => {
    await stop();
    await connector.stop();
    await auth.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** A Teams activity from `from`: a 1:1 chat with them unless the overrides say otherwise. */
  const teams = (from: typeof SAM, text: string | undefined, overrides: Record<string, unknown> = {}) =>
    inboundActivity(serviceUrl, text as string, {
      channelId: 'msteams',
      from,
      recipient: BOT,
      conversation: { id: `a:personal-${from.id}`, conversationType: 'personal', tenantId: TENANT },
      channelData: { tenant: { id: TENANT } },
      ...overrides,
    });
  const post = (activity: Record<string, unknown>) =>
    fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${auth.mint({ appId: APP_ID, serviceUrl })}`,
      },
      body: JSON.stringify(activity),
    });
  /** Posts the activity and returns what the bot sent back to the connector for it. */
  const ask = async (activity: Record<string, unknown>, replies = 1): Promise<ConnectorPost[]> => {
    const before = connector.posts.length;
    expect((await post(activity)).status).toBe(200);
    return (await connector.received(before + replies)).slice(before);
  };
  const sent = (post: ConnectorPost) => post.activity as SentActivity;
  const referenceOf = (userId: string) => store.conversationReferences.findById(`msteams:${userId}`);

  it('answers a personal chat with CRM data in an Adaptive Card and keeps the conversation reference', async () => {
    const [reply] = await ask(teams(SAM, 'tell me about Acme'));
    expect(sent(reply!).text).toContain('Acme Corporation');
    expect(sent(reply!).attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(reply!.path).toMatch(/^\/v3\/conversations\/a%3Apersonal-29%3Asam\/activities\//);
    expect(await referenceOf(ids.sam)).toMatchObject({
      conversationType: 'personal',
      conversationId: 'a:personal-29:sam',
      serviceUrl,
    });
  });

  it('answers a channel @mention with the mention removed before understanding, and keeps the personal reference', async () => {
    const conversation = {
      id: '19:sales@thread.tacv2;messageid=1700',
      conversationType: 'channel',
      isGroup: true,
      tenantId: TENANT,
    };
    const [reply] = await ask(
      teams(SAM, '<at>CRMPro</at> who is our contact at Initech', {
        conversation,
        entities: [{ type: 'mention', text: '<at>CRMPro</at>', mentioned: BOT }],
      }),
    );
    expect(sent(reply!).text).toContain('Jane Park');
    const transcript = await keptMessages(store, { _id: `msteams:${conversation.id}` });
    expect(transcript.find((m) => m.direction === 'in')?.text).toBe('who is our contact at Initech');
    // A digest for Sam must not land in a team channel: the 1:1 chat stays his reference.
    expect(await referenceOf(ids.sam)).toMatchObject({
      conversationType: 'personal',
      conversationId: 'a:personal-29:sam',
    });
  });

  it('routes an Action.Submit from a card to the same flow: the Yes of a confirmation card logs the call', async () => {
    const conversation = { id: 'a:personal-29:sam', conversationType: 'personal', tenantId: TENANT };
    const [question] = await ask(
      teams(SAM, 'log a call with Jane Park at Initech: renewal in May', { conversation }),
    );
    const card = sent(question!).attachments?.find(
      (a) => a.contentType === 'application/vnd.microsoft.card.adaptive',
    );
    const yes = card?.content.actions?.find((action) => action.title === 'Yes');
    expect(yes?.type).toBe('Action.Submit');
    const interactions = await store.interactions.countDocuments({});
    // What Teams posts for an Action.Submit: no text, the action's data as `value`.
    const [done] = await ask(teams(SAM, undefined, { conversation, text: undefined, value: yes!.data }));
    expect(sent(done!).text).toMatch(/logged|saved/i);
    expect(await store.interactions.countDocuments({})).toBe(interactions + 1);
    const transcript = await keptMessages(store, { _id: `msteams:${conversation.id}` });
    const said = transcript.filter((m) => m.direction === 'in').map((m) => m.text);
    expect(said.slice(-2)).toEqual(['log a call with Jane Park at Initech: renewal in May', 'yes']);
  });

  it('keeps the reference on install (no reply) and messages the person proactively there', async () => {
    const before = connector.posts.length;
    const install = teams(MORGAN, undefined, { type: 'installationUpdate', action: 'add', text: undefined });
    expect((await post(install)).status).toBe(200);
    expect(await referenceOf(ids.morgan)).toMatchObject({
      conversationType: 'personal',
      conversationId: 'a:personal-29:morgan',
    });
    expect(connector.posts.length).toBe(before);

    const id = await app.botFramework.sendToUser(ids.morgan, {
      title: 'Forecast digest',
      text: 'Forecast this quarter: $1.2M committed.',
      facts: [{ label: 'Committed', value: '$1.2M' }],
    });
    const [pushed] = (await connector.received(before + 1)).slice(before);
    expect(id).toBe(`reply-${before + 1}`);
    expect(pushed!.path).toMatch(/^\/v3\/conversations\/a%3Apersonal-29%3Amorgan\/activities/);
    expect(pushed!.authorization).toBe(`Bearer ${auth.issuedAccessTokens.at(-1)}`);
    expect(sent(pushed!).text).toBe('Forecast this quarter: $1.2M committed.');
    expect(JSON.stringify(sent(pushed!).attachments)).toContain('$1.2M');
    expect(pushed!.activity).toMatchObject({
      recipient: { id: MORGAN.id },
      conversation: { id: 'a:personal-29:morgan' },
    });
  });

  it('met only in a team channel (bot added there), a person is messaged in a new 1:1 chat, never in the channel', async () => {
    const before = connector.posts.length;
    const added = teams(PRIYA, undefined, {
      type: 'conversationUpdate',
      text: undefined,
      conversation: {
        id: '19:midmarket@thread.tacv2',
        conversationType: 'channel',
        isGroup: true,
        tenantId: TENANT,
      },
      membersAdded: [BOT],
    });
    expect((await post(added)).status).toBe(200);
    expect(await referenceOf(ids.priya)).toMatchObject({ conversationType: 'channel' });

    await app.botFramework.sendToUser(ids.priya, { text: 'Your pipeline digest is ready.' });
    const [pushed] = (await connector.received(before + 1)).slice(before);
    expect(connector.createdConversations.at(-1)).toMatchObject({
      isGroup: false,
      members: [{ id: PRIYA.id }],
      tenantId: TENANT,
    });
    const created = `a:created-${connector.createdConversations.length}`;
    expect(pushed!.path.startsWith(`/v3/conversations/${encodeURIComponent(created)}/activities`)).toBe(true);
    expect(sent(pushed!).text).toBe('Your pipeline digest is ready.');
    expect(await referenceOf(ids.priya)).toMatchObject({
      conversationType: 'personal',
      conversationId: created,
    });
  });

  it('still reaches a stored reference after a restart on the same data directory', async () => {
    await stop();
    await start();
    const before = connector.posts.length;
    await app.botFramework.sendToUser(ids.sam, { text: 'Three deals need you today.' });
    const [pushed] = (await connector.received(before + 1)).slice(before);
    expect(pushed!.path).toMatch(/^\/v3\/conversations\/a%3Apersonal-29%3Asam\/activities/);
    expect(sent(pushed!).text).toBe('Three deals need you today.');
  });

  it('reports a message the connector cannot take as UNAVAILABLE to the caller', async () => {
    const record = (await referenceOf(ids.sam))!;
    const dead = 'http://127.0.0.1:9';
    await store.conversationReferences.updateOne(
      { _id: record._id },
      { $set: { reference: record.reference.replace(serviceUrl, dead), serviceUrl: dead } },
    );
    const before = connector.posts.length;
    try {
      await expect(app.botFramework.sendToUser(ids.sam, { text: 'digest' })).rejects.toMatchObject({
        code: 'UNAVAILABLE',
        message: 'The message to Sam Rivera could not be delivered in Teams.',
      });
    } finally {
      await store.conversationReferences.updateOne(
        { _id: record._id },
        { $set: { reference: record.reference, serviceUrl: record.serviceUrl } },
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(connector.posts.length).toBe(before);
  });

  it('refuses to message someone it never met, and forgets a reference when the app is removed', async () => {
    const stranger = await new UserAccounts(store).add({
      email: 'new.rep@example.com',
      name: 'New Rep',
      role: 'rep',
    });
    await expect(app.botFramework.sendToUser(stranger._id, { text: 'hi' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/New Rep has not talked to the bot in Teams/),
    });
    const removed = teams(PRIYA, undefined, {
      type: 'installationUpdate',
      action: 'remove',
      text: undefined,
      conversation: {
        id: `a:created-${connector.createdConversations.length}`,
        conversationType: 'personal',
        tenantId: TENANT,
      },
    });
    expect((await post(removed)).status).toBe(200);
    expect(await referenceOf(ids.priya)).toBeNull();
  });

  it('gives a deactivated user no CRM data and no proactive messages', async () => {
    const [before] = await ask(teams(MORGAN, 'tell me about Acme'));
    expect(sent(before!).text).toContain('Acme Corporation');
    await new UserAccounts(store).deactivate('morgan.lee@demo.crmpro.dev');
    const [after] = await ask(teams(MORGAN, 'tell me about Acme'));
    expect(sent(after!).text).not.toContain('Acme Corporation');
    expect(JSON.stringify(after!.activity)).not.toMatch(/\$290k|anvil/i);
    await expect(app.botFramework.sendToUser(ids.morgan, { text: 'digest' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    // Sam is unaffected.
    expect((await store.users.findOne({ email: REP_EMAIL }))?.active).toBe(true);
  });
});
