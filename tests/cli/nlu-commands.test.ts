import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { plantedUtterances } from '../ml/nlu/planted-intents';

const root = join(__dirname, '..', '..');

/** Runs the real `crmpro` binary (which builds dist/ first when sources changed). */
function crmpro(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'crmpro.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('crmpro nlu train | predict | eval', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nlu-cli-'));
  const modelDir = join(dir, 'model');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const oosTexts = [
    'tell me a joke',
    'weather in rome',
    'who won the match',
    'play music',
    'order pizza',
    'set an alarm',
  ];
  const trainCsv = join(dir, 'train.csv');
  writeFileSync(
    trainCsv,
    stringify(
      [...plantedUtterances(25, 1).map((u) => [u.text, u.label]), ...oosTexts.map((t) => [t, 'oos'])],
      { header: true, columns: ['text', 'intent'] },
    ),
  );
  const testRows = [
    ...plantedUtterances(8, 77).map((u) => [u.text, u.label]),
    ['sing me a song about pizza', 'oos'],
  ];
  const testCsv = join(dir, 'test.csv');
  writeFileSync(testCsv, stringify(testRows, { header: true, columns: ['text', 'category'] }));

  beforeAll(() => {
    const trained = crmpro('nlu', 'train', '--data', trainCsv, '--out', modelDir, '--svm-only');
    expect(trained.stderr).not.toMatch(/error/);
    expect(trained.status).toBe(0);
    expect(trained.stdout).toMatch(/trained 4 intents \(6 oos rows\)/);
  }, 300_000);

  it('train writes a model directory with a card', () => {
    const card = JSON.parse(readFileSync(join(modelDir, 'model.json'), 'utf8'));
    expect(card.format).toBe('crmpro-intent-model');
    expect(card.intents).toEqual(['invoice', 'oos', 'password', 'refund', 'shipping']);
    expect(card.data.rows).toBe(106);
  });

  it('predict writes text,label in input order', () => {
    const out = join(dir, 'pred.csv');
    const result = crmpro('nlu', 'predict', '--model', modelDir, '--data', testCsv, '--out', out);
    expect(result.status).toBe(0);
    const rows = parse(readFileSync(out), { columns: true }) as { text: string; label: string }[];
    expect(Object.keys(rows[0]!)).toEqual(['text', 'label']);
    expect(rows.map((r) => r.text)).toEqual(testRows.map((r) => r[0]));
    const correct = rows.filter((r, i) => r.label === testRows[i]![1]).length;
    expect(correct / rows.length).toBeGreaterThan(0.9);
  });

  it('train then predict with oos rows: out-of-scope questions come back as oos, in-scope ones keep their intent', () => {
    const card = JSON.parse(readFileSync(join(modelDir, 'model.json'), 'utf8'));
    const threshold = card.training.report.oosThreshold;
    expect(threshold.method).toBe('oos-recall-target');
    expect(threshold.rule.oosRecallTarget).toBe(0.6);
    expect(threshold.curve.length).toBeGreaterThan(1);
    const outOfScope = [
      'tell me a funny joke',
      'what is the weather in rome tomorrow',
      'who won the football match last night',
      'play some jazz music',
      'order a large pizza',
      'set an alarm for seven',
    ];
    const inScope = plantedUtterances(10, 123);
    const data = join(dir, 'mixed.csv');
    writeFileSync(
      data,
      stringify([...inScope.map((u) => [u.text]), ...outOfScope.map((t) => [t])], {
        header: true,
        columns: ['text'],
      }),
    );
    const out = join(dir, 'mixed-pred.csv');
    const result = crmpro('nlu', 'predict', '--model', modelDir, '--data', data, '--out', out);
    expect(result.status).toBe(0);
    const labels = (parse(readFileSync(out), { columns: true }) as { label: string }[]).map((r) => r.label);
    const inScopeRight = inScope.filter((u, i) => labels[i] === u.label).length / inScope.length;
    const oosCaught = labels.slice(inScope.length).filter((label) => label === 'oos').length;
    expect(inScopeRight).toBeGreaterThanOrEqual(0.9);
    expect(oosCaught).toBeGreaterThanOrEqual(4);
  });

  it('train with oos rows (SVM and networks) sets the threshold on held-out rows by the stated rule: recall target, never below the linear SVM alone', () => {
    const out = join(dir, 'ensemble-model');
    const trained = crmpro('nlu', 'train', '--data', trainCsv, '--out', out);
    expect(trained.status).toBe(0);
    expect(trained.stdout).toMatch(
      /oos-recall-target: held out, .*% of oos caught, in-scope accuracy .* against the linear SVM's/,
    );
    const threshold = JSON.parse(readFileSync(join(out, 'model.json'), 'utf8')).training.report.oosThreshold;
    expect(threshold.rule.accuracyFloor).toBe('linear');
    expect(threshold.heldOutAccuracyFloor).toBeGreaterThan(0.5);
    expect(threshold.heldOutInScopeAccuracy).toBeGreaterThanOrEqual(threshold.heldOutAccuracyFloor);
    expect(threshold.heldOutOosRecall).toBeGreaterThanOrEqual(0);
    const predictions = join(dir, 'ensemble-pred.csv');
    expect(crmpro('nlu', 'predict', '--model', out, '--data', testCsv, '--out', predictions).status).toBe(0);
    const labels = (parse(readFileSync(predictions), { columns: true }) as { label: string }[]).map(
      (r) => r.label,
    );
    const inScopeRight = testRows.slice(0, -1).filter((row, i) => labels[i] === row[1]).length;
    expect(inScopeRight / (testRows.length - 1)).toBeGreaterThanOrEqual(0.9);
  }, 300_000);

  it('train without oos rows rejects only the budgeted share of held-out messages', () => {
    const plain = join(dir, 'plain.csv');
    writeFileSync(
      plain,
      stringify(
        plantedUtterances(25, 1).map((u) => [u.text, u.label]),
        { header: true, columns: ['text', 'label'] },
      ),
    );
    const out = join(dir, 'plain-model');
    const trained = crmpro(
      'nlu',
      'train',
      '--data',
      plain,
      '--out',
      out,
      '--svm-only',
      '--target-false-oos',
      '0.02',
    );
    expect(trained.status).toBe(0);
    expect(trained.stdout).toMatch(/in-scope-budget/);
    const threshold = JSON.parse(readFileSync(join(out, 'model.json'), 'utf8')).training.report.oosThreshold;
    expect(threshold.rule.falseOosBudget).toBe(0.02);
    expect(threshold.heldOutFalseOosRate).toBeLessThanOrEqual(0.02);
  });

  it('eval prints accuracy, macro-F1, confusions and out-of-scope precision/recall, or JSON', () => {
    const text = crmpro('nlu', 'eval', '--model', modelDir, '--data', testCsv);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/accuracy\s+\d+\.\d+%/);
    expect(text.stdout).toMatch(/macro-F1/);
    expect(text.stdout).toMatch(/oos precision/);
    expect(text.stdout).toMatch(/most frequent confusions/);
    const json = crmpro('nlu', 'eval', '--model', modelDir, '--data', testCsv, '--json');
    const evaluation = JSON.parse(json.stdout);
    expect(evaluation.rows).toBe(testRows.length);
    expect(evaluation.accuracy).toBeGreaterThan(0.9);
    expect(evaluation.oos.support).toBe(1);
    expect(evaluation.confusion.refund.refund).toBeGreaterThan(0);
  });

  it('fails with a clear message and a non-zero exit on bad input', () => {
    const noColumn = join(dir, 'bad.csv');
    writeFileSync(noColumn, 'message,label\nhi,greeting\n');
    const bad = crmpro('nlu', 'train', '--data', noColumn, '--out', join(dir, 'never'));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/error: .*bad\.csv: missing column 'text'/);

    const missing = crmpro(
      'nlu',
      'predict',
      '--model',
      join(dir, 'nothing'),
      '--data',
      testCsv,
      '--out',
      join(dir, 'x.csv'),
    );
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no intent model/);
  });
});
