import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { isCrmError, ErrorCode } from '../../core/errors';
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

const CACHE_KEY = 'lead-score:model';
/** How often (ms) a process looks for a newer model version written by another process. */
const VERSION_CHECK_MS = 60_000;

interface Holder {
  model?: LeadScoreModel;
  checkedAt: number;
  training?: Promise<LeadScoreModel>;
  /** The last failed attempt to train one (e.g. too little history), not retried for a minute. */
  failure?: { at: number; error: unknown };
}

/**
 * The newest trained lead-score model, loaded once per process and swapped when a newer version
 * appears under models/lead-score/ (checked at most once a minute). When none was ever trained, one
 * is trained from the CRM now (once, however many turns ask) and saved.
 */
export async function leadScoreModelOf(services: SkillServices): Promise<LeadScoreModel> {
  const holder = await services.artifacts.get<Holder>(CACHE_KEY, async () => ({ checkedAt: 0 }));
  const now = Date.now();
  if (holder.model && now - holder.checkedAt < VERSION_CHECK_MS) return holder.model;
  if (holder.model) {
    holder.checkedAt = now;
    if ((await newestVersion(services.modelsDir)) === holder.model.version) return holder.model;
  }
  try {
    holder.model = await loadLatestLeadScore(services.modelsDir);
  } catch (error) {
    if (!isCrmError(error, ErrorCode.NotFound)) throw error;
    if (holder.failure && now - holder.failure.at < VERSION_CHECK_MS) throw holder.failure.error;
    holder.training ??= retrainLeadScore(services).then(
      (result) => result.model,
      (failure: unknown) => {
        holder.training = undefined;
        holder.failure = { at: Date.now(), error: failure };
        throw failure;
      },
    );
    holder.model = await holder.training;
    holder.training = undefined;
  }
  holder.checkedAt = now;
  crmMetrics.setModelVersion('lead-score', holder.model.version);
  return holder.model;
}

/** What a retraining produced. */
export interface RetrainResult {
  model: LeadScoreModel;
  dir: string;
}

/**
 * Trains the lead-score models from everything in the CRM, writes models/lead-score/<version>/ and
 * makes this process use it (the CLI's `scoring retrain` and the scheduled job call this). `asOf`
 * (default: now) is the day the model is trained as of, which also names its version, so a model
 * trained as of a fixed day on the demo CRM seeded with that anchor is rebuilt the same.
 */
export async function retrainLeadScore(
  services: SkillServices,
  options: { asOf?: Date } = {},
): Promise<RetrainResult> {
  const records = await loadAllCrmRecords(services.store);
  const trained = trainLeadScore(records, options.asOf ?? services.clock());
  const dir = await saveLeadScore(services.modelsDir, trained);
  const holder = await services.artifacts.get<Holder>(CACHE_KEY, async () => ({ checkedAt: 0 }));
  holder.model = trained.model;
  crmMetrics.setModelVersion('lead-score', trained.model.version);
  holder.checkedAt = Date.now();
  holder.failure = undefined;
  services.logger.info(
    { version: trained.model.version, metrics: trained.model.card.metrics },
    'lead-score model trained',
  );
  return { model: trained.model, dir };
}

async function newestVersion(modelsDir: string): Promise<string | undefined> {
  const versions = await readdir(path.join(modelsDir, LEAD_SCORE_MODEL_NAME)).catch(() => [] as string[]);
  return versions.sort().at(-1);
}
