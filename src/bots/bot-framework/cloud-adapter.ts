import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type Activity,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { Logger } from '../../core/logger';
import { crmTurn } from '../../dialogs/turn-state';
import type { Bot } from '../core/build-bot';
import { failedTurnMessage } from '../core/turn-failure';
import { AdaptiveCardRenderer } from '../render/render-middleware';

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
  private readonly authentication: ConfigurationBotFrameworkAuthentication;
  private readonly adapter: CrmCloudAdapter;

  constructor(
    settings: MicrosoftAppSettings,
    private readonly core: Bot,
    private readonly logger: Logger,
    options: { outboundCredentials?: OutboundCredentialsFactory } = {},
  ) {
    this.mode = settings.appId ? 'authenticated' : 'local';
    const credentials =
      options.outboundCredentials ??
      new ConfigurationServiceClientCredentialFactory({
        MicrosoftAppId: settings.appId ?? '',
        MicrosoftAppPassword: settings.appPassword ?? '',
        MicrosoftAppType: settings.appType,
        MicrosoftAppTenantId: settings.tenantId ?? '',
      });
    this.authentication = new ConfigurationBotFrameworkAuthentication(
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
