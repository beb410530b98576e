import type { Schema } from 'mongoose';

/** A path to a Date inside a document; '[]' steps into every element of an array. */
type DatePath = string[];

/**
 * Turns stored JSON text back into documents with real Date values where the schema has dates.
 * JSON keeps dates as ISO-8601 strings, which also sort and compare correctly inside SQLite indexes.
 */
export class DocumentCodec {
  private readonly datePaths: DatePath[];

  constructor(schema: Schema) {
    this.datePaths = datePathsOf(schema);
  }

  encode(document: object): string {
    return JSON.stringify(document);
  }

  decode<T>(text: string): T {
    const document = JSON.parse(text) as Record<string, unknown>;
    for (const path of this.datePaths) reviveDates(document, path, 0);
    return document as T;
  }
}

function datePathsOf(schema: Schema, prefix: string[] = []): DatePath[] {
  const paths: DatePath[] = [];
  schema.eachPath((pathName, schemaType) => {
    const steps = [...prefix, ...pathName.split('.')];
    const type = schemaType as unknown as {
      instance: string;
      schema?: Schema;
      embeddedSchemaType?: { instance: string };
      caster?: { instance: string };
    };
    if (type.instance === 'Date') paths.push(steps);
    else if (type.instance === 'Array' && type.schema) paths.push(...datePathsOf(type.schema, [...steps, '[]']));
    else if (type.instance === 'Array' && (type.embeddedSchemaType ?? type.caster)?.instance === 'Date') {
      paths.push([...steps, '[]']);
    } else if (type.instance === 'Embedded' && type.schema) paths.push(...datePathsOf(type.schema, steps));
  });
  return paths;
}

function reviveDates(node: unknown, path: DatePath, depth: number): unknown {
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
