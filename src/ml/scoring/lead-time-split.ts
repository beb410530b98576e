import { brierScore, calibrationTable, rocAuc, type CalibrationBin } from './classification-metrics';
import { crmFeatureTable, LEAD_FEATURES, leadFeatures, type CrmFeatureRow } from './crm-features';
import { LEAD_TRAINING_OPTIONS } from './crm-lead-score';
import type { CrmRecords, LeadRecord } from './crm-records';
import type { FeatureTable } from './feature-table';
import type { ScoringModel } from './scoring-model';
import { trainScoringModel } from './train-scoring-model';

/** Resolved leads cut in time: those created before the cutoff to learn from, the later ones to test on. */
export interface LeadTimeSplit {
  cutoff: Date;
  train: LeadRecord[];
  test: LeadRecord[];
}

/** Whether a lead's outcome is known (converted or disqualified). */
export function isResolvedLead(lead: Pick<LeadRecord, 'status'>): boolean {
  return lead.status === 'converted' || lead.status === 'disqualified';
}

/**
 * Cuts the resolved leads at the creation time before which `trainShare` of them came in (or at
 * `cutoff` when given): the model learns from the earlier leads and is tested on the later ones, as
 * it is used — on leads that came after the ones it learned from. Leads without a creation time
 * are left out.
 */
export function leadTimeSplit(
  leads: readonly LeadRecord[],
  options: { trainShare?: number; cutoff?: Date } = {},
): LeadTimeSplit {
  const resolved = leads
    .filter((lead) => isResolvedLead(lead) && lead.createdAt)
    .sort((a, b) => a.createdAt!.getTime() - b.createdAt!.getTime());
  const cutoff =
    options.cutoff ??
    resolved[Math.min(resolved.length - 1, Math.floor(resolved.length * (options.trainShare ?? 0.7)))]
      ?.createdAt ??
    new Date(0);
  return {
    cutoff,
    train: resolved.filter((lead) => lead.createdAt! < cutoff),
    test: resolved.filter((lead) => lead.createdAt! >= cutoff),
  };
}

/** The lead model's feature rows and labels (1: converted) of resolved leads, touches counted up to the outcome. */
export function leadConversionRows(
  leads: readonly LeadRecord[],
  records: CrmRecords,
  now: Date,
): { rows: CrmFeatureRow[]; table: FeatureTable; labels: Uint8Array } {
  const rows = leads.map((lead) => leadFeatures(lead, records, lead.convertedAt ?? now));
  return {
    rows,
    table: crmFeatureTable(rows, LEAD_FEATURES),
    labels: Uint8Array.from(leads, (lead) => (lead.status === 'converted' ? 1 : 0)),
  };
}

/** The lead model trained on the earlier leads of a time split and measured on the later ones. */
export interface LeadTimeSplitRun {
  split: LeadTimeSplit;
  model: ScoringModel;
  trainSeconds: number;
  /** Probabilities of the test leads, in the order of `split.test`. */
  probabilities: Float64Array;
  labels: Uint8Array;
  auc: number;
  brier: number;
  reliability: CalibrationBin[];
}

/**
 * Trains the lead conversion model (the learner and features of the lead-score model) on the leads
 * created before the cutoff and scores the leads created after it.
 */
export function trainLeadModelOnTimeSplit(
  records: CrmRecords,
  now: Date,
  options: { trainShare?: number; cutoff?: Date; reliabilityBins?: number } = {},
): LeadTimeSplitRun {
  const split = leadTimeSplit(records.leads, options);
  const train = leadConversionRows(split.train, records, now);
  const test = leadConversionRows(split.test, records, now);
  const trained = trainScoringModel(train.table, train.labels, LEAD_TRAINING_OPTIONS);
  const probabilities = trained.model.probabilities(test.table);
  return {
    split,
    model: trained.model,
    trainSeconds: trained.trainingSeconds,
    probabilities,
    labels: test.labels,
    auc: rocAuc(test.labels, probabilities),
    brier: brierScore(test.labels, probabilities),
    reliability: calibrationTable(test.labels, probabilities, options.reliabilityBins ?? 5),
  };
}
