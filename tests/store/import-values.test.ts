import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { detectDelimiter } from '../../src/core/delimited-text';
import { headerKey, openCsv } from '../../src/store/import';
import { parseDate, parseDomain, parseEmployees, parseNumber } from '../../src/store/import/value-parsers';

describe('CSV reading', () => {
  it('detects the delimiter from the first line, ignoring delimiters inside quotes', () => {
    expect(detectDelimiter('name,domain\nAcme;x,y')).toBe(',');
    expect(detectDelimiter('\uFEFFname;domain;"a,b,c"\n')).toBe(';');
    expect(detectDelimiter('name\tdomain\tindustry')).toBe('\t');
    expect(detectDelimiter('name')).toBe(',');
  });

  it('compares header names case-, space- and underscore-insensitively', () => {
    expect(headerKey(' Account_Name ')).toBe(headerKey('account name'));
    expect(headerKey('E-mail')).toBe('email');
    expect(headerKey('\uFEFFInvoiceNo')).toBe(headerKey('invoice no'));
  });

  it('reads gzipped files and numbers rows after the header', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'crmpro-csv-'));
    try {
      const file = path.join(dir, 'a.csv.gz');
      writeFileSync(file, gzipSync('\n\nname;domain\r\nAcme;acme.com\r\n\r\n"Glo\r\nbex";globex.com\r\n'));
      const { header, delimiter, rows } = await openCsv(file);
      expect({ header, delimiter }).toEqual({ header: ['name', 'domain'], delimiter: ';' });
      const read = [];
      for await (const row of rows) read.push(row);
      expect(read).toEqual([
        { row: 1, cells: ['Acme', 'acme.com'] },
        { row: 3, cells: ['Glo\r\nbex', 'globex.com'] },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('cell values', () => {
  it('reads numbers written the US or the European way', () => {
    expect(parseNumber('$ 12,500.50', 'amount')).toBe(12_500.5);
    expect(parseNumber('12.500,50', 'amount')).toBe(12_500.5);
    expect(parseNumber('12,5', 'amount')).toBe(12.5);
    expect(parseNumber('-3', 'quantity')).toBe(-3);
    expect(() => parseNumber('twelve', 'amount')).toThrow("amount: 'twelve' is not a number");
  });

  it('reads ISO, slashed (day first only when it must be) and dotted dates as UTC', () => {
    expect(parseDate('2025-05-14', 'd')).toEqual(new Date('2025-05-14T00:00:00Z'));
    expect(parseDate('2010-12-01 08:26:00', 'd')).toEqual(new Date('2010-12-01T08:26:00Z'));
    expect(parseDate('2025-05-14T10:00:00+02:00', 'd')).toEqual(new Date('2025-05-14T08:00:00Z'));
    expect(parseDate('05/14/2025', 'd')).toEqual(new Date('2025-05-14T00:00:00Z'));
    expect(parseDate('14/05/2025', 'd')).toEqual(new Date('2025-05-14T00:00:00Z'));
    expect(parseDate('12/1/2010 8:26', 'd')).toEqual(new Date('2010-12-01T08:26:00Z'));
    expect(parseDate('14.05.2025', 'd')).toEqual(new Date('2025-05-14T00:00:00Z'));
    expect(parseDate('May 14, 2025', 'd')).toEqual(new Date('2025-05-14T00:00:00Z'));
    expect(() => parseDate('2025-02-30', 'close date')).toThrow("close date: '2025-02-30' is not a date");
  });

  it('turns websites into domains and head counts or bands into sizes', () => {
    expect(parseDomain('https://www.Acme.com/about?x=1')).toBe('acme.com');
    expect(() => parseDomain('acme')).toThrow("domain: 'acme' is not a web domain");
    expect(parseEmployees('1,200')).toEqual({ employees: 1200 });
    expect(parseEmployees('201-1000')).toEqual({ size: '201-1000' });
    expect(() => parseEmployees('12.5')).toThrow("employees: '12.5' is not a whole number");
  });
});
