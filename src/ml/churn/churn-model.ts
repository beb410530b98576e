import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CrmError, ErrorCode } from '../../core/errors';
import { brierScore, calibrationTable, rocAuc, type CalibrationBin } from '../scoring/classification-metrics';
import { crmFeatureTable } from '../scoring/crm-features';
import { versionOf } from '../scoring/crm-lead-score';
import { loadScoringModel, saveScoringModel } from '../scoring/scoring-artifact';
import type { ScoringModel } from '../scoring/scoring-model';
import { trainScoringModel } from '../scoring/train-scoring-model';
import { accountHistories, type AccountHistory, type ChurnRecords } from './account-history';
import { CHURN_FEATURES, churnFeatures, type ChurnReasonKind } from './churn-features';
import {
  churnSnapshots,
  DEFAULT_SNAPSHOT_PLAN,
  snapshotCutoffs,
  snapshotsWhere,
  type ChurnSnapshots,
  type SnapshotPlan,
} from './churn-snapshots';

/** The artifact folder under the models directory: models/churn/<version>/. */
export const CHURN_MODEL_NAME = 'churn';
export const CHURN_FORMAT_VERSION = 1;
const DAY = 86_400_000;
const MIN_POSITIVES = 10;
/** Probability bands named in replies. */
const HIGH_RISK_FROM = 0.3;
const MEDIUM_RISK_FROM = 0.12;

/** Quality on the last cutoff of a time split (trained only on cutoffs whose labels end before it). */
export interface ChurnTestMetrics {
  cutoff: string;
  trainCutoffs: number;
  trainRows: number;
  rows: number;
  positives: number;
  auc: number;
  brier: number;
  /** The base rate's Brier score (always predicting the training share): what "calibrated and useful" beats. */
  baseBrier: number;
  reliability: CalibrationBin[];
}

/** The churn model card (`models/churn/<version>/model.json`). */
export interface ChurnModelCard {
  name: string;
  kind: 'crm-churn';
  formatVersion: number;
  version: string;
  createdAt: string;
  asOf: string;
  plan: SnapshotPlan;
  data: {
    accounts: number;
    cutoffs: number;
    firstCutoff: string;
    lastCutoff: string;
    rows: number;
    positives: number;
  };
  metrics: { test?: ChurnTestMetrics };
  features: { name: string; kind: string; description: string; reason: ChurnReasonKind }[];
  importances: { feature: string; share: number }[];
  training: { seconds: number; iterations: number; method: string };
  libraries: { learner: string; sentiment: string; node: string };
}

/** One reason for a churn risk, in words. */
export interface ChurnReason {
  kind: ChurnReasonKind;
  feature: string;
  text: string;
  /** Push on the log-odds (TreeSHAP). */
  impact: number;
}

/** An account's churn probability for the next horizon, with its band and reasons. */
export interface ChurnRisk {
  probability: number;
  baseProbability: number;
  level: 'high' | 'medium' | 'low';
  reasons: ChurnReason[];
}

/** A trained churn model with its card. */
export class ChurnModel {
  constructor(
    readonly card: ChurnModelCard,
    readonly model: ScoringModel,
  ) {}

  get version(): string {
    return this.card.version;
  }

  /** Churn probabilities of accounts as of `asOf`. */
  probabilities(histories: readonly AccountHistory[], asOf: Date): Float64Array {
    if (!histories.length) return new Float64Array(0);
    const rows = histories.map((history) => churnFeatures(history, asOf.getTime()));
    return this.model.probabilities(crmFeatureTable(rows, CHURN_FEATURES));
  }

  /**
   * An account's churn probability as of `asOf` with the factors raising it, one per kind of reason
   * (falling orders, fewer interactions, open high-priority cases, negative sentiment, champion
   * left), strongest first.
   */
  explain(history: AccountHistory, asOf: Date, top = 3): ChurnRisk {
    const row = churnFeatures(history, asOf.getTime());
    const explanation = this.model.explain(crmFeatureTable([row], CHURN_FEATURES), 0, CHURN_FEATURES.length);
    const reasons: ChurnReason[] = [];
    for (const factor of explanation.up) {
      const spec = CHURN_FEATURES.find((s) => s.name === factor.feature)!;
      const value = row[spec.name] ?? null;
      if (spec.reason === 'other' || !spec.concerning(value)) continue;
      if (reasons.some((r) => r.kind === spec.reason)) continue;
      reasons.push({
        kind: spec.reason,
        feature: spec.name,
        text: spec.phrase(value, row),
        impact: factor.contribution,
      });
    }
    return {
      probability: explanation.probability,
      baseProbability: explanation.baseProbability,
      level: riskLevelOf(explanation.probability),
      reasons: reasons.slice(0, top),
    };
  }
}

/** The band of a churn probability: high (30% and up), medium (12% and up) or low. */
export function riskLevelOf(probability: number): ChurnRisk['level'] {
  return probability >= HIGH_RISK_FROM ? 'high' : probability >= MEDIUM_RISK_FROM ? 'medium' : 'low';
}

/** Options of a training run. */
export interface ChurnTrainingOptions {
  plan?: Partial<SnapshotPlan>;
  /** Scores the summaries of interactions stored without a sentiment. */
  sentimentOf: (text: string) => number;
  /** Names the lexicon on the card. */
  lexicon: string;
}

/**
 * Trains the churn model as of `asOf`: snapshots of every active account at monthly cutoffs whose
 * labels are complete (see SnapshotPlan), features as of each cutoff only, label = churned or let a
 * renewal lapse within the horizon. The card's test metrics come from a time split (trained on the
 * cutoffs whose label windows end by the last cutoff, tested on the last); the model itself then
 * learns from every cutoff. UNAVAILABLE when the history holds too few losses.
 */
export function trainChurnModel(
  records: ChurnRecords,
  asOf: Date,
  options: ChurnTrainingOptions,
): ChurnModel {
  const started = performance.now();
  const plan = { ...DEFAULT_SNAPSHOT_PLAN, ...options.plan };
  const histories = accountHistories(records, options.sentimentOf);
  const cutoffs = snapshotCutoffs(histories, asOf, plan);
  const snapshots = churnSnapshots(histories, cutoffs, plan.horizonDays);
  const positives = snapshots.labels.reduce((sum, label) => sum + label, 0);
  if (positives < MIN_POSITIVES || snapshots.labels.length - positives < MIN_POSITIVES) {
    throw new CrmError(
      ErrorCode.Unavailable,
      `Not enough history to learn churn from yet: ${positives} accounts lost within ${plan.horizonDays} days of ${cutoffs.length} past cutoffs (at least ${MIN_POSITIVES} are needed). Once there are enough, an admin can train the churn model with \`crmpro churn train\`.`,
      { positives, cutoffs: cutoffs.length },
    );
  }
  const test = timeSplitMetrics(snapshots, cutoffs, plan.horizonDays);
  const table = crmFeatureTable(snapshots.rows, CHURN_FEATURES);
  const trained = trainScoringModel(table, snapshots.labels);
  const card: ChurnModelCard = {
    name: CHURN_MODEL_NAME,
    kind: 'crm-churn',
    formatVersion: CHURN_FORMAT_VERSION,
    version: versionOf(asOf),
    createdAt: new Date().toISOString(),
    asOf: asOf.toISOString(),
    plan,
    data: {
      accounts: histories.size,
      cutoffs: cutoffs.length,
      firstCutoff: new Date(cutoffs[0]!).toISOString(),
      lastCutoff: new Date(cutoffs.at(-1)!).toISOString(),
      rows: snapshots.labels.length,
      positives,
    },
    metrics: test ? { test } : {},
    features: CHURN_FEATURES.map(({ name, kind, description, reason }) => ({
      name,
      kind,
      description,
      reason,
    })),
    importances: trained.model.importances(table),
    training: {
      seconds: (performance.now() - started) / 1000,
      iterations: trained.iterations,
      method:
        'histogram gradient boosting, Platt-calibrated, over monthly account snapshots (docs/account-health.md)',
    },
    libraries: {
      learner: 'crmpro histogram gradient boosting',
      sentiment: options.lexicon,
      node: process.version,
    },
  };
  return new ChurnModel(card, trained.model);
}

/** Trains on the cutoffs whose labels are known by the last one and measures on the last. */
export function timeSplitMetrics(
  snapshots: ChurnSnapshots,
  cutoffs: readonly number[],
  horizonDays: number,
): ChurnTestMetrics | undefined {
  const testCutoff = cutoffs.at(-1);
  if (testCutoff === undefined) return undefined;
  const trainUntil = testCutoff - horizonDays * DAY;
  const train = snapshotsWhere(snapshots, (cutoff) => cutoff <= trainUntil);
  const test = snapshotsWhere(snapshots, (cutoff) => cutoff === testCutoff);
  const trainPositives = train.labels.reduce((sum, label) => sum + label, 0);
  const testPositives = test.labels.reduce((sum, label) => sum + label, 0);
  if (trainPositives < MIN_POSITIVES || testPositives < 3 || testPositives === test.labels.length)
    return undefined;
  const model = trainScoringModel(crmFeatureTable(train.rows, CHURN_FEATURES), train.labels).model;
  const probabilities = model.probabilities(crmFeatureTable(test.rows, CHURN_FEATURES));
  const baseRate = trainPositives / train.labels.length;
  return {
    cutoff: new Date(testCutoff).toISOString(),
    trainCutoffs: new Set(train.cutoffs).size,
    trainRows: train.labels.length,
    rows: test.labels.length,
    positives: testPositives,
    auc: rocAuc(test.labels, probabilities),
    brier: brierScore(test.labels, probabilities),
    baseBrier: brierScore(test.labels, new Float64Array(test.labels.length).fill(baseRate)),
    reliability: calibrationTable(test.labels, probabilities, 10),
  };
}

/** Writes models/churn/<version>/ (the card and the booster under booster/). */
export async function saveChurnModel(modelsDir: string, churn: ChurnModel): Promise<string> {
  const { card } = churn;
  const dir = path.join(modelsDir, CHURN_MODEL_NAME, card.version);
  await mkdir(dir, { recursive: true });
  await saveScoringModel(path.join(dir, 'booster'), churn.model, {
    name: `${CHURN_MODEL_NAME}/booster`,
    version: card.version,
    createdAt: card.createdAt,
    data: {
      source: 'CRM account snapshots at past cutoffs',
      rows: card.data.rows,
      positives: card.data.positives,
      target: `lost within ${card.plan.horizonDays} days`,
      ignoredColumns: [],
    },
    features: card.features.map(({ name, kind, description }) => ({
      name,
      kind: kind as 'numeric' | 'categorical',
      description,
    })),
    metrics: {
      validation: {
        rows: card.metrics.test?.rows ?? 0,
        auc: card.metrics.test?.auc ?? Number.NaN,
        brier: card.metrics.test?.brier ?? Number.NaN,
      },
    },
    training: { seconds: card.training.seconds, iterations: card.training.iterations, params: {} },
    importances: card.importances,
  });
  await writeFile(path.join(dir, 'model.json'), `${JSON.stringify(card, null, 2)}\n`);
  return dir;
}

/** Loads the newest churn model under `modelsDir`; NOT_FOUND (with the command to run) when none. */
export async function loadLatestChurnModel(modelsDir: string): Promise<ChurnModel> {
  const root = path.join(modelsDir, CHURN_MODEL_NAME);
  const versions = (await readdir(root).catch(() => [] as string[])).sort().reverse();
  for (const version of versions) {
    const dir = path.join(root, version);
    const text = await readFile(path.join(dir, 'model.json'), 'utf8').catch(() => undefined);
    if (!text) continue;
    const card = JSON.parse(text) as ChurnModelCard;
    if (card.kind !== 'crm-churn') continue;
    if (card.formatVersion !== CHURN_FORMAT_VERSION) {
      throw new CrmError(
        ErrorCode.Unavailable,
        `The churn model ${version} has format ${card.formatVersion}; this version reads ${CHURN_FORMAT_VERSION}. Retrain it with \`crmpro churn train\`.`,
      );
    }
    return new ChurnModel(card, (await loadScoringModel(path.join(dir, 'booster'))).model);
  }
  throw new CrmError(
    ErrorCode.NotFound,
    'No churn model has been trained yet. Run `crmpro churn train` to train one from the CRM.',
    { modelsDir },
  );
}
