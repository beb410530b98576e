import { isBlankRecord, openDelimitedText } from '../../core/delimited-text';

/** One data row of a CSV file: its number (1 = the first row after the header) and its cells. */
export interface CsvRow {
  row: number;
  cells: string[];
}

/**
 * The CSV file to import as a stream of rows, read by the one delimited-text reader (gzip, BOM,
 * delimiter, quotes with line breaks). The first non-blank record is the header; every later record,
 * blank ones included, counts as a data row, so row numbers match a spreadsheet's (minus the header);
 * blank rows are not yielded. Errors name the file (`Cannot read …`, `… is not valid CSV: line N: …`).
 */
export async function openCsv(
  file: string,
): Promise<{ header: string[]; delimiter: string; rows: AsyncGenerator<CsvRow> }> {
  const text = await openDelimitedText(file);
  async function* rows(): AsyncGenerator<CsvRow> {
    let row = 0;
    try {
      for await (const { records } of text.batches) {
        for (const cells of records) {
          row++;
          if (!isBlankRecord(cells)) yield { row, cells };
        }
      }
    } finally {
      text.close();
    }
  }
  return { header: text.header, delimiter: text.delimiter, rows: rows() };
}
