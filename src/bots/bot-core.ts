import { ConversationState, TranscriptLoggerMiddleware, UserState, type TurnContext } from 'botbuilder';
import type { Logger } from '../core/logger';
import { DialogRunner } from '../dialogs/dialog-runner';
import type { IntentHandler } from '../dialogs/intents/intent-handler';
import type { Understander } from '../dialogs/routing/understanding';
import type { SkillServices } from '../skills/skill';
import { BotStateStorage } from './bot-state-storage';
import { CallerResolver, CHANNEL_TRUST_KEY, type ChannelTrust } from './caller-resolver';
import { CrmBot } from './crm-bot';
import { StoreTranscriptLogger } from './transcript-logger';
import { TurnTracker } from './turn-tracker';

export interface BotCoreOptions {
  services: SkillServices;
  understander: Understander;
  logger: Logger;
  /** 'demo', 'none' or an email: who local channels act as. */
  localUser: string;
  defaultTimezone: string;
  /** Intent handlers of features beyond the built-in briefing and small talk. */
  handlers?: readonly IntentHandler[];
  /** Takes messages no intent claims with confidence (the LLM agent when configured). */
  fallback?: IntentHandler;
}

/** The bot core with what adapters need around it: transcript middleware and the turn tracker. */
export interface BotCore {
  bot: CrmBot;
  callers: CallerResolver;
  tracker: TurnTracker;
  /** Saves every message to the Conversation collection; every adapter must use it. */
  transcript: TranscriptLoggerMiddleware;
  conversationState: ConversationState;
}

/** Builds the one bot core that every channel adapter runs turns through. */
export function createBotCore(options: BotCoreOptions): BotCore {
  const { services, logger } = options;
  const storage = new BotStateStorage(services.store);
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const callers = new CallerResolver(services.store, {
    localUser: options.localUser,
    defaultTimezone: options.defaultTimezone,
    logger,
  });
  const tracker = new TurnTracker();
  const bot = new CrmBot({
    conversationState,
    userState,
    dialogs: new DialogRunner(conversationState, {
      services,
      understander: options.understander,
      handlers: options.handlers,
      fallback: options.fallback,
    }),
    callers,
    tracker,
    logger,
    trustOf: (context: TurnContext) =>
      (context.turnState.get(CHANNEL_TRUST_KEY) as ChannelTrust | undefined) ?? 'verified',
  });
  const transcript = new TranscriptLoggerMiddleware(new StoreTranscriptLogger(services.store, logger));
  return { bot, callers, tracker, transcript, conversationState };
}
