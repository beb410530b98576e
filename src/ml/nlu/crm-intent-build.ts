import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { createHash } from 'node:crypto';
import {
  fingerprintUtterances,
  loadIntentClassifier,
  saveIntentModel,
  type IntentModelCard,
} from './intent-artifact';
import { evaluateIntents, type IntentEvaluation } from './intent-evaluation';
import {
  DEFAULT_TRAINING_SETTINGS,
  trainIntentClassifier,
  type IntentTrainingSettings,
} from './intent-training';
import { libraryVersions } from './library-versions';
import { expandTemplates, readUtteranceTemplates, type SlotValues } from './utterance-templates';

/** A stable number in [0, 1) for a template line. */
function lineHash(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0) / 2 ** 32;
}

/** Where the product's intent data lives and where the shipped model goes. */
export interface CrmIntentBuildOptions {
  /** Folder of `<intent>.txt` template files. */
  readonly templatesDir: string;
  /** JSON file of slot values (`{"account": [...], ...}`). */
  readonly slotsFile: string;
  /** Model root; the model is written to `<modelRoot>/<version>/`. */
  readonly modelRoot: string;
  readonly version: string;
  /** Share of template lines held back (all their expansions) to measure the shipped model. */
  readonly heldBackShare: number;
  readonly seed: number;
  readonly settings?: IntentTrainingSettings;
}

/** What the build wrote and measured. */
export interface CrmIntentBuildResult {
  readonly modelDir: string;
  readonly trainCsv: string;
  readonly heldBackCsv: string;
  readonly heldBack: IntentEvaluation;
  readonly card: IntentModelCard;
}

/**
 * Builds the shipped CRM intent model: expands the templates, holds back whole template lines
 * (so held-back phrasings are truly unseen; chosen by a hash of each line, so the choice is stable), trains on the rest, measures the model on the held-back
 * rows and records that on the card. Both CSVs are written next to the templates so anyone can
 * re-run `crmpro nlu eval` on them.
 */
export function buildCrmIntentModel(options: CrmIntentBuildOptions): CrmIntentBuildResult {
  const templates = readUtteranceTemplates(options.templatesDir);
  const slots = JSON.parse(readFileSync(options.slotsFile, 'utf8')) as SlotValues;
  // A line is held back by a hash of its intent and text, so adding or editing other lines never
  // moves a line between the training and held-back parts (a positional split would reshuffle).
  const isHeldBack = templates.map(
    (t) => lineHash(`${options.seed}\t${t.intent}\t${t.template}`) < options.heldBackShare,
  );
  const assignment = Int32Array.from(isHeldBack, (held) => (held ? 0 : 1));
  const expansion = { variantsPerTemplate: 3, typoShare: 0.25, seed: options.seed };
  const train = expandTemplates(
    templates.filter((_, i) => assignment[i] !== 0),
    slots,
    expansion,
  );
  const heldBack = expandTemplates(
    templates.filter((_, i) => assignment[i] === 0),
    slots,
    { ...expansion, seed: options.seed + 1 },
  );
  const trainCsv = join(options.templatesDir, '..', 'crm-intents.train.csv');
  const heldBackCsv = join(options.templatesDir, '..', 'crm-intents.heldback.csv');
  const toCsv = (rows: readonly { text: string; label: string }[]) =>
    stringify(
      rows.map((r) => [r.text, r.label]),
      { header: true, columns: ['text', 'label'] },
    );
  writeFileSync(trainCsv, toCsv(train));
  writeFileSync(heldBackCsv, toCsv(heldBack));

  const settings = options.settings ?? DEFAULT_TRAINING_SETTINGS;
  const { classifier, report } = trainIntentClassifier(train, settings);
  const modelDir = join(options.modelRoot, options.version);
  mkdirSync(modelDir, { recursive: true });
  const cardBase = {
    createdAt: new Date().toISOString(),
    data: {
      source: `${trainCsv} (expanded from ${options.templatesDir} with ${options.slotsFile})`,
      rows: train.length,
      sha256: fingerprintUtterances(train),
    },
    training: { settings, report },
    libraries: libraryVersions(),
  };
  saveIntentModel(modelDir, classifier, { ...cardBase, metrics: {} });
  // Measure the model as saved (int8 weights), the way the bot and the guard test load it.
  const saved = loadIntentClassifier(modelDir).classifier;
  const evaluation = evaluateIntents(
    heldBack.map((u) => u.label),
    heldBack.map((u) => saved.classify(u.text).intent),
  );
  const card = saveIntentModel(modelDir, classifier, {
    ...cardBase,
    metrics: {
      heldBack: {
        csv: heldBackCsv,
        rows: heldBack.length,
        templateLines: templates.filter((_, i) => assignment[i] === 0).length,
        accuracy: evaluation.accuracy,
        inScopeAccuracy: evaluation.inScopeAccuracy,
        macroF1: evaluation.macroF1,
        oosPrecision: evaluation.oos.precision,
        oosRecall: evaluation.oos.recall,
        falseOosRate: evaluation.falseOosRate,
      },
    },
  });
  return { modelDir, trainCsv, heldBackCsv, heldBack: evaluation, card };
}
