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

  exists(id: string): boolean {
    const change = this.changes.get(id);
    return change ? change.document !== null : this.table.hasId(id);
  }

  put(document: Document): void {
    const id = document._id as string;
    const existed = this.changes.get(id)?.existed ?? this.table.hasId(id);
    this.changes.set(id, { document, existed });
  }

  remove(id: string): void {
    const existed = this.changes.get(id)?.existed ?? this.table.hasId(id);
    this.changes.set(id, { document: null, existed });
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
