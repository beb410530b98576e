import { isEmptyLine, openDelimitedText, problemText, readingProblemOf } from '../../core/delimited-text';
import { CrmError, ErrorCode } from '../../core/errors';
import { isNonProductCode } from './non-product-codes';
import { OrderBookBuilder, type OrderBook } from './order-book';
import { parseOrderDate } from './order-date';
import { orderColumnsOf, type OrderColumns } from './orders-file-columns';

/**
 * Reads an orders file (UCI Online Retail columns or the CRM's own export; plain or gzipped, detected
 * from the bytes; delimiter detected) into an OrderBook, streaming it. Rows without a customer are
 * skipped; cancellations (`C` invoices, negative quantities, status `returned`) are kept as negative
 * lines to be netted; orders with status `cancelled` are dropped; fee and postage codes are flagged as
 * non-products. Unreadable files, missing columns, bad dates and bad numbers throw INVALID_INPUT
 * naming the file and line.
 */
export async function readOrdersFile(file: string): Promise<OrderBook> {
  const builder = new OrderBookBuilder(1 << 16);
  try {
    const text = await openDelimitedText(file);
    try {
      const parser = new OrderRowParser(orderColumnsOf(text.header, file), file, text.delimiter);
      for await (const { records, lines } of text.batches) {
        for (let i = 0; i < records.length; i++) {
          const fields = records[i]!;
          if (!isEmptyLine(fields)) parser.add(fields, lines[i]!, builder);
        }
      }
    } finally {
      text.close();
    }
  } catch (error) {
    const problem = readingProblemOf(error);
    if (!problem) throw error;
    throw new CrmError(
      ErrorCode.InvalidInput,
      problem.kind === 'empty'
        ? `Orders file ${file} is empty (no header row).`
        : `Cannot read orders file ${file}: ${problemText(problem)}`,
      { file, line: problem.line },
      { cause: error },
    );
  }
  return builder.build();
}

/** Validates and converts one data row at a time (with a small cache: lines of one invoice share a date). */
class OrderRowParser {
  private lastDateText = '';
  private lastDate = Number.NaN;
  private readonly width: number;

  constructor(
    private readonly columns: OrderColumns,
    private readonly file: string,
    private readonly delimiter: string,
  ) {
    this.width =
      Math.max(
        columns.invoice,
        columns.product,
        columns.quantity,
        columns.date,
        columns.unitPrice,
        columns.customer,
      ) + 1;
  }

  add(fields: string[], line: number, builder: OrderBookBuilder): void {
    const stats = builder.stats;
    stats.readLines++;
    const c = this.columns;
    if (fields.length < this.width) {
      if (fields.length === 1 && fields[0]!.trim() === '') return;
      this.fail(
        line,
        `has ${fields.length} field${fields.length === 1 ? '' : 's'}, expected at least ${this.width}`,
      );
    }
    let customerId = fields[c.customer]!.trim();
    if (!customerId && c.customerRef >= 0 && c.customerRef !== c.customer)
      customerId = fields[c.customerRef]?.trim() ?? '';
    if (!customerId) {
      stats.withoutCustomer++;
      return;
    }
    if (customerId.endsWith('.0')) customerId = customerId.slice(0, -2);
    const status = c.status >= 0 ? fields[c.status]!.trim().toLowerCase() : '';
    if (status === 'cancelled') {
      stats.cancelledOrderLines++;
      return;
    }
    const dateText = fields[c.date]!;
    if (dateText !== this.lastDateText) {
      this.lastDate = parseOrderDate(dateText);
      this.lastDateText = dateText;
      if (Number.isNaN(this.lastDate))
        this.fail(line, `date '${dateText}' is not a date (expected e.g. 2011-12-09 12:50:00)`);
    }
    const invoiceId = fields[c.invoice]!.trim();
    const productId = fields[c.product]!.trim();
    if (!invoiceId) this.fail(line, 'has no invoice/order number');
    if (!productId) this.fail(line, 'has no stock code/SKU');
    let quantity = this.number(fields[c.quantity]!, line, 'quantity');
    const unitPrice = this.number(fields[c.unitPrice]!, line, 'unit price');
    const cancellation = invoiceId.charCodeAt(0) === 67 /* C */ || quantity < 0 || status === 'returned';
    if (cancellation) {
      quantity = -Math.abs(quantity);
      stats.cancellationLines++;
    }
    const isProduct = !isNonProductCode(productId) && unitPrice >= 0;
    if (!isProduct) stats.nonProductLines++;
    builder.add({
      customerId,
      productId,
      productName: c.description >= 0 ? fields[c.description]?.trim() : undefined,
      invoiceId,
      at: this.lastDate,
      quantity,
      unitPrice,
      isProduct,
    });
  }

  private number(text: string, line: number, what: string): number {
    let value = Number(text);
    if (Number.isNaN(value) || text.trim() === '') {
      if (this.delimiter === ';' && /^\s*-?\d+,\d+\s*$/.test(text)) value = Number(text.replace(',', '.'));
      if (Number.isNaN(value) || text.trim() === '') this.fail(line, `${what} '${text}' is not a number`);
    }
    return value;
  }

  private fail(line: number, problem: string): never {
    throw new CrmError(ErrorCode.InvalidInput, `Orders file ${this.file}, line ${line}: ${problem}.`, {
      file: this.file,
      line,
    });
  }
}
