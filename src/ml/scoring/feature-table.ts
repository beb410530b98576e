import { CrmError, ErrorCode } from '../../core/errors';
import { columnOf, rowCountOf, type TabularFile } from './columnar-file';

/** A numeric input column; NaN marks a missing value. */
export interface NumericColumn {
  name: string;
  kind: 'numeric';
  values: Float64Array;
}

/** A categorical input column: per-row codes into `levels`, -1 for a missing value. */
export interface CategoricalColumn {
  name: string;
  kind: 'categorical';
  codes: Int32Array;
  levels: string[];
}

export type FeatureColumn = NumericColumn | CategoricalColumn;

/** Input columns of a learner, all of the same length. */
export interface FeatureTable {
  rowCount: number;
  columns: FeatureColumn[];
}

/** A column's name and kind: what a trained model expects at prediction time. */
export interface ColumnSpec {
  name: string;
  kind: 'numeric' | 'categorical';
}

/** True for cells that mean "no value": empty or `unknown` (any case). */
export function isMissingCell(cell: string | undefined): boolean {
  if (cell === undefined) return true;
  const trimmed = cell.trim();
  return trimmed === '' || trimmed.toLowerCase() === 'unknown';
}

function parseNumber(cell: string): number {
  const trimmed = cell.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

/**
 * Infers the feature columns of a file: a column is numeric when every non-missing cell parses as
 * a finite number, categorical otherwise. `exclude` (the target, ignored columns) is left out, and
 * so are columns with no value at all or a single value (they cannot inform a prediction). Each
 * distinct cell of a column is looked at once.
 */
export function inferColumnSpecs(data: TabularFile, exclude: readonly string[]): ColumnSpec[] {
  const specs: ColumnSpec[] = [];
  data.header.forEach((name, index) => {
    if (exclude.includes(name) || name === '') return;
    let numeric = true;
    let first: string | undefined;
    let varies = false;
    for (const cell of columnOf(data, index).values) {
      if (isMissingCell(cell)) continue;
      const value = cell.trim();
      if (numeric && !Number.isFinite(parseNumber(value))) numeric = false;
      if (first === undefined) first = value;
      else if (!varies && value !== first) varies = true;
      if (!numeric && varies) break;
    }
    if (first === undefined || !varies) return;
    specs.push({ name, kind: numeric ? 'numeric' : 'categorical' });
  });
  return specs;
}

/**
 * Reads the given columns of a file into a feature table. A numeric column with a cell that is not
 * a number is an INVALID_INPUT error naming the file, row and column; a column missing from the
 * file is an error naming it. Each distinct cell is parsed once; categorical levels come in the
 * order the rows first bring them.
 */
export function featureTableOf(data: TabularFile, specs: readonly ColumnSpec[]): FeatureTable {
  const rowCount = rowCountOf(data);
  const columns = specs.map((spec): FeatureColumn => {
    const index = data.header.indexOf(spec.name);
    if (index < 0) {
      throw new CrmError(
        ErrorCode.InvalidInput,
        `${data.file} has no column '${spec.name}', which the model needs`,
        {
          file: data.file,
          column: spec.name,
        },
      );
    }
    const { codes, values: cells } = columnOf(data, index);
    if (spec.kind === 'numeric') {
      const numberOfCell = Float64Array.from(cells, (cell) =>
        isMissingCell(cell) ? Number.NaN : parseNumber(cell),
      );
      const notNumber = Uint8Array.from(cells, (cell, code) =>
        !isMissingCell(cell) && !Number.isFinite(numberOfCell[code]!) ? 1 : 0,
      );
      const values = new Float64Array(rowCount);
      for (let r = 0; r < rowCount; r++) {
        const code = codes[r]!;
        if (notNumber[code]) {
          throw new CrmError(
            ErrorCode.InvalidInput,
            `${data.file} row ${r + 1}, column '${spec.name}': '${cells[code]}' is not a number`,
            { file: data.file, row: r + 1, column: spec.name },
          );
        }
        values[r] = numberOfCell[code]!;
      }
      return { name: spec.name, kind: 'numeric', values };
    }
    const levelOfCell = new Int32Array(cells.length).fill(UNSEEN);
    const levels: string[] = [];
    const levelOf = new Map<string, number>();
    const levelCodes = new Int32Array(rowCount);
    for (let r = 0; r < rowCount; r++) {
      const code = codes[r]!;
      let level = levelOfCell[code]!;
      if (level === UNSEEN) {
        const cell = cells[code]!;
        if (isMissingCell(cell)) level = -1;
        else {
          const value = cell.trim();
          level = levelOf.get(value) ?? levels.length;
          if (level === levels.length) {
            levels.push(value);
            levelOf.set(value, level);
          }
        }
        levelOfCell[code] = level;
      }
      levelCodes[r] = level;
    }
    return { name: spec.name, kind: 'categorical', codes: levelCodes, levels };
  });
  return { rowCount, columns };
}

/** A cell whose level is not worked out yet (levels are 0 and up, -1 for missing). */
const UNSEEN = -2;

const POSITIVE_VALUES = new Set(['yes', '1', 'true', 'won', 'y', 't']);

/**
 * The 0/1 outcome in a two-valued target column; positive is yes, 1, true or won (any case).
 * Errors name the file, the column and the row: a missing column, an empty cell, more than two
 * values, one value only, or two values neither of which reads as positive.
 */
export function targetLabelsOf(data: TabularFile, target: string): Uint8Array {
  const index = data.header.indexOf(target);
  if (index < 0) {
    throw new CrmError(
      ErrorCode.InvalidInput,
      `${data.file} has no target column '${target}' (columns: ${data.header.join(', ')})`,
      {
        file: data.file,
        column: target,
      },
    );
  }
  const rowCount = rowCountOf(data);
  if (rowCount === 0) {
    throw new CrmError(ErrorCode.InvalidInput, `${data.file} has a header but no data rows`, {
      file: data.file,
    });
  }
  const { codes, values: cells } = columnOf(data, index);
  const trimmed = cells.map((cell) => cell.trim());
  const values: string[] = [];
  for (let r = 0; r < rowCount; r++) {
    const value = trimmed[codes[r]!]!;
    if (value === '') {
      throw new CrmError(
        ErrorCode.InvalidInput,
        `${data.file} row ${r + 1}: the target '${target}' is empty`,
        {
          file: data.file,
          row: r + 1,
          column: target,
        },
      );
    }
    if (!values.includes(value)) {
      values.push(value);
      if (values.length > 2) {
        throw new CrmError(
          ErrorCode.InvalidInput,
          `${data.file}: the target '${target}' must have two values, but row ${r + 1} brings a third ('${values.join("', '")}')`,
          { file: data.file, row: r + 1, column: target },
        );
      }
    }
  }
  if (values.length < 2) {
    throw new CrmError(
      ErrorCode.InvalidInput,
      `${data.file}: the target '${target}' has only one value ('${values[0]}'); a model needs both outcomes to learn from`,
      { file: data.file, column: target },
    );
  }
  const positive = values.find((value) => isPositiveValue(value));
  if (positive === undefined || values.every((value) => isPositiveValue(value))) {
    throw new CrmError(
      ErrorCode.InvalidInput,
      `${data.file}: cannot tell which value of '${target}' is the positive outcome ('${values.join("', '")}'); use yes/no, 1/0, true/false or won/lost`,
      { file: data.file, column: target },
    );
  }
  const positiveCell = Uint8Array.from(trimmed, (value) => (value === positive ? 1 : 0));
  return Uint8Array.from(codes, (code) => positiveCell[code]!);
}

function isPositiveValue(value: string): boolean {
  const lower = value.toLowerCase();
  return POSITIVE_VALUES.has(lower) || (Number.isFinite(Number(lower)) && Number(lower) === 1);
}

/** The given rows of a table (in the given order), as a new table. */
export function selectRows(table: FeatureTable, rows: ArrayLike<number>): FeatureTable {
  const columns = table.columns.map((column): FeatureColumn => {
    if (column.kind === 'numeric')
      return {
        ...column,
        values: Float64Array.from({ length: rows.length }, (_, i) => column.values[rows[i]!]!),
      };
    return { ...column, codes: Int32Array.from({ length: rows.length }, (_, i) => column.codes[rows[i]!]!) };
  });
  return { rowCount: rows.length, columns };
}
