import { Query } from 'mingo';
import { CrmError, ErrorCode } from '../../core/errors';
import type { Filter, FindOptions, Sort } from '../store';
import type { SqlParam } from './query-plan';
import type { SqliteTable } from './sqlite-table';

type Document = Record<string, unknown>;

/** The SQL of one read, and whether SQL alone answers it. */
interface ReadSql {
  where: string;
  params: SqlParam[];
  /** ORDER BY / LIMIT / OFFSET. */
  tail: string;
  /** True when SQL filtered, sorted and paged completely; otherwise mingo finishes the job on the rows. */
  complete: boolean;
}

/**
 * Answers finds on one table: the part of the filter SQL can evaluate (through the expression
 * indexes) narrows the rows, mingo applies the whole filter, sort and paging with MongoDB
 * semantics, unless SQL already did all of it. Filters arrive cast to schema types.
 */
export class DocumentReader {
  constructor(
    private readonly collection: string,
    private readonly table: SqliteTable,
  ) {}

  find<T = Document>(filter: Filter, options: FindOptions = {}): T[] {
    const read = this.sqlFor(filter, options);
    let documents = this.table
      .select(read.where, read.params, read.tail)
      .map((text) => this.table.decode<T>(text));
    this.mingo(() => {
      if (!read.complete) {
        const cursor = new Query(filter).find<T>(documents);
        if (options.sort) cursor.sort(options.sort);
        if (options.skip) cursor.skip(options.skip);
        if ((options.limit ?? 0) > 0) cursor.limit(options.limit!);
        documents = cursor.all();
      }
      if (options.projection) documents = new Query({}).find<T>(documents, options.projection as never).all();
    });
    return documents;
  }

  count(filter: Filter): number {
    const plan = this.table.planner.plan(filter);
    return plan.exact ? this.table.count(plan.where, plan.params) : this.find(filter).length;
  }

  /** The first document by `sort` (natural order without one), or undefined. */
  first<T = Document>(filter: Filter, sort?: Sort): T | undefined {
    return this.find<T>(filter, { sort, limit: 1 })[0];
  }

  /** How SQLite runs this find: the EXPLAIN QUERY PLAN lines (tests and the bench check index use). */
  explain(filter: Filter, options: FindOptions = {}): string[] {
    const read = this.sqlFor(filter, options);
    return this.table.explain(read.where, read.params, read.tail);
  }

  private sqlFor(filter: Filter, options: FindOptions): ReadSql {
    const planner = this.table.planner;
    const plan = planner.plan(filter);
    // Without a sort, the order is unspecified, as in MongoDB: SQLite may then walk an index (rows
    // with equal keys still come in insertion order) instead of sorting by rowid, which would make
    // it prefer a full scan for ranges. With a sort, rowid breaks ties in both paths alike.
    const sorted = options.sort !== undefined && Object.keys(options.sort).length > 0;
    if (!plan.exact || !planner.canSortInSql(options.sort)) {
      return {
        where: plan.where,
        params: plan.params,
        tail: sorted ? 'ORDER BY rowid' : '',
        complete: false,
      };
    }
    const params = [...plan.params];
    let tail = sorted ? planner.orderBy(options.sort) : '';
    if ((options.limit ?? 0) > 0 || (options.skip ?? 0) > 0) {
      tail += ' LIMIT ? OFFSET ?';
      params.push((options.limit ?? 0) > 0 ? options.limit! : -1, options.skip ?? 0);
    }
    return { where: plan.where, params, tail, complete: true };
  }

  /** mingo rejects unknown operators and malformed queries by throwing; that is the caller's INVALID_INPUT. */
  private mingo(work: () => void): void {
    try {
      work();
    } catch (error) {
      throw new CrmError(
        ErrorCode.InvalidInput,
        `Invalid ${this.collection} query: ${(error as Error).message}`,
        {},
        { cause: error },
      );
    }
  }
}
