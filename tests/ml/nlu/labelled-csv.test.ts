import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readLabelledUtterances, readMessageTable } from '../../../src/ml/nlu/labelled-csv';

describe('labelled CSV', () => {
  const dir = mkdtempSync(join(tmpdir(), 'labelled-csv-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it.each(['label', 'intent', 'category'])('accepts a %s column', (column) => {
    const rows = readLabelledUtterances(
      file(`${column}.csv`, `text,${column}\nhello there,greeting\n"multi\nline",oos\n`),
    );
    expect(rows).toEqual([
      { text: 'hello there', label: 'greeting' },
      { text: 'multi\nline', label: 'oos' },
    ]);
  });

  it('names the file and the missing column', () => {
    expect(() => readLabelledUtterances(file('no-text.csv', 'message,label\nhi,greeting\n'))).toThrow(
      /no-text\.csv: missing column 'text' \(found: message, label\)/,
    );
    expect(() => readLabelledUtterances(file('no-label.csv', 'text,foo\nhi,x\n'))).toThrow(
      /missing label column \(one of label, intent, category/,
    );
  });

  it('names the row of an empty text or label', () => {
    expect(() => readLabelledUtterances(file('empty.csv', 'text,label\nhi,greeting\n,greeting\n'))).toThrow(
      /empty\.csv row 3: empty text/,
    );
    expect(() => readLabelledUtterances(file('empty-label.csv', 'text,label\nhi,\n'))).toThrow(
      /row 2: empty label/,
    );
  });

  it('reads unlabelled files for prediction', () => {
    expect(readMessageTable(file('plain.csv', 'text\nhi\n'), { requireLabels: false })).toEqual({
      texts: ['hi'],
    });
  });

  it('reports a missing file', () => {
    expect(() => readMessageTable(join(dir, 'missing.csv'), { requireLabels: false })).toThrow(
      /cannot read .*missing\.csv: ENOENT/,
    );
  });
});
