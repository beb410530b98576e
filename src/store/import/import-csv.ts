import path from 'node:path';
import { CrmError, ErrorCode, isCrmError } from '../../core/errors';
import type { BulkOperation, Store } from '../store';
import { accountImport } from './account-import';
import { ColumnMap } from './column-map';
import { contactImport } from './contact-import';
import { CrmDirectory } from './crm-directory';
import { openCsv } from './csv-records';
import { dealImport } from './deal-import';
import type { ImportContext, ImportDraft, ImportKind, ImportKindName, ImportOptions } from './import-kind';
import { interactionImport } from './interaction-import';
import { orderImport } from './order-import';
import { RowValidator } from './row-validator';

/** Each importable collection's column mapping and matching rules. */
export const IMPORTERS: Readonly<Record<ImportKindName, ImportKind>> = {
  accounts: accountImport as ImportKind,
  contacts: contactImport as ImportKind,
  deals: dealImport as ImportKind,
  interactions: interactionImport as ImportKind,
  orders: orderImport as ImportKind,
};

/** A row that was not imported, and why. `row` counts data rows from 1 (the header is not counted). */
export interface RejectedRow {
  row: number;
  reason: string;
}

/** What an import did (or, in a dry run, would do). */
export interface ImportReport {
  kind: ImportKindName;
  file: string;
  dryRun: boolean;
  /** Non-blank data rows read. */
  rows: number;
  /** Records written: inserted + updated (orders count once however many lines they have). */
  imported: number;
  inserted: number;
  updated: number;
  /** Products created for unknown SKUs (orders with `addProducts`). */
  productsAdded: number;
  rejected: RejectedRow[];
  seconds: number;
}

type Document = Record<string, unknown>;

/** The report's summary line: `imported N (new X, updated Y), rejected K`. */
export function importSummaryLine(report: ImportReport): string {
  const counts = `(new ${report.inserted}, updated ${report.updated}), rejected ${report.rejected.length}`;
  return report.dryRun
    ? `dry run: would import ${report.imported} ${counts}`
    : `imported ${report.imported} ${counts}`;
}

/**
 * Imports a CSV file into one collection: maps the header, checks every row (schema and references),
 * then writes all valid rows in one bulkWrite (inserting new records, updating those matched by their
 * natural key), so a failed write leaves nothing half-imported. Invalid rows are reported, not written.
 * Throws INVALID_INPUT naming the file when it cannot be read or lacks a required column.
 */
export async function importCsv(
  store: Store,
  kind: ImportKindName,
  file: string,
  options: ImportOptions = {},
  now: Date = new Date(),
): Promise<ImportReport> {
  const started = performance.now();
  const importer = IMPORTERS[kind];
  const { header, rows } = await openCsv(file);
  const columns = ColumnMap.of(header, importer.columns, importer.required, file);
  const directory = await CrmDirectory.load(store, importer.needs);
  const context: ImportContext = { store, directory, now, options, newProducts: new Map() };

  const rejected: RejectedRow[] = [];
  const rejectRows = (draft: ImportDraft, reason: string) =>
    draft.rows.forEach((row) => rejected.push({ row, reason }));
  const singles: ImportDraft[] = [];
  const groups = new Map<string, ImportDraft>();
  const poisoned = new Map<string, number>();
  let read = 0;
  for await (const { row, cells } of rows) {
    read++;
    const values = columns.values(cells);
    const group = importer.groupKeyOf?.(values);
    try {
      const draft = importer.parseRow(values, row, context);
      if (group === undefined) singles.push(draft);
      else if (groups.has(group)) importer.merge!(groups.get(group)!, draft);
      else groups.set(group, draft);
    } catch (error) {
      if (!isCrmError(error, ErrorCode.InvalidInput)) throw error;
      rejected.push({ row, reason: error.message });
      if (group !== undefined && !poisoned.has(group)) poisoned.set(group, row);
    }
  }
  for (const [group, draft] of groups) {
    const bad = poisoned.get(group);
    if (bad === undefined) singles.push(draft);
    else rejectRows(draft, `${draft.label} not imported: its line in row ${bad} was rejected`);
  }

  const existing = await importer.resolve(singles, context);
  const accepted: ImportDraft[] = [];
  const seen = new Map<string, ImportDraft>();
  const validator = new RowValidator();
  for (const draft of singles.sort((a, b) => a.rows[0]! - b.rows[0]!)) {
    if (draft.rejection) {
      rejectRows(draft, draft.rejection);
      continue;
    }
    const target = draft.match ? `id:${draft.match}` : `key:${draft.key}`;
    const first = seen.get(target);
    if (first) {
      rejectRows(draft, `duplicate of row ${first.rows[0]} (same ${draft.label})`);
      continue;
    }
    const stored = draft.match ? existing.get(draft.match) : undefined;
    const problems = await validator.problems(kind, stored ? { ...stored, ...draft.set } : draft.document);
    if (problems.length) {
      rejectRows(draft, problems.join('; '));
      continue;
    }
    seen.set(target, draft);
    accepted.push(draft);
  }

  const updates = accepted.filter((draft) => draft.match);
  const inserts = accepted.filter((draft) => !draft.match);
  const operations: BulkOperation<Document>[] = [
    ...updates.map((draft) => ({
      updateOne: {
        filter: { _id: draft.match },
        update: importer.updateOf(draft, existing.get(draft.match!)!, context),
      },
    })),
    ...inserts.map((draft) => ({ insertOne: { document: draft.document } })),
  ];
  const products = productsFor(accepted, context);
  if (!options.dryRun && operations.length) {
    await writeAll(store, kind, file, operations, products);
    await store.refreshStatistics();
  }

  return {
    kind,
    file,
    dryRun: Boolean(options.dryRun),
    rows: read,
    imported: accepted.length,
    inserted: inserts.length,
    updated: updates.length,
    productsAdded: products.length,
    rejected: rejected.sort((a, b) => a.row - b.row),
    seconds: Math.round(performance.now() - started) / 1000,
  };
}

/** The new products the accepted orders refer to (only with `addProducts`). */
function productsFor(accepted: readonly ImportDraft[], context: ImportContext): Document[] {
  if (!context.newProducts.size) return [];
  const used = new Set<unknown>();
  for (const draft of accepted)
    for (const line of (draft.document.lines as Document[] | undefined) ?? []) used.add(line.productId);
  return [...context.newProducts.values()].filter((product) => used.has(product._id));
}

/** One bulkWrite for the records (after the new products, which are removed again if it fails). */
async function writeAll(
  store: Store,
  kind: ImportKindName,
  file: string,
  operations: BulkOperation<Document>[],
  products: Document[],
): Promise<void> {
  const collection = store[kind] as unknown as {
    bulkWrite(operations: BulkOperation<Document>[]): Promise<unknown>;
  };
  try {
    if (products.length)
      await store.products.bulkWrite(
        products.map((document) => ({ insertOne: { document: document as never } })),
      );
    try {
      await collection.bulkWrite(operations);
    } catch (error) {
      if (products.length)
        await store.products.bulkWrite(
          products.map((product) => ({ deleteOne: { filter: { _id: product._id } } })),
        );
      throw error;
    }
  } catch (error) {
    const reason = isCrmError(error) ? error.message : ((error as Error)?.message ?? String(error));
    throw new CrmError(
      isCrmError(error) ? error.code : ErrorCode.Unavailable,
      `Nothing was imported from ${path.basename(file)}: the write failed (${reason}).`,
      { file },
      { cause: error },
    );
  }
}
