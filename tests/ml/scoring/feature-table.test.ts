import { gzipSync } from 'node:zlib';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { detectDelimiter } from '../../../src/core/delimited-text';
import { columnOf, readColumnarFile } from '../../../src/ml/scoring/columnar-file';
import { readDelimitedFile, type DelimitedFile } from '../../../src/ml/scoring/delimited-file';
import { featureTableOf, inferColumnSpecs, targetLabelsOf } from '../../../src/ml/scoring/feature-table';

const file = (header: string[], rows: string[][]): DelimitedFile => ({
  file: 'x.csv',
  delimiter: ',',
  header,
  rows,
});

describe('reading tabular files', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'crmpro-scoring-'));

  it('detects comma, semicolon, tab and pipe delimiters, ignoring quoted ones', () => {
    expect(detectDelimiter('a,b,c\n1,2,3')).toBe(',');
    expect(detectDelimiter('"a,x";"b";"c"\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('a|b')).toBe('|');
  });

  it('reads gzipped semicolon files with quoted fields', async () => {
    const target = path.join(dir, 'data.csv.gz');
    writeFileSync(target, gzipSync('"age";"job";"y"\r\n30;"admin.";"no"\r\n41;"unknown";"yes"\r\n'));
    const data = await readDelimitedFile(target);
    expect(data.delimiter).toBe(';');
    expect(data.header).toEqual(['age', 'job', 'y']);
    expect(data.rows).toEqual([
      ['30', 'admin.', 'no'],
      ['41', 'unknown', 'yes'],
    ]);
  });

  it('names the file when it cannot be read or is empty', async () => {
    await expect(readDelimitedFile(path.join(dir, 'missing.csv'))).rejects.toThrow(
      /missing\.csv: no such file/,
    );
    writeFileSync(path.join(dir, 'empty.csv'), '');
    await expect(readDelimitedFile(path.join(dir, 'empty.csv'))).rejects.toThrow(/empty\.csv.*empty/);
  });

  it('drops constant and empty columns and treats unknown as missing', () => {
    const data = file(
      ['n', 'c', 'constant', 'blank', 'y'],
      [
        ['1', 'a', 'k', '', 'yes'],
        ['unknown', 'b', 'k', 'unknown', 'no'],
        ['3.5', 'unknown', 'k', '', 'no'],
      ],
    );
    const specs = inferColumnSpecs(data, ['y']);
    expect(specs).toEqual([
      { name: 'n', kind: 'numeric' },
      { name: 'c', kind: 'categorical' },
    ]);
    const table = featureTableOf(data, specs);
    const n = table.columns[0]!;
    expect(n.kind === 'numeric' && Number.isNaN(n.values[1]!)).toBe(true);
    const c = table.columns[1]!;
    expect(c.kind === 'categorical' && Array.from(c.codes)).toEqual([0, 1, -1]);
  });

  it('names file, row and column for a non-number in a numeric column at prediction time', () => {
    const data = file(['n'], [['1'], ['abc']]);
    expect(() => featureTableOf(data, [{ name: 'n', kind: 'numeric' }])).toThrow(
      "x.csv row 2, column 'n': 'abc' is not a number",
    );
    expect(() => featureTableOf(data, [{ name: 'm', kind: 'numeric' }])).toThrow("x.csv has no column 'm'");
  });

  it('reads yes/no, 1/0, true/false and won/lost targets with the right positive', () => {
    for (const [positive, negative] of [
      ['yes', 'no'],
      ['1', '0'],
      ['TRUE', 'false'],
      ['Won', 'Lost'],
    ] as const) {
      const labels = targetLabelsOf(file(['y'], [[negative], [positive], [negative]]), 'y');
      expect(Array.from(labels)).toEqual([0, 1, 0]);
    }
  });

  it('explains bad targets: missing, one class, three values, no positive value, empty cell', () => {
    expect(() => targetLabelsOf(file(['a'], [['1']]), 'y')).toThrow("x.csv has no target column 'y'");
    expect(() => targetLabelsOf(file(['y'], [['no'], ['no']]), 'y')).toThrow(/only one value \('no'\)/);
    expect(() => targetLabelsOf(file(['y'], [['a'], ['b'], ['c']]), 'y')).toThrow(/row 3 brings a third/);
    expect(() => targetLabelsOf(file(['y'], [['red'], ['blue']]), 'y')).toThrow(/cannot tell which value/);
    expect(() => targetLabelsOf(file(['y'], [['yes'], [' ']]), 'y')).toThrow(
      "x.csv row 2: the target 'y' is empty",
    );
  });

  it('reads a file column by column into the same labels, columns and table as read into rows', async () => {
    const target = path.join(dir, 'mixed.csv.gz');
    const text =
      'age; job ;score;y\n30;"admin.";1.5;no\n\n41;unknown;;yes\n 30 ;" admin.";2;no\n52;"tech; ops";unknown;yes\n';
    writeFileSync(target, gzipSync(text));
    const rows = await readDelimitedFile(target);
    const columns = await readColumnarFile(target);
    expect(columns.header).toEqual(['age', 'job', 'score', 'y']);
    expect(columns.rowCount).toBe(4);
    expect(columns.delimiter).toBe(';');
    // Cells stay as written, coded in the order the rows bring them.
    expect(columnOf(columns, 1).values).toEqual(['admin.', 'unknown', ' admin.', 'tech; ops']);
    expect(Array.from(columnOf(columns, 0).codes)).toEqual([0, 1, 2, 3]);
    expect(Array.from(targetLabelsOf(columns, 'y'))).toEqual(Array.from(targetLabelsOf(rows, 'y')));
    const specs = inferColumnSpecs(columns, ['y']);
    expect(specs).toEqual(inferColumnSpecs(rows, ['y']));
    expect(specs).toEqual([
      { name: 'age', kind: 'numeric' },
      { name: 'job', kind: 'categorical' },
      { name: 'score', kind: 'numeric' },
    ]);
    const table = featureTableOf(columns, specs);
    expect(table).toEqual(featureTableOf(rows, specs));
    const job = table.columns[1]!;
    expect(job.kind === 'categorical' && [Array.from(job.codes), job.levels]).toEqual([
      [0, -1, 0, 1],
      ['admin.', 'tech; ops'],
    ]);
  });

  it('reading column by column reports what reading into rows reports', async () => {
    const ragged = path.join(dir, 'ragged.csv');
    writeFileSync(ragged, 'a,b,y\n1,2,no\n3,yes\n');
    await expect(readColumnarFile(ragged)).rejects.toThrow(
      `cannot read ${ragged}: line 3: 2 fields where the header has 3`,
    );
    await expect(readDelimitedFile(ragged)).rejects.toThrow('line 3: 2 fields where the header has 3');
    await expect(readColumnarFile(path.join(dir, 'missing.csv'))).rejects.toThrow(
      /missing\.csv: no such file/,
    );
    const notNumber = path.join(dir, 'not-number.csv');
    writeFileSync(notNumber, 'n,y\n1,no\n2,yes\nabc,no\n4,yes\n');
    const data = await readColumnarFile(notNumber);
    expect(() => featureTableOf(data, [{ name: 'n', kind: 'numeric' }])).toThrow(
      `${notNumber} row 3, column 'n': 'abc' is not a number`,
    );
    writeFileSync(notNumber, 'n,y\n1,no\n2, \n3,yes\n');
    const emptyTarget = await readColumnarFile(notNumber);
    expect(() => targetLabelsOf(emptyTarget, 'y')).toThrow(`${notNumber} row 2: the target 'y' is empty`);
  });
});
