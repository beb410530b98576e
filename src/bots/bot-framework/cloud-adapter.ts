import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type Activity,
  type ConversationReference,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import { CrmError, ErrorCode } from '../../core/errors';
import type { Logger } from '../../core/logger';
import type { Reply } from '../../dialogs/reply';
import { crmTurn, replyActivity } from '../../dialogs/turn-state';
import type { ConversationReferences } from '../../skills/shared/conversation-references';
import type { Bot } from '../core/build-bot';
import { failedTurnMessage } from '../core/turn-failure';
import { AdaptiveCardRenderer } from '../render/render-middleware';
import { TEAMS_CHANNEL_ID, TeamsTurn } from './teams-turn';

export interface MicrosoftAppSettings {
  appId?: string;
  appPassword?: string;
  tenantId?: string;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  /**
   * Where the Bot Connector's OpenID metadata (and through it its signing keys) is read; unset is
   * Microsoft's public cloud. For sovereign clouds, or a stand-in in tests.
   */
  openIdMetadataUrl?: string;
}

/** What botbuilder's authentication proves about a request (its claims, the outbound connector). */
export type AuthenticatedRequest = Awaited<
  ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>
>;

/** Makes the credentials the bot signs its replies with. */
export type OutboundCredentialsFactory = NonNullable<
  ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[1]
>;

/** botbuilder's client of a Bot Connector service (the `serviceUrl` of a conversation). */
type ConnectorClient = Awaited<
  ReturnType<ReturnType<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>['create']>
>;

/** botbuilder's client of the Bot Framework token service (sign-in, user tokens). */
type UserTokenClient = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>>;

/** The claims botbuilder proved about a request (or made for a proactive turn). */
type ClaimsIdentity = AuthenticatedRequest['claimsIdentity'];

/** Makes the connector client of a turn, for a service URL and an outbound audience. */
type ConnectorFactory = NonNullable<AuthenticatedRequest['connectorFactory']>;

/** The outcome of checking a request's token: proven, or refused with the reason (for the log). */
export type Authentication = { ok: true; request: AuthenticatedRequest } | { ok: false; reason: string };

/**
 * Microsoft's public-cloud Bot Framework endpoints (botframework-connector's AuthenticationConstants).
 * botbuilder takes all of them as soon as one is given, so overriding the metadata URL restates
 * the rest.
 */
const PUBLIC_CLOUD = {
  ValidateAuthority: true,
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  OAuthUrl: 'https://api.botframework.com',
  ToBotFromEmulatorOpenIdMetadataUrl:
    'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
  CallerId: 'urn:botframework:azure',
} as const;

/** How many connector (and token service) clients a channel keeps; past it the least recently used goes. */
export const KEPT_CLIENTS = 500;

/** A map of at most `limit` entries that forgets the least recently used one first. */
export class RecentlyUsed<V> {
  private readonly entries = new Map<string, V>();

  constructor(readonly limit: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
  }
}

/**
 * botbuilder's configuration authentication, reusing the clients it makes for outbound calls.
 * CloudAdapter builds a new ConnectorClient and UserTokenClient (and their credentials) for every
 * turn; botbuilder-dotnet's BotFrameworkAdapter keeps one ConnectorClient per service URL, app id
 * and OAuth scope (`_connectorClients`, CreateConnectorClient in
 * libraries/Microsoft.Bot.Builder/BotFrameworkAdapter.cs); botbuilder-js's only reuses one within a
 * turn. Here the key is everything the client is made from: the app id of the claims, the service
 * URL and the audience (the credentials factory, login endpoint and OAuth scope are this object's
 * own, so clients are never shared across channels). Requests are still authenticated on every
 * call; only the outbound clients are kept. Their credentials (botbuilder's AppCredentials) check
 * the token's expiry on every request and fetch a new one when due, so a kept client does not
 * keep a stale token.
 */
export class ClientReusingAuthentication extends ConfigurationBotFrameworkAuthentication {
  readonly connectorClients = new RecentlyUsed<ConnectorClient>(KEPT_CLIENTS);
  readonly userTokenClients = new RecentlyUsed<UserTokenClient>(KEPT_CLIENTS);

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticatedRequest> {
    const request = await super.authenticateRequest(activity, authHeader);
    return { ...request, connectorFactory: this.reusing(request.claimsIdentity) };
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.reusing(claimsIdentity);
  }

  override async createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    const key = JSON.stringify([appIdOf(claimsIdentity)]);
    const kept = this.userTokenClients.get(key);
    if (kept) return kept;
    const client = await super.createUserTokenClient(claimsIdentity);
    this.userTokenClients.set(key, client);
    return client;
  }

  /** A connector factory for these claims that hands out the kept client when there is one. */
  private reusing(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const factory = super.createConnectorFactory(claimsIdentity);
    const appId = appIdOf(claimsIdentity);
    return {
      create: async (serviceUrl: string, audience?: string) => {
        const key = JSON.stringify([appId, serviceUrl, audience ?? null]);
        const kept = this.connectorClients.get(key);
        if (kept) return kept;
        const client = await factory.create(serviceUrl, audience);
        this.connectorClients.set(key, client);
        return client;
      },
    };
  }
}

/**
 * The app id botbuilder makes outbound credentials for: the token's audience from a channel, its
 * `appid` claim from the Emulator (botbuilder's own rule, ParameterizedBotFrameworkAuthentication).
 */
function appIdOf(claimsIdentity: ClaimsIdentity): string | null {
  return claimsIdentity.getClaimValue('aud') ?? claimsIdentity.getClaimValue('appid') ?? null;
}

/** botbuilder's CloudAdapter, with its turn entry point usable on a request we authenticated. */
class CrmCloudAdapter extends CloudAdapter {
  runAuthenticated(
    request: AuthenticatedRequest,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(request, activity, logic);
  }
}

/**
 * The Bot Framework channel (`POST /api/messages`: Teams, Web Chat, the Emulator) over botbuilder's
 * CloudAdapter. With an app id every request must carry a Bot Connector token that botbuilder
 * checks (signature against the published keys, issuer, audience = our app id, expiry, and the
 * activity's `serviceUrl` against the token's claim); its turns are `verified`. Without one it is in
 * local development mode: no token is checked, turns act as the local user, and the HTTP boundary
 * lets only this machine in.
 */
export class BotFrameworkChannel {
  /** `local` (no MICROSOFT_APP_ID: local development) or `authenticated`. */
  readonly mode: 'local' | 'authenticated';
  private readonly authentication: ClientReusingAuthentication;
  private readonly adapter: CrmCloudAdapter;
  private readonly appId: string;
  private readonly references?: ConversationReferences;

  constructor(
    settings: MicrosoftAppSettings,
    private readonly core: Bot,
    private readonly logger: Logger,
    options: {
      outboundCredentials?: OutboundCredentialsFactory;
      /** Where Teams conversation references are kept (without it the bot cannot message anyone first). */
      references?: ConversationReferences;
    } = {},
  ) {
    this.mode = settings.appId ? 'authenticated' : 'local';
    this.appId = settings.appId ?? '';
    this.references = options.references;
    const credentials =
      options.outboundCredentials ??
      new ConfigurationServiceClientCredentialFactory({
        MicrosoftAppId: settings.appId ?? '',
        MicrosoftAppPassword: settings.appPassword ?? '',
        MicrosoftAppType: settings.appType,
        MicrosoftAppTenantId: settings.tenantId ?? '',
      });
    this.authentication = new ClientReusingAuthentication(
      settings.openIdMetadataUrl
        ? { ...PUBLIC_CLOUD, ToBotFromChannelOpenIdMetadataUrl: settings.openIdMetadataUrl }
        : {},
      credentials,
    );
    this.adapter = new CrmCloudAdapter(this.authentication);
    const trust = this.mode === 'authenticated' ? 'verified' : 'local';
    this.adapter.use({
      onTurn: async (context: TurnContext, next) => {
        crmTurn(context).trust = trust;
        await next();
      },
    });
    this.adapter.use(new TeamsTurn(core.callers, options.references, logger));
    for (const middleware of core.middleware) this.adapter.use(middleware);
    this.adapter.use(new AdaptiveCardRenderer());
    this.adapter.onTurnError = async (context, error) => {
      try {
        await context.sendActivity(failedTurnMessage(error, logger, context));
        await core.conversationState.delete(context);
      } catch (sendError) {
        logger.error({ err: sendError }, 'could not tell the user about the failed turn');
      }
    };
  }

  /**
   * Checks the request's `Authorization` header the way the Bot Connector service signs it. A token
   * that does not prove the request is refused; a failure on our side (the signing keys cannot be
   * read) is thrown, for the boundary to answer 5xx.
   */
  async authenticate(activity: Activity, authorization: string | undefined): Promise<Authentication> {
    try {
      return {
        ok: true,
        request: await this.authentication.authenticateRequest(activity, authorization ?? ''),
      };
    } catch (error) {
      if (isRefusedToken(error)) return { ok: false, reason: (error as Error).message };
      throw error;
    }
  }

  /** Runs one authenticated activity through the bot; an invoke's response comes back. */
  process(request: AuthenticatedRequest, activity: Activity): Promise<InvokeResponse | undefined> {
    return this.adapter.runAuthenticated(request, activity, (context) => this.core.bot.run(context));
  }

  /**
   * Messages a CRM user in Teams without being spoken to first (digests, alerts), at the conversation
   * reference saved when they first wrote to the bot or installed it. A channel-neutral `Reply` is
   * rendered like any other (an Adaptive Card when it has structure). When only a team channel or
   * group chat of theirs is known, a 1:1 chat with them is created first (and kept), so what is
   * meant for one person is never posted where others read it. Resolves to the id the connector
   * gave the message. NOT_FOUND for an unknown or deactivated user, or one the bot has never met in
   * Teams; a connector failure is thrown as UNAVAILABLE.
   */
  async sendToUser(userId: string, message: Reply | Partial<Activity>): Promise<string | undefined> {
    const user = await this.core.callers.users.activeById(userId);
    if (!user) throw new CrmError(ErrorCode.NotFound, `No active CRM user has the id ${userId}.`);
    const stored = this.references ? await this.references.of(userId, TEAMS_CHANNEL_ID) : null;
    if (!stored)
      throw new CrmError(
        ErrorCode.NotFound,
        `${user.name} has not talked to the bot in Teams or installed it yet, so it cannot write to them first.`,
      );
    const activity = 'type' in message ? message : replyActivity(message as Reply);
    const reference = stored.reference as Partial<ConversationReference>;
    try {
      const personal =
        stored.conversationType === 'personal' ? reference : await this.openPersonalChat(userId, reference);
      return await this.proactively(personal, async (context) => (await context.sendActivity(activity))?.id);
    } catch (error) {
      this.logger.warn({ err: error }, 'a proactive Teams message could not be delivered');
      throw new CrmError(
        ErrorCode.Unavailable,
        `The message to ${user.name} could not be delivered in Teams.`,
        undefined,
        { cause: error },
      );
    }
  }

  /**
   * Creates a 1:1 Teams chat with the person of a channel or group reference (through the connector
   * of that conversation) and keeps it as their reference.
   */
  private async openPersonalChat(
    userId: string,
    reference: Partial<ConversationReference>,
  ): Promise<Partial<ConversationReference>> {
    const tenantId = reference.conversation?.tenantId;
    const created = await this.proactively(reference, async (context) => {
      const connector = context.turnState.get<ConnectorClient>(this.adapter.ConnectorClientKey);
      const parameters = {
        isGroup: false,
        bot: reference.bot!,
        members: [reference.user!],
        ...(tenantId ? { tenantId, channelData: { tenant: { id: tenantId } } } : {}),
      } as Parameters<ConnectorClient['conversations']['createConversation']>[0];
      return (await connector.conversations.createConversation(parameters)).id;
    });
    if (!created) throw new Error('the connector opened no conversation');
    const personal: Partial<ConversationReference> = {
      ...reference,
      activityId: undefined,
      conversation: {
        id: created,
        conversationType: 'personal',
        isGroup: false,
        ...(tenantId ? { tenantId } : {}),
      } as ConversationReference['conversation'],
    };
    await this.references!.remember({
      userId,
      channelId: TEAMS_CHANNEL_ID,
      conversationType: 'personal',
      reference: { ...personal },
    });
    return personal;
  }

  /**
   * Runs `work` in a proactive turn at `reference` and returns its result. A failure is thrown to
   * the caller rather than left to the turn error handler, which would apologise into that
   * conversation (a team channel, for a chat that could not be opened).
   */
  private async proactively<T>(
    reference: Partial<ConversationReference>,
    work: (context: TurnContext) => Promise<T>,
  ): Promise<T> {
    let outcome: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
    await this.adapter.continueConversationAsync(this.appId, reference, async (context) => {
      try {
        outcome = { ok: true, value: await work(context) };
      } catch (error) {
        outcome = { ok: false, error };
      }
    });
    if (!outcome) throw new Error('the proactive turn did not run');
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  }

  /** Who sent an activity, as the channel names them (the key of the per-sender rate limit). */
  static senderOf(activity: Partial<Activity>): string {
    return `${activity.channelId ?? 'unknown'}:${activity.from?.id ?? 'unknown'}`;
  }
}

/** True for botbuilder's and jsonwebtoken's errors about the token itself (not about our side). */
function isRefusedToken(error: unknown): boolean {
  const e = error as { name?: string; statusCode?: number };
  return (
    e?.statusCode === 401 ||
    e?.name === 'JsonWebTokenError' ||
    e?.name === 'TokenExpiredError' ||
    e?.name === 'NotBeforeError'
  );
}
