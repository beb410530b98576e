import path from 'node:path';
import { CrmError, ErrorCode } from '../../core/errors';

/** One field an import understands and the header names it goes by (the first is the one we document). */
export interface ColumnSpec<F extends string = string> {
  field: F;
  names: readonly string[];
}

/** Header text compared case-, space-, underscore- and punctuation-insensitively: "Account_Name " → "accountname". */
export function headerKey(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Which column of the file holds each field the header names. */
export class ColumnMap<F extends string> {
  private constructor(private readonly positions: ReadonlyMap<F, number>) {}

  /**
   * Maps a header onto the specs. `required` lists groups of fields: each group needs at least one
   * of its fields present (["name"] = name is needed; ["account", "accountDomain"] = either).
   * A missing group is an INVALID_INPUT naming the file and the header names that would do.
   */
  static of<F extends string>(
    header: readonly string[],
    specs: readonly ColumnSpec<F>[],
    required: readonly (readonly F[])[],
    file: string,
  ): ColumnMap<F> {
    const byKey = new Map<string, F>();
    for (const spec of specs) for (const name of spec.names) byKey.set(headerKey(name), spec.field);
    const positions = new Map<F, number>();
    header.forEach((text, index) => {
      const field = byKey.get(headerKey(text));
      if (field !== undefined && !positions.has(field)) positions.set(field, index);
    });
    const missing = required.filter((group) => !group.some((field) => positions.has(field)));
    if (missing.length) {
      const describe = (group: readonly F[]) =>
        group
          .map((field) =>
            specs
              .find((spec) => spec.field === field)!
              .names.map((name) => `'${name}'`)
              .join(', '),
          )
          .join(' or ');
      const lines = missing.map((group) => `a column for ${group.join(' or ')} (${describe(group)})`);
      throw new CrmError(
        ErrorCode.InvalidInput,
        `${path.basename(file)}: no recognisable header for ${missing.map((g) => g.join('/')).join(', ')}. The file needs ${lines.join('; and ')}. Its header is: ${header.join(', ')}`,
        { file, missing: missing.map((group) => [...group]) },
      );
    }
    return new ColumnMap(positions);
  }

  has(field: F): boolean {
    return this.positions.has(field);
  }

  /** The trimmed cell of `field` in a row; undefined when the column is absent or the cell blank. */
  value(cells: readonly string[], field: F): string | undefined {
    const index = this.positions.get(field);
    if (index === undefined) return undefined;
    const text = cells[index]?.trim();
    return text ? text : undefined;
  }

  /** Every mapped field of a row, as trimmed text. */
  values(cells: readonly string[]): Partial<Record<F, string>> {
    const values: Partial<Record<F, string>> = {};
    for (const field of this.positions.keys()) {
      const value = this.value(cells, field);
      if (value !== undefined) values[field] = value;
    }
    return values;
  }
}
