import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isCrmError } from '../../../src/core/errors';
import { loadIntentClassifier, saveIntentModel } from '../../../src/ml/nlu/intent-artifact';
import { DEFAULT_TRAINING_SETTINGS, trainIntentClassifier } from '../../../src/ml/nlu/intent-training';
import { FAST_SETTINGS_OVERRIDES, plantedUtterances } from './planted-intents';

describe('intent model artifact', () => {
  const dir = mkdtempSync(join(tmpdir(), 'intent-artifact-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const settings = { ...DEFAULT_TRAINING_SETTINGS, ...FAST_SETTINGS_OVERRIDES };
  const { classifier, report } = trainIntentClassifier(plantedUtterances(20, 5), settings);
  saveIntentModel(dir, classifier, {
    createdAt: '2026-01-01T00:00:00.000Z',
    data: { source: 'planted', rows: report.rows, sha256: 'x' },
    training: { settings, report },
    metrics: {},
    libraries: { node: process.version },
  });

  it('loads back to the same decisions and nearly the same probabilities (int8 weights)', () => {
    const { classifier: loaded, card } = loadIntentClassifier(dir);
    expect(card.intents).toEqual(classifier.intents);
    expect(card.mlpCount).toBe(2);
    expect(loaded.networks.length).toBe(2);
    for (const text of [
      'refund my money',
      'where is my parcel',
      'locked out again',
      'send the invoice',
      'nothing relevant at all',
    ]) {
      const before = classifier.classify(text);
      const after = loaded.classify(text);
      expect(after.ranked[0]!.intent).toBe(before.ranked[0]!.intent);
      expect(Math.abs(after.confidence - before.confidence)).toBeLessThan(0.03);
    }
  });

  it('refuses a model of another format version with a message that says what to do', () => {
    const file = join(dir, 'model.json');
    const card = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...card, formatVersion: 999 }));
    try {
      expect(() => loadIntentClassifier(dir)).toThrow(/version 999.*Retrain/);
      try {
        loadIntentClassifier(dir);
      } catch (error) {
        expect(isCrmError(error, 'INVALID_INPUT')).toBe(true);
      }
    } finally {
      writeFileSync(file, JSON.stringify(card));
    }
  });

  it('says no model is there when model.json is missing', () => {
    expect(() => loadIntentClassifier(join(dir, 'nope'))).toThrow(/no intent model/);
  });
});
