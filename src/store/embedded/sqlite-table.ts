import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { Schema } from 'mongoose';
import type { DocumentCodec } from './document-codec';
import { fieldExpression, type QueryPlanner, type SqlParam } from './query-plan';

/** One collection's SQLite table: rows of (rowid, id, JSON document) and expression indexes on fields. */
export class SqliteTable {
  readonly tableName: string;
  private readonly statements = new Map<string, StatementSync>();

  constructor(
    readonly collection: string,
    private readonly db: DatabaseSync,
    private readonly codec: DocumentCodec,
    readonly planner: QueryPlanner,
  ) {
    this.tableName = `c_${collection}`;
  }

  create(): void {
    this.db.exec(
      `CREATE TABLE IF NOT EXISTS "${this.tableName}" (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, doc TEXT NOT NULL)`,
    );
  }

  /**
   * Creates a SQLite expression index for each index the mongoose schema declares, except those led
   * by an array field: an expression index holds the whole array's JSON text, which no query of
   * one element can use, so it only cost every insert (one stored by an older version is dropped).
   */
  createIndexes(schema: Schema): void {
    for (const [fields, options] of schema.indexes()) {
      const keys = Object.entries(fields as Record<string, number>);
      const unique = Boolean((options as { unique?: boolean }).unique);
      const name = `${unique ? 'ux' : 'ix'}_${this.collection}__${keys.map(([key]) => key.replace(/\./g, '_')).join('__')}`;
      const leading = keys[0] ? (schema.path(keys[0][0]) as { instance?: string } | undefined) : undefined;
      if (leading?.instance === 'Array') {
        this.db.exec(`DROP INDEX IF EXISTS "${name}"`);
        continue;
      }
      const columns = keys
        .map(([key, dir]) => `${fieldExpression(key)}${dir === -1 ? ' DESC' : ''}`)
        .join(', ');
      this.db.exec(
        `CREATE ${unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS "${name}" ON "${this.tableName}" (${columns})`,
      );
    }
  }

  /** The fields of a unique index, from the index name SQLite reports in a constraint error. */
  static fieldsOfIndex(indexName: string): string[] {
    const [, ...fields] = indexName.split('__');
    return fields;
  }

  decode<T = Record<string, unknown>>(text: string): T {
    return this.codec.decode<T>(text);
  }

  statement(sql: string): StatementSync {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  select(where: string, params: SqlParam[], tail = ''): string[] {
    const rows = this.statement(`SELECT doc FROM "${this.tableName}" WHERE ${where} ${tail}`).all(
      ...params,
    ) as unknown as {
      doc: string;
    }[];
    return rows.map((row) => row.doc);
  }

  /** EXPLAIN QUERY PLAN of the select with these clauses, one line per plan step. */
  explain(where: string, params: SqlParam[], tail = ''): string[] {
    const rows = this.db
      .prepare(`EXPLAIN QUERY PLAN SELECT doc FROM "${this.tableName}" WHERE ${where} ${tail}`)
      .all(...params) as unknown as { detail: string }[];
    return rows.map((row) => row.detail);
  }

  count(where: string, params: SqlParam[]): number {
    const row = this.statement(`SELECT COUNT(*) AS n FROM "${this.tableName}" WHERE ${where}`).get(
      ...params,
    ) as { n: number };
    return row.n;
  }

  byId(id: string): string | undefined {
    const row = this.statement(`SELECT doc FROM "${this.tableName}" WHERE id = ?`).get(id) as
      { doc: string } | undefined;
    return row?.doc;
  }

  insertRow(id: string, document: object): void {
    this.statement(`INSERT INTO "${this.tableName}" (id, doc) VALUES (?, ?)`).run(
      id,
      this.codec.encode(document),
    );
  }

  updateRow(id: string, document: object): void {
    this.statement(`UPDATE "${this.tableName}" SET doc = ? WHERE id = ?`).run(
      this.codec.encode(document),
      id,
    );
  }

  deleteRow(id: string): void {
    this.statement(`DELETE FROM "${this.tableName}" WHERE id = ?`).run(id);
  }

  deleteAll(): void {
    this.db.exec(`DELETE FROM "${this.tableName}"`);
  }
}
