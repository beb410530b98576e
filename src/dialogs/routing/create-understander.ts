import path from 'node:path';
import { isCrmError } from '../../core/errors';
import type { Logger } from '../../core/logger';
import type { Store } from '../../store/store';
import { loadIntentModel } from '../understanding/intent-model';
import { CrmNameIndex } from './crm-names';
import { CrmUnderstander } from './crm-understander';
import { PatternUnderstander } from './pattern-understander';
import type { Understander } from './understanding';

/**
 * The understander of a running bot: the trained intent model under `models/intent/` with entities
 * from the store's names. Without a model (deleted, never built) the bot still answers the account
 * questions by their phrasing, and says so in the log.
 */
export function createUnderstander(options: {
  store: Store;
  modelsDir: string;
  logger: Logger;
}): Understander {
  const dir = path.join(options.modelsDir, 'intent');
  try {
    const model = loadIntentModel(dir);
    options.logger.info({ model: model.dir, intents: model.card.intents.length }, 'intent model loaded');
    return new CrmUnderstander(model, new CrmNameIndex(options.store));
  } catch (error) {
    if (!isCrmError(error, 'NOT_FOUND')) throw error;
    options.logger.warn(`${(error as Error).message}; understanding account questions by phrasing only`);
    return new PatternUnderstander();
  }
}
