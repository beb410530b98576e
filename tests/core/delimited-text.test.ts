import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import {
  detectDelimiter,
  isBlankRecord,
  openDelimitedText,
  readDelimitedTable,
  readDelimitedTableSync,
  readingProblemOf,
  RecordSplitter,
  type ReadingProblem,
  type RecordBatch,
} from '../../src/core/delimited-text';
import { seededRandom } from '../../src/core/seeded-random';

const dir = mkdtempSync(path.join(tmpdir(), 'crmpro-delimited-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, content: string | Buffer) => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};

/** Records and their starting lines, splitting `text` at the given cut points. */
function split(text: string, cuts: number[] = [], delimiter = ','): [string[], number][] {
  const batch: RecordBatch = { records: [], lines: [] };
  const splitter = new RecordSplitter(delimiter);
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    splitter.push(text.slice(from, cut), batch);
    from = cut;
  }
  splitter.end(batch);
  return batch.records.map((cells, i) => [cells, batch.lines[i]!]);
}

/** csv-parse's reading of the whole text, with the line each record starts on. */
function reference(text: string, delimiter = ','): [string[], number][] {
  const records = parse(text, {
    delimiter,
    relax_quotes: true,
    relax_column_count: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    skip_empty_lines: false,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  return records.map(({ record }, i) => [record, i === 0 ? 1 : records[i - 1]!.info.lines + 1]);
}

async function problemOf(promise: Promise<unknown>): Promise<ReadingProblem | undefined> {
  try {
    await promise;
  } catch (error) {
    return readingProblemOf(error);
  }
  throw new Error('expected a reading problem');
}

describe('splitting records', () => {
  it('gives the same records whatever the chunking', () => {
    const text = 'a,b,c\n1,"x, y",3\r\n2,"multi\nline ""quoted""",4\n3,plain,5\n';
    const whole = split(text).map(([cells]) => cells);
    expect(whole).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', '3'],
      ['2', 'multi\nline "quoted"', '4'],
      ['3', 'plain', '5'],
    ]);
    for (let cut = 1; cut < text.length; cut++)
      expect(split(text, [cut]).map(([cells]) => cells)).toEqual(whole);
  });

  it('numbers each record by the line it starts on', () => {
    expect(
      split('h1,h2\n"a\nb",c\n\nd,e\r\nf,"g\r\nh"\ri,j').map(([cells, line]) => [cells[0], line]),
    ).toEqual([
      ['h1', 1],
      ['a\nb', 2],
      ['', 4],
      ['d', 5],
      ['f', 6],
      ['i', 8],
    ]);
  });

  it('reads every text as csv-parse reads it, cut anywhere', () => {
    const random = seededRandom(17);
    const pieces = ['a', '"a"', 'bc', ',', ';', '"', '""', '\n', '\r\n', '\r', ' ', 'é', '"x,y"', '"p\nq"'];
    for (let round = 0; round < 300; round++) {
      let text = '';
      const length = 1 + Math.floor(random() * 40);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      let expected: [string[], number][];
      try {
        expected = reference(text);
      } catch {
        expect(() => split(text)).toThrow(/not valid CSV: line \d+/);
        continue;
      }
      const cuts = [Math.floor(random() * text.length), Math.floor(random() * text.length)].sort(
        (a, b) => a - b,
      );
      // csv-parse counts a CRLF inside quotes as two lines; where a text has no CR, lines must agree too.
      const withoutLines = (records: [string[], number][]) =>
        text.includes('\r') ? records.map(([cells]) => cells) : records;
      expect({ text, cuts, records: withoutLines(split(text, cuts)) }).toEqual({
        text,
        cuts,
        records: withoutLines(expected),
      });
    }
  });

  it('names the line of a record csv-parse cannot read', () => {
    expect(() => split('a,b\n1,2\n3,"never closed\n4,5\n')).toThrow(
      'text is not valid CSV: line 3: Quote Not Closed',
    );
  });
});

describe('detecting the delimiter', () => {
  // (the cases of import and scoring are in tests/store/import-values and tests/ml/scoring/feature-table)
  it('skips blank lines of any line ending before the first line', () => {
    expect(detectDelimiter('\n\r\n \r\tx;y|z;w\na,b,c')).toBe(';');
  });
});

describe('opening delimited text files', () => {
  const read = async (file: string) => {
    const text = await openDelimitedText(file);
    const records: [string[], number][] = [];
    for await (const batch of text.batches)
      batch.records.forEach((cells, i) => records.push([cells, batch.lines[i]!]));
    return { delimiter: text.delimiter, header: text.header, records };
  };

  it('unpacks gzip found by its bytes, drops a BOM and blank lines before the header, keeps later ones', async () => {
    const file = write(
      'orders.data',
      gzipSync('\uFEFF\n ; \nname;city\r\nAcme;"Ber\r\nlin"\r\n\r\nGlobex;Oslo'),
    );
    expect(await read(file)).toEqual({
      delimiter: ';',
      header: ['name', 'city'],
      records: [
        [['Acme', 'Ber\r\nlin'], 4],
        [[''], 6],
        [['Globex', 'Oslo'], 7],
      ],
    });
  });

  it('streams a large file in batches with the same records as csv-parse', async () => {
    const lines = ['id|note|amount'];
    for (let i = 0; i < 60_000; i++)
      lines.push(i % 7 === 0 ? `${i}|"say ""hé""|twice"|${i / 4}` : `${i}|plain € ${i} 😀|${i / 4}`);
    const text = `${lines.join('\n')}\n`;
    const file = write('large.csv.gz', gzipSync(text));
    const opened = await openDelimitedText(file);
    let batches = 0;
    const records: string[][] = [];
    for await (const batch of opened.batches) {
      batches++;
      records.push(...batch.records);
    }
    expect(batches).toBeGreaterThan(1);
    // (compared as JSON: a deep equality of 60,000 records takes jest seconds)
    expect(JSON.stringify([opened.header, ...records])).toBe(JSON.stringify(parse(text, { delimiter: '|' })));
  });

  it('says why a file cannot be read', async () => {
    expect(await problemOf(openDelimitedText(path.join(dir, 'nope.csv')))).toMatchObject({
      kind: 'unreadable',
      why: 'no such file',
      errno: 'ENOENT',
    });
    mkdirSync(path.join(dir, 'folder.csv'));
    expect(await problemOf(openDelimitedText(path.join(dir, 'folder.csv')))).toMatchObject({
      kind: 'unreadable',
      why: 'it is a folder',
    });
    const numbers = Array.from({ length: 5000 }, (_, i) => `${i},${(i * 7919) % 10007}`).join('\n');
    const corrupt = gzipSync(`a,b\n${numbers}\n`).subarray(0, 2000);
    expect(await problemOf(read(write('cut.csv.gz', corrupt)))).toMatchObject({
      kind: 'unreadable',
      why: expect.stringMatching(/^corrupt gzip data/),
    });
    await expect(openDelimitedText(write('blank.csv', '\n , \n\n'))).rejects.toThrow(
      'blank.csv is empty: it has no header row.',
    );
  });

  it('treats a record of spaces and delimiters as blank', () => {
    expect(isBlankRecord([' ', ''])).toBe(true);
    expect(isBlankRecord(['', 'x'])).toBe(false);
  });
});

describe('reading tables whole', () => {
  it('reads the same table with or without waiting, leaving out empty lines', async () => {
    const file = write('table.csv', 'a,b\n1,2\n\n"3\n3",4\n');
    const expected = {
      file,
      delimiter: ',',
      header: ['a', 'b'],
      rows: [
        ['1', '2'],
        ['3\n3', '4'],
      ],
    };
    expect(await readDelimitedTable(file)).toEqual(expected);
    expect(readDelimitedTableSync(file)).toEqual(expected);
  });

  it('names the line of a row with the wrong number of fields when asked for the same width', async () => {
    const file = write('ragged.csv', 'a,b\n1,2\n"x\ny",2,3\n');
    expect((await readDelimitedTable(file)).rows).toHaveLength(2);
    await expect(readDelimitedTable(file, { sameWidth: true })).rejects.toThrow(
      'ragged.csv is not valid CSV: line 3: 3 fields where the header has 2',
    );
    expect(() => readDelimitedTableSync(file, { sameWidth: true })).toThrow(/line 3: 3 fields/);
  });
});
