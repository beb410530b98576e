import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CrmError, ErrorCode } from '../../core/errors';
import { brierScore, rocAuc } from './classification-metrics';
import {
  crmFeatureTable,
  DEAL_FEATURES,
  dealCreatedAt,
  dealFeatures,
  LEAD_FEATURES,
  leadFeatures,
  typicalAmounts,
  type CrmFeatureRow,
  type CrmFeatureSpec,
} from './crm-features';
import type { CrmRecords, DealRecord, LeadRecord } from './crm-records';
import type { FeatureTable } from './feature-table';
import { loadScoringModel, saveScoringModel } from './scoring-artifact';
import type { ScoringModel } from './scoring-model';
import { stratifiedSplit } from './stratified-split';
import { trainScoringModel, type ScoringTrainingOptions } from './train-scoring-model';

/** The artifact folder name under the models directory: models/lead-score/<version>/. */
export const LEAD_SCORE_MODEL_NAME = 'lead-score';
export const LEAD_SCORE_FORMAT_VERSION = 1;
/** Points in the life of each closed deal at which training rows are taken. */
const SNAPSHOTS_PER_DEAL = 2;
const MIN_PER_OUTCOME = 10;

/**
 * The lead model's learner settings (the deal model keeps the scoring defaults): boosted stumps
 * (one split a tree, so the model stays additive in its features, as lead conversion is in the
 * demo's planted rule), slower shrinkage, stronger L2, and categories kept only with 20 leads each.
 * A CRM holds a few hundred resolved leads, and these beat the defaults (validation AUC 0.774
 * against 0.755, `bench/results/lead-conversion-tuning.json`) on a validation split carved from the
 * lead-conversion bench's training period only (`bench/tune-lead-conversion.ts`).
 */
export const LEAD_TRAINING_OPTIONS: ScoringTrainingOptions = {
  params: { maxLeaves: 2, learningRate: 0.05, minSamplesLeaf: 10, l2: 5, minSamplesPerCategory: 20 },
};

/** Held-out quality of one of the two models. */
export interface HeldOutMetrics {
  auc: number;
  brier: number;
  testRows: number;
  testItems: number;
}

/** The lead-score model card (`models/lead-score/<version>/model.json`). */
export interface LeadScoreCard {
  name: string;
  kind: 'crm-lead-score';
  formatVersion: number;
  version: string;
  createdAt: string;
  data: {
    closedDeals: number;
    won: number;
    lost: number;
    snapshotsPerDeal: number;
    resolvedLeads: number;
    converted: number;
    disqualified: number;
  };
  metrics: { deal: HeldOutMetrics; lead?: HeldOutMetrics };
  features: {
    deal: { name: string; kind: string; description: string }[];
    lead: { name: string; kind: string; description: string }[];
  };
  importances: { deal: { feature: string; share: number }[]; lead?: { feature: string; share: number }[] };
  typicalAmounts: Record<string, number>;
  training: { seconds: number; method: string };
  libraries: { learner: string; node: string };
}

/** A factor of a score in a rep's words, with its push on the log-odds. */
export interface ScoreFactorText {
  feature: string;
  text: string;
  impact: number;
}

/** A score of one deal or lead with its reasons. */
export interface ExplainedScore {
  probability: number;
  baseProbability: number;
  up: ScoreFactorText[];
  down: ScoreFactorText[];
}

/** Trained deal (and, with enough resolved leads, lead) models with their card. */
export class LeadScoreModel {
  constructor(
    readonly card: LeadScoreCard,
    readonly deal: ScoringModel,
    readonly lead: ScoringModel | undefined,
  ) {}

  get version(): string {
    return this.card.version;
  }

  /** Win probabilities of deals as of `asOf`. */
  scoreDeals(deals: readonly DealRecord[], records: CrmRecords, asOf: Date): Float64Array {
    const rows = deals.map((deal) => dealFeatures(deal, records, asOf, this.card.typicalAmounts));
    return this.deal.probabilities(crmFeatureTable(rows, DEAL_FEATURES));
  }

  /** A deal's win probability as of `asOf` with the top factors up and down, in words. */
  explainDeal(deal: DealRecord, records: CrmRecords, asOf: Date, top = 3): ExplainedScore {
    return explainRow(
      this.deal,
      dealFeatures(deal, records, asOf, this.card.typicalAmounts),
      DEAL_FEATURES,
      top,
    );
  }

  /** Conversion probabilities of leads as of `asOf` (UNAVAILABLE when no lead model could be trained). */
  scoreLeads(leads: readonly LeadRecord[], records: CrmRecords, asOf: Date): Float64Array {
    return this.leadModel().probabilities(
      crmFeatureTable(
        leads.map((lead) => leadFeatures(lead, records, asOf)),
        LEAD_FEATURES,
      ),
    );
  }

  /** A lead's conversion probability with its factors in words. */
  explainLead(lead: LeadRecord, records: CrmRecords, asOf: Date, top = 3): ExplainedScore {
    return explainRow(this.leadModel(), leadFeatures(lead, records, asOf), LEAD_FEATURES, top);
  }

  private leadModel(): ScoringModel {
    if (!this.lead) {
      const { converted, disqualified } = this.card.data;
      throw new CrmError(
        ErrorCode.Unavailable,
        `There is no lead conversion model yet: it learns from leads that were converted or disqualified, and when it was last trained this CRM had ${converted} converted and ${disqualified} disqualified (at least ${MIN_PER_OUTCOME} of each are needed). Once there are enough, an admin can train it with \`crmpro scoring retrain\` (the nightly retraining also picks them up).`,
        { converted, disqualified },
      );
    }
    return this.lead;
  }
}

function explainRow(
  model: ScoringModel,
  row: CrmFeatureRow,
  specs: readonly CrmFeatureSpec[],
  top: number,
): ExplainedScore {
  const table = crmFeatureTable([row], specs);
  const explanation = model.explain(table, 0, top);
  const words = (factor: { feature: string; contribution: number }): ScoreFactorText => {
    const spec = specs.find((s) => s.name === factor.feature)!;
    return {
      feature: factor.feature,
      text: spec.phrase(row[factor.feature] ?? null, row),
      impact: factor.contribution,
    };
  };
  return {
    probability: explanation.probability,
    baseProbability: explanation.baseProbability,
    up: explanation.up.map(words),
    down: explanation.down.map(words),
  };
}

/** A trained model not yet written to disk. */
export interface TrainedLeadScore {
  model: LeadScoreModel;
}

/**
 * Trains the lead-score models from CRM records. Deal rows are taken at two points in the life of
 * each closed deal (only what was known then counts), labelled won or lost; the held-out metrics
 * come from a stratified 80/20 split by deal (seed 42), then the final model learns from all deals.
 * Leads: converted against disqualified, with touches up to conversion.
 */
export function trainLeadScore(records: CrmRecords, now: Date): TrainedLeadScore {
  const started = performance.now();
  const closed = records.deals.filter(
    (d) => (d.stage === 'closed_won' || d.stage === 'closed_lost') && d.closedAt,
  );
  const won = closed.filter((d) => d.stage === 'closed_won').length;
  const lost = closed.length - won;
  if (won < MIN_PER_OUTCOME || lost < MIN_PER_OUTCOME) {
    throw new CrmError(
      ErrorCode.Unavailable,
      `Not enough closed deals to learn from yet (${won} won, ${lost} lost; at least ${MIN_PER_OUTCOME} of each are needed). Once there are enough, an admin can train the scoring model with \`crmpro scoring retrain\`.`,
      { won, lost },
    );
  }
  const typical = typicalAmounts(records.deals);
  const dealLabels = Uint8Array.from(closed, (d) => (d.stage === 'closed_won' ? 1 : 0));
  const dealRows = (deals: readonly DealRecord[], labels: ArrayLike<number>) => {
    const rows: CrmFeatureRow[] = [];
    const rowLabels: number[] = [];
    deals.forEach((deal, i) => {
      const created = dealCreatedAt(deal).getTime();
      const span = Math.max(0, deal.closedAt!.getTime() - created);
      for (let k = 0; k < SNAPSHOTS_PER_DEAL; k++) {
        const fraction = (k + unitHash(`${deal._id}:${k}`)) / SNAPSHOTS_PER_DEAL;
        rows.push(dealFeatures(deal, records, new Date(created + fraction * span * 0.999), typical));
        rowLabels.push(labels[i]!);
      }
    });
    return { table: crmFeatureTable(rows, DEAL_FEATURES), labels: Uint8Array.from(rowLabels) };
  };
  const dealMetrics = heldOut(closed, dealLabels, dealRows);
  const allDeals = dealRows(closed, dealLabels);
  const dealTraining = trainScoringModel(allDeals.table, allDeals.labels);

  const resolved = records.leads.filter((l) => l.status === 'converted' || l.status === 'disqualified');
  const leadLabels = Uint8Array.from(resolved, (l) => (l.status === 'converted' ? 1 : 0));
  const converted = leadLabels.reduce((sum, label) => sum + label, 0);
  const leadRows = (leads: readonly LeadRecord[], labels: ArrayLike<number>) => ({
    table: crmFeatureTable(
      leads.map((lead) => leadFeatures(lead, records, lead.convertedAt ?? now)),
      LEAD_FEATURES,
    ),
    labels: Uint8Array.from(labels),
  });
  const canTrainLeads = converted >= MIN_PER_OUTCOME && resolved.length - converted >= MIN_PER_OUTCOME;
  const leadMetrics = canTrainLeads
    ? heldOut(resolved, leadLabels, leadRows, LEAD_TRAINING_OPTIONS)
    : undefined;
  const leadTraining = canTrainLeads
    ? trainScoringModel(leadRows(resolved, leadLabels).table, leadLabels, LEAD_TRAINING_OPTIONS)
    : undefined;

  const card: LeadScoreCard = {
    name: LEAD_SCORE_MODEL_NAME,
    kind: 'crm-lead-score',
    formatVersion: LEAD_SCORE_FORMAT_VERSION,
    version: versionOf(now),
    createdAt: now.toISOString(),
    data: {
      closedDeals: closed.length,
      won,
      lost,
      snapshotsPerDeal: SNAPSHOTS_PER_DEAL,
      resolvedLeads: resolved.length,
      converted,
      disqualified: resolved.length - converted,
    },
    metrics: { deal: dealMetrics, ...(leadMetrics ? { lead: leadMetrics } : {}) },
    features: {
      deal: DEAL_FEATURES.map(({ name, kind, description }) => ({ name, kind, description })),
      lead: LEAD_FEATURES.map(({ name, kind, description }) => ({ name, kind, description })),
    },
    importances: {
      deal: dealTraining.model.importances(allDeals.table),
      ...(leadTraining ? { lead: leadTraining.model.importances(leadRows(resolved, leadLabels).table) } : {}),
    },
    typicalAmounts: typical,
    training: {
      seconds: (performance.now() - started) / 1000,
      method: 'histogram gradient boosting, Platt-calibrated (see docs/scoring-and-forecasting.md)',
    },
    libraries: { learner: 'crmpro histogram gradient boosting', node: process.version },
  };
  return { model: new LeadScoreModel(card, dealTraining.model, leadTraining?.model) };
}

function heldOut<T>(
  items: readonly T[],
  labels: Uint8Array,
  rowsOf: (items: readonly T[], labels: ArrayLike<number>) => { table: FeatureTable; labels: Uint8Array },
  options: ScoringTrainingOptions = {},
): HeldOutMetrics {
  const split = stratifiedSplit(labels, 0.2, 42);
  const train = rowsOf(
    Array.from(split.train, (i) => items[i]!),
    Array.from(split.train, (i) => labels[i]!),
  );
  const test = rowsOf(
    Array.from(split.test, (i) => items[i]!),
    Array.from(split.test, (i) => labels[i]!),
  );
  const model = trainScoringModel(train.table, train.labels, options).model;
  const probabilities = model.probabilities(test.table);
  return {
    auc: rocAuc(test.labels, probabilities),
    brier: brierScore(test.labels, probabilities),
    testRows: test.labels.length,
    testItems: split.test.length,
  };
}

/** Writes a trained model as models/lead-score/<version>/ (card, deal/ and lead/ boosters). */
export async function saveLeadScore(modelsDir: string, trained: TrainedLeadScore): Promise<string> {
  const { card, deal, lead } = trained.model;
  const dir = path.join(modelsDir, LEAD_SCORE_MODEL_NAME, card.version);
  await mkdir(dir, { recursive: true });
  const common = {
    version: card.version,
    createdAt: card.createdAt,
    training: { seconds: card.training.seconds, iterations: deal.booster.trees.length, params: {} },
  };
  await saveScoringModel(path.join(dir, 'deal'), deal, {
    ...common,
    name: `${LEAD_SCORE_MODEL_NAME}/deal`,
    data: {
      source: 'CRM closed deals',
      rows: card.data.closedDeals * SNAPSHOTS_PER_DEAL,
      positives: card.data.won * SNAPSHOTS_PER_DEAL,
      target: 'won',
      ignoredColumns: [],
    },
    features: card.features.deal as { name: string; kind: 'numeric' | 'categorical'; description: string }[],
    metrics: {
      validation: {
        rows: card.metrics.deal.testRows,
        auc: card.metrics.deal.auc,
        brier: card.metrics.deal.brier,
      },
    },
    importances: card.importances.deal,
  });
  if (lead && card.metrics.lead) {
    await saveScoringModel(path.join(dir, 'lead'), lead, {
      ...common,
      training: { ...common.training, iterations: lead.booster.trees.length },
      name: `${LEAD_SCORE_MODEL_NAME}/lead`,
      data: {
        source: 'CRM resolved leads',
        rows: card.data.resolvedLeads,
        positives: card.data.converted,
        target: 'converted',
        ignoredColumns: [],
      },
      features: card.features.lead as {
        name: string;
        kind: 'numeric' | 'categorical';
        description: string;
      }[],
      metrics: {
        validation: {
          rows: card.metrics.lead.testRows,
          auc: card.metrics.lead.auc,
          brier: card.metrics.lead.brier,
        },
      },
      importances: card.importances.lead ?? [],
    });
  }
  await writeFile(path.join(dir, 'model.json'), `${JSON.stringify(card, null, 2)}\n`);
  return dir;
}

/**
 * Loads the newest lead-score model under `modelsDir` (versions sort by name). NOT_FOUND with the
 * command to run when none has been trained; refuses other format versions.
 */
export async function loadLatestLeadScore(modelsDir: string): Promise<LeadScoreModel> {
  const root = path.join(modelsDir, LEAD_SCORE_MODEL_NAME);
  const versions = (await readdir(root).catch(() => [] as string[])).sort().reverse();
  for (const version of versions) {
    const dir = path.join(root, version);
    const text = await readFile(path.join(dir, 'model.json'), 'utf8').catch(() => undefined);
    if (!text) continue;
    const card = JSON.parse(text) as LeadScoreCard;
    if (card.kind !== 'crm-lead-score') continue;
    if (card.formatVersion !== LEAD_SCORE_FORMAT_VERSION) {
      throw new CrmError(
        ErrorCode.Unavailable,
        `The lead-score model ${version} has format ${card.formatVersion}; this version reads ${LEAD_SCORE_FORMAT_VERSION}. Retrain it with \`crmpro scoring retrain\`.`,
      );
    }
    const deal = (await loadScoringModel(path.join(dir, 'deal'))).model;
    const lead = card.metrics.lead ? (await loadScoringModel(path.join(dir, 'lead'))).model : undefined;
    return new LeadScoreModel(card, deal, lead);
  }
  throw new CrmError(
    ErrorCode.NotFound,
    'No lead-score model has been trained yet. Run `crmpro scoring retrain` to train one from the CRM.',
    { modelsDir },
  );
}

/** A sortable version name from a time: v20260315-120000. */
export function versionOf(now: Date): string {
  return `v${now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')}`;
}

/** A stable number in [0, 1) from a string (FNV-1a). */
function unitHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) / 4294967296;
}
