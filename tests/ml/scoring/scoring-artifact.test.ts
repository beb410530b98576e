import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { featureTableOf, inferColumnSpecs, targetLabelsOf } from '../../../src/ml/scoring/feature-table';
import { loadScoringModel, saveScoringModel } from '../../../src/ml/scoring/scoring-artifact';
import { trainScoringModel } from '../../../src/ml/scoring/train-scoring-model';
import { plantedRows } from './planted-data';

describe('scoring model artifacts', () => {
  const data = plantedRows(1500, 5);
  const specs = inferColumnSpecs(data, ['outcome']);
  const table = featureTableOf(data, specs);
  const training = trainScoringModel(table, targetLabelsOf(data, 'outcome'));
  const dir = mkdtempSync(path.join(tmpdir(), 'crmpro-model-'));
  const card = {
    name: 'test',
    version: 'v1',
    createdAt: '2026-01-01T00:00:00Z',
    data: {
      source: 'planted',
      rows: 1500,
      positives: training.positives,
      target: 'outcome',
      ignoredColumns: [],
    },
    features: specs,
    metrics: { validation: training.validation },
    training: { seconds: 1, iterations: training.iterations, params: {} },
    importances: training.model.importances(table),
  };

  it('round-trips: a loaded model gives the same probabilities and carries its card', async () => {
    await saveScoringModel(dir, training.model, card);
    const loaded = await loadScoringModel(dir);
    expect(loaded.card.formatVersion).toBe(1);
    expect(loaded.card.libraries.node).toBe(process.version);
    const before = training.model.probabilities(table);
    const after = loaded.model.probabilities(table);
    for (let i = 0; i < before.length; i += 97) expect(after[i]).toBeCloseTo(before[i]!, 6);
  });

  it('refuses a directory without a model and a model of another format version', async () => {
    await expect(loadScoringModel(path.join(dir, 'nothing'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const cardFile = path.join(dir, 'model.json');
    writeFileSync(
      cardFile,
      readFileSync(cardFile, 'utf8').replace('"formatVersion": 1', '"formatVersion": 99'),
    );
    await expect(loadScoringModel(dir)).rejects.toThrow(/format 99.*Retrain/);
  });
});
