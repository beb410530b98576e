import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
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
}

/**
 * The Bot Framework adapter for Teams, Web Chat and the Emulator (`POST /api/messages`). Without an
 * app id it runs unauthenticated, for local development: senders then act as the local user.
 */
export function createCloudAdapter(settings: MicrosoftAppSettings, core: Bot, logger: Logger): CloudAdapter {
  const credentials = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: settings.appId ?? '',
    MicrosoftAppPassword: settings.appPassword ?? '',
    MicrosoftAppType: settings.appType,
    MicrosoftAppTenantId: settings.tenantId ?? '',
  });
  const authentication = new ConfigurationBotFrameworkAuthentication({}, credentials);
  const adapter = new CloudAdapter(authentication);
  const trust = settings.appId ? 'verified' : 'local';
  adapter.use({
    onTurn: async (context: TurnContext, next) => {
      crmTurn(context).trust = trust;
      await next();
    },
  });
  for (const middleware of core.middleware) adapter.use(middleware);
  adapter.use(new AdaptiveCardRenderer());
  adapter.onTurnError = async (context, error) => {
    try {
      await context.sendActivity(failedTurnMessage(error, logger, context));
      await core.conversationState.delete(context);
    } catch (sendError) {
      logger.error({ err: sendError }, 'could not tell the user about the failed turn');
    }
  };
  return adapter;
}
