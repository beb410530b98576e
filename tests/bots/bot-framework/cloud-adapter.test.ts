import {
  CloudAdapter,
  ConfigurationServiceClientCredentialFactory,
  type Activity,
  type ConversationReference,
  type TurnContext,
} from 'botbuilder';
import {
  ClientReusingAuthentication,
  KEPT_CLIENTS,
  RecentlyUsed,
} from '../../../src/bots/bot-framework/cloud-adapter';

/** Credentials for any app id, recording what each was made for (nothing is signed in these tests). */
class RecordingCredentialsFactory extends ConfigurationServiceClientCredentialFactory {
  readonly made: Array<{ appId: string; audience: string }> = [];

  constructor() {
    super({ MicrosoftAppId: '', MicrosoftAppPassword: '' });
  }

  override async createCredentials(appId: string, audience: string) {
    this.made.push({ appId, audience });
    return { appId, signRequest: async (request: unknown) => request } as never;
  }
}

/** botbuilder's CloudAdapter with its turn entry point open to the test (the channel opens it the same way). */
class OpenCloudAdapter extends CloudAdapter {
  runTurn(activity: Activity, logic: (context: TurnContext) => Promise<void>) {
    return this.processActivity('', activity, logic);
  }
}

/** The connector and token service clients a turn ran with. */
interface TurnClients {
  connector: unknown;
  userToken: unknown;
}

function setUp() {
  const credentials = new RecordingCredentialsFactory();
  const authentication = new ClientReusingAuthentication({}, credentials);
  const adapter = new OpenCloudAdapter(authentication);
  const clientsOf = (context: TurnContext): TurnClients => ({
    connector: context.turnState.get(adapter.ConnectorClientKey),
    userToken: context.turnState.get(adapter.UserTokenClientKey),
  });

  /** An inbound message at `serviceUrl` (local mode: no token is asked for), through botbuilder's turn. */
  async function inbound(serviceUrl: string): Promise<TurnClients> {
    let clients: TurnClients | undefined;
    const activity = {
      type: 'message',
      text: 'hello',
      channelId: 'webchat',
      serviceUrl,
      conversation: { id: 'c1' },
      from: { id: 'u1' },
      recipient: { id: 'bot' },
    } as Activity;
    await adapter.runTurn(activity, async (context) => {
      clients = clientsOf(context);
    });
    return clients!;
  }

  /** A proactive turn as app `appId` at `serviceUrl`. */
  async function proactive(appId: string, serviceUrl: string): Promise<TurnClients> {
    let clients: TurnClients | undefined;
    const reference = {
      channelId: 'msteams',
      serviceUrl,
      conversation: { id: 'c1' },
      bot: { id: 'bot' },
      user: { id: 'u1' },
    } as Partial<ConversationReference>;
    await adapter.continueConversationAsync(appId, reference, async (context) => {
      clients = clientsOf(context);
    });
    return clients!;
  }

  return { credentials, authentication, inbound, proactive };
}

describe('the Bot Framework channel keeps its outbound clients across turns', () => {
  it('reuses one connector client and one token service client for turns to the same service URL', async () => {
    const { credentials, inbound } = setUp();
    const first = await inbound('https://smba.example/emea/');
    const second = await inbound('https://smba.example/emea/');
    expect(first.connector).toBeDefined();
    expect(second.connector).toBe(first.connector);
    expect(second.userToken).toBe(first.userToken);
    // one set of credentials for the connector client, one for the token service client
    expect(credentials.made).toHaveLength(2);
  });

  it('makes another connector client for another service URL', async () => {
    const { inbound } = setUp();
    const emea = await inbound('https://smba.example/emea/');
    const amer = await inbound('https://smba.example/amer/');
    expect(amer.connector).not.toBe(emea.connector);
    expect((amer.connector as { baseUri: string }).baseUri).toBe('https://smba.example/amer/');
    expect(await inbound('https://smba.example/emea/')).toEqual(emea);
  });

  it('never shares a client between app ids (their credentials differ)', async () => {
    const { credentials, proactive } = setUp();
    const a = await proactive('app-a', 'https://smba.example/emea/');
    const b = await proactive('app-b', 'https://smba.example/emea/');
    expect(b.connector).not.toBe(a.connector);
    expect(b.userToken).not.toBe(a.userToken);
    expect((await proactive('app-a', 'https://smba.example/emea/')).connector).toBe(a.connector);
    expect(credentials.made.map((made) => made.appId)).toEqual(['app-a', 'app-a', 'app-b', 'app-b']);
  });

  it('never shares a client between channels (other credentials factories)', async () => {
    const one = setUp();
    const other = setUp();
    const url = 'https://smba.example/emea/';
    expect((await other.proactive('app-a', url)).connector).not.toBe(
      (await one.proactive('app-a', url)).connector,
    );
  });

  it('keeps a client per audience (a skill reply is signed for the skill, not the channel)', async () => {
    const { authentication, credentials } = setUp();
    const factory = authentication.createConnectorFactory(
      (await authentication.authenticateRequest({ channelId: 'webchat' } as Activity, '')).claimsIdentity,
    );
    const channel = await factory.create('https://smba.example/emea/', 'https://api.botframework.com');
    const skill = await factory.create('https://smba.example/emea/', 'skill-app-id');
    expect(skill).not.toBe(channel);
    expect(await factory.create('https://smba.example/emea/', 'skill-app-id')).toBe(skill);
    expect(credentials.made.map((made) => made.audience)).toEqual([
      'https://api.botframework.com',
      'skill-app-id',
    ]);
  });

  it(`keeps at most ${KEPT_CLIENTS} connector clients, forgetting the least recently used`, async () => {
    const { authentication, inbound } = setUp();
    const url = (i: number) => `https://smba.example/${i}/`;
    const first = await inbound(url(0));
    const second = await inbound(url(1));
    for (let i = 2; i < KEPT_CLIENTS; i++) await inbound(url(i));
    expect(authentication.connectorClients.size).toBe(KEPT_CLIENTS);
    expect((await inbound(url(0))).connector).toBe(first.connector); // now /1/ is the least recently used
    await inbound(url(KEPT_CLIENTS));
    expect(authentication.connectorClients.size).toBe(KEPT_CLIENTS);
    expect((await inbound(url(0))).connector).toBe(first.connector);
    expect((await inbound(url(1))).connector).not.toBe(second.connector);
  });
});

describe('RecentlyUsed', () => {
  it('forgets the least recently used entry past its limit', () => {
    const kept = new RecentlyUsed<number>(2);
    kept.set('a', 1);
    kept.set('b', 2);
    expect(kept.get('a')).toBe(1); // now b is the least recently used
    kept.set('c', 3);
    expect(kept.get('b')).toBeUndefined();
    expect(kept.get('a')).toBe(1);
    expect(kept.get('c')).toBe(3);
    expect(kept.size).toBe(2);
  });
});
