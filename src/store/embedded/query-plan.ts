import type { Schema } from 'mongoose';
import type { Filter, Sort } from '../store';

/** The type a top-level scalar path holds, by its schema. Only these paths are pushed down to SQL. */
type ScalarKind = 'string' | 'number' | 'date' | 'id';

/** SQL that narrows a collection to candidate rows; mingo then applies the full filter to them. */
export interface SqlPlan {
  /** WHERE clause ('1' when nothing could be pushed down). */
  where: string;
  params: SqlParam[];
  /** True when `where` alone is the whole filter, so counting, sorting and paging may happen in SQL. */
  exact: boolean;
}

export type SqlParam = string | number;

/** The SQL expression for a document field, written exactly as in the expression indexes so SQLite uses them. */
export function fieldExpression(path: string): string {
  if (path === '_id') return 'id';
  if (!/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(path)) {
    throw new Error(`unsupported field path for SQL: ${path}`);
  }
  return `json_extract(doc, '$.${path}')`;
}

/** Plans filters for one collection from its schema's scalar paths. */
export class QueryPlanner {
  private readonly scalars = new Map<string, ScalarKind>();

  constructor(schema: Schema) {
    schema.eachPath((path, schemaType) => {
      const instance = (schemaType as unknown as { instance: string }).instance;
      if (path === '_id') this.scalars.set(path, 'id');
      else if (instance === 'String') this.scalars.set(path, 'string');
      else if (instance === 'Number') this.scalars.set(path, 'number');
      else if (instance === 'Date') this.scalars.set(path, 'date');
    });
  }

  /** True when a sort can be done by SQL (all its keys are scalar schema paths). */
  canSortInSql(sort: Sort | undefined): boolean {
    return sort === undefined || Object.keys(sort).every((key) => this.scalars.has(key));
  }

  orderBy(sort: Sort | undefined): string {
    const terms = Object.entries(sort ?? {}).map(
      ([key, dir]) => `${fieldExpression(key)} ${dir === -1 ? 'DESC' : 'ASC'}`,
    );
    return `ORDER BY ${[...terms, 'rowid ASC'].join(', ')}`;
  }

  plan(filter: Filter): SqlPlan {
    const clauses: string[] = [];
    const params: SqlParam[] = [];
    let exact = true;
    for (const [key, condition] of Object.entries(filter)) {
      const pushed = key === '$and' ? this.planAnd(condition) : this.planField(key, condition);
      if (!pushed) {
        exact = false;
        continue;
      }
      clauses.push(pushed.where);
      params.push(...pushed.params);
      exact &&= pushed.exact;
    }
    return { where: clauses.length ? clauses.join(' AND ') : '1', params, exact };
  }

  private planAnd(condition: unknown): SqlPlan | undefined {
    if (!Array.isArray(condition)) return undefined;
    const parts = condition.map((part) => this.plan(part as Filter));
    return {
      where: parts.map((p) => `(${p.where})`).join(' AND ') || '1',
      params: parts.flatMap((p) => p.params),
      exact: parts.every((p) => p.exact),
    };
  }

  private planField(path: string, condition: unknown): SqlPlan | undefined {
    const kind = this.scalars.get(path);
    if (!kind) return undefined;
    const column = fieldExpression(path);
    const single = sqlValue(kind, condition);
    if (single !== undefined) return { where: `${column} = ?`, params: [single], exact: true };
    if (!isOperatorObject(condition)) return undefined;

    const clauses: string[] = [];
    const params: SqlParam[] = [];
    let exact = true;
    for (const [operator, operand] of Object.entries(condition)) {
      const comparison = COMPARISONS[operator];
      if (comparison) {
        const value = sqlValue(kind, operand);
        if (value === undefined) {
          exact = false;
          continue;
        }
        clauses.push(`${column} ${comparison} ?`);
        params.push(value);
      } else if (operator === '$in' && Array.isArray(operand) && operand.length > 0) {
        const values = operand.map((item) => sqlValue(kind, item));
        if (values.some((value) => value === undefined)) {
          exact = false;
          continue;
        }
        clauses.push(`${column} IN (${values.map(() => '?').join(', ')})`);
        params.push(...(values as SqlParam[]));
      } else {
        exact = false;
      }
    }
    if (clauses.length === 0) return undefined;
    return { where: clauses.join(' AND '), params, exact };
  }
}

const COMPARISONS: Record<string, string> = { $eq: '=', $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' };

function isOperatorObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Date) &&
    !(value instanceof RegExp) &&
    Object.keys(value).length > 0 &&
    Object.keys(value).every((key) => key.startsWith('$'))
  );
}

/**
 * The SQL parameter for a filter value on a path of this kind, or undefined when SQL could not
 * compare it the way MongoDB does (null, booleans, regexes, a value of another type).
 */
function sqlValue(kind: ScalarKind, value: unknown): SqlParam | undefined {
  switch (kind) {
    case 'id':
    case 'string':
      return typeof value === 'string' ? value : undefined;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    case 'date':
      return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : undefined;
  }
}
