import type { Store, Update } from '../store';
import type { ColumnSpec } from './column-map';
import type { CrmDirectory, DirectoryNeeds } from './crm-directory';

/** The collections `crmpro import` writes. */
export const IMPORT_KINDS = ['accounts', 'contacts', 'deals', 'interactions', 'orders'] as const;
export type ImportKindName = (typeof IMPORT_KINDS)[number];

export interface ImportOptions {
  /** Check every row and report, write nothing. */
  dryRun?: boolean;
  /** Orders: create products for unknown SKUs (from the line's description and price) instead of rejecting the rows. */
  addProducts?: boolean;
  /** Orders: the currency of files without a currency column (default USD). */
  currency?: string;
  /** Interactions: the sentiment (-1..1) of a summary, stored with each one (the caller passes the lexicon scorer). */
  sentimentOf?: (text: string) => number;
}

/** What row parsing may use. */
export interface ImportContext {
  store: Store;
  directory: CrmDirectory;
  now: Date;
  options: ImportOptions;
  /** Orders with `addProducts`: products to create, by upper-cased SKU. */
  newProducts: Map<string, Record<string, unknown>>;
}

type Document = Record<string, unknown>;

/** One record to write, built from one row (or, for orders, from all rows of one order number). */
export interface ImportDraft {
  /** The natural key within the file (account domain or name, contact email, deal name + account, …). */
  key: string;
  /** How the report names the record ("account acme.com"). */
  label: string;
  /** The whole document, inserted when nothing in the store matches. */
  document: Document;
  /** The fields the row sets on a matching stored document (blank cells leave fields alone). */
  set: Document;
  /** The data rows it came from. */
  rows: number[];
  /** The id of the stored document it updates, once resolved. */
  match?: string;
  /** Set when matching found the row unusable (an ambiguous match, a contact at another account). */
  rejection?: string;
}

/** How one kind of record is read from CSV rows and matched against the store. */
export interface ImportKind<F extends string = string> {
  collection: ImportKindName;
  columns: readonly ColumnSpec<F>[];
  /** Groups of fields of which at least one must be in the header. */
  required: readonly (readonly F[])[];
  needs: DirectoryNeeds;
  /** Rows with the same group key form one record (order lines by order number); others are single rows. */
  groupKeyOf?(values: Partial<Record<F, string>>): string | undefined;
  /** The draft of one row; throws an INVALID_INPUT CrmError whose message is the rejection reason. */
  parseRow(values: Partial<Record<F, string>>, row: number, context: ImportContext): ImportDraft;
  /** Folds a later row of the same group into the draft (order lines). */
  merge?(into: ImportDraft, next: ImportDraft): void;
  /** Sets `match` (or `rejection`) on drafts that update a stored document and returns those documents by id. */
  resolve(drafts: ImportDraft[], context: ImportContext): Promise<Map<string, Document>>;
  /** The update applied to a matched stored document. */
  updateOf(draft: ImportDraft, existing: Document, context: ImportContext): Update;
}

/** Fetches stored documents by id in chunks (for the drafts that matched). */
export async function documentsByIds(
  store: Store,
  collection: ImportKindName,
  ids: Iterable<string>,
): Promise<Map<string, Document>> {
  const all = [...new Set(ids)];
  const found = new Map<string, Document>();
  for (let offset = 0; offset < all.length; offset += 1000) {
    const chunk = all.slice(offset, offset + 1000);
    const documents = (await store[collection].find({ _id: { $in: chunk } })) as unknown as Document[];
    for (const document of documents) found.set(document._id as string, document);
  }
  return found;
}
