import { crmMetrics } from '../../core/metrics';
import {
  LEAD_SCORE_MODEL_NAME,
  loadLatestLeadScore,
  saveLeadScore,
  trainLeadScore,
  type LeadScoreModel,
} from '../../ml/scoring/crm-lead-score';
import { loadAllCrmRecords } from './crm-records-from-store';
import type { SkillServices } from '../skill';
import { ModelHolder, trainedDirOf } from './model-holder';

/** The process's lead-score model: from disk (trained or shipped), else trained once from the CRM. */
const leadScoreModels = new ModelHolder<LeadScoreModel>({
  cacheKey: 'lead-score:model',
  name: LEAD_SCORE_MODEL_NAME,
  loadLatest: loadLatestLeadScore,
  train: async (services) => (await retrainLeadScore(services)).model,
  onUse: (model) => crmMetrics.setModelVersion('lead-score', model.version),
});

/**
 * The newest trained lead-score model, loaded once per process and swapped when a newer version
 * appears under lead-score/ in the trained models' directory (DATA_DIR/models) or the shipped
 * models (checked at most once a minute). When none was ever trained, one is trained from the CRM
 * now (once, however many turns ask) and saved.
 */
export function leadScoreModelOf(services: SkillServices): Promise<LeadScoreModel> {
  return leadScoreModels.modelOf(services);
}

/** What a retraining produced. */
export interface RetrainResult {
  model: LeadScoreModel;
  dir: string;
}

/**
 * Trains the lead-score models from everything in the CRM, writes lead-score/<version>/ in the
 * trained models' directory (TRAINED_MODELS_DIR, by default DATA_DIR/models) and makes this process
 * use it (the CLI's `scoring retrain` and the scheduled job call this). `asOf`
 * (default: now) is the day the model is trained as of, which also names its version, so a model
 * trained as of a fixed day on the demo CRM seeded with that anchor is rebuilt the same.
 */
export async function retrainLeadScore(
  services: SkillServices,
  options: { asOf?: Date } = {},
): Promise<RetrainResult> {
  const records = await loadAllCrmRecords(services.store);
  const trained = trainLeadScore(records, options.asOf ?? services.clock());
  const dir = await saveLeadScore(trainedDirOf(services), trained);
  await leadScoreModels.adopt(services, trained.model);
  services.logger.info(
    { version: trained.model.version, metrics: trained.model.card.metrics },
    'lead-score model trained',
  );
  return { model: trained.model, dir };
}
