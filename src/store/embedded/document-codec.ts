import type { Schema } from 'mongoose';

/** A path to a field inside a document; '[]' steps into every element of an array. */
type FieldPath = string[];

/**
 * Turns documents into JSON text and back, with real Date values where MongoDB would keep dates.
 * Dates at the schema's Date paths are stored as ISO-8601 strings, which sort and compare correctly
 * inside SQLite's expression indexes. Dates inside free-form (Mixed) fields, whose paths the schema
 * cannot name, are stored tagged as `{"$date": "<ISO-8601>"}` (MongoDB's Extended JSON form).
 */
export class DocumentCodec {
  private readonly datePaths: FieldPath[];
  private readonly mixedPaths: FieldPath[];

  constructor(schema: Schema) {
    const paths = fieldPathsOf(schema);
    this.datePaths = paths.dates;
    this.mixedPaths = paths.mixed;
  }

  encode(document: object): string {
    let encoded: unknown = document;
    for (const path of this.mixedPaths) encoded = mapAt(encoded, path, 0, tagDates);
    return JSON.stringify(encoded);
  }

  decode<T>(text: string): T {
    let document: unknown = JSON.parse(text);
    for (const path of this.datePaths) reviveDates(document, path, 0);
    for (const path of this.mixedPaths) document = mapAt(document, path, 0, untagDates);
    return document as T;
  }
}

function fieldPathsOf(schema: Schema, prefix: string[] = []): { dates: FieldPath[]; mixed: FieldPath[] } {
  const dates: FieldPath[] = [];
  const mixed: FieldPath[] = [];
  schema.eachPath((pathName, schemaType) => {
    const steps = [...prefix, ...pathName.split('.')];
    const type = schemaType as unknown as {
      instance: string;
      schema?: Schema;
      embeddedSchemaType?: { instance: string };
      caster?: { instance: string };
    };
    const element = (type.embeddedSchemaType ?? type.caster)?.instance;
    if (type.instance === 'Date') dates.push(steps);
    else if (type.instance === 'Mixed') mixed.push(steps);
    else if ((type.instance === 'Array' || type.instance === 'Embedded') && type.schema) {
      const inner = fieldPathsOf(type.schema, type.instance === 'Array' ? [...steps, '[]'] : steps);
      dates.push(...inner.dates);
      mixed.push(...inner.mixed);
    } else if (type.instance === 'Array' && element === 'Date') dates.push([...steps, '[]']);
    else if (type.instance === 'Array' && element === 'Mixed') mixed.push([...steps, '[]']);
  });
  return { dates, mixed };
}

/** Replaces ISO strings by Dates at `path`, in place (the hot path: every read of every document). */
function reviveDates(node: unknown, path: FieldPath, depth: number): unknown {
  if (node === null || typeof node !== 'object') return node;
  const step = path[depth]!;
  const last = depth === path.length - 1;
  if (step === '[]') {
    if (!Array.isArray(node)) return node;
    for (let i = 0; i < node.length; i++) {
      node[i] = last ? toDate(node[i]) : reviveDates(node[i], path, depth + 1);
    }
    return node;
  }
  const record = node as Record<string, unknown>;
  if (!(step in record)) return node;
  if (last) record[step] = toDate(record[step]);
  else reviveDates(record[step], path, depth + 1);
  return node;
}

function toDate(value: unknown): unknown {
  return typeof value === 'string' ? new Date(value) : value;
}

/** A copy of `node` with `leaf` applied to the value(s) at `path`; untouched parts are shared. */
function mapAt(node: unknown, path: FieldPath, depth: number, leaf: (value: unknown) => unknown): unknown {
  if (depth === path.length) return leaf(node);
  if (node === null || typeof node !== 'object') return node;
  const step = path[depth]!;
  if (step === '[]')
    return Array.isArray(node) ? node.map((item) => mapAt(item, path, depth + 1, leaf)) : node;
  if (Array.isArray(node) || !(step in node)) return node;
  const record = node as Record<string, unknown>;
  return { ...record, [step]: mapAt(record[step], path, depth + 1, leaf) };
}

function tagDates(value: unknown): unknown {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (Array.isArray(value)) return value.map(tagDates);
  if (!isPlainRecord(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, tagDates(item)]));
}

function untagDates(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(untagDates);
  if (!isPlainRecord(value)) return value;
  const record = value;
  const keys = Object.keys(record);
  if (keys.length === 1 && keys[0] === '$date' && typeof record.$date === 'string')
    return new Date(record.$date);
  return Object.fromEntries(keys.map((key) => [key, untagDates(record[key])]));
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
