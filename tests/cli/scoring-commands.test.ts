import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { plantedCsv } from '../ml/scoring/planted-data';
import { crmpro } from './scoring-cli-runner';

describe('crmpro scoring train | predict | eval', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'crmpro-scoring-cli-'));
  const data = path.join(dir, 'deals.csv');
  writeFileSync(data, plantedCsv(1200, ';'));
  const modelDir = path.join(dir, 'model');

  it('trains on a semicolon CSV and writes a model with its card', () => {
    const result = crmpro(['scoring', 'train', '--data', data, '--target', 'outcome', '--out', modelDir]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Trained on 1200 rows .* positive 'won'/);
    const card = JSON.parse(readFileSync(path.join(modelDir, 'model.json'), 'utf8'));
    expect(card).toMatchObject({
      kind: 'gradient-boosted-trees',
      formatVersion: 1,
      data: { rows: 1200, target: 'outcome', positiveValue: 'won' },
    });
    expect(card.importances[0].feature).toBe('signal');
  });

  it('predicts: the input rows in order with a probability column, without needing the target', () => {
    const input = path.join(dir, 'open.csv');
    const lines = plantedCsv(50, ',', 9)
      .trim()
      .split('\n')
      .map((line) => line.split(',').slice(0, 5).join(','));
    writeFileSync(input, lines.join('\n') + '\n');
    const out = path.join(dir, 'pred.csv');
    const result = crmpro(['scoring', 'predict', '--model', modelDir, '--data', input, '--out', out]);
    expect(result.status).toBe(0);
    const rows: string[][] = parse(readFileSync(out));
    expect(rows[0]).toEqual(['signal', 'noise_a', 'noise_b', 'industry', 'region', 'probability']);
    expect(rows).toHaveLength(51);
    rows.slice(1).forEach((row, i) => {
      expect(row.slice(0, 5).join(',')).toBe(lines[i + 1]);
      const p = Number(row[5]);
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThan(1);
    });
    const bySignal = rows
      .slice(1)
      .map((row) => [Number(row[0]), Number(row[5])] as const)
      .sort((a, b) => a[0] - b[0]);
    expect(bySignal.at(-1)![1]).toBeGreaterThan(bySignal[0]![1]);
  });

  it('evaluates on the fixed split with AUC, Brier, calibration and training time, as text, JSON and a report', () => {
    const report = path.join(dir, 'report');
    const text = crmpro(['scoring', 'eval', '--data', data, '--target', 'outcome', '--report', report]);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/seed 42: 960 train \/ 240 test rows/);
    expect(text.stdout).toMatch(/ROC-AUC\s+0\.\d{4}/);
    expect(text.stdout).toMatch(/Brier\s+0\.\d{4}/);
    expect(text.stdout).toMatch(/Calibration \(test rows\)/);
    expect(text.stdout).toMatch(/Training\s+\d+\.\d\d s/);
    for (const file of ['index.html', 'roc.png', 'calibration.png', 'importances.png'])
      expect(existsSync(path.join(report, file))).toBe(true);
    const json = JSON.parse(
      crmpro(['scoring', 'eval', '--data', data, '--target', 'outcome', '--json']).stdout,
    );
    expect(json.auc).toBeGreaterThan(0.8);
    expect(json.split).toMatchObject({ seed: 42, trainRows: 960, testRows: 240 });
    expect(json.calibration.length).toBeGreaterThan(3);
    expect(typeof json.trainingSeconds).toBe('number');
  });

  it('fails with a clear message and exit 1 on a missing file, a missing target, a one-class target', () => {
    const missing = crmpro([
      'scoring',
      'train',
      '--data',
      path.join(dir, 'nope.csv'),
      '--target',
      'y',
      '--out',
      modelDir,
    ]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/error: cannot read .*nope\.csv: no such file/);
    const noTarget = crmpro(['scoring', 'eval', '--data', data, '--target', 'closed']);
    expect(noTarget.status).toBe(1);
    expect(noTarget.stderr).toMatch(/deals\.csv has no target column 'closed'/);
    const oneClass = path.join(dir, 'one.csv');
    writeFileSync(oneClass, 'x,y\n1,no\n2,no\n3,no\n');
    const single = crmpro(['scoring', 'train', '--data', oneClass, '--target', 'y', '--out', modelDir]);
    expect(single.status).toBe(1);
    expect(single.stderr).toMatch(/one\.csv: the target 'y' has only one value \('no'\)/);
    const badModel = crmpro([
      'scoring',
      'predict',
      '--model',
      dir,
      '--data',
      data,
      '--out',
      path.join(dir, 'x.csv'),
    ]);
    expect(badModel.status).toBe(1);
    expect(badModel.stderr).toMatch(/holds no trained model/);
  });
});
