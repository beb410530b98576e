import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseOrderDate } from '../../../src/ml/orders/order-date';
import { readOrdersFile } from '../../../src/ml/orders/read-orders-file';

const dir = mkdtempSync(path.join(tmpdir(), 'crmpro-orders-'));
const write = (name: string, text: string | Buffer) => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};

const UCI = [
  'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country',
  '536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850,United Kingdom',
  '536365,POST,POSTAGE,1,2010-12-01 08:26:00,18.00,17850,United Kingdom',
  '536366,22633,"HAND WARMER, UNION JACK",6,2010-12-01 08:28:00,1.85,17850.0,United Kingdom',
  'C536379,85123A,WHITE HANGING HEART T-LIGHT HOLDER,-2,2010-12-01 09:41:00,2.55,17850,United Kingdom',
  '536367,84879,ASSORTED COLOUR BIRD ORNAMENT,32,2010-12-01 08:34:00,1.69,,United Kingdom',
  '536368,22960,"JAM MAKING SET ""DELUXE""\nWITH JARS",6,2010-12-01 08:34:00,4.25,13047,United Kingdom',
].join('\n');

describe('reading orders files', () => {
  it('reads UCI Online Retail columns: skips rows without a customer, keeps cancellations negative, flags postage', async () => {
    const book = await readOrdersFile(write('uci.csv', UCI));
    expect(book.lineCount).toBe(5);
    expect(book.stats).toMatchObject({
      readLines: 6,
      withoutCustomer: 1,
      cancellationLines: 1,
      nonProductLines: 1,
    });
    expect(book.customers).toEqual(['17850', '13047']);
    const cancelled = Array.from(book.quantity).findIndex((q) => q < 0);
    expect(book.invoices[book.invoice[cancelled]!]).toBe('C536379');
    expect(book.quantity[cancelled]).toBe(-2);
    const post = book.products.indexOf('POST');
    expect(
      Array.from(book.product)
        .map((p, i) => [p, book.isProduct[i]])
        .filter(([p]) => p === post),
    ).toEqual([[post, 0]]);
    expect(book.productNames[book.products.indexOf('22633')]).toBe('HAND WARMER, UNION JACK');
    expect(book.productNames[book.products.indexOf('22960')]).toBe('JAM MAKING SET "DELUXE"\nWITH JARS');
    expect(book.at[0]).toBe(Date.UTC(2010, 11, 1, 8, 26));
  });

  it('reads gzipped files directly (detected from the bytes, whatever the name)', async () => {
    const book = await readOrdersFile(write('uci.data', gzipSync(Buffer.from(UCI))));
    expect(book.lineCount).toBe(5);
  });

  it("reads the CRM's own export: status cancelled dropped, returned netted, customerRef when no account", async () => {
    const file = write(
      'crm.csv',
      [
        'orderNumber,orderedAt,accountId,customerRef,sku,description,quantity,unitPrice,status,currency,country',
        'SO-1,2025-01-05T10:00:00Z,acc1,,LIC-PRO,Pro licence,2,100,shipped,USD,US',
        'SO-2,2025-01-06T10:00:00Z,acc1,,LIC-PRO,Pro licence,1,100,cancelled,USD,US',
        'SO-3,2025-01-07T10:00:00Z,,web-77,CNS-BATT,Battery,3,10,returned,USD,US',
      ].join('\r\n'),
    );
    const book = await readOrdersFile(file);
    expect(book.customers).toEqual(['acc1', 'web-77']);
    expect(Array.from(book.quantity)).toEqual([2, -3]);
    expect(book.stats.cancelledOrderLines).toBe(1);
  });

  it('reads semicolon files with decimal commas and US dates (Excel exports)', async () => {
    const file = write(
      'excel.csv',
      'InvoiceNo;StockCode;Quantity;InvoiceDate;UnitPrice;CustomerID\n1;A;2;12/9/2011 12:50;2,55;7\n',
    );
    const book = await readOrdersFile(file);
    expect(book.unitPrice[0]).toBeCloseTo(2.55);
    expect(book.at[0]).toBe(Date.UTC(2011, 11, 9, 12, 50));
  });

  it('names the file and the missing columns', async () => {
    const file = write('missing.csv', 'InvoiceNo,StockCode,Quantity,UnitPrice,CustomerID\n1,A,1,1,7\n');
    await expect(readOrdersFile(file)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/missing\.csv: missing column InvoiceDate/),
    });
  });

  it('names the file and line of a bad date or number', async () => {
    const badDate = write(
      'bad-date.csv',
      `${UCI.split('\n')[0]}\n1,A,x,1,2011-02-30 10:00,1,7,UK\n`.replace('1,A,x,1', '1,A,desc,1'),
    );
    await expect(readOrdersFile(badDate)).rejects.toThrow(
      /bad-date\.csv, line 2: date '2011-02-30 10:00' is not a date/,
    );
    const badNumber = write(
      'bad-number.csv',
      `${UCI.split('\n')[0]}\n1,A,desc,1,2011-02-03 10:00,1,7,UK\n2,B,desc,two,2011-02-03 10:00,1,7,UK\n`,
    );
    await expect(readOrdersFile(badNumber)).rejects.toThrow(
      /bad-number\.csv, line 3: quantity 'two' is not a number/,
    );
  });

  it('says which file it cannot read', async () => {
    await expect(readOrdersFile(path.join(dir, 'nope.csv'))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('nope.csv'),
    });
    await expect(readOrdersFile(write('empty.csv', ''))).rejects.toThrow(/empty\.csv is empty/);
  });
});

describe('order dates', () => {
  it('accepts ISO, ISO with zone and US forms, and rejects impossible dates', () => {
    expect(parseOrderDate('2011-12-09')).toBe(Date.UTC(2011, 11, 9));
    expect(parseOrderDate('2011-12-09T12:50:00+02:00')).toBe(Date.UTC(2011, 11, 9, 10, 50));
    expect(parseOrderDate('12/9/2011 12:50')).toBe(Date.UTC(2011, 11, 9, 12, 50));
    expect(parseOrderDate('2011-13-01')).toBeNaN();
    expect(parseOrderDate('yesterday')).toBeNaN();
  });
});
