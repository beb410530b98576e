import { startApp, type App } from '../../src/app';
import { silentLogger } from '../../src/core/logger';
import { inboundActivity, LoopbackConnector } from '../fixtures/loopback-connector';
import { FIXTURE_NOW, loadSmallCrm, temporaryStore } from '../fixtures/small-crm';
import { testConfig } from '../fixtures/test-config';
import { keptMessages } from '../fixtures/transcripts';

describe('Teams in local development mode (no MICROSOFT_APP_ID)', () => {
  const temp = temporaryStore();
  const connector = new LoopbackConnector();
  let app: App;
  let serviceUrl: string;
  let repId: string;

  beforeAll(async () => {
    repId = (await loadSmallCrm(temp.store)).repId;
    serviceUrl = await connector.start();
    app = await startApp(testConfig(temp.dataDir), temp.store, silentLogger(), () => FIXTURE_NOW);
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
    await temp.cleanup();
  });

  it('answers an @mention as the local user, keeps the reference, and writes to it first without a token', async () => {
    const bot = { id: '28:local-bot', name: 'CRMPro' };
    const activity = inboundActivity(serviceUrl, '<at>CRMPro</at> who is our contact at Initech', {
      channelId: 'msteams',
      recipient: bot,
      from: { id: '29:dev', name: 'Developer' },
      conversation: { id: 'a:dev-personal', conversationType: 'personal' },
      entities: [{ type: 'mention', text: '<at>CRMPro</at>', mentioned: bot }],
    });
    const response = await fetch(`http://127.0.0.1:${app.port}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(activity),
    });
    expect(response.status).toBe(200);
    const [reply] = await connector.received(1);
    expect((reply!.activity as { text: string }).text).toContain('Jane Park');
    const transcript = await keptMessages(temp.store, { _id: 'msteams:a:dev-personal' });
    expect(transcript[0]?.text).toBe('who is our contact at Initech');

    // LOCAL_USER=demo: the demo rep is who this machine speaks as, so the reference is theirs.
    expect(await temp.store.conversationReferences.findById(`msteams:${repId}`)).toMatchObject({
      conversationId: 'a:dev-personal',
      conversationType: 'personal',
    });
    await app.botFramework.sendToUser(repId, { text: 'Your digest.' });
    const [, pushed] = await connector.received(2);
    expect(pushed!.path).toMatch(/^\/v3\/conversations\/a%3Adev-personal\/activities/);
    expect(pushed!.authorization).toBeUndefined();
    expect((pushed!.activity as { text: string }).text).toBe('Your digest.');
  });
});
