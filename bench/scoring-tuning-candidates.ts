/**
 * The settings `bench/tune-scoring.ts` compares, by name, as `trainScoringModel` options (a module
 * of their own, so a test can hold the default to the tuning record without the bench's imports).
 */
import type { ScoringTrainingOptions } from '../src/ml/scoring/train-scoring-model';

export const CANDIDATES: Record<string, ScoringTrainingOptions> = {
  'one booster (15 leaves, lr 0.1)': { members: 1 },
  'one booster, early stopping after 10 rounds': { members: 1, params: { earlyStoppingRounds: 10 } },
  '2 boosters on 10 folds': { members: 2, folds: 10 },
  '2 boosters on 10 folds, early stopping after 10 rounds': {
    members: 2,
    folds: 10,
    params: { earlyStoppingRounds: 10 },
  },
  '3 boosters on 10 folds': { members: 3, folds: 10 },
  '3 boosters on 10 folds, early stopping after 10 rounds': {
    members: 3,
    folds: 10,
    params: { earlyStoppingRounds: 10 },
  },
  '4 boosters on 10 folds': { members: 4, folds: 10 },
  '4 boosters on 10 folds, early stopping after 10 rounds': {
    members: 4,
    folds: 10,
    params: { earlyStoppingRounds: 10 },
  },
  '5 boosters on 10 folds': { members: 5, folds: 10 },
  '5 boosters on 10 folds, early stopping after 10 rounds': {
    members: 5,
    folds: 10,
    params: { earlyStoppingRounds: 10 },
  },
  '5 boosters on 10 folds, early stopping after 5 rounds': {
    members: 5,
    folds: 10,
    params: { earlyStoppingRounds: 5 },
  },
  '5 boosters on 10 folds, lr 0.05': { members: 5, folds: 10, params: { learningRate: 0.05 } },
  '5 boosters on 10 folds, early stopping after 10 rounds, each tree on 70% of the rows': {
    members: 5,
    folds: 10,
    params: { earlyStoppingRounds: 10, rowFraction: 0.7 },
  },
  '5 boosters on 10 folds, early stopping after 10 rounds, each tree on 50% of the rows': {
    members: 5,
    folds: 10,
    params: { earlyStoppingRounds: 10, rowFraction: 0.5 },
  },
  '5 boosters on 10 folds, early stopping after 20 rounds, each tree on 50% of the rows': {
    members: 5,
    folds: 10,
    params: { earlyStoppingRounds: 20, rowFraction: 0.5 },
  },
};
