import path from 'node:path';
import { isCrmError } from '../../core/errors';
import { projectRoot } from '../../core/project-root';
import type { Logger } from '../../core/logger';
import { crmMetrics } from '../../core/metrics';
import type { CrmNameSource } from '../../vocabulary';
import { loadIntentModel } from '../understanding/intent-model';
import { CrmUnderstander } from './crm-understander';
import { PatternUnderstander } from './pattern-understander';
import { QuestionUnderstander } from './question-understander';
import type { KnowledgeRelevance, Understander } from './understanding';

/**
 * The understander of a running bot: the trained intent model under `models/intent/` with entities
 * from the CRM's names. A `MODELS_DIR` without an intent model (a fresh volume for trained
 * artifacts) uses the model shipped with CRMPro. Without any model (deleted, never built) the bot
 * still answers the account questions by their phrasing, and says so in the log.
 */
export function createUnderstander(options: {
  /** The CRM's names, for entities (kept current by the skill layer). */
  names: CrmNameSource;
  modelsDir: string;
  logger: Logger;
  /** Where the shipped model lives (default: this checkout's `models/intent/`). */
  shippedModelDir?: string;
  /** The knowledge base's relevance, for routing product questions whatever their wording. */
  knowledge?: KnowledgeRelevance;
}): Understander {
  const configured = path.join(options.modelsDir, 'intent');
  const shipped = options.shippedModelDir ?? path.join(projectRoot(), 'models', 'intent');
  const candidates =
    path.resolve(configured) === path.resolve(shipped) ? [configured] : [configured, shipped];
  let missing: Error | undefined;
  for (const dir of candidates) {
    try {
      const model = loadIntentModel(dir);
      crmMetrics.setModelVersion('intent', path.basename(model.dir));
      options.logger.info(
        { model: model.dir, intents: model.card.intents.length },
        dir === configured
          ? 'intent model loaded'
          : `no intent model in ${configured}; using the shipped one`,
      );
      return new QuestionUnderstander(new CrmUnderstander(model, options.names), options.knowledge);
    } catch (error) {
      if (!isCrmError(error, 'NOT_FOUND')) throw error;
      missing ??= error as Error;
    }
  }
  options.logger.warn(`${missing!.message}; understanding account questions by phrasing only`);
  return new QuestionUnderstander(new PatternUnderstander(), options.knowledge);
}
