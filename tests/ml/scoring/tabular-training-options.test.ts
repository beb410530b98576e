import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CANDIDATES } from '../../../bench/scoring-tuning-candidates';
import { TABULAR_TRAINING_OPTIONS } from '../../../src/ml/scoring/train-scoring-model';

/**
 * `scoring train` uses what the tuning script's one-standard-error rule chose, as its result file
 * records it: a re-run that chooses otherwise must change the default too (or this fails).
 */
describe('the settings of scoring train', () => {
  const record = JSON.parse(
    readFileSync(path.resolve(__dirname, '../../../bench/results/scoring-tuning.json'), 'utf8'),
  ) as { result: { chosen: string; chosenOptions: unknown; candidates: Record<string, { level: boolean }> } };

  it('are the candidate the tuning record says the rule chose', () => {
    const { chosen, chosenOptions, candidates } = record.result;
    expect(candidates[chosen]!.level).toBe(true);
    expect(CANDIDATES[chosen]).toEqual(chosenOptions);
    expect(TABULAR_TRAINING_OPTIONS).toEqual(chosenOptions);
  });
});
