import { Query } from 'mingo';
import type { Filter, Sort } from '../store';
import type { DocumentReader } from './document-reader';
import type { SqliteTable } from './sqlite-table';

type Document = Record<string, unknown>;

/**
 * The documents a batch of writes has touched so far, over the table's committed rows: later
 * operations of a bulk write see the effects of earlier ones. Nothing reaches SQLite until `flush`.
 */
export class WorkingSet {
  /** id → new document (null when deleted); `existed` says whether the id is in the table. */
  private readonly changes = new Map<string, { document: Document | null; existed: boolean }>();

  constructor(
    private readonly table: SqliteTable,
    private readonly reader: DocumentReader,
  ) {}

  /** Documents matching `filter` in MongoDB order: by `sort`, else natural (insertion) order. */
  matching(filter: Filter, sort: Sort | undefined, firstOnly: boolean): Document[] {
    if (this.changes.size === 0) return this.reader.find(filter, { sort, limit: firstOnly ? 1 : 0 });
    const id = idOnly(filter);
    if (id !== undefined && this.changes.has(id)) {
      // By-id writes in a big batch (re-imports): answer from the staged change, not a scan of all of them.
      const staged = this.changes.get(id)!.document;
      return staged ? [staged] : [];
    }
    if (id !== undefined) return this.reader.find(filter, { limit: 1 });
    const committed = this.reader
      .find(filter)
      .filter((document) => !this.changes.has(document._id as string));
    const pending = [...this.changes.values()].flatMap((change) =>
      change.document ? [change.document] : [],
    );
    const cursor = new Query(filter).find<Document>([...committed, ...pending]);
    if (sort) cursor.sort(sort);
    if (firstOnly) cursor.limit(1);
    return cursor.all();
  }

  /**
   * Stages a new document; false when this batch already holds a document with its _id. A clash
   * with a stored document is left to the table's unique id, which fails the flush (CONFLICT).
   */
  insert(document: Document): boolean {
    const id = document._id as string;
    const change = this.changes.get(id);
    if (change?.document) return false;
    this.changes.set(id, { document, existed: change?.existed ?? false });
    return true;
  }

  /** Stages the new version of a document `matching` returned. */
  replace(document: Document): void {
    const id = document._id as string;
    this.changes.set(id, { document, existed: this.changes.get(id)?.existed ?? true });
  }

  /** Stages the removal of a document `matching` returned. */
  remove(id: string): void {
    this.changes.set(id, { document: null, existed: this.changes.get(id)?.existed ?? true });
  }

  /** Writes every change; the caller holds the SQLite transaction. */
  flush(): void {
    for (const [id, { document, existed }] of this.changes) {
      if (document === null) {
        if (existed) this.table.deleteRow(id);
      } else if (existed) this.table.updateRow(id, document);
      else this.table.insertRow(id, document);
    }
  }
}

/** The id when the filter is exactly `{ _id: '<id>' }` or `{ _id: { $eq: '<id>' } }`. */
function idOnly(filter: Filter): string | undefined {
  const keys = Object.keys(filter);
  if (keys.length !== 1 || keys[0] !== '_id') return undefined;
  const value = filter._id;
  if (typeof value === 'string') return value;
  if (
    value &&
    typeof value === 'object' &&
    Object.keys(value).length === 1 &&
    typeof (value as { $eq?: unknown }).$eq === 'string'
  ) {
    return (value as { $eq: string }).$eq;
  }
  return undefined;
}
