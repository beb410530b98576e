import type { Logger } from '../core/logger';
import type { LlmSettings } from '../ml/llm/language-model';
import { loadLlmServices } from '../ml/llm/load-llm';
import type { Store } from '../store/store';
import { ArtifactCache } from './artifact-cache';
import type { TeamNotifier } from './shared/team-notifier';
import type { CrmVisibility, SkillServices } from './skill';

/** What a composition root knows when it builds the skill services. */
export interface SkillServicesSettings {
  store: Store;
  logger: Logger;
  modelsDir: string;
  /** Where models trained from this CRM go (TRAINED_MODELS_DIR); absent: `modelsDir`. */
  trainedModelsDir?: string;
  knowledgeDir: string;
  /** The LLM, when one is configured; skills work without it. */
  llm?: LlmSettings;
  clock?: () => Date;
  /** CRM_VISIBILITY: who sees which records (default `team`). */
  visibility?: CrmVisibility;
  /** Reaches people of the team (the Slack channel's), when Slack is configured. */
  notifier?: TeamNotifier;
  /** False turns the audit log off: only the audit-overhead bench does, to measure its cost. */
  audit?: boolean;
}

/**
 * The services every skill runs with, built the same way by the bot server, the worker, the
 * command line, the test fixtures and the benches: one artifact cache per process, the LLM
 * client only when an LLM is configured (langchain is not loaded otherwise), and the record
 * visibility rule every skill applies.
 */
export function buildSkillServices(settings: SkillServicesSettings): SkillServices {
  const llm = loadLlmServices(settings.llm);
  return {
    store: settings.store,
    logger: settings.logger,
    clock: settings.clock ?? (() => new Date()),
    modelsDir: settings.modelsDir,
    ...(settings.trainedModelsDir ? { trainedModelsDir: settings.trainedModelsDir } : {}),
    knowledgeDir: settings.knowledgeDir,
    artifacts: new ArtifactCache(),
    visibility: settings.visibility ?? 'team',
    ...(llm ? { llm } : {}),
    ...(settings.notifier ? { notifier: settings.notifier } : {}),
    ...(settings.audit === false ? { audit: false } : {}),
  };
}
