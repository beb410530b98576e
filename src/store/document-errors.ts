import { CrmError, ErrorCode } from '../core/errors';

/** One bad field as mongoose reports it (a ValidatorError or a CastError). */
interface FieldIssue {
  name?: string;
  path: string;
  message: string;
  kind?: string;
  properties?: {
    enumValues?: unknown[];
    min?: unknown;
    max?: unknown;
    minlength?: unknown;
    maxlength?: unknown;
  };
}

/**
 * Converts a mongoose validation or cast error into INVALID_INPUT with one line per bad field,
 * so both engines report invalid documents the same way. The lines are in plain words ("amount:
 * must be a number"), never mongoose's own text ("Cast to Number failed for value ..."), since
 * the message can reach a person in chat.
 */
export function invalidDocumentError(collection: string, error: unknown): CrmError | undefined {
  const e = error as {
    name?: string;
    errors?: Record<string, FieldIssue>;
    path?: string;
    kind?: string;
    value?: unknown;
  };
  if (e?.name === 'ValidationError' && e.errors) {
    // The key is the full path ("stageHistory.0.stage"); an issue's own path is relative to its sub-document.
    const issues = Object.entries(e.errors).map(([path, issue]) => `${path}: ${friendlyMessage(issue)}`);
    return new CrmError(
      ErrorCode.InvalidInput,
      `Invalid ${singular(collection)}: ${issues.join('; ')}`,
      { issues },
      { cause: error },
    );
  }
  if (e?.name === 'CastError') {
    const issue = `${e.path}: ${describeValue(e.value)} is not ${expectedOf(e.kind)}`;
    return new CrmError(
      ErrorCode.InvalidInput,
      `Invalid ${singular(collection)} query: ${issue}`,
      { issues: [issue] },
      { cause: error },
    );
  }
  // mongoose's query caster refuses an operator the field's type has no use for ("Can't use $foo with Number.").
  const operator = /^Can't use (\$\w+) with (\w+)/.exec((error as Error)?.message ?? '');
  if (operator) {
    const issue = `${operator[1]} cannot be used on a ${operator[2]!.toLowerCase()} field`;
    return new CrmError(
      ErrorCode.InvalidInput,
      `Invalid ${singular(collection)} query: ${issue}`,
      { issues: [issue] },
      { cause: error },
    );
  }
  return undefined;
}

function friendlyMessage(issue: FieldIssue): string {
  const properties = issue.properties ?? {};
  if (issue.name === 'CastError') return `must be ${expectedOf(issue.kind)}`;
  switch (issue.kind) {
    case 'required':
      return 'is required';
    case 'enum':
      return Array.isArray(properties.enumValues) && properties.enumValues.length <= 12
        ? `must be one of ${properties.enumValues.join(', ')}`
        : 'is not one of the allowed values';
    case 'min':
      return `must be at least ${String(properties.min)}`;
    case 'max':
      return `must be at most ${String(properties.max)}`;
    case 'minlength':
      return `must be at least ${String(properties.minlength)} characters`;
    case 'maxlength':
      return `must be at most ${String(properties.maxlength)} characters`;
    default:
      // A schema's own message ("currency must be a three-letter ISO 4217 code such as USD") is
      // written for people; mongoose's generic ones ("Path `x` is invalid (...)") are not.
      return /^(Path `|Validator failed|Cast to |Validation failed)/.test(issue.message)
        ? 'is not valid'
        : issue.message;
  }
}

/** What a field of mongoose type `kind` takes, in words. */
function expectedOf(kind: string | undefined): string {
  switch ((kind ?? '').toLowerCase()) {
    case 'number':
    case 'decimal128':
      return 'a number';
    case 'date':
      return 'a date';
    case 'boolean':
      return 'true or false';
    case 'string':
      return 'text';
    case 'array':
      return 'a list';
    case 'embedded':
    case 'object':
    case 'map':
      return 'a set of fields';
    default:
      return 'a valid value';
  }
}

/** A value quoted for a message, kept short (an object is not echoed). */
function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return 'that value';
}

/** "accounts" → "account", for messages. */
export function singular(collection: string): string {
  if (collection === 'botState') return 'bot state record';
  if (collection === 'meta') return 'store setting';
  return collection.endsWith('s') ? collection.slice(0, -1) : collection;
}

/** The CONFLICT error for a duplicate value of a unique key. */
export function duplicateKeyError(collection: string, fields: string[], cause: unknown): CrmError {
  const what = fields.length ? fields.join(' + ') : 'id';
  return new CrmError(
    ErrorCode.Conflict,
    `A ${singular(collection)} with this ${what} already exists.`,
    { collection, fields },
    { cause },
  );
}

/** MongoDB's update operators: an update document may use only these. */
const UPDATE_OPERATORS = new Set([
  '$currentDate',
  '$inc',
  '$min',
  '$max',
  '$mul',
  '$rename',
  '$set',
  '$setOnInsert',
  '$unset',
  '$addToSet',
  '$pop',
  '$pull',
  '$push',
  '$pullAll',
  '$bit',
]);

/**
 * INVALID_INPUT for an update that is not made of update operators (a replacement document, which
 * mongoose would silently turn into `$set`, or an unknown `$operator`); undefined when it is fine.
 * Both engines check this first, so they refuse the same updates.
 */
export function invalidUpdateError(collection: string, update: unknown): CrmError | undefined {
  if (Array.isArray(update)) {
    return update.length > 0
      ? undefined
      : new CrmError(ErrorCode.InvalidInput, `Update of ${collection} has an empty pipeline.`);
  }
  const keys = update !== null && typeof update === 'object' ? Object.keys(update) : [];
  if (keys.length === 0 || !keys.every((key) => key.startsWith('$'))) {
    return new CrmError(
      ErrorCode.InvalidInput,
      `Update of ${collection} needs update operators such as $set; replacing a whole document is not supported.`,
    );
  }
  const unknown = keys.filter((key) => !UPDATE_OPERATORS.has(key));
  if (unknown.length > 0)
    return new CrmError(
      ErrorCode.InvalidInput,
      `Update of ${collection} uses unknown operators: ${unknown.join(', ')}.`,
    );
  return undefined;
}
