import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CrmError, ErrorCode } from '../../core/errors';
import type { FeatureBinning } from './feature-binning';
import type { BoostedTrees } from './gradient-boosting';
import type { Calibration } from './probability-calibration';
import type { RegressionTree } from './regression-tree';
import { ScoringModel, type FeatureImportance } from './scoring-model';

/** The artifact format this code writes and reads; loading refuses any other. */
export const SCORING_FORMAT_VERSION = 1;
const LEARNER = 'crmpro histogram gradient boosting';

/** The model card (`model.json`): what the model was trained on, when, how well it did, and with what. */
export interface ScoringModelCard {
  name: string;
  kind: 'gradient-boosted-trees';
  formatVersion: number;
  version: string;
  createdAt: string;
  data: {
    source: string;
    rows: number;
    positives: number;
    target: string;
    positiveValue?: string;
    ignoredColumns: string[];
  };
  features: { name: string; kind: 'numeric' | 'categorical'; description?: string }[];
  metrics: {
    validation: { rows: number; auc: number; brier: number };
    test?: { rows: number; auc: number; brier: number };
  };
  training: { seconds: number; iterations: number; params: Record<string, number> };
  importances: FeatureImportance[];
  libraries: { learner: string; node: string };
}

interface BoosterFile {
  formatVersion: number;
  binnings: FeatureBinning[];
  calibration: Calibration;
  baseScore: number;
  trees: RegressionTree[];
}

/** A model loaded from disk with its card. */
export interface LoadedScoringModel {
  card: ScoringModelCard;
  model: ScoringModel;
}

/** Writes a model as `model.json` (the card) and `booster.json` (bins, trees, calibration) into `dir`. */
export async function saveScoringModel(
  dir: string,
  model: ScoringModel,
  card: Omit<ScoringModelCard, 'kind' | 'formatVersion' | 'libraries'>,
): Promise<ScoringModelCard> {
  await mkdir(dir, { recursive: true });
  const fullCard: ScoringModelCard = {
    ...card,
    kind: 'gradient-boosted-trees',
    formatVersion: SCORING_FORMAT_VERSION,
    libraries: { learner: LEARNER, node: process.version },
  };
  const booster: BoosterFile = {
    formatVersion: SCORING_FORMAT_VERSION,
    binnings: model.binnings,
    calibration: model.calibration,
    baseScore: model.booster.baseScore,
    trees: model.booster.trees.map(roundTree),
  };
  await writeFile(path.join(dir, 'booster.json'), JSON.stringify(booster));
  await writeFile(path.join(dir, 'model.json'), `${JSON.stringify(fullCard, null, 2)}\n`);
  return fullCard;
}

/** Loads a model written by `saveScoringModel`, refusing other kinds and format versions. */
export async function loadScoringModel(dir: string): Promise<LoadedScoringModel> {
  const card = await readJson<ScoringModelCard>(path.join(dir, 'model.json'), dir);
  if (card.kind !== 'gradient-boosted-trees') {
    throw new CrmError(ErrorCode.InvalidInput, `${dir} holds a '${card.kind}' model, not a scoring model`, {
      dir,
    });
  }
  if (card.formatVersion !== SCORING_FORMAT_VERSION) {
    throw new CrmError(
      ErrorCode.InvalidInput,
      `${dir} was written in scoring model format ${card.formatVersion}; this version of CRMPro reads format ${SCORING_FORMAT_VERSION}. Retrain the model.`,
      { dir },
    );
  }
  const booster = await readJson<BoosterFile>(path.join(dir, 'booster.json'), dir);
  if (booster.formatVersion !== SCORING_FORMAT_VERSION) {
    throw new CrmError(
      ErrorCode.InvalidInput,
      `${dir}/booster.json does not match its model card; retrain the model`,
      { dir },
    );
  }
  const trees: BoostedTrees = { baseScore: booster.baseScore, trees: booster.trees };
  return { card, model: new ScoringModel(booster.binnings, trees, booster.calibration) };
}

async function readJson<T>(file: string, dir: string): Promise<T> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new CrmError(
      ErrorCode.NotFound,
      `${dir} holds no trained model (${path.basename(file)} is missing); train one first`,
      { dir },
    );
  }
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new CrmError(ErrorCode.InvalidInput, `${file} is not valid JSON (${(error as Error).message})`, {
      file,
    });
  }
}

/**
 * Trims floating-point noise so the artifact stays small: 9 significant digits for outputs keep
 * predictions identical to 1e-8; covers (explanation weights) and gains (importances) need far fewer.
 */
function roundTree(tree: RegressionTree): RegressionTree {
  const round = (digits: number) => (value: number) => Number(value.toPrecision(digits));
  return {
    ...tree,
    value: tree.value.map(round(9)),
    cover: tree.cover.map(round(6)),
    gain: tree.gain.map(round(4)),
  };
}
