import type { Schema } from 'mongoose';

type Document = Record<string, unknown>;

/**
 * The stored form of a new document, built without mongoose when that is certain to be exactly
 * what mongoose would build; undefined otherwise (the caller then asks mongoose, which also
 * words any error).
 */
export type PlainDocumentCheck = (input: Document) => Document | undefined;

/** What a schema type must look like for the check to stand in for mongoose. */
interface SchemaTypeShape {
  instance: string;
  path: string;
  options: Record<string, unknown>;
  setters: unknown[];
  validators: Array<{ type?: string; validator?: unknown; isAsync?: boolean }>;
  defaultValue?: unknown;
  schema?: Schema;
  caster?: SchemaTypeShape;
  embeddedSchemaType?: SchemaTypeShape;
  $immutableSetter?: unknown;
}

/** Options that change nothing about casting or validation beyond what the field rules handle. */
const KNOWN_OPTIONS = new Set([
  'type',
  'required',
  'default',
  'enum',
  'min',
  'max',
  'match',
  'maxlength',
  'minlength',
  'ref',
  'index',
  'unique',
  'sparse',
  'immutable',
]);
/** mongoose's own validators that read only the value (no document), run as mongoose runs them. */
const VALUE_VALIDATORS = new Set(['enum', 'min', 'max', 'regexp', 'maxlength', 'minlength']);
const SCALARS = new Set(['String', 'Number', 'Date', 'Boolean']);

interface FieldRule {
  name: string;
  kind: 'String' | 'Number' | 'Date' | 'Boolean' | 'Strings' | 'Subdocuments';
  required: boolean;
  /** mongoose moves or drops an update of an immutable field (createdAt). */
  immutable: boolean;
  /**
   * True when mongoose leaves the field out when it is not given (no default, or `default:
   * undefined`); a field with any other default must be given (mongoose would fill it in).
   */
  absentWithoutValue: boolean;
  /** The `_id` default function (new ids): called when no _id is given, its key then last. */
  idDefault?: () => unknown;
  validators: Array<(value: unknown) => unknown>;
  subdocument?: CompiledSchema;
}

interface CompiledSchema {
  rules: FieldRule[];
  byName: Map<string, FieldRule>;
}

/**
 * Compiles a check for `schema` when every field is one it can judge exactly as mongoose does:
 * top-level strings, numbers, dates, booleans, arrays of strings and arrays of such sub-documents
 * (without ids), with `required`, value-only validators (enum, min/max, match, lengths) and no
 * setters (`trim`, `lowercase`), custom validators, nested paths, Mixed values or validate hooks.
 * Returns undefined for any other schema: its documents always go through mongoose.
 *
 * A document passes only when it would be stored unchanged but for copies of its dates and
 * arrays, a new `_id` and keys in schema order: every key a field of the schema, every value
 * already of its field's type (no casting), every validator satisfied, and no missing field that
 * mongoose would fill with a default. Anything else is left to mongoose.
 */
export function plainDocumentCheck(schema: Schema): PlainDocumentCheck | undefined {
  const compiled = compile(schema, true);
  if (!compiled) return undefined;
  return (input) => build(compiled, input, true);
}

/** The update mongoose's update caster would return, when that is certain; undefined otherwise. */
export type PlainUpdateCheck = (update: Document) => Document | undefined;

const PLAIN_UPDATE_OPERATORS = new Set(['$set', '$setOnInsert', '$inc']);
const SCALAR_KINDS = new Set<FieldRule['kind']>(['String', 'Number', 'Date', 'Boolean']);

/**
 * For the schemas `plainDocumentCheck` covers: casts an update of `$set`, `$setOnInsert` and
 * `$inc` (numbers) of top-level scalar fields whose values are already of their type, which
 * mongoose's caster returns as given but for its operators in reverse order. Anything else — other
 * operators, `_id` or immutable fields (moved or dropped by mongoose), unknown or nested paths,
 * arrays, values it would cast — is left to mongoose.
 */
export function plainUpdateCheck(schema: Schema): PlainUpdateCheck | undefined {
  const compiled = compile(schema, true);
  if (!compiled) return undefined;
  return (update) => {
    if (!isPlainObject(update)) return undefined;
    const operators = Object.keys(update);
    if (operators.length === 0) return undefined;
    const cast: Document = {};
    for (const operator of operators.reverse()) {
      const operand = update[operator];
      if (!PLAIN_UPDATE_OPERATORS.has(operator) || !isPlainObject(operand)) return undefined;
      const fields: Document = {};
      for (const [name, value] of Object.entries(operand)) {
        const rule = compiled.byName.get(name);
        if (!rule || name === '_id' || rule.immutable || !SCALAR_KINDS.has(rule.kind)) return undefined;
        if (operator === '$inc' && rule.kind !== 'Number') return undefined;
        const copy = copyOf(rule, value);
        if (copy === undefined) return undefined;
        fields[name] = copy;
      }
      if (Object.keys(fields).length === 0) return undefined;
      cast[operator] = fields;
    }
    return cast;
  };
}

function compile(schema: Schema, topLevel: boolean): CompiledSchema | undefined {
  const hooks = (schema as unknown as { s?: { hooks?: { _pres?: Map<string, unknown[]> } } }).s?.hooks?._pres;
  if ((hooks?.get('validate')?.length ?? 0) > 0) return undefined;
  const rules: FieldRule[] = [];
  let supported = true;
  schema.eachPath((name, schemaType) => {
    const rule = supported ? ruleFor(name, schemaType as unknown as SchemaTypeShape, topLevel) : undefined;
    if (rule) rules.push(rule);
    else supported = false;
  });
  if (!supported) return undefined;
  return { rules, byName: new Map(rules.map((rule) => [rule.name, rule])) };
}

function ruleFor(name: string, type: SchemaTypeShape, topLevel: boolean): FieldRule | undefined {
  if (name.includes('.')) return undefined;
  if (!Object.keys(type.options).every((option) => KNOWN_OPTIONS.has(option))) return undefined;
  if (!type.setters.every((setter) => isImmutabilitySetter(type, setter))) return undefined;
  const required = type.validators.some((validator) => validator.type === 'required');
  if (required && type.options.required !== true) return undefined;
  const validators: FieldRule['validators'] = [];
  for (const validator of type.validators) {
    if (validator.type === 'required') continue;
    if (!VALUE_VALIDATORS.has(validator.type ?? '') || validator.isAsync) return undefined;
    if (typeof validator.validator !== 'function') return undefined;
    validators.push(validator.validator as (value: unknown) => unknown);
  }
  const defaultValue = type.defaultValue;
  const isId = topLevel && name === '_id';
  const rule: FieldRule = {
    name,
    kind: 'String',
    required,
    immutable: Boolean(type.options.immutable),
    absentWithoutValue: defaultValue === undefined,
    validators,
    ...(isId && typeof defaultValue === 'function' && type.instance === 'String'
      ? { idDefault: defaultValue as () => unknown }
      : {}),
  };
  if (SCALARS.has(type.instance)) return { ...rule, kind: type.instance as FieldRule['kind'] };
  if (type.instance !== 'Array' || required || validators.length > 0) return undefined;
  if (type.schema) {
    const subdocument = compile(type.schema, false);
    if (!subdocument || subdocument.byName.has('_id')) return undefined;
    return { ...rule, kind: 'Subdocuments', subdocument };
  }
  const element = type.embeddedSchemaType ?? type.caster;
  if (
    element?.instance !== 'String' ||
    element.setters.length > 0 ||
    element.validators.length > 0 ||
    !Object.keys(element.options).every((option) => option === 'type')
  )
    return undefined;
  return { ...rule, kind: 'Strings' };
}

/**
 * mongoose's immutability setter (an `immutable` field may carry it twice: timestamps and the
 * model each add one) leaves a new document's value as given.
 */
function isImmutabilitySetter(type: SchemaTypeShape, setter: unknown): boolean {
  if (!type.options.immutable) return false;
  return (
    setter === type.$immutableSetter || (typeof setter === 'function' && setter.name === 'immutableSetter')
  );
}

function build(schema: CompiledSchema, input: Document, topLevel: boolean): Document | undefined {
  for (const key of Object.keys(input)) if (!schema.byName.has(key)) return undefined;
  const output: Document = {};
  let newId: FieldRule | undefined;
  for (const rule of schema.rules) {
    if (!Object.prototype.hasOwnProperty.call(input, rule.name)) {
      if (topLevel && rule.idDefault) newId = rule;
      else if (rule.required || !rule.absentWithoutValue) return undefined;
      continue;
    }
    const value = copyOf(rule, input[rule.name]);
    if (value === undefined) return undefined;
    for (const validator of rule.validators) if (!validator(value)) return undefined;
    output[rule.name] = value;
  }
  if (newId) {
    // mongoose calls a default with the document as `this`; one that needs it is left to mongoose.
    let id: unknown;
    try {
      id = newId.idDefault!.call(undefined);
    } catch {
      return undefined;
    }
    if (typeof id !== 'string') return undefined;
    output[newId.name] = id;
  }
  return output;
}

/** The stored value of a given field, or undefined when it is not one the check can vouch for. */
function copyOf(rule: FieldRule, value: unknown): unknown {
  switch (rule.kind) {
    case 'String':
      return typeof value === 'string' && !(rule.required && value.length === 0) ? value : undefined;
    case 'Number':
      return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
    case 'Boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'Date':
      return value instanceof Date && !Number.isNaN(value.getTime()) ? new Date(value.getTime()) : undefined;
    case 'Strings':
      return Array.isArray(value) && value.every((item) => typeof item === 'string') ? [...value] : undefined;
    case 'Subdocuments': {
      if (!Array.isArray(value)) return undefined;
      const items: Document[] = [];
      for (const item of value) {
        if (!isPlainObject(item)) return undefined;
        const built = build(rule.subdocument!, item, false);
        if (!built) return undefined;
        items.push(built);
      }
      return items;
    }
  }
}

function isPlainObject(value: unknown): value is Document {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
