/** The type of an exported column, as an analyst's tools read it. */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'timestamp';

/** One cell of a flat row: timestamps stay `Date` until a writer formats them (ISO 8601, UTC). */
export type CellValue = string | number | boolean | Date | null;

/**
 * One column of a collection's flat rows: its name, type, meaning and an example (the data
 * dictionary, docs/data-dictionary.md), and how its value is read from a stored record.
 */
export interface RecordColumn<T> {
  readonly name: string;
  readonly type: ColumnType;
  readonly meaning: string;
  readonly example: string;
  value(record: T): CellValue;
}

/** What is said about a column without its reader (a skill's result, the data dictionary). */
export type ColumnInfo = Pick<RecordColumn<unknown>, 'name' | 'type' | 'meaning' | 'example'>;

/** A value that is absent (undefined, null, empty text) as null; anything else as it is. */
export function cellOf(value: unknown): CellValue {
  if (value === undefined || value === null || value === '') return null;
  if (
    value instanceof Date ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  )
    return value;
  return String(value);
}

/** A column that is a top-level field of the record, under the same name. */
export function field<T>(
  name: keyof T & string,
  type: ColumnType,
  meaning: string,
  example: string,
): RecordColumn<T> {
  return { name, type, meaning, example, value: (record) => cellOf(record[name]) };
}

/** The record's id, exported as `id`. */
export function idColumn<T extends { _id: string }>(what: string, example: string): RecordColumn<T> {
  return {
    name: 'id',
    type: 'string',
    meaning: `The ${what}'s id (stable; other collections refer to it)`,
    example,
    value: (r) => r._id,
  };
}

/** The store's timestamps, last in every collection. */
export function timestampColumns<T extends { createdAt: Date; updatedAt: Date }>(
  what: string,
): RecordColumn<T>[] {
  return [
    field<T>(
      'createdAt' as keyof T & string,
      'timestamp',
      `When the ${what} was created in the CRM`,
      '2025-03-04T09:15:00.000Z',
    ),
    field<T>(
      'updatedAt' as keyof T & string,
      'timestamp',
      `When the ${what} was last changed`,
      '2025-06-30T16:02:11.000Z',
    ),
  ];
}

/** A sub-field of the items of an array field, exported from its first and last item. */
export interface ItemField<I> {
  readonly name: keyof I & string;
  readonly type: ColumnType;
  readonly meaning: string;
  readonly example: string;
}

/**
 * The flattening rule for an array of sub-documents `name`: `name.count` (how many items), then for
 * each listed sub-field `name.first.<field>` and `name.last.<field>` (the first and last item in
 * stored order, oldest to newest for histories); `sums` add `name.sum.<field>` over all items.
 */
export function arrayColumns<T, I extends object>(
  name: string,
  items: (record: T) => readonly I[] | undefined,
  fields: readonly ItemField<I>[],
  what: string,
  sums: readonly ItemField<I>[] = [],
): RecordColumn<T>[] {
  const count: RecordColumn<T> = {
    name: `${name}.count`,
    type: 'integer',
    meaning: `How many ${what} the record has`,
    example: '4',
    value: (record) => items(record)?.length ?? 0,
  };
  const ends = (['first', 'last'] as const).flatMap((end) =>
    fields.map((sub): RecordColumn<T> => ({
      name: `${name}.${end}.${sub.name}`,
      type: sub.type,
      meaning: `${sub.meaning}, of the ${end} of the ${what}`,
      example: sub.example,
      value: (record) => {
        const list = items(record) ?? [];
        const item = end === 'first' ? list[0] : list[list.length - 1];
        return item === undefined ? null : cellOf(item[sub.name]);
      },
    })),
  );
  const totals = sums.map((sub): RecordColumn<T> => ({
    name: `${name}.sum.${sub.name}`,
    type: sub.type,
    meaning: `${sub.meaning}, summed over the ${what}`,
    example: sub.example,
    value: (record) => (items(record) ?? []).reduce((sum, item) => sum + Number(item[sub.name] ?? 0), 0),
  }));
  return [count, ...ends, ...totals];
}
