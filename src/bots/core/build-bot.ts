import { ConversationState, UserState, type Middleware } from 'botbuilder';
import type { Logger } from '../../core/logger';
import { DialogRunner } from '../../dialogs/dialog-runner';
import type { IntentHandler } from '../../dialogs/intents/intent-handler';
import {
  loadLlmFallback,
  visitorLlmBudgetFor,
  type AgentCheckpoints,
  type LlmSettings,
} from '../../dialogs/llm/load-llm-fallback';
import { createUnderstander } from '../../dialogs/routing/create-understander';
import type { Understander } from '../../dialogs/routing/understanding';
import { BotStateStorage } from '../../skills/shared/bot-state-storage';
import { CrmNameIndex } from '../../skills/shared/crm-names';
import { knowledgeRelevanceOf } from '../../skills/shared/knowledge/knowledge-relevance';
import { StoreTranscripts } from '../../skills/shared/transcript-logger';
import { UserDirectory } from '../../skills/shared/user-directory';
import { skillRunnerOf, type SkillRunner, type SkillServices } from '../../skills/skill';
import { ReplyMaterialiser } from '../render/materialise-reply';
import { CallerResolver } from './caller-resolver';
import { CrmBot } from './crm-bot';
import { TurnTracker } from './turn-tracker';
import { TurnTranscriptMiddleware } from './turn-transcript';

/** The default per-turn budget (TURN_TIMEOUT_MS). */
export const DEFAULT_TURN_TIMEOUT_MS = 20_000;

export interface BuildBotOptions {
  services: SkillServices;
  logger: Logger;
  /** 'demo', 'none' or an e-mail: who local channels act as. */
  localUser: string;
  /** USER_TOKEN_SECRET: lets senders of verified channels prove a CRM identity with our user token. */
  userTokenSecret?: string;
  defaultTimezone: string;
  /** Where trained artifacts live (the intent model under `intent/`). */
  modelsDir: string;
  /** The LLM, when configured: its agent takes messages no intent claims with confidence. */
  llm?: LlmSettings;
  /** The longest a message turn may take (default DEFAULT_TURN_TIMEOUT_MS). */
  turnTimeoutMs?: number;
  /** An understander to share (tests and benches load the intent model once); default: built here. */
  understander?: Understander;
  /** Intent handlers of features beyond the built-in ones. */
  handlers?: readonly IntentHandler[];
  /** Takes messages no intent claims with confidence (default: the LLM agent when configured). */
  fallback?: IntentHandler;
  /** The skill runner dialogs call (the conversation evaluation records each call); default: over `services`. */
  skills?: SkillRunner;
}

/** The bot core with what every channel needs around it. */
export interface Bot {
  bot: CrmBot;
  callers: CallerResolver;
  tracker: TurnTracker;
  /**
   * What every channel's adapter runs around each turn, in order: the transcript (every message
   * saved to the Conversation collection) and the reply materialiser (charts and files drawn).
   */
  middleware: readonly Middleware[];
  conversationState: ConversationState;
  logger: Logger;
}

/**
 * Builds the one bot core every channel runs turns through — the server's Bot Framework endpoint,
 * the local web chat, the terminal chat, the tests and the benches: state and transcripts in the
 * store, the understander over the CRM's names, the dialogs over the skills (no store), and the LLM
 * fallback when an LLM is configured.
 */
export function buildBot(options: BuildBotOptions): Bot {
  const { services, logger } = options;
  const storage = new BotStateStorage(services.store);
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const callers = new CallerResolver(new UserDirectory(services.store), {
    localUser: options.localUser,
    defaultTimezone: options.defaultTimezone,
    logger,
    userTokenSecret: options.userTokenSecret,
  });
  const understander =
    options.understander ??
    createUnderstander({
      names: new CrmNameIndex(services.store),
      modelsDir: options.modelsDir,
      logger,
      knowledge: knowledgeRelevanceOf(services),
    });
  const tracker = new TurnTracker();
  const bot = new CrmBot({
    conversationState,
    userState,
    dialogs: new DialogRunner(conversationState, {
      skills: options.skills ?? skillRunnerOf(services),
      understander,
      handlers: options.handlers,
      fallback:
        options.fallback ??
        loadLlmFallback(options.llm, { logger, checkpoints: () => agentCheckpointsOver(services) }),
      guardVisitors: visitorLlmBudgetFor(options.llm),
    }),
    callers,
    tracker,
    logger,
    turnTimeoutMs: options.turnTimeoutMs ?? DEFAULT_TURN_TIMEOUT_MS,
  });
  const middleware = [
    new TurnTranscriptMiddleware(new StoreTranscripts(services.store, logger), tracker),
    new ReplyMaterialiser(),
  ];
  return { bot, callers, tracker, middleware, conversationState, logger };
}

/** The LLM agent's checkpoints in the store; required only when an LLM is configured (it loads langchain). */
function agentCheckpointsOver(services: SkillServices): AgentCheckpoints {
  const { StoreCheckpointSaver } =
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../../skills/shared/agent-checkpoints') as typeof import('../../skills/shared/agent-checkpoints');
  return new StoreCheckpointSaver(services.store, { clock: services.clock });
}
